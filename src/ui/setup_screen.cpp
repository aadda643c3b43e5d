// Sections
//   [SECTION] Choosing skills: framework, category, skill
//   [SECTION] DrawSetupScreen
#include "ui/setup_screen.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "core/assessment.h"
#include "imgui_internal.h"
#include "imgui_stdlib.h"
#include "ui/controls.h"
#include "ui/glyphs.h"
#include "ui/page_tools.h"
#include "ui/semantics.h"
#include "ui/virtual_rows.h"
#include "ui/widget_registry.h"
#include "ui/widgets.h"

namespace skillscope::ui {

namespace {

// ---------------------------------------------------------------------------
// [SECTION] Choosing skills: framework, category, skill
// ---------------------------------------------------------------------------
std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string CategoryText(const Skill& s) {
  std::string path;
  for (const std::string& c : s.category) path += (path.empty() ? "" : " \xE2\x80\xBA ") + c;
  return path;
}

bool Matches(const Skill& s, const std::string& filter_lower) {
  if (filter_lower.empty()) return true;
  return Lower(s.code + " " + s.name + " " + CategoryText(s)).find(filter_lower) != std::string::npos;
}

// A checkbox that shows a dash when only some of what it stands for is chosen.
bool GroupCheckbox(const std::string& visible, const std::string& id, std::size_t chosen, std::size_t total) {
  bool all = total > 0 && chosen == total;
  return WrappedCheckbox(visible.c_str(), id, &all, chosen > 0 && chosen < total);
}

void SetAll(SetupState& state, const Framework& fw, const std::vector<const Skill*>& skills, bool on) {
  for (const Skill* s : skills) {
    if (on) state.chosen.insert(ChoiceKey(fw, s->code));
    else state.chosen.erase(ChoiceKey(fw, s->code));
  }
}

std::size_t CountChosen(const SetupState& state, const Framework& fw, const std::vector<const Skill*>& skills) {
  std::size_t n = 0;
  for (const Skill* s : skills) n += state.chosen.count(ChoiceKey(fw, s->code));
  return n;
}

void DrawFramework(const UiContext& ui, float width, const CatalogEntry& entry, const std::string& filter,
                   SetupState& state) {
  const Palette& p = ui.palette();
  const Framework& fw = entry.framework;
  std::vector<const Skill*> visible;
  for (const Skill& s : fw.skills)
    if (Matches(s, filter)) visible.push_back(&s);
  if (visible.empty()) return;

  ImGui::PushID(ChoiceKey(fw, "").c_str());
  SemanticGroup group(Role::Group, fw.title);
  BeginCard(ui, width, p.surface, p.border);
  Heading(ui, 3, fw.title.c_str());
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted), (FrameworkSizeText(fw) + " \xC2\xB7 version " + fw.version).c_str());
  ImGui::PushFont(ui.fonts.body);
  const std::string all_label = (filter.empty() ? "All skills (" : "All matching skills (") +
                                std::to_string(visible.size()) + ")";
  if (GroupCheckbox(all_label, "all:" + fw.id + "@" + fw.version, CountChosen(state, fw, visible), visible.size()))
    SetAll(state, fw, visible, CountChosen(state, fw, visible) < visible.size());

  // Group by category path, in the framework's order.
  std::vector<std::string> order;
  std::map<std::string, std::vector<const Skill*>> by_category;
  for (const Skill* s : visible) {
    const std::string c = CategoryText(*s);
    if (!by_category.count(c)) order.push_back(c);
    by_category[c].push_back(s);
  }
  for (const std::string& category : order) {
    const std::vector<const Skill*>& skills = by_category[category];
    const bool grouped = !category.empty();
    if (grouped) {
      ImGui::Indent(ui.px(24));
      if (GroupCheckbox(category, "category:" + category, CountChosen(state, fw, skills), skills.size()))
        SetAll(state, fw, skills, CountChosen(state, fw, skills) < skills.size());
    }
    ImGui::Indent(ui.px(24));
    DrawVirtualRows(("##skills:" + category).c_str(), static_cast<int>(skills.size()), [&](int i) {
      const Skill* s = skills[static_cast<std::size_t>(i)];
      const std::string key = ChoiceKey(fw, s->code);
      bool on = state.chosen.count(key) != 0;
      const std::string text = s->code + " \xC2\xB7 " + s->name;
      if (WrappedCheckbox(text.c_str(), "skill:" + fw.id + "/" + s->code, &on)) {
        if (on) state.chosen.insert(key);
        else state.chosen.erase(key);
      }
    });
    ImGui::Unindent(ui.px(24));
    if (grouped) ImGui::Unindent(ui.px(24));
  }
  ImGui::PopFont();
  EndCard();
  ImGui::PopID();
}

}  // namespace

