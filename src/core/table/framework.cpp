#include "core/table/framework.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "core/framework/loader.h"
#include "core/text/messages.h"
#include "core/text/plain_text.h"
#include "core/text/wording.h"

// [SECTION] Codes
// [SECTION] Checking the layout
// [SECTION] Reading skills: wide and long tables
// [SECTION] Giving every skill a code
// [SECTION] ConvertTable

namespace skillscope {
namespace {

// ---------------------------------------------------------------------------------------
// [SECTION] Codes
// ---------------------------------------------------------------------------------------

// The framework format's rule for codes (schemas/framework.schema.json, "code"); the
// messages that refuse a code state it.
bool IsUsableCode(std::string_view code) {
  if (code.empty() || code.size() > 32 || !IsAsciiLetterOrDigit(code.front())) return false;
  return std::all_of(code.begin(), code.end(), [](char c) { return IsAsciiLetterOrDigit(c) || c == '_' || c == '.' || c == '-'; });
}

// A code with "-2", "-3" ... after it, still within 32 characters.
std::string NumberedCode(const std::string& code, int n) {
  const std::string suffix = "-" + std::to_string(n);
  return code.substr(0, 32 - suffix.size()) + suffix;
}

// ---------------------------------------------------------------------------------------
// [SECTION] Checking the layout
// ---------------------------------------------------------------------------------------

// "B and C", "B, C and E": columns named by letter in a message about several of them.
std::string LettersList(const std::vector<std::size_t>& columns) {
  std::vector<std::string> letters;
  for (std::size_t column : columns) letters.push_back(ColumnLetters(column));
  return JoinAsList(letters);
}

bool CheckScale(const Scale& scale, TableNotes& notes) {
  if (scale.levels.empty()) {
    notes.Error(0, 0, Tr(MSG("table.convert.scale_empty")));
    return false;
  }
  if (scale.levels.size() > kMaxScaleLevels) {
    notes.Error(0, 0, Tr(MSG("table.convert.scale_too_many_levels"), scale.levels.size(), kMaxScaleLevels));
    return false;
  }
  bool ok = true;
  for (std::size_t i = 0; i < scale.levels.size(); ++i) {
    const int n = scale.levels[i].number;
    if (n < 0 || n > 99) {
      notes.Error(0, 0, Tr(MSG("table.convert.scale_level_out_of_range"), n));
      ok = false;
    } else if (i > 0 && n <= scale.levels[i - 1].number) {
      notes.Error(0, 0, n == scale.levels[i - 1].number
                            ? Tr(MSG("table.convert.scale_level_twice"), n)
                            : Tr(MSG("table.convert.scale_levels_not_rising"), n, scale.levels[i - 1].number));
      ok = false;
    }
  }
  return ok;
}

// ---------------------------------------------------------------------------------------
// [SECTION] Reading skills: wide and long tables
// ---------------------------------------------------------------------------------------

class TableToFramework {
 public:
  TableToFramework(const Table& table, const TableLayout& layout, TableConversion& out)
      : table_(table), layout_(layout), out_(out) {
    notes_.SetColumnNames(ColumnNames(table, layout.has_header));
    for (std::size_t c = 0; c < layout.columns.size(); ++c)
      columns_by_role_[layout.columns[c].role].push_back(c + 1);
  }

  // Skills with their codes, and the notes about them (in `notes()`).
  void Run() {
    if (!CheckLayout()) return;
    const std::vector<const TableRow*> rows = DataRows(table_, layout_.has_header);
    if (rows.empty()) {
      notes_.Error(0, 0, layout_.has_header ? Tr(MSG("table.convert.no_rows_below_header"))
                                            : Tr(MSG("table.convert.no_rows")));
      return;
    }
    for (const TableRow* row : rows) {
      switch (layout_.shape) {
        case TableShape::kWide: ReadWideRow(*row); break;
        case TableShape::kLong: ReadLongRow(*row); break;
      }
    }
    CheckLimits();
    AssignCodes();
  }

  TableNotes& notes() { return notes_; }

