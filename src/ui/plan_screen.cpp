// Sections
//   [SECTION] Which roles fit
//   [SECTION] The plan: a card per skill, an action per statement
//   [SECTION] The screen
#include "ui/plan_screen.h"

#include <algorithm>

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
  Heading(ui, 2, "Which roles fit");
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted),
                    "How many of each role\xE2\x80\x99s skills you hold at or above the level it expects, best fit "
                    "first. Choose one as your benchmark: the plan then aims for its levels too, and the results "
                    "chart draws it.");
  for (const RoleFitRow& role : m.roles) {
    ImGui::PushID(role.key.c_str());
    BeginCard(ui, width, role.chosen ? p.surface_hover : p.surface, role.chosen ? p.accent : p.border);
    Paragraph(ui.fonts.strong, ToImVec4(p.text), role.label.c_str());
    Paragraph(ui.fonts.body, ToImVec4(role.chosen ? p.accent : p.text), role.fit.c_str());
    for (const std::string& reason : role.reasons) BulletParagraph(ui.fonts.small, ToImVec4(p.text_muted), reason.c_str());
    const std::string label = std::string(role.chosen ? "Your benchmark: let it go" : "Make it my benchmark") +
                              "##choose_role:" + role.key;
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
  std::string out;
  if (!note.due.empty()) out = "Due " + note.due;
  if (!note.note.empty()) out += (out.empty() ? "" : " \xC2\xB7 ") + note.note;
  return out;
}

void DrawNoteEditor(const UiContext& ui, const PlanAction& a, float width, PlanScreenState& state,
                    PlanScreenAction& action) {
  const Palette& p = ui.palette();
  const bool editing_note = ImGui::GetActiveID() == ImGui::GetID("##plan_note");
  if (a.note.note != state.note_from && !editing_note) state.note = state.note_from = a.note.note;
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted), "Your note: a course, a project, a mentor");
  ImGui::PushFont(ui.fonts.body);
  const bool changed = ImGui::InputTextMultiline("##plan_note", &state.note, ImVec2(width, ui.px(80)));
  FixMultilineTabbing();
  NeedGlyphs(state.note);
  DescribeTextField("##plan_note", "Your note on: " + a.statement, state.note, true);
  ImGui::PopFont();
  if (changed) {
    action.kind = PlanScreenAction::Kind::SetNote;
    action.action_id = a.id;
    action.text = state.note;
    state.note_from = state.note;
  }
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted), "Due month, as year and month (2027-03); empty for none");
  ImGui::SetNextItemWidth(std::min(width, ui.px(160)));
  ImGui::PushFont(ui.fonts.body);
  ImGui::InputTextWithHint("##plan_due", "2027-03", &state.due);
  DescribeTextField("##plan_due", "Due month", state.due, false, "Year and month, like 2027-03");
  ImGui::PopFont();
  // Checked when the person leaves the field, not at every key (2, 20, 202… are not months).
  if (ImGui::IsItemDeactivatedAfterEdit() || (ImGui::IsItemActive() && ImGui::IsKeyPressed(ImGuiKey_Enter))) {
    action.kind = PlanScreenAction::Kind::SetDue;
    action.action_id = a.id;
    action.text = state.due;
  }
  ImGui::SameLine();
  if (Button(ui, "Close##plan_edit_close")) state.editing.clear();
}

