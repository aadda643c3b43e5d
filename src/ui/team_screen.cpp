// Sections
//   [SECTION] Choices
//   [SECTION] Below the heatmap: risks, people, versions, exports
//   [SECTION] DrawTeamScreen
#include "ui/team_screen.h"

#include <algorithm>

#include "core/text/messages.h"
#include "model/people.h"
#include "ui/controls.h"
#include "ui/heatmap_view.h"
#include "ui/people_screen.h"
#include "ui/semantics.h"
#include "ui/widgets.h"

namespace skillscope::ui {
namespace {

// The team view is wide: as wide as the window allows, up to this.
constexpr float kTeamMaxCss = 1600;

// ---------------------------------------------------------------------------
// [SECTION] Choices
// ---------------------------------------------------------------------------
// A labelled row of choices; returns the index clicked or -1.
int Choice(const UiContext& ui, const char* label, const std::vector<std::string>& options, int selected) {
  Paragraph(ui.fonts.strong, ToImVec4(ui.palette().text), label);
  return Segmented(ui, options, selected, ui.fonts.small, 32);
}

void DrawChoices(const UiContext& ui, const TeamModel& m, TeamAction& action) {
  std::vector<std::string> options{Tr(MSG("team_screen.all_frameworks")) + "##framework:"};
  int selected = 0;
  for (std::size_t i = 0; i < m.frameworks.size(); ++i) {
    options.push_back(m.frameworks[i].second + "##framework:" + m.frameworks[i].first);
    if (m.frameworks[i].first == m.framework) selected = static_cast<int>(i + 1);
  }
  if (m.frameworks.size() > 1 || !m.framework.empty()) {
    const int clicked = Choice(ui, Tr(MSG("team_screen.framework")).c_str(), options, selected);
    if (clicked >= 0) {
      action.kind = TeamAction::Kind::ChooseFramework;
      action.text = clicked == 0 ? "" : m.frameworks[static_cast<std::size_t>(clicked - 1)].first;
    }
  }
  if (!m.categories.empty()) {
    options = {Tr(MSG("team_screen.all_categories")) + "##category:"};
    selected = 0;
    for (std::size_t i = 0; i < m.categories.size(); ++i) {
      options.push_back(m.categories[i] + "##category:" + m.categories[i]);
      if (m.categories[i] == m.category) selected = static_cast<int>(i + 1);
    }
    const int clicked = Choice(ui, Tr(MSG("team_screen.category")).c_str(), options, selected);
    if (clicked >= 0) {
      action.kind = TeamAction::Kind::ChooseCategory;
      action.text = clicked == 0 ? "" : m.categories[static_cast<std::size_t>(clicked - 1)];
    }
  }
  options.clear();
  selected = -1;
  for (std::size_t i = 0; i < m.levels.size(); ++i) {
    options.push_back(Tr(MSG("team_screen.level_or_above"), m.levels[i]) + "##threshold:" +
                      std::to_string(m.levels[i]));
    if (m.levels[i] == m.threshold) selected = static_cast<int>(i);
  }
  if (!options.empty()) {
    const int clicked = Choice(ui, Tr(MSG("team_screen.coverage_at")).c_str(), options, selected);
    if (clicked >= 0) {
      action.kind = TeamAction::Kind::ChooseThreshold;
      action.value = m.levels[static_cast<std::size_t>(clicked)];
    }
  }
  if (!m.roles.empty()) {
    options = {Tr(MSG("team_screen.no_role")) + "##team_role:"};
    selected = 0;
    for (std::size_t i = 0; i < m.roles.size(); ++i) {
      options.push_back(m.roles[i].label + "##team_role:" + m.roles[i].key);
      if (m.roles[i].key == m.role) selected = static_cast<int>(i + 1);
    }
    const int clicked = Choice(ui, Tr(MSG("team_screen.benchmark_role")).c_str(), options, selected);
    if (clicked >= 0) {
      action.kind = TeamAction::Kind::ChooseRole;
      action.text = clicked == 0 ? "" : m.roles[static_cast<std::size_t>(clicked - 1)].key;
    }
  }
}

// ---------------------------------------------------------------------------
// [SECTION] Below the heatmap: risks, people, versions, exports
// ---------------------------------------------------------------------------
void Bullets(const UiContext& ui, const char* heading, const std::vector<std::string>& lines, const char* none) {
  const Palette& p = ui.palette();
  ImGui::Dummy(ImVec2(0, ui.px(8)));
  Heading(ui, 2, heading);
  if (lines.empty() && none) Paragraph(ui.fonts.body, ToImVec4(p.text_muted), none);
  for (const std::string& line : lines) BulletParagraph(ui.fonts.body, ToImVec4(p.text), line.c_str());
}

void DrawExports(const UiContext& ui, const TeamModel& m, TeamAction& action) {
  const Palette& p = ui.palette();
  ImGui::Dummy(ImVec2(0, ui.px(8)));
  Heading(ui, 2, Tr(MSG("team_screen.exports.heading")).c_str());
  const int clicked = Segmented(ui, {Tr(MSG("team_screen.exports.csv")) + "##export_csv",
                                     Tr(MSG("team_screen.exports.report")) + "##export_report"}, -1, nullptr, 40);
  if (clicked == 0) action.kind = TeamAction::Kind::ExportCsv;
  if (clicked == 1) action.kind = TeamAction::Kind::ExportReport;
  bool initials = m.initials;
  if (WrappedCheckbox(Tr(MSG("team_screen.exports.initials")).c_str(), "initials", &initials))
    action.kind = TeamAction::Kind::ToggleInitials;
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted), Tr(MSG("team_screen.exports.note")).c_str());
}

}  // namespace