 private:
  // 1-based columns with a role, left to right.
  const std::vector<std::size_t>& Columns(ColumnRole role) const {
    static const std::vector<std::size_t> kNone;
    const auto it = columns_by_role_.find(role);
    return it == columns_by_role_.end() ? kNone : it->second;
  }

  std::size_t OnlyColumn(ColumnRole role) const {
    const std::vector<std::size_t>& columns = Columns(role);
    return columns.empty() ? 0 : columns.front();
  }

  std::string Text(const TableRow& row, std::size_t column) const {
    return column == 0 ? std::string() : std::string(TrimSpace(table_.Cell(row, column)));
  }

  // `message` says which columns ({0}) hold it.
  bool AtMostOne(ColumnRole role, MessageKey message) {
    const std::vector<std::size_t>& columns = Columns(role);
    if (columns.size() <= 1) return true;
    notes_.Error(0, 0, Tr(message, LettersList(columns)));
    return false;
  }

  bool CheckLayout() {
    if (layout_.columns.size() != table_.column_count) {
      notes_.Error(0, 0, TrN(MSG("table.convert.layout_other_columns"), static_cast<long long>(layout_.columns.size()),
                             table_.column_count));
      return false;
    }
    bool ok = CheckScale(layout_.scale, notes_);
    for (std::size_t c = 0; c < layout_.columns.size(); ++c) {
      const ColumnChoice& choice = layout_.columns[c];
      if (!RoleFitsShape(choice.role, layout_.shape)) {
        notes_.Error(0, c + 1, Tr(layout_.shape == TableShape::kWide ? MSG("table.convert.role_of_long_tables")
                                                                     : MSG("table.convert.role_of_wide_tables"),
                                  Quoted(ColumnRoleName(choice.role))));
        ok = false;
      } else if (choice.role == ColumnRole::kLevelStatements && !layout_.scale.Find(choice.level)) {
        notes_.Error(0, c + 1,
                     Tr(MSG("table.convert.column_level_not_on_scale"), choice.level, layout_.scale.RangeText()));
        ok = false;
      }
    }
    ok = AtMostOne(ColumnRole::kCode, MSG("table.convert.several_code_columns")) && ok;
    ok = AtMostOne(ColumnRole::kName, MSG("table.convert.several_name_columns")) && ok;
    ok = AtMostOne(ColumnRole::kDescription, MSG("table.convert.several_description_columns")) && ok;
    ok = AtMostOne(ColumnRole::kLevel, MSG("table.convert.several_level_columns")) && ok;
    if (Columns(ColumnRole::kName).empty() && Columns(ColumnRole::kCode).empty()) {
      notes_.Error(0, 0, Tr(MSG("table.convert.choose_name_column")));
      ok = false;
    }
    if (layout_.shape == TableShape::kWide && Columns(ColumnRole::kLevelStatements).empty()) {
      notes_.Error(0, 0, Tr(MSG("table.convert.choose_level_statement_columns")));
      ok = false;
    }
    if (layout_.shape == TableShape::kLong && Columns(ColumnRole::kLevel).empty()) {
      notes_.Error(0, 0, Tr(MSG("table.convert.choose_level_column")));
      ok = false;
    }
    if (layout_.shape == TableShape::kLong && Columns(ColumnRole::kStatements).empty()) {
      notes_.Error(0, 0, Tr(MSG("table.convert.choose_statement_column")));
      ok = false;
    }
    return ok;
  }

  // What one row says about its skill, apart from the statements.
  struct RowSkill {
    std::string code, name, description;
    std::vector<std::string> category;
  };

  RowSkill ReadSkillColumns(const TableRow& row) const {
    RowSkill s;
    s.code = Text(row, OnlyColumn(ColumnRole::kCode));
    s.name = Text(row, OnlyColumn(ColumnRole::kName));
    s.description = Text(row, OnlyColumn(ColumnRole::kDescription));
    for (std::size_t c : Columns(ColumnRole::kCategory))
      if (std::string part = Text(row, c); !part.empty()) s.category.push_back(std::move(part));
    return s;
  }

