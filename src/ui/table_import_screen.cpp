// Sections
//   [SECTION] Getting a table
//   [SECTION] How it was read
//   [SECTION] What each column holds, the scale, the split
//   [SECTION] Preview and problems
//   [SECTION] Details and saving
//   [SECTION] DrawTableImportScreen
#include "ui/table_import_screen.h"

#include <algorithm>

#include "core/text/messages.h"
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
  if (why.empty()) return;
  Paragraph(ui.fonts.small, ToImVec4(ui.palette().text_muted), Tr(MSG("table_import.why"), why).c_str());
}

// What a column holds, as its menu says it; `level` for the statements at a level.
std::string RoleChoiceName(ColumnRole role, int level) {
  if (role == ColumnRole::kLevelStatements) return Tr(MSG("table_import.statements_at_level"), level);
  return ColumnRoleName(role);
}

// The menu item's id: its English words, whatever the language (ImGui and tests know it so).
std::string RoleChoiceId(ColumnRole role, int level) {
  WordsForStorage english;
  return RoleChoiceName(role, level);
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
    Paragraph(ui.fonts.body, ToImVec4(p.text), Tr(MSG("table_import.the_table"), m.source).c_str());
    if (Button(ui, (Tr(MSG("table_import.use_another")) + "##start_over").c_str())) action.kind = K::StartOver;
    return;
  }
  Paragraph(ui.fonts.strong, ToImVec4(p.text), Tr(MSG("table_import.paste_cells")).c_str());
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted), Tr(MSG("table_import.paste_how")).c_str());
  ImGui::PushFont(ui.fonts.body);
  ImGui::InputTextMultiline("##table_paste", &state.paste_text, ImVec2(-1, ui.px(160)),
                            ImGuiInputTextFlags_AllowTabInput);
  FixMultilineTabbing();
  DescribeTextField("##table_paste", Tr(MSG("table_import.paste_cells")), state.paste_text, true);
  ImGui::PopFont();
  if (PrimaryButton(ui, (Tr(MSG("table_import.use_this")) + "##use_pasted").c_str(), ImVec2(0, 0),
                    !state.paste_text.empty())) {
    action.kind = K::UsePastedText;
    action.text = state.paste_text;
  }
  const std::string choose = Tr(MSG("table_import.choose_file")) + "##choose_table_file";
  FlowNextButton(ui, choose.c_str());
  if (Button(ui, choose.c_str())) action.kind = K::ChooseFile;
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted), Tr(MSG("table_import.file_kinds")).c_str());
}

