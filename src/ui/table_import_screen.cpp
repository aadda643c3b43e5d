// Sections
//   [SECTION] Getting a table
//   [SECTION] How it was read
//   [SECTION] What each column holds, the scale, the split
//   [SECTION] Preview and problems
//   [SECTION] Details and saving
//   [SECTION] DrawTableImportScreen
#include "ui/table_import_screen.h"

#include <algorithm>

#include "imgui_internal.h"
#include "imgui_stdlib.h"
#include "ui/controls.h"
#include "ui/keyboard_nav.h"
#include "ui/page_tools.h"
#include "ui/semantics.h"
#include "ui/widget_registry.h"
#include "ui/widgets.h"

namespace skillscope::ui {
namespace {

using K = TableImportAction::Kind;

void Heading(const UiContext& ui, const char* text) {
  ImGui::Dummy(ImVec2(0, ui.px(10)));
  SetNextTextRole(Role::Heading, 2);
  Paragraph(ui.fonts.heading, ToImVec4(ui.palette().text), text);
}

void Why(const UiContext& ui, const std::string& why) {
  if (!why.empty()) Paragraph(ui.fonts.small, ToImVec4(ui.palette().text_muted), ("Why: " + why).c_str());
}

// A choice among enum values shown as a segmented row (a radio group named `group` to
// assistive technology); returns the index clicked.
template <typename E, std::size_t N, typename NameFn>
int Choice(const UiContext& ui, const char* group, const E (&values)[N], E current, const char* id, NameFn name) {
  SemanticGroup radios(Role::RadioGroup, group);
  std::vector<std::string> labels;
  int selected = -1;
  for (std::size_t i = 0; i < N; ++i) {
    if (values[i] == current) selected = static_cast<int>(i);
    labels.push_back(std::string(name(values[i])) + "##" + id + ":" + std::to_string(i));
  }
  return Segmented(ui, labels, selected, ui.fonts.small, 34);
}

// ---------------------------------------------------------------------------
// [SECTION] Getting a table
// ---------------------------------------------------------------------------
void DrawInput(const UiContext& ui, const TableImportModel& m, TableImportState& state, TableImportAction& action) {
  const Palette& p = ui.palette();
  if (m.has_table && m.problem.empty()) {
    Paragraph(ui.fonts.body, ToImVec4(p.text), ("The table: " + m.source).c_str());
    if (Button(ui, "Use another table##start_over")) action.kind = K::StartOver;
    return;
  }
  Paragraph(ui.fonts.strong, ToImVec4(p.text), "Paste the cells");
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted),
            "Select the table in your spreadsheet and copy it, or copy a Markdown table, then paste it here.");
  ImGui::PushFont(ui.fonts.body);
  ImGui::InputTextMultiline("##table_paste", &state.paste_text, ImVec2(-1, ui.px(160)),
                            ImGuiInputTextFlags_AllowTabInput);
  FixMultilineTabbing();
  DescribeTextField("##table_paste", "Paste the cells", state.paste_text, true);
  ImGui::PopFont();
  if (PrimaryButton(ui, "Use this table##use_pasted", ImVec2(0, 0), !state.paste_text.empty())) {
    action.kind = K::UsePastedText;
    action.text = state.paste_text;
  }
  ImGui::SameLine();
  if (Button(ui, "Choose a file\xE2\x80\xA6##choose_table_file")) action.kind = K::ChooseFile;
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted),
            "CSV (with \xE2\x80\x9C,\xE2\x80\x9D or \xE2\x80\x9C;\xE2\x80\x9D), TSV or Markdown; you can also drop the "
            "file on this page. Files stay in this browser.");
}