  std::vector<std::string> Split(const TableRow& row, std::size_t column) {
    const std::string& cell = table_.Cell(row, column);
    std::vector<std::string> statements = SplitStatements(cell, layout_.split);
    SplitExample& example = out_.split_example;
    const bool first = example.row == 0 && !statements.empty();
    if (first || (statements.size() > 1 && example.statements.size() <= 1))
      example = SplitExample{row.number, column, cell, statements};
    return statements;
  }

  // A skill gets a name: its own, or its code when the name cell is empty.
  bool NameSkill(std::size_t row, RowSkill& s) {
    if (!s.name.empty()) return true;
    const std::size_t column = OnlyColumn(ColumnRole::kName);
    if (s.code.empty()) {
      notes_.Error(row, column, Tr(MSG("table.convert.skill_without_name")));
      return false;
    }
    s.name = s.code;
    if (column != 0) notes_.Warning(row, column, Tr(MSG("table.convert.code_used_as_name"), QuotedCell(s.code)));
    return true;
  }

  void AddSkill(std::size_t row, RowSkill&& s) {
    SkillFromTable added;
    added.row = row;
    added.skill.name = std::move(s.name);
    added.skill.category = std::move(s.category);
    added.skill.description = std::move(s.description);
    out_.skills.push_back(std::move(added));
    given_codes_.push_back(std::move(s.code));
  }

  void ReadWideRow(const TableRow& row) {
    RowSkill s = ReadSkillColumns(row);
    std::map<int, std::vector<std::string>> statements;
    std::vector<std::size_t> empty_columns;
    for (std::size_t c : Columns(ColumnRole::kLevelStatements)) {
      std::vector<std::string> cell = Split(row, c);
      if (cell.empty()) empty_columns.push_back(c);
      std::vector<std::string>& level = statements[layout_.columns[c - 1].level];
      level.insert(level.end(), std::make_move_iterator(cell.begin()), std::make_move_iterator(cell.end()));
    }
    const bool any_statement =
        std::any_of(statements.begin(), statements.end(), [](const auto& level) { return !level.second.empty(); });
    if (s.name.empty() && s.code.empty() && !any_statement) {
      if (!s.category.empty() || !s.description.empty())
        notes_.Warning(row.number, 0, Tr(MSG("table.convert.row_without_skill")));
      return;
    }
    if (!NameSkill(row.number, s)) return;
    if (!any_statement) {
      notes_.Warning(row.number, 0, Tr(MSG("table.convert.skill_without_statements"), QuotedCell(s.name)));
      return;
    }
    for (std::size_t c : empty_columns)
      notes_.Warning(row.number, c,
                     Tr(MSG("table.convert.level_cell_empty"), QuotedCell(s.name), layout_.columns[c - 1].level));
    AddSkill(row.number, std::move(s));
    for (auto& [level, list] : statements)
      if (!list.empty()) out_.skills.back().skill.statements[level] = std::move(list);
  }

  // The scale level a level cell names: by number ("3", "Level 3") or by name ("Apply").
  std::optional<int> LevelOnScale(const std::string& cell) const {
    if (const auto heading = ReadLevelHeading(cell); heading && layout_.scale.Find(heading->number))
      return heading->number;
    const std::string folded = FoldForMatching(cell);
    for (const ScaleLevel& level : layout_.scale.levels)
      if (!level.name.empty() && FoldForMatching(level.name) == folded) return level.number;
    return std::nullopt;
  }

  // Later rows of a skill repeat its name, category and description; a different one is
  // worth a word, as the first is kept.
  void CompareRepeated(std::size_t row, ColumnRole role, const std::string& later, const std::string& first,
                       std::size_t first_row) {
    if (later.empty() || later == first) return;
    notes_.Warning(row, OnlyColumn(role),
                   Tr(MSG("table.convert.repeat_differs"), QuotedCell(later), QuotedCell(first),
                      std::to_string(first_row)));
  }

