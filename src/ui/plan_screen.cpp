// Sections
//   [SECTION] Which roles fit
//   [SECTION] The plan: a card per skill, an action per statement
//   [SECTION] The screen
#include "ui/plan_screen.h"

#include <algorithm>

#include "core/text/messages.h"
#include "core/text/wording.h"
#include "imgui_stdlib.h"
#include "ui/controls.h"
#include "ui/glyphs.h"
#include "ui/keyboard_nav.h"
#include "ui/page_tools.h"
#include "ui/semantics.h"
#include "ui/virtual_rows.h"
#include "ui/widget_registry.h"
#include "ui/widgets.h"

namespace skillscope::ui {
namespace {

// ---------------------------------------------------------------------------
// [SECTION] Which roles fit
// ---------------------------------------------------------------------------
void DrawRoles(const UiContext& ui, const PlanModel& m, float width, PlanScreenAction& action) {
  if (m.roles.empty()) return;
  const Palette& p = ui.palette();
  Heading(ui, 2, Tr(MSG("plan.roles.heading")).c_str());
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted), Tr(MSG("plan.roles.intro")).c_str());
  for (const RoleFitRow& role : m.roles) {
    ImGui::PushID(role.key.c_str());
    BeginCard(ui, width, role.chosen ? p.surface_hover : p.surface, role.chosen ? p.accent : p.border);
    Paragraph(ui.fonts.strong, ToImVec4(p.text), role.label.c_str());
    Paragraph(ui.fonts.body, ToImVec4(role.chosen ? p.accent : p.text), role.fit.c_str());
    for (const std::string& reason : role.reasons) BulletParagraph(ui.fonts.small, ToImVec4(p.text_muted), reason.c_str());
    const std::string label =
        (role.chosen ? Tr(MSG("plan.roles.let_go")) : Tr(MSG("plan.roles.choose"))) + "##choose_role:" + role.key;
    if (Button(ui, label.c_str())) {
      action.kind = PlanScreenAction::Kind::ChooseRole;
      action.text = role.key;
    }
    EndCard();
    ImGui::PopID();
  }
  ImGui::Dummy(ImVec2(0, ui.px(8)));
}

// ---------------------------------------------------------------------------
// [SECTION] The plan: a card per skill, an action per statement
// ---------------------------------------------------------------------------
std::string NoteLine(const PlanNote& note) {
  // The month as typed (2027-03), like the field it is typed in.
  std::string out;
  if (!note.due.empty()) out = Tr(MSG("plan.note.due"), note.due);
  if (!note.note.empty()) out += (out.empty() ? "" : " \xC2\xB7 ") + note.note;
  return out;
}

void DrawNoteEditor(const UiContext& ui, const PlanAction& a, float width, PlanScreenState& state,
                    PlanScreenAction& action) {
  const Palette& p = ui.palette();
  const bool editing_note = ImGui::GetActiveID() == ImGui::GetID("##plan_note");
  if (a.note.note != state.note_from && !editing_note) state.note = state.note_from = a.note.note;
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted), Tr(MSG("plan.note.label")).c_str());
  ImGui::PushFont(ui.fonts.body);
  const bool changed = ImGui::InputTextMultiline("##plan_note", &state.note, ImVec2(width, ui.px(80)));
  FixMultilineTabbing();
  NeedGlyphs(state.note);
  DescribeTextField("##plan_note", Tr(MSG("plan.note.name"), a.statement), state.note, true);
  ImGui::PopFont();
  if (changed) {
    action.kind = PlanScreenAction::Kind::SetNote;
    action.action_id = a.id;
    action.text = state.note;
    state.note_from = state.note;
  }
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted), Tr(MSG("plan.due.label")).c_str());
  ImGui::SetNextItemWidth(std::min(width, ui.px(160)));
  ImGui::PushFont(ui.fonts.body);
  ImGui::InputTextWithHint("##plan_due", "2027-03", &state.due);
  DescribeTextField("##plan_due", Tr(MSG("plan.due.name")), state.due, false, Tr(MSG("plan.due.hint")));
  ImGui::PopFont();
  // Checked when the person leaves the field, not at every key (2, 20, 202… are not months).
  if (ImGui::IsItemDeactivatedAfterEdit() || (ImGui::IsItemActive() && ImGui::IsKeyPressed(ImGuiKey_Enter))) {
    action.kind = PlanScreenAction::Kind::SetDue;
    action.action_id = a.id;
    action.text = state.due;
  }
  ImGui::SameLine();
  if (Button(ui, (Tr(MSG("plan.note.close")) + "##plan_edit_close").c_str())) state.editing.clear();
}