// ---------------------------------------------------------------------------
// [SECTION] DrawTeamScreen
// ---------------------------------------------------------------------------
TeamAction DrawTeamScreen(const UiContext& ui, const TeamModel& m) {
  TeamAction action;
  const Palette& p = ui.palette();
  if (BeginPage("##team")) {
    ImGui::Dummy(ImVec2(0, ui.px(8)));
    const float width = BeginColumn(ui, kTeamMaxCss);
    const float left = ImGui::GetCursorPosX();
    switch (DrawPeopleHeader(ui, left, width,
                             {Tr(MSG("team_screen.people")) + "##back",
                              Tr(MSG("team_screen.compare")) + "##open_compare",
                              Tr(MSG("team_screen.home")) + "##home"})) {
      case 0: action.kind = TeamAction::Kind::Back; break;
      case 1: action.kind = TeamAction::Kind::Compare; break;
      case 2: action.kind = TeamAction::Kind::Home; break;
      case kHelpPressed: action.kind = TeamAction::Kind::ShowHelp; break;
      case kThemePressed: action.kind = TeamAction::Kind::ToggleTheme; break;
      default: break;
    }
    Heading(ui, 1, Tr(MSG("team_screen.title")).c_str());
    const std::size_t people = m.grid.members();
    Paragraph(ui.fonts.body, ToImVec4(p.text_muted),
              Tr(MSG("team_screen.counts"), TrN(MSG("team_screen.people_count"), static_cast<long long>(people)),
                 TrN(MSG("team_screen.skills_shown"), static_cast<long long>(m.rows.size())))
                  .c_str());
    Paragraph(ui.fonts.small, ToImVec4(p.text_muted), PrivacyNote().c_str());
    if (people > 0) DrawChoices(ui, m, action);
    ImGui::Dummy(ImVec2(0, ui.px(6)));
    if (!m.empty_message.empty()) {
      Paragraph(ui.fonts.body, ToImVec4(p.text), m.empty_message.c_str());
      if (people == 0 && Button(ui, (Tr(MSG("team_screen.go_people")) + "##go_people").c_str()))
        action.kind = TeamAction::Kind::Back;
    }
    if (!m.rows.empty()) {
      const float max_h = std::max(ui.px(260), ImGui::GetMainViewport()->WorkSize.y * 0.72f);
      const HeatmapResult r = DrawHeatmap(ui, m, width, max_h);
      if (r.sort) {
        action.kind = TeamAction::Kind::Sort;
        action.sort = r.sort_by;
      }
      if (m.sort.key != TeamSortKey::Default &&
          Button(ui, (Tr(MSG("team_screen.sort_default")) + "##sort_default").c_str(), ImVec2(0, ui.px(34)))) {
        action.kind = TeamAction::Kind::Sort;
        action.sort = {};
      }
      ImGui::Dummy(ImVec2(0, ui.px(2)));
      DrawHeatmapKey(ui, m);
      Paragraph(ui.fonts.small, ToImVec4(p.text_muted), Tr(MSG("team_screen.heatmap_hint")).c_str());
      Bullets(ui, Tr(MSG("team_screen.risks.heading"), m.threshold).c_str(), m.risks,
              Tr(MSG("team_screen.risks.none"), m.threshold).c_str());
      Bullets(ui, Tr(MSG("team_screen.people_heading")).c_str(), m.summaries, nullptr);
      if (!m.grid.differences.empty())
        Bullets(ui, Tr(MSG("team_screen.versions_heading")).c_str(), m.grid.differences, nullptr);
      DrawExports(ui, m, action);
    }
    ImGui::Dummy(ImVec2(0, ui.px(24)));
    EndColumn();
  }
  EndPage();
  return action;
}

}  // namespace skillscope::ui