  void ReadLongRow(const TableRow& row) {
    RowSkill s = ReadSkillColumns(row);
    const std::size_t level_column = OnlyColumn(ColumnRole::kLevel);
    const std::string level_cell = Text(row, level_column);
    std::vector<std::string> statements;
    for (std::size_t c : Columns(ColumnRole::kStatements)) {
      std::vector<std::string> cell = Split(row, c);
      statements.insert(statements.end(), std::make_move_iterator(cell.begin()), std::make_move_iterator(cell.end()));
    }
    if (s.name.empty() && s.code.empty() && level_cell.empty() && statements.empty()) return;
    const bool by_code = OnlyColumn(ColumnRole::kCode) != 0;
    if (by_code && s.code.empty()) {
      notes_.Error(row.number, OnlyColumn(ColumnRole::kCode), Tr(MSG("table.convert.row_without_code")));
      return;
    }
    if (!by_code && s.name.empty()) {
      notes_.Error(row.number, OnlyColumn(ColumnRole::kName), Tr(MSG("table.convert.row_without_name")));
      return;
    }
    if (level_cell.empty()) {
      notes_.Error(row.number, level_column, Tr(MSG("table.convert.row_without_level")));
      return;
    }
    const std::optional<int> level = LevelOnScale(level_cell);
    if (!level) {
      notes_.Error(row.number, level_column,
                   Tr(MSG("table.convert.level_not_on_scale"), QuotedCell(level_cell), layout_.scale.RangeText()));
      return;
    }
    if (statements.empty()) {
      notes_.Warning(row.number, Columns(ColumnRole::kStatements).front(),
                     Tr(MSG("table.convert.row_without_statements")));
      return;
    }
    std::string key = by_code ? s.code : FoldForMatching(s.name);
    auto found = skill_by_key_.find(key);
    if (found == skill_by_key_.end()) {
      if (!NameSkill(row.number, s)) return;
      found = skill_by_key_.emplace(std::move(key), out_.skills.size()).first;
      AddSkill(row.number, std::move(s));
    } else {
      const SkillFromTable& first = out_.skills[found->second];
      CompareRepeated(row.number, ColumnRole::kName, s.name, first.skill.name, first.row);
      CompareRepeated(row.number, ColumnRole::kDescription, s.description, first.skill.description, first.row);
      if (!s.category.empty() && s.category != first.skill.category)
        notes_.Warning(row.number, Columns(ColumnRole::kCategory).front(),
                       Tr(MSG("table.convert.category_differs"), std::to_string(first.row)));
    }
    std::vector<std::string>& list = out_.skills[found->second].skill.statements[*level];
    list.insert(list.end(), std::make_move_iterator(statements.begin()), std::make_move_iterator(statements.end()));
  }

  void CheckLimits() {
    if (out_.skills.empty() && !notes_.has_errors()) notes_.Error(0, 0, Tr(MSG("table.convert.no_skills")));
    if (out_.skills.size() > kMaxSkills)
      notes_.Error(0, 0, Tr(MSG("table.convert.too_many_skills"), std::to_string(out_.skills.size()),
                            std::to_string(kMaxSkills)));
    for (const SkillFromTable& s : out_.skills)
      for (const auto& [level, list] : s.skill.statements)
        if (list.size() > kMaxStatementsPerLevel)
          notes_.Error(s.row, 0, Tr(MSG("table.convert.too_many_statements"), QuotedCell(s.skill.name),
                                    std::to_string(list.size()), level, std::to_string(kMaxStatementsPerLevel)));
  }

  // -------------------------------------------------------------------------------------
  // [SECTION] Giving every skill a code
  // -------------------------------------------------------------------------------------