void DrawItem(const UiContext& ui, const PlanModel& m, std::size_t index, float width, PlanScreenState& state,
              PlanScreenAction& action) {
  const Palette& p = ui.palette();
  const PlanItem& item = m.items[index];
  ImGui::PushID(item.key.c_str());
  BeginCard(ui, width, p.surface, p.border);
  SetNextTextRole(Role::Heading, 3);
  Paragraph(ui.fonts.strong, ToImVec4(p.text), (item.code + " \xC2\xB7 " + item.name).c_str());
  // The goal is the role's level where the role asks for more than the target.
  const std::string line =
      item.role_level > item.target
          ? Tr(MSG("plan.item.progress_role_goal"), item.level, item.goal, item.next_level_label, item.done(),
               item.actions.size())
          : Tr(MSG("plan.item.progress"), item.level, item.goal, item.next_level_label, item.done(),
               item.actions.size());
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted), line.c_str());
  for (const PlanAction& a : item.actions) {
    ImGui::PushID(a.id.c_str());
    bool done = a.done;
    if (WrappedCheckbox(a.statement.c_str(), "plan_done:" + a.id, &done)) {
      action.kind = PlanScreenAction::Kind::SetDone;
      action.action_id = a.id;
      action.done = done;
    }
    // Under its statement, past the checkbox.
    const float indent = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x;
    ImGui::Indent(indent);
    const std::string note = NoteLine(a.note);
    if (!note.empty()) Paragraph(ui.fonts.small, ToImVec4(p.accent), note.c_str());
    if (state.editing == a.id) {
      DrawNoteEditor(ui, a, width - indent - ui.px(32), state, action);
    } else {
      ImGui::PushFont(ui.fonts.small);
      const std::string edit = Tr(MSG("plan.note.edit")) + "##plan_edit:" + a.id;
      if (ImGui::Button(edit.c_str(), ImVec2(0, ui.px(28)))) {
        state.editing = a.id;
        state.note = state.note_from = a.note.note;
        state.due = a.note.due;
      }
      ItemState named;
      named.name = Tr(MSG("plan.note.edit_named"), a.statement);
      DescribeItem(edit.c_str(), Role::Button, named);
      ImGui::PopFont();
    }
    ImGui::Unindent(indent);
    ImGui::PopID();
  }
  // The person's order: up and down, a place at a time.
  if (index > 0 && Button(ui, (Tr(MSG("plan.item.move_up")) + "##move_up:" + item.key).c_str())) {
    action.kind = PlanScreenAction::Kind::MoveUp;
    action.skill_key = item.key;
  }
  if (index + 1 < m.items.size()) {
    if (index > 0) ImGui::SameLine();
    if (Button(ui, (Tr(MSG("plan.item.move_down")) + "##move_down:" + item.key).c_str())) {
      action.kind = PlanScreenAction::Kind::MoveDown;
      action.skill_key = item.key;
    }
  }
  EndCard();
  ImGui::PopID();
}