// ---------------------------------------------------------------------------
// [SECTION] DrawSetupScreen
// ---------------------------------------------------------------------------
SetupAction DrawSetupScreen(const UiContext& ui, const SetupModel& model, SetupState& state) {
  if (state.visit != model.visit) {
    state = SetupState{};
    state.visit = model.visit;
    state.name = model.suggested_name;
  }
  const Catalog& catalog = *model.catalog;
  SetupAction action;
  const Palette& p = ui.palette();
  if (BeginPage("##setup", ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse)) {
    SemanticGroup main(Role::Main);
    const float bar_h = ui.px(48) + ImGui::GetFontSize() + ImGui::GetStyle().ItemSpacing.y * 2;
    // NavFlattened: Tab goes on from the list to Begin in the bar below.
    // The scrollbar is always there so the bar below can line up with this column.
    ImGui::BeginChild("##setup_body", ImVec2(0, std::max(ui.px(120), ImGui::GetContentRegionAvail().y - bar_h)), false,
                      ImGuiWindowFlags_NavFlattened | ImGuiWindowFlags_AlwaysVerticalScrollbar);
    ImGui::Dummy(ImVec2(0, ui.px(8)));
    const float width = BeginColumn(ui, kPageMaxCss);
    const float left = ImGui::GetCursorPosX();
    if (Button(ui, "Back##back")) action.kind = SetupAction::Kind::Back;
    switch (DrawPageToolsAtRight(ui, left, width)) {
      case PageTool::None: break;
      case PageTool::Help: action.kind = SetupAction::Kind::ShowHelp; break;
      case PageTool::Theme: action.kind = SetupAction::Kind::ToggleTheme; break;
    }
    ImGui::Dummy(ImVec2(0, ui.px(6)));
    Heading(ui, 1, "New assessment");
    ImGui::Dummy(ImVec2(0, ui.px(6)));

    const float field_w = std::min(width, ui.px(420));
    ImGui::PushFont(ui.fonts.body);
    Paragraph(ui.fonts.strong, ToImVec4(p.text), "Name this assessment");
    ImGui::SetNextItemWidth(field_w);
    ImGui::InputText("##profile_name", &state.name);
    NeedGlyphs(state.name);
    DescribeTextField("##profile_name", "Name this assessment", state.name);
    Paragraph(ui.fonts.strong, ToImVec4(p.text), "Your name (optional)");
    ImGui::SetNextItemWidth(field_w);
    ImGui::InputTextWithHint("##person", "Shown on exports and reports", &state.person);
    NeedGlyphs(state.person);
    DescribeTextField("##person", "Your name (optional)", state.person, false, "Shown on exports and reports");
    ImGui::PopFont();

    ImGui::Dummy(ImVec2(0, ui.px(8)));
    Heading(ui, 2, "Choose the skills to assess");
    ImGui::PushFont(ui.fonts.body);
    ImGui::SetNextItemWidth(field_w);
    ImGui::InputTextWithHint("##filter", "Filter by code, name or category", &state.filter);
    NeedGlyphs(state.filter);
    DescribeTextField("##filter", "Filter by code, name or category", state.filter);
    ImGui::PopFont();
    const std::string filter = Lower(state.filter);
    bool any_visible = false;
    for (const CatalogEntry& e : catalog.entries()) {
      for (const Skill& s : e.framework.skills) any_visible |= Matches(s, filter);
      DrawFramework(ui, width, e, filter, state);
    }
    if (!any_visible) Paragraph(ui.fonts.body, ToImVec4(p.text_muted), "No skill matches the filter.");
    ImGui::Dummy(ImVec2(0, ui.px(16)));
    EndColumn();
    ImGui::EndChild();

    // The way on stays in view however long the list of skills is.
    // Each chosen skill as it is visited: looking each one up again by its code went
    // through the framework's list per skill, a million comparisons a frame with 1000.
    std::size_t n = 0, statements = 0;
    ForEachChosenSkill(catalog, state.chosen, [&](const Framework&, const Skill& s) {
      ++n;
      statements += s.StatementCount();
    });
    const std::string summary =
        n == 0 ? std::string("No skills chosen yet")
               : std::to_string(n) + (n == 1 ? " skill" : " skills") + " chosen \xC2\xB7 about " +
                     std::to_string(EstimateMinutes(n, statements)) + " minutes";
    ImGui::Separator();
    BeginColumn(ui, kPageMaxCss, ImGui::GetStyle().ScrollbarSize);
    Paragraph(ui.fonts.strong, ToImVec4(p.text), summary.c_str());
    if (PrimaryButton(ui, "Begin assessment##begin", ImVec2(std::min(width, ui.px(260)), ui.px(44)), n > 0)) {
      action.kind = SetupAction::Kind::Begin;
      action.name = state.name;
      action.person = state.person;
      action.chosen = state.chosen;
    }
    if (n == 0) {
      const char* hint = "Choose at least one skill.";
      ImGui::PushFont(ui.fonts.small);
      const float hint_w = ImGui::CalcTextSize(hint).x;
      ImGui::PopFont();
      FlowNext(hint_w, false);  // beside the button where it fits, else below it
      ImGui::AlignTextToFramePadding();
      Paragraph(ui.fonts.small, ToImVec4(p.text_muted), hint);
    }
    EndColumn();
  }
  EndPage();
  return action;
}

}  // namespace skillscope::ui