// ---------------------------------------------------------------------------
// [SECTION] How it was read
// ---------------------------------------------------------------------------
void DrawReading(const UiContext& ui, const TableImportModel& m, TableImportAction& action) {
  const Palette& p = ui.palette();
  Heading(ui, "How it was read");
  Paragraph(ui.fonts.body, ToImVec4(p.text), ("Encoding: " + m.encoding_label).c_str());
  Why(ui, m.encoding_why);
  if (!m.encoding_sure) {
    Paragraph(ui.fonts.small, ToImVec4(p.text), "If letters look wrong, read it as:");
    const int c = Choice(ui, "Read it as", kAllTextEncodings, m.encoding, "encoding", TextEncodingName);
    if (c >= 0) {
      action.kind = K::SetEncoding;
      action.encoding = kAllTextEncodings[c];
    }
  }
  Paragraph(ui.fonts.body, ToImVec4(p.text), "Format:");
  const int f = Choice(ui, "Format", kAllTableFormats, m.format, "format", TableFormatName);
  if (f >= 0) {
    action.kind = K::SetFormat;
    action.format = kAllTableFormats[f];
  }
  Why(ui, m.format_why);

  Heading(ui, "Rows and columns");
  bool header = m.has_header;
  if (WrappedCheckbox("The first row names the columns", "has_header", &header)) {
    action.kind = K::SetHeader;
    action.flag = header;
  }
  Why(ui, m.header_why);
  if (!m.first_row.empty()) {
    std::string row;
    for (const std::string& cell : m.first_row) row += (row.empty() ? "" : " \xC2\xB7 ") + cell;
    Paragraph(ui.fonts.small, ToImVec4(p.text_muted), ("First row: " + row).c_str());
  }
  const int s = Choice(ui, "Shape", kAllTableShapes, m.shape, "shape", [](TableShape shape) {
    return shape == TableShape::kWide ? "A row per skill, a column per level" : "A row per statement";
  });
  if (s >= 0) {
    action.kind = K::SetShape;
    action.shape = kAllTableShapes[s];
  }
  Why(ui, m.shape_why);
}

// ---------------------------------------------------------------------------
// [SECTION] What each column holds, the scale, the split
// ---------------------------------------------------------------------------
void DrawColumns(const UiContext& ui, const TableImportModel& m, float width, TableImportAction& action) {
  const Palette& p = ui.palette();
  Heading(ui, "What each column holds");
  for (std::size_t c = 0; c < m.columns.size(); ++c) {
    const TableColumnModel& col = m.columns[c];
    ImGui::PushID(static_cast<int>(c));
    BeginCard(ui, width, p.surface, p.border);
    SetNextTextRole(col.name.empty() ? Role::None : Role::Heading, 3);  // an empty heading says nothing
    Paragraph(ui.fonts.strong, ToImVec4(p.text), col.name.c_str());
    const std::string column = col.name.empty() ? "column " + std::to_string(c + 1) : col.name;
    std::string preview = ColumnRoleName(col.choice.role);
    if (col.choice.role == ColumnRole::kLevelStatements) preview += " " + std::to_string(col.choice.level);
    ImGui::SetNextItemWidth(std::min(width - ui.px(32), ui.px(320)));
    ImGui::PushFont(ui.fonts.body);
    const std::string combo_id = "##role:" + std::to_string(c);
    const bool open = ImGui::BeginCombo(combo_id.c_str(), preview.c_str());
    ItemState combo;
    combo.name = "What " + column + " holds: " + preview;
    combo.expanded = open ? Tri::True : Tri::False;
    DescribeItem(combo_id.c_str(), Role::Button, combo);
    if (open) {
      SemanticGroup options(Role::RadioGroup, "What " + column + " holds");
      for (const ColumnRole role : kAllColumnRoles) {
        if (!RoleFitsShape(role, m.shape)) continue;
        if (role == ColumnRole::kLevelStatements) {
          for (const ScaleLevel& l : m.scale) {
            const std::string item = std::string(ColumnRoleName(role)) + " " + std::to_string(l.number);
            const bool chosen = col.choice.role == role && col.choice.level == l.number;
            if (ImGui::Selectable(item.c_str(), chosen)) {
              action.kind = K::SetColumnRole;
              action.column = c;
              action.role = role;
              action.level = l.number;
            }
            DescribeChoice(item.c_str(), chosen);
          }
          continue;
        }
        if (ImGui::Selectable(ColumnRoleName(role), col.choice.role == role)) {
          action.kind = K::SetColumnRole;
          action.column = c;
          action.role = role;
        }
        DescribeChoice(ColumnRoleName(role), col.choice.role == role);
      }
      ImGui::EndCombo();
    }
    ImGui::PopFont();
    Why(ui, col.reason);
    EndCard();
    ImGui::PopID();
  }
}