void DrawExports(const UiContext& ui, const PlanModel& m, PlanScreenAction& action) {
  const Palette& p = ui.palette();
  {
    SemanticGroup group(Role::Group, Tr(MSG("plan.exports.group")));
    const int clicked = Segmented(ui, {Tr(MSG("plan.exports.markdown")) + "##export_plan_md",
                                       Tr(MSG("plan.exports.csv")) + "##export_plan_csv"}, -1);
    if (clicked == 0) action.kind = PlanScreenAction::Kind::ExportMarkdown;
    if (clicked == 1) action.kind = PlanScreenAction::Kind::ExportCsv;
  }
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted), Tr(MSG("plan.reminder.intro")).c_str());
  {
    SemanticGroup group(Role::Group, Tr(MSG("plan.reminder.group")));
    const int months[] = {3, 6, 12};
    std::vector<std::string> labels;
    for (int n : months) labels.push_back(TrN(MSG("plan.reminder.in_months"), n) + "##reminder:" + std::to_string(n));
    const int clicked = Segmented(ui, labels, -1);
    if (clicked >= 0) {
      action.kind = PlanScreenAction::Kind::Reminder;
      action.months = months[clicked];
    }
  }
  if (!m.message.empty()) {
    SetNextTextLive(Live::Polite);
    Paragraph(ui.fonts.body, ToImVec4(p.accent), m.message.c_str());
  }
}

}  // namespace

// ---------------------------------------------------------------------------
// [SECTION] The screen
// ---------------------------------------------------------------------------
PlanScreenAction DrawPlanScreen(const UiContext& ui, const PlanModel& m, PlanScreenState& state) {
  PlanScreenAction action;
  const Palette& p = ui.palette();
  if (BeginPage("##plan")) {
    ImGui::Dummy(ImVec2(0, ui.px(8)));
    const float width = BeginColumn(ui, kPageMaxCss);
    SemanticGroup main(Role::Main);
    const float left = ImGui::GetCursorPosX();
    if (Button(ui, (Tr(MSG("plan.back_to_results")) + "##back").c_str())) action.kind = PlanScreenAction::Kind::Back;
    ImGui::SameLine();
    if (Button(ui, (Tr(MSG("plan.home")) + "##home").c_str())) action.kind = PlanScreenAction::Kind::Home;
    switch (DrawPageToolsAtRight(ui, left, width)) {
      case PageTool::None: break;
      case PageTool::Help: action.kind = PlanScreenAction::Kind::ShowHelp; break;
      case PageTool::Theme: action.kind = PlanScreenAction::Kind::ToggleTheme; break;
    }
    ImGui::Dummy(ImVec2(0, ui.px(6)));
    Heading(ui, 1, Tr(MSG("plan.title"), Quoted(m.profile_name)).c_str());
    if (Button(ui, (Tr(MSG("plan.open_timeline")) + "##open_timeline").c_str()))
      action.kind = PlanScreenAction::Kind::OpenTimeline;
    ImGui::Dummy(ImVec2(0, ui.px(8)));
    DrawRoles(ui, m, width, action);
    Heading(ui, 2, Tr(MSG("plan.heading")).c_str());
    if (m.items.empty()) {
      Paragraph(ui.fonts.body, ToImVec4(p.text_muted), m.empty_message.c_str());
    } else {
      Paragraph(ui.fonts.small, ToImVec4(p.text_muted), Tr(MSG("plan.intro")).c_str());
      DrawExports(ui, m, action);
      if (m.own_order && Button(ui, (Tr(MSG("plan.reset_order")) + "##reset_order").c_str()))
        action.kind = PlanScreenAction::Kind::ResetOrder;
      ImGui::Dummy(ImVec2(0, ui.px(4)));
      DrawVirtualRows("##plan_items", static_cast<int>(m.items.size()),
                      [&](int i) { DrawItem(ui, m, static_cast<std::size_t>(i), width, state, action); });
    }
    ImGui::Dummy(ImVec2(0, ui.px(24)));
    EndColumn();
  }
  EndPage();
  return action;
}

}  // namespace skillscope::ui
