// A framework from a spreadsheet or table: the draft (the table's bytes and the
// person's choices), the preview derived from it, saving and exporting.
//
// Sections
//   [SECTION] The draft
//   [SECTION] What the person changes
//   [SECTION] The preview's model
#include <algorithm>
#include <cctype>

#include "core/json/input.h"
#include "core/text/messages.h"
#include "core/text/wording.h"
#include "session/session.h"

namespace skillscope {
namespace {

constexpr std::size_t kPreviewSkills = 5;
constexpr const char* kTableFiles =
    ".csv,.tsv,.txt,.md,.markdown,text/csv,text/tab-separated-values,text/plain,text/markdown";

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

bool Session::LooksLikeTable(const std::string& file_name) {
  const std::string name = Lower(file_name);
  for (const char* ext : {".csv", ".tsv", ".txt", ".md", ".markdown", ".tab"})
    if (name.size() > std::string(ext).size() && name.compare(name.size() - std::string(ext).size(), std::string::npos, ext) == 0)
      return true;
  return false;
}

// ---------------------------------------------------------------------------
// [SECTION] The draft
// ---------------------------------------------------------------------------
void Session::OpenTable(std::string bytes, std::string source) {
  TableDraft draft;
  draft.bytes = std::move(bytes);
  draft.source = std::move(source);
  table_ = std::move(draft);
  RereadTable();
  GoTo(Screen::TableImport);
}

void Session::RereadTable() {
  if (!table_) return;
  table_->import = ImportTable(table_->bytes, table_->choices);
  table_->save_message.clear();
}

void Session::OnTableFile(const PickedFile& file) {
  if (!file.error.empty()) {
    table_ = TableDraft{};
    table_->source = file.name;
    table_->file_problem = Tr(MSG("session.table.file_unreadable"), Quoted(file.name), file.error);
  } else if (file.too_large) {
    table_ = TableDraft{};
    table_->source = file.name;
    table_->file_problem =
        Tr(MSG("session.table.file_too_large"), file.name, TooLargeMessage(file.size, kMaxFrameworkBytes));
  } else {
    OpenTable(file.bytes, file.name);
    return;
  }
  GoTo(Screen::TableImport);
}

// ---------------------------------------------------------------------------
// [SECTION] What the person changes
// ---------------------------------------------------------------------------
void Session::Dispatch(const TableImportAction& action) {
  using K = TableImportAction::Kind;
  // Choices that change how the table is read start the column layout afresh.
  auto reread = [this](auto&& change) {
    if (!table_ || table_->bytes.empty()) return;
    change(table_->choices);
    RereadTable();
  };
  // Changes to the layout the preview shows (a column's role, a level's name).
  auto relayout = [this](auto&& change) {
    if (!table_ || table_->bytes.empty()) return;
    TableLayout layout = table_->import.layout;
    change(layout);
    table_->choices.layout = std::move(layout);
    RereadTable();
  };
  switch (action.kind) {
    case K::None: break;
    case K::UsePastedText:
      if (action.text.find_first_not_of(" \t\r\n") != std::string::npos) OpenTable(action.text, Tr(MSG("session.table.pasted_table")));
      break;
    case K::ChooseFile:
      platform_.PickFile(kTableFiles, kMaxFrameworkBytes, [this](PickedFile file) {
        OnTableFile(file);
        KeepPlaceValid();
      });
      break;
    case K::SetEncoding:
      reread([&](TableImportChoices& c) { c.encoding = action.encoding; c.layout.reset(); });
      break;
    case K::SetFormat:
      reread([&](TableImportChoices& c) { c.format = action.format; c.layout.reset(); });
      break;
    case K::SetHeader:
      reread([&](TableImportChoices& c) { c.fixed.has_header = action.flag; c.layout.reset(); });
      break;
    case K::SetShape:
      reread([&](TableImportChoices& c) { c.fixed.shape = action.shape; c.layout.reset(); });
      break;
    case K::SetSplit:
      reread([&](TableImportChoices& c) {
        c.fixed.split = action.split;
        if (c.layout) c.layout->split = action.split;
      });
      break;
    case K::SetColumnRole:
      relayout([&](TableLayout& l) {
        if (action.column < l.columns.size()) l.columns[action.column] = ColumnChoice{action.role, action.level};
      });
      break;
    case K::SetLevelName:
      relayout([&](TableLayout& l) {
        for (ScaleLevel& level : l.scale.levels)
          if (level.number == action.level) level.name = action.text;
      });
      break;
    case K::EditDetails:
      if (table_) table_->details = action.details;
      break;
    case K::Save: SaveTable(); break;
    case K::ExportJson: ExportTable(); break;
    case K::StartOver: table_.reset(); break;
    case K::Back: GoTo(Screen::Start); break;
    case K::ToggleTheme: ToggleTheme(); break;
    case K::ShowHelp: ShowHelp(); break;
  }
}

// The framework file for the draft, or nullopt with save_message saying why not.
std::optional<FrameworkFile> Session::TableFrameworkFile() {
  if (!table_ || !table_->import.ok()) {
    if (table_) table_->save_message = Tr(MSG("session.table.fix_problems_first"));
    return std::nullopt;
  }
  FrameworkFile file = SaveImportedTable(table_->import, table_->details, table_->source);
  if (file.ok()) return file;
  std::string why;
  for (const DetailProblem& p : file.details_missing) why += (why.empty() ? "" : " ") + p.message + ".";
  for (const std::string& e : file.errors) why += (why.empty() ? "" : " ") + e;
  table_->save_message = why.empty() ? Tr(MSG("session.table.not_made")) : why;
  return std::nullopt;
}

void Session::SaveTable() {
  std::optional<FrameworkFile> file = TableFrameworkFile();
  if (!file) return;
  LoadOutcome outcome = frameworks_.AddFromFile(table_->source, file->json);
  if (!outcome.ok) {
    table_->save_message = outcome.title;
    for (const std::string& d : outcome.details) table_->save_message += ". " + d;
    return;
  }
  table_.reset();
  ShowNotice(Notice::Kind::Info, std::move(outcome.title), std::move(outcome.details));
  GoTo(Screen::Start);
}

void Session::ExportTable() {
  std::optional<FrameworkFile> file = TableFrameworkFile();
  if (!file) return;
  platform_.DownloadFile(file->details.id + "-" + file->details.version + ".json", "application/json", file->json);
}

// ---------------------------------------------------------------------------
// [SECTION] The preview's model
// ---------------------------------------------------------------------------
TableImportModel Session::TableImportScreen() const {
  TableImportModel m;
  if (!table_) return m;
  m.source = table_->source;
  if (!table_->file_problem.empty()) {
    m.problem = table_->file_problem;
    return m;
  }
  const TableImport& in = table_->import;
  m.has_table = true;
  m.encoding = in.text.encoding;
  m.encoding_sure = in.text.sure;
  m.encoding_label = in.text.EncodingLabel();
  m.encoding_why = in.text.why;
  if (!in.text.ok()) {
    m.problem = in.text.error;
    return m;
  }
  m.format = in.table.format;
  m.format_why = in.table.format_reason;
  const TableLayout& layout = in.layout;
  const bool fixed_layout = table_->choices.layout.has_value();
  m.has_header = layout.has_header;
  m.header_why = table_->choices.fixed.has_header ? Tr(MSG("session.table.your_choice")) : in.guess.header_reason;
  if (!in.table.rows.empty()) m.first_row = in.table.rows.front().cells;
  m.shape = layout.shape;
  m.shape_why = table_->choices.fixed.shape ? Tr(MSG("session.table.your_choice")) : in.guess.shape_reason;
  const std::vector<std::string> names = ColumnNames(in.table, layout.has_header);
  for (std::size_t c = 0; c < layout.columns.size(); ++c) {
    TableColumnModel col;
    col.name = c < names.size() ? names[c] : Tr(MSG("session.table.column_name"), ColumnLetters(c + 1));
    col.choice = layout.columns[c];
    col.reason = fixed_layout ? "" : c < in.guess.column_reasons.size() ? in.guess.column_reasons[c] : "";
    m.columns.push_back(std::move(col));
  }
  m.scale = layout.scale.levels;
  m.scale_why = fixed_layout ? "" : in.guess.scale_reason;
  m.split = layout.split;
  m.split_why = table_->choices.fixed.split ? Tr(MSG("session.table.your_choice")) : in.guess.split_reason;
  m.split_cell = in.conversion.split_example.cell;
  m.split_statements = in.conversion.split_example.statements;
  m.code_rule = in.conversion.code_rule;
  m.skill_count = in.conversion.skills.size();
  for (std::size_t i = 0; i < std::min(kPreviewSkills, in.conversion.skills.size()); ++i) {
    const SkillFromTable& s = in.conversion.skills[i];
    TableSkillPreview p;
    p.row = s.row;
    p.code = s.skill.code;
    p.name = s.skill.name;
    for (const auto& [level, statements] : s.skill.statements)
      p.levels.emplace_back(LevelLabel(layout.scale, level), statements);
    m.first_skills.push_back(std::move(p));
  }
  m.notes = in.conversion.notes.listed();
  m.notes_not_listed = in.conversion.notes.not_listed();
  m.error_count = in.conversion.notes.error_count();
  m.details = table_->details;
  FrameworkDetails checked = table_->details;
  m.detail_problems = CheckFrameworkDetails(checked);
  m.can_save = in.ok() && m.detail_problems.empty();
  m.save_message = table_->save_message;
  return m;
}

}  // namespace skillscope