void DrawScale(const UiContext& ui, const TableImportModel& m, TableImportState& state, TableImportAction& action) {
  Heading(ui, "Levels");
  Why(ui, m.scale_why);
  for (const ScaleLevel& l : m.scale) {
    ImGui::PushID(l.number);
    std::string& typed = state.level_names[l.number];
    if (!ImGui::IsItemActive() && typed != l.name && ImGui::GetActiveID() != ImGui::GetID("##level_name")) typed = l.name;
    Paragraph(ui.fonts.body, ToImVec4(ui.palette().text), ("Level " + std::to_string(l.number)).c_str());
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ui.px(260));
    ImGui::PushFont(ui.fonts.body);
    ImGui::InputTextWithHint("##level_name", "name (optional)", &typed);
    DescribeTextField("##level_name", "Level " + std::to_string(l.number) + " name (optional)", typed);
    ImGui::PopFont();
    // The preview is worked out again when the name is complete, not at every key.
    if (ImGui::IsItemDeactivatedAfterEdit()) {
      action.kind = K::SetLevelName;
      action.level = l.number;
      action.text = typed;
    }
    ImGui::PopID();
  }
}

void DrawSplit(const UiContext& ui, const TableImportModel& m, TableImportAction& action) {
  const Palette& p = ui.palette();
  Heading(ui, "Statements in a cell");
  const int c = Choice(ui, "Statements in a cell", kAllStatementSplits, m.split, "split", StatementSplitName);
  if (c >= 0) {
    action.kind = K::SetSplit;
    action.split = kAllStatementSplits[c];
  }
  Why(ui, m.split_why);
  if (m.split_cell.empty()) return;
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted), "For example, this cell:");
  Paragraph(ui.fonts.body, ToImVec4(p.text), m.split_cell.c_str());
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted),
            (std::to_string(m.split_statements.size()) + (m.split_statements.size() == 1 ? " statement:" : " statements:"))
                .c_str());
  for (const std::string& s : m.split_statements) BulletParagraph(ui.fonts.body, ToImVec4(p.text), s.c_str());
}

// ---------------------------------------------------------------------------
// [SECTION] Preview and problems
// ---------------------------------------------------------------------------
void DrawPreview(const UiContext& ui, const TableImportModel& m, float width) {
  const Palette& p = ui.palette();
  Heading(ui, "The skills as they will appear");
  Paragraph(ui.fonts.body, ToImVec4(p.text),
            (std::to_string(m.skill_count) + (m.skill_count == 1 ? " skill" : " skills") +
             (m.first_skills.size() < m.skill_count ? "; the first " + std::to_string(m.first_skills.size()) + ":" : ":"))
                .c_str());
  if (!m.code_rule.empty()) Paragraph(ui.fonts.small, ToImVec4(p.text_muted), m.code_rule.c_str());
  for (const TableSkillPreview& s : m.first_skills) {
    BeginCard(ui, width, p.surface, p.border);
    skillscope::ui::Heading(ui, 3, (s.code + " \xC2\xB7 " + s.name).c_str());
    Paragraph(ui.fonts.small, ToImVec4(p.text_muted), ("From row " + std::to_string(s.row)).c_str());
    for (const auto& [label, statements] : s.levels) {
      SetNextTextRole(Role::Heading, 4);
      Paragraph(ui.fonts.strong, ToImVec4(p.text), label.c_str());
      for (const std::string& st : statements) BulletParagraph(ui.fonts.body, ToImVec4(p.text), st.c_str());
    }
    EndCard();
  }
}

void DrawNotes(const UiContext& ui, const TableImportModel& m) {
  if (m.notes.empty()) return;
  const Palette& p = ui.palette();
  Heading(ui, m.error_count > 0 ? "To put right before saving" : "Worth a look");
  for (const TableNote& n : m.notes) {
    const bool error = n.kind == NoteKind::kError;
    BulletParagraph(error ? ui.fonts.strong : ui.fonts.body, ToImVec4(error ? p.danger : p.text), n.text.c_str());
  }
  if (m.notes_not_listed > 0)
    Paragraph(ui.fonts.small, ToImVec4(p.text_muted),
              ("and " + std::to_string(m.notes_not_listed) + " more like these").c_str());
}

// ---------------------------------------------------------------------------
// [SECTION] Details and saving
// ---------------------------------------------------------------------------
bool Field(const UiContext& ui, const char* label, const char* id, const char* hint, std::string* value,
           const TableImportModel& m, const char* field, float width) {
  const Palette& p = ui.palette();
  Paragraph(ui.fonts.strong, ToImVec4(p.text), label);
  ImGui::SetNextItemWidth(width);
  ImGui::PushFont(ui.fonts.body);
  const bool changed = ImGui::InputTextWithHint(id, hint, value);
  DescribeTextField(id, label, *value, false, hint);
  ImGui::PopFont();
  for (const DetailProblem& d : m.detail_problems)
    if (d.field == field) Paragraph(ui.fonts.small, ToImVec4(p.danger), d.message.c_str());
  return changed;
}