void DrawItem(const UiContext& ui, const PlanModel& m, std::size_t index, float width, PlanScreenState& state,
              PlanScreenAction& action) {
  const Palette& p = ui.palette();
  const PlanItem& item = m.items[index];
  ImGui::PushID(item.key.c_str());
  BeginCard(ui, width, p.surface, p.border);
  SetNextTextRole(Role::Heading, 3);
  Paragraph(ui.fonts.strong, ToImVec4(p.text), (item.code + " \xC2\xB7 " + item.name).c_str());
  std::string line = "Level " + std::to_string(item.level) + " now \xC2\xB7 goal level " + std::to_string(item.goal);
  if (item.role_level > item.target) line += " (the role\xE2\x80\x99s)";
  line += " \xC2\xB7 next: " + item.next_level_label + " \xC2\xB7 " + std::to_string(item.done()) + " of " +
          std::to_string(item.actions.size()) + " done";
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
      if (ImGui::Button(("Note and due month\xE2\x80\xA6##plan_edit:" + a.id).c_str(), ImVec2(0, ui.px(28)))) {
        state.editing = a.id;
        state.note = state.note_from = a.note.note;
        state.due = a.note.due;
      }
      ItemState named;
      named.name = "Note and due month for: " + a.statement;
      DescribeItem(("Note and due month\xE2\x80\xA6##plan_edit:" + a.id).c_str(), Role::Button, named);
      ImGui::PopFont();
    }
    ImGui::Unindent(indent);
    ImGui::PopID();
  }
  // The person's order: up and down, a place at a time.
  if (index > 0 && Button(ui, ("Move up##move_up:" + item.key).c_str())) {
    action.kind = PlanScreenAction::Kind::MoveUp;
    action.skill_key = item.key;
  }
  if (index + 1 < m.items.size()) {
    if (index > 0) ImGui::SameLine();
    if (Button(ui, ("Move down##move_down:" + item.key).c_str())) {
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
    SemanticGroup group(Role::Group, "Take the plan with you");
    const int clicked = Segmented(ui, {"Checklist (Markdown)##export_plan_md", "Spreadsheet (CSV)##export_plan_csv"}, -1);
    if (clicked == 0) action.kind = PlanScreenAction::Kind::ExportMarkdown;
    if (clicked == 1) action.kind = PlanScreenAction::Kind::ExportCsv;
  }
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted),
            "A reminder to assess yourself again, for your calendar (a file with the date and this profile\xE2\x80\x99s "
            "name, nothing else):");
  {
    SemanticGroup group(Role::Group, "Remind me to reassess");
    const int months[] = {3, 6, 12};
    const int clicked = Segmented(ui, {"In 3 months##reminder:3", "In 6 months##reminder:6", "In 12 months##reminder:12"}, -1);
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
    if (Button(ui, "\xE2\x80\xB9 Results##back")) action.kind = PlanScreenAction::Kind::Back;
    ImGui::SameLine();
    if (Button(ui, "Home##home")) action.kind = PlanScreenAction::Kind::Home;
    switch (DrawPageToolsAtRight(ui, left, width)) {
      case PageTool::None: break;
      case PageTool::Help: action.kind = PlanScreenAction::Kind::ShowHelp; break;
      case PageTool::Theme: action.kind = PlanScreenAction::Kind::ToggleTheme; break;
    }
    ImGui::Dummy(ImVec2(0, ui.px(6)));
    Heading(ui, 1, ("What next for \xE2\x80\x9C" + m.profile_name + "\xE2\x80\x9D").c_str());
    if (Button(ui, "Progress over time\xE2\x80\xA6##open_timeline")) action.kind = PlanScreenAction::Kind::OpenTimeline;
    ImGui::Dummy(ImVec2(0, ui.px(8)));
    DrawRoles(ui, m, width, action);
    Heading(ui, 2, "Development plan");
    if (m.items.empty()) {
      Paragraph(ui.fonts.body, ToImVec4(p.text_muted), m.empty_message.c_str());
    } else {
      Paragraph(ui.fonts.small, ToImVec4(p.text_muted),
                        "For each skill below its goal, the next level\xE2\x80\x99s statements, in the framework\xE2\x80\x99s "
                        "words. Tick one when you do it consistently: it is ticked on the skill page too.");
      DrawExports(ui, m, action);
      if (m.own_order && Button(ui, "Back to the plan\xE2\x80\x99s own order##reset_order"))
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