  // The person's choice first, then the code column, then a code made from the name.
  // Codes already taken get "-2", "-3" ... so no skill is lost.
  void AssignCodes() {
    const std::size_t code_column = OnlyColumn(ColumnRole::kCode);
    std::map<std::string, std::size_t> row_by_code;
    std::string made_example;
    for (std::size_t i = 0; i < out_.skills.size(); ++i) {
      SkillFromTable& s = out_.skills[i];
      const std::string& given = given_codes_[i];
      std::string code;
      std::size_t column = 0;
      bool made = false;
      if (const auto chosen = layout_.code_for_name.find(s.skill.name); chosen != layout_.code_for_name.end()) {
        code = std::string(TrimSpace(chosen->second));
        if (!IsUsableCode(code)) {
          notes_.Error(s.row, 0,
                       Tr(MSG("table.convert.chosen_code_unusable"), QuotedCell(code), QuotedCell(s.skill.name)));
          continue;
        }
      } else if (!given.empty()) {
        code = given;
        column = code_column;
        if (!IsUsableCode(code)) {
          notes_.Error(s.row, column, Tr(MSG("table.convert.given_code_unusable"), QuotedCell(code),
                                         Quoted(ColumnRoleName(ColumnRole::kUnused))));
          continue;
        }
      } else {
        code = MakeSkillCode(s.skill.name);
        if (code.empty()) code = "SKILL-" + std::to_string(s.row);
        made = true;
        if (made_example.empty()) made_example = QuotedCell(s.skill.name) + " \u2192 " + code;
        if (code_column != 0) notes_.Warning(s.row, code_column, Tr(MSG("table.convert.code_made"), code));
      }
      std::string unique = code;
      for (int n = 2; row_by_code.count(unique); ++n) unique = NumberedCode(code, n);
      if (unique != code) {
        const std::string taken = std::to_string(row_by_code[code]);
        notes_.Warning(s.row, column,
                       Tr(made ? MSG("table.convert.made_code_taken") : MSG("table.convert.code_taken"), code, taken,
                          unique));
      }
      row_by_code.emplace(unique, s.row);
      s.skill.code = std::move(unique);
    }
    if (!made_example.empty())
      out_.code_rule = Tr(code_column == 0 ? MSG("table.convert.codes_made_no_column")
                                           : MSG("table.convert.codes_made_where_empty"),
                          made_example);
  }

  const Table& table_;
  const TableLayout& layout_;
  TableConversion& out_;
  TableNotes notes_;
  std::map<ColumnRole, std::vector<std::size_t>> columns_by_role_;
  std::vector<std::string> given_codes_;  // the code column's cell, one per skill in out_.skills
  std::unordered_map<std::string, std::size_t> skill_by_key_;  // long tables: code or folded name -> skill
};

}  // namespace

// ---------------------------------------------------------------------------------------
// [SECTION] ConvertTable
// ---------------------------------------------------------------------------------------

std::string MakeSkillCode(std::string_view name) {
  static const std::set<std::string> kLeftOut = {"a", "an", "and", "for", "in", "of", "on", "or", "the", "to", "with"};
  // Letters outside ASCII belong to their word ("Sécurité" is one word), but a code can
  // only hold ASCII, so each word is kept as its ASCII letters and digits.
  auto in_word = [](char c) { return IsAsciiLetterOrDigit(c) || static_cast<unsigned char>(c) >= 0x80; };
  std::vector<std::string> words;
  for (std::size_t i = 0; i < name.size();) {
    if (!in_word(name[i])) {
      ++i;
      continue;
    }
    std::string word;
    for (; i < name.size() && in_word(name[i]); ++i)
      if (IsAsciiLetterOrDigit(name[i])) word += name[i];
    if (!word.empty()) words.push_back(std::move(word));
  }
  std::vector<std::string> kept;
  for (const std::string& w : words)
    if (!kLeftOut.count(FoldForMatching(w))) kept.push_back(w);
  if (kept.empty()) kept = words;
  std::string code;
  if (kept.size() == 1) {
    code = kept.front();
  } else {
    for (const std::string& w : kept) {
      const bool capitals = w.size() > 1 && std::none_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
      code += capitals ? w : w.substr(0, 1);
    }
  }
  for (char& c : code)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return code.substr(0, 32);
}

TableConversion ConvertTable(const Table& table, const TableLayout& layout) {
  TableConversion out;
  TableToFramework converter(table, layout, out);
  converter.Run();
  out.notes = table.notes;
  out.notes.Append(converter.notes());
  return out;
}

}  // namespace skillscope