void DrawDetails(const UiContext& ui, const TableImportModel& m, TableImportState& state, float width,
                 TableImportAction& action) {
  const Palette& p = ui.palette();
  if (state.details_for != m.source) {
    state.details_for = m.source;
    state.details = m.details;
  }
  Heading(ui, "About this framework");
  const float w = std::min(width, ui.px(520));
  FrameworkDetails& d = state.details;
  bool changed = false;
  changed |= Field(ui, "Title", "##fw_title", "e.g. Platform team skills", &d.title, m, "title", w);
  changed |= Field(ui, "Id (made from the title when left empty)", "##fw_id", "e.g. platform-team-skills", &d.id, m,
                   "id", w);
  changed |= Field(ui, "Version", "##fw_version", "e.g. 1", &d.version, m, "version", w);
  changed |= Field(ui, "Source", "##fw_source", "Where the table comes from", &d.source, m, "source", w);
  changed |= Field(ui, "Attribution (required)", "##fw_attribution", "Credit and licence of the content",
                   &d.attribution, m, "attribution", w);
  changed |= Field(ui, "Description (optional)", "##fw_description", "", &d.description, m, "description", w);
  if (changed) {
    action.kind = K::EditDetails;
    action.details = d;
  }
  ImGui::Dummy(ImVec2(0, ui.px(8)));
  if (PrimaryButton(ui, "Save framework##save_table", ImVec2(0, ui.px(44)), m.can_save)) action.kind = K::Save;
  ImGui::SameLine();
  if (Button(ui, "Download as a framework file (JSON)##export_table", ImVec2(0, ui.px(44)))) action.kind = K::ExportJson;
  if (!m.can_save && m.error_count == 0)
    Paragraph(ui.fonts.small, ToImVec4(p.text_muted), "Give the title, version, source and attribution to save.");
  if (!m.save_message.empty()) {
    SetNextTextLive(Live::Assertive);
    Paragraph(ui.fonts.strong, ToImVec4(p.danger), m.save_message.c_str());
  }
}

}  // namespace

// ---------------------------------------------------------------------------
// [SECTION] DrawTableImportScreen
// ---------------------------------------------------------------------------
TableImportAction DrawTableImportScreen(const UiContext& ui, const TableImportModel& m, TableImportState& state) {
  TableImportAction action;
  const Palette& p = ui.palette();
  if (BeginPage("##table_import")) {
    ImGui::Dummy(ImVec2(0, ui.px(8)));
    const float width = BeginColumn(ui, kPageMaxCss);
    SemanticGroup main(Role::Main);
    const float left = ImGui::GetCursorPosX();
    if (Button(ui, "Back##back")) action.kind = K::Back;
    switch (DrawPageToolsAtRight(ui, left, width)) {
      case PageTool::None: break;
      case PageTool::Help: action.kind = K::ShowHelp; break;
      case PageTool::Theme: action.kind = K::ToggleTheme; break;
    }
    ImGui::Dummy(ImVec2(0, ui.px(6)));
    skillscope::ui::Heading(ui, 1, "A framework from a table");
    Paragraph(ui.fonts.body, ToImVec4(p.text_muted),
              "Turn a skills matrix into a framework. Wide tables have a row per skill and a column per level; long "
              "tables a row per statement, with the skill and the level in columns of their own.");
    ImGui::Dummy(ImVec2(0, ui.px(6)));
    DrawInput(ui, m, state, action);
    if (!m.problem.empty()) {
      ImGui::Dummy(ImVec2(0, ui.px(6)));
      SetNextTextLive(Live::Assertive);
      Paragraph(ui.fonts.strong, ToImVec4(p.danger), (m.source + " cannot be used: " + m.problem).c_str());
    }
    if (m.has_table && m.problem.empty()) {
      DrawReading(ui, m, action);
      DrawColumns(ui, m, width, action);
      DrawScale(ui, m, state, action);
      DrawSplit(ui, m, action);
      DrawPreview(ui, m, width);
      DrawNotes(ui, m);
      DrawDetails(ui, m, state, width, action);
    }
    ImGui::Dummy(ImVec2(0, ui.px(24)));
    EndColumn();
  }
  EndPage();
  return action;
}

}  // namespace skillscope::ui