// ---------------------------------------------------------------------------
// [SECTION] How it was read
// ---------------------------------------------------------------------------
void DrawReading(const UiContext& ui, const TableImportModel& m, TableImportAction& action) {
  const Palette& p = ui.palette();
  Heading(ui, Tr(MSG("table_import.how_read")).c_str());
  Paragraph(ui.fonts.body, ToImVec4(p.text), Tr(MSG("table_import.encoding"), m.encoding_label).c_str());
  Why(ui, m.encoding_why);
  if (!m.encoding_sure) {
    Paragraph(ui.fonts.small, ToImVec4(p.text), Tr(MSG("table_import.letters_wrong")).c_str());
    const int c = Choice(ui, Tr(MSG("table_import.read_as")).c_str(), kAllTextEncodings, m.encoding, "encoding",
                         TextEncodingName);
    if (c >= 0) {
      action.kind = K::SetEncoding;
      action.encoding = kAllTextEncodings[c];
    }
  }
  Paragraph(ui.fonts.body, ToImVec4(p.text), Tr(MSG("table_import.format_label")).c_str());
  const int f =
      Choice(ui, Tr(MSG("table_import.format")).c_str(), kAllTableFormats, m.format, "format", TableFormatName);
  if (f >= 0) {
    action.kind = K::SetFormat;
    action.format = kAllTableFormats[f];
  }
  Why(ui, m.format_why);

  Heading(ui, Tr(MSG("table_import.rows_and_columns")).c_str());
  bool header = m.has_header;
  if (WrappedCheckbox(Tr(MSG("table_import.has_header")).c_str(), "has_header", &header)) {
    action.kind = K::SetHeader;
    action.flag = header;
  }
  Why(ui, m.header_why);
  if (!m.first_row.empty()) {
    std::string row;
    for (const std::string& cell : m.first_row) row += (row.empty() ? "" : " \xC2\xB7 ") + cell;
    Paragraph(ui.fonts.small, ToImVec4(p.text_muted), Tr(MSG("table_import.first_row"), row).c_str());
  }
  const int s =
      Choice(ui, Tr(MSG("table_import.shape")).c_str(), kAllTableShapes, m.shape, "shape", [](TableShape shape) {
        return shape == TableShape::kWide ? Tr(MSG("table_import.shape_wide")) : Tr(MSG("table_import.shape_long"));
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
  Heading(ui, Tr(MSG("table_import.columns")).c_str());
  for (std::size_t c = 0; c < m.columns.size(); ++c) {
    const TableColumnModel& col = m.columns[c];
    ImGui::PushID(static_cast<int>(c));
    BeginCard(ui, width, p.surface, p.border);
    SetNextTextRole(col.name.empty() ? Role::None : Role::Heading, 3);  // an empty heading says nothing
    Paragraph(ui.fonts.strong, ToImVec4(p.text), col.name.c_str());
    const std::string column = col.name.empty() ? Tr(MSG("table_import.column_n"), c + 1) : col.name;
    const std::string preview = RoleChoiceName(col.choice.role, col.choice.level);
    ImGui::SetNextItemWidth(std::min(width - ui.px(32), ui.px(320)));
    ImGui::PushFont(ui.fonts.body);
    const std::string combo_id = "##role:" + std::to_string(c);
    const bool open = ImGui::BeginCombo(combo_id.c_str(), preview.c_str());
    ItemState combo;
    combo.name = Tr(MSG("table_import.column_holds_value"), column, preview);
    combo.expanded = open ? Tri::True : Tri::False;
    DescribeItem(combo_id.c_str(), Role::Button, combo);
    if (open) {
      SemanticGroup options(Role::RadioGroup, Tr(MSG("table_import.column_holds"), column));
      for (const ColumnRole role : kAllColumnRoles) {
        if (!RoleFitsShape(role, m.shape)) continue;
        if (role == ColumnRole::kLevelStatements) {
          for (const ScaleLevel& l : m.scale) {
            const std::string item = RoleChoiceName(role, l.number) + "##" + RoleChoiceId(role, l.number);
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
        const std::string item = RoleChoiceName(role, 0) + "##" + RoleChoiceId(role, 0);
        if (ImGui::Selectable(item.c_str(), col.choice.role == role)) {
          action.kind = K::SetColumnRole;
          action.column = c;
          action.role = role;
        }
        DescribeChoice(item.c_str(), col.choice.role == role);
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
  Heading(ui, Tr(MSG("table_import.levels")).c_str());
  Why(ui, m.scale_why);
  for (const ScaleLevel& l : m.scale) {
    ImGui::PushID(l.number);
    std::string& typed = state.level_names[l.number];
    if (!ImGui::IsItemActive() && typed != l.name && ImGui::GetActiveID() != ImGui::GetID("##level_name")) typed = l.name;
    Paragraph(ui.fonts.body, ToImVec4(ui.palette().text), Tr(MSG("table_import.level_n"), l.number).c_str());
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ui.px(260));
    ImGui::PushFont(ui.fonts.body);
    ImGui::InputTextWithHint("##level_name", Tr(MSG("table_import.level_name_hint")).c_str(), &typed);
    DescribeTextField("##level_name", Tr(MSG("table_import.level_name_field"), l.number), typed);
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
  Heading(ui, Tr(MSG("table_import.split")).c_str());
  const int c =
      Choice(ui, Tr(MSG("table_import.split")).c_str(), kAllStatementSplits, m.split, "split", StatementSplitName);
  if (c >= 0) {
    action.kind = K::SetSplit;
    action.split = kAllStatementSplits[c];
  }
  Why(ui, m.split_why);
  if (m.split_cell.empty()) return;
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted), Tr(MSG("table_import.split_example")).c_str());
  Paragraph(ui.fonts.body, ToImVec4(p.text), m.split_cell.c_str());
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted),
            TrN(MSG("table_import.split_gives"), static_cast<long long>(m.split_statements.size())).c_str());
  for (const std::string& s : m.split_statements) BulletParagraph(ui.fonts.body, ToImVec4(p.text), s.c_str());
}

// ---------------------------------------------------------------------------
// [SECTION] Preview and problems
// ---------------------------------------------------------------------------
void DrawPreview(const UiContext& ui, const TableImportModel& m, float width) {
  const Palette& p = ui.palette();
  Heading(ui, Tr(MSG("table_import.preview")).c_str());
  const long long skills = static_cast<long long>(m.skill_count);
  Paragraph(
      ui.fonts.body, ToImVec4(p.text),
      (m.first_skills.size() < m.skill_count ? TrN(MSG("table_import.skill_count_first"), skills, m.first_skills.size())
                                             : TrN(MSG("table_import.skill_count"), skills))
          .c_str());
  if (!m.code_rule.empty()) Paragraph(ui.fonts.small, ToImVec4(p.text_muted), m.code_rule.c_str());
  for (const TableSkillPreview& s : m.first_skills) {
    BeginCard(ui, width, p.surface, p.border);
    skillscope::ui::Heading(ui, 3, (s.code + " \xC2\xB7 " + s.name).c_str());
    Paragraph(ui.fonts.small, ToImVec4(p.text_muted), Tr(MSG("table_import.from_row"), s.row).c_str());
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
  Heading(ui,
          (m.error_count > 0 ? Tr(MSG("table_import.notes_errors")) : Tr(MSG("table_import.notes_warnings"))).c_str());
  for (const TableNote& n : m.notes) {
    const bool error = n.kind == NoteKind::kError;
    BulletParagraph(error ? ui.fonts.strong : ui.fonts.body, ToImVec4(error ? p.danger : p.text), n.text.c_str());
  }
  if (m.notes_not_listed > 0)
    Paragraph(ui.fonts.small, ToImVec4(p.text_muted),
              TrN(MSG("table_import.notes_more"), static_cast<long long>(m.notes_not_listed)).c_str());
}

// ---------------------------------------------------------------------------
// [SECTION] Details and saving
// ---------------------------------------------------------------------------
bool Field(const UiContext& ui, const std::string& label, const char* id, const std::string& hint, std::string* value,
           const TableImportModel& m, const char* field, float width) {
  const Palette& p = ui.palette();
  Paragraph(ui.fonts.strong, ToImVec4(p.text), label.c_str());
  ImGui::SetNextItemWidth(width);
  ImGui::PushFont(ui.fonts.body);
  const bool changed = ImGui::InputTextWithHint(id, hint.c_str(), value);
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
  Heading(ui, Tr(MSG("table_import.about")).c_str());
  const float w = std::min(width, ui.px(520));
  FrameworkDetails& d = state.details;
  bool changed = false;
  changed |= Field(ui, Tr(MSG("table_import.field_title")), "##fw_title", Tr(MSG("table_import.field_title_hint")),
                   &d.title, m, "title", w);
  changed |=
      Field(ui, Tr(MSG("table_import.field_id")), "##fw_id", Tr(MSG("table_import.field_id_hint")), &d.id, m, "id", w);
  changed |= Field(ui, Tr(MSG("table_import.field_version")), "##fw_version",
                   Tr(MSG("table_import.field_version_hint")), &d.version, m, "version", w);
  changed |= Field(ui, Tr(MSG("table_import.field_source")), "##fw_source", Tr(MSG("table_import.field_source_hint")),
                   &d.source, m, "source", w);
  changed |= Field(ui, Tr(MSG("table_import.field_attribution")), "##fw_attribution",
                   Tr(MSG("table_import.field_attribution_hint")), &d.attribution, m, "attribution", w);
  changed |=
      Field(ui, Tr(MSG("table_import.field_description")), "##fw_description", "", &d.description, m, "description", w);
  if (changed) {
    action.kind = K::EditDetails;
    action.details = d;
  }
  ImGui::Dummy(ImVec2(0, ui.px(8)));
  if (PrimaryButton(ui, (Tr(MSG("table_import.save")) + "##save_table").c_str(), ImVec2(0, ui.px(44)), m.can_save))
    action.kind = K::Save;
  const std::string download = Tr(MSG("table_import.download_json")) + "##export_table";
  FlowNextButton(ui, download.c_str());
  if (Button(ui, download.c_str(), ImVec2(0, ui.px(44)))) action.kind = K::ExportJson;
  if (!m.can_save && m.error_count == 0)
    Paragraph(ui.fonts.small, ToImVec4(p.text_muted), Tr(MSG("table_import.save_needs")).c_str());
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
    if (Button(ui, (Tr(MSG("table_import.back")) + "##back").c_str())) action.kind = K::Back;
    switch (DrawPageToolsAtRight(ui, left, width)) {
      case PageTool::None: break;
      case PageTool::Help: action.kind = K::ShowHelp; break;
      case PageTool::Theme: action.kind = K::ToggleTheme; break;
    }
    ImGui::Dummy(ImVec2(0, ui.px(6)));
    skillscope::ui::Heading(ui, 1, Tr(MSG("table_import.title")).c_str());
    Paragraph(ui.fonts.body, ToImVec4(p.text_muted), Tr(MSG("table_import.intro")).c_str());
    ImGui::Dummy(ImVec2(0, ui.px(6)));
    DrawInput(ui, m, state, action);
    if (!m.problem.empty()) {
      ImGui::Dummy(ImVec2(0, ui.px(6)));
      SetNextTextLive(Live::Assertive);
      Paragraph(ui.fonts.strong, ToImVec4(p.danger), Tr(MSG("table_import.cannot_use"), m.source, m.problem).c_str());
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
