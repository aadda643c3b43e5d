// Sections
//   [SECTION] Choosing what to compare
//   [SECTION] The chart
//   [SECTION] Side by side
//   [SECTION] DrawCompareScreen
#include "ui/compare_screen.h"

#include <algorithm>

#include "core/text/messages.h"
#include "core/text/wording.h"
#include "imgui_internal.h"
#include "model/people.h"
#include "ui/chart_view.h"
#include "ui/controls.h"
#include "ui/nested_scroll.h"
#include "ui/people_screen.h"
#include "ui/widget_registry.h"
#include "ui/semantics.h"
#include "ui/widgets.h"

namespace skillscope::ui {
namespace {

const char* kDash = "\xE2\x80\x94";

// ---------------------------------------------------------------------------
// [SECTION] Choosing what to compare
// ---------------------------------------------------------------------------
void DrawChoiceList(const UiContext& ui, const std::string& heading, const std::vector<CompareChoice>& choices,
                    bool full, CompareAction& action) {
  const Palette& p = ui.palette();
  Heading(ui, 2, heading.c_str());
  if (choices.empty()) Paragraph(ui.fonts.small, ToImVec4(p.text_muted), Tr(MSG("compare.none_yet")).c_str());
  for (const CompareChoice& c : choices) {
    if (c.snapshot) ImGui::Indent(ui.px(28));
    const bool disabled = full && !c.chosen;
    if (disabled) ImGui::BeginDisabled();
    bool on = c.chosen;
    const std::string text = c.label + " \xC2\xB7 " + c.detail;
    if (WrappedCheckbox(text.c_str(), "pick:" + c.ref, &on)) {
      action.kind = CompareAction::Kind::Toggle;
      action.ref = c.ref;
    }
    if (disabled) ImGui::EndDisabled();
    if (c.snapshot) ImGui::Unindent(ui.px(28));
  }
}

void DrawRoles(const UiContext& ui, const CompareModel& m, CompareAction& action) {
  if (m.roles.empty()) return;
  Heading(ui, 2, Tr(MSG("compare.role_heading")).c_str());
  std::vector<std::string> options{Tr(MSG("compare.no_role")) + "##compare_role:"};
  int selected = 0;
  for (std::size_t i = 0; i < m.roles.size(); ++i) {
    options.push_back(m.roles[i].label + "##compare_role:" + m.roles[i].key);
    if (m.roles[i].key == m.role) selected = static_cast<int>(i + 1);
  }
  const int clicked = Segmented(ui, options, selected, ui.fonts.small, 32);
  if (clicked >= 0) {
    action.kind = CompareAction::Kind::ChooseRole;
    action.ref = clicked == 0 ? "" : m.roles[static_cast<std::size_t>(clicked - 1)].key;
  }
}

// ---------------------------------------------------------------------------
// [SECTION] The chart
// ---------------------------------------------------------------------------
ChartData Shown(const CompareModel& m, int group) {
  if (m.groups.size() <= 1) return m.chart;
  const int g = std::clamp(group, 0, static_cast<int>(m.groups.size()) - 1);
  return SliceChartData(m.chart, m.groups[static_cast<std::size_t>(g)].axes);
}

void DrawCompareChart(const UiContext& ui, const CompareModel& m, CompareScreenState& state, float width) {
  const Palette& p = ui.palette();
  if (m.groups.size() > 1) {
    Paragraph(ui.fonts.small, ToImVec4(p.text_muted), Tr(MSG("compare.chart_groups")).c_str());
    std::vector<std::string> labels;
    for (std::size_t i = 0; i < m.groups.size(); ++i)
      labels.push_back(m.groups[i].name + " (" + std::to_string(m.groups[i].axes.size()) + ")##group:" + std::to_string(i));
    const int clicked = Segmented(ui, labels, state.group, ui.fonts.small, 34);
    if (clicked >= 0) state.group = clicked;
  }
  const ChartData shown = Shown(m, state.group);
  const float chart_w = std::min(width, ui.px(820));
  const float indent = std::max(0.0f, (width - chart_w) * 0.5f);
  if (indent > 0) ImGui::Indent(indent);
  const ImVec2 viewport = ImGui::GetMainViewport()->WorkSize;
  const ChartViewResult r = DrawChart(ui, "##compare_chart", shown, {}, chart_w,
                                      std::max(ui.px(340), std::min(viewport.y * 0.75f, ui.px(720))));
  ImGui::PushFont(ui.fonts.body);
  DrawLegend(ui, shown);
  ImGui::PopFont();
  if (indent > 0) ImGui::Unindent(indent);
  // The hovered skill: every series' level in words.
  if (r.hovered_axis >= 0 && static_cast<std::size_t>(r.hovered_axis) < shown.axes.size()) {
    const std::size_t skill = shown.result_index[static_cast<std::size_t>(r.hovered_axis)];
    const TeamSkill& s = m.grid.skills[skill];
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ui.px(360));
    Paragraph(ui.fonts.strong, ToImVec4(p.text), (s.code + " \xC2\xB7 " + s.name).c_str());
    for (std::size_t i = 0; i < m.grid.members(); ++i) {
      const std::string text = CellText(m.grid.At(skill, i));
      Paragraph(ui.fonts.body, ToImVec4(p.text),
                Tr(MSG("compare.member_level"), m.grid.member_names[i],
                   text.empty() ? Tr(MSG("compare.not_assessed")) : text).c_str());
    }
    if (!m.role.empty() && s.role_level > 0)
      Paragraph(ui.fonts.body, ToImVec4(p.text), Tr(MSG("compare.role_level"), s.role_level).c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted), Tr(MSG("compare.chart_hint")).c_str());
}

// ---------------------------------------------------------------------------
// [SECTION] Side by side
// ---------------------------------------------------------------------------
std::string Cell(const TeamSkill& s, const TeamCell& c) {
  const std::string text = CellText(c);
  if (text.empty()) return kDash;
  return IsRoleGap(s, c) ? Tr(MSG("compare.gap_cell"), text) : text;
}

// What the cells' marks mean, each mark as the cells write it (CellText).
std::string CellKey() {
  TeamCell level;
  level.kind = CellKind::Level;
  level.level = 3;
  level.target = 4;
  TeamCell not_applicable, unanswered, other_version;
  not_applicable.kind = CellKind::NotApplicable;
  unanswered.kind = CellKind::Unanswered;
  other_version.kind = CellKind::OtherVersion;
  return Tr(MSG("compare.cell_key"), Quoted(CellText(level)), CellText(not_applicable), CellText(unanswered), kDash,
            CellText(other_version));
}

void DrawTable(const UiContext& ui, const CompareModel& m, float width) {
  const Palette& p = ui.palette();
  const TeamGrid& g = m.grid;
  const bool role = !m.role.empty();
  ImGui::Dummy(ImVec2(0, ui.px(8)));
  Heading(ui, 2, Tr(MSG("compare.side_by_side")).c_str());
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted), CellKey().c_str());
  if (role) {
    std::string gaps;
    for (std::size_t i = 0; i < g.members(); ++i)
      gaps += (i ? " \xC2\xB7 " : "") + g.member_names[i] + " " + FormatInteger(m.gaps[i]);
    Paragraph(ui.fonts.body, ToImVec4(p.text), Tr(MSG("compare.role_gaps"), gaps).c_str());
  }
  if (width < ui.px(640)) {  // a phone: one card per skill
    for (std::size_t s = 0; s < g.skills.size(); ++s) {
      const TeamSkill& skill = g.skills[s];
      BeginCard(ui, width, p.surface, p.border);
      Heading(ui, 3, (skill.code + " \xC2\xB7 " + skill.name).c_str());
      for (std::size_t i = 0; i < g.members(); ++i)
        Paragraph(ui.fonts.body, ToImVec4(p.text), (g.member_names[i] + ": " + Cell(skill, g.At(s, i))).c_str());
      if (role)
        Paragraph(ui.fonts.small, ToImVec4(p.text_muted),
                  Tr(MSG("compare.role_cell"), skill.role_level > 0 ? std::to_string(skill.role_level) : kDash)
                      .c_str());
      EndCard();
    }
    return;
  }
  const int columns = static_cast<int>(g.members()) + 1 + (role ? 1 : 0);
  if (!ImGui::BeginTable("##compare_table", columns, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                                         ImGuiTableFlags_PadOuterX, ImVec2(width, 0)))
    return;
  ImGui::TableSetupColumn(Tr(MSG("compare.column.skill")).c_str(), ImGuiTableColumnFlags_WidthStretch, 3.0f);
  for (const std::string& name : g.member_names)
    ImGui::TableSetupColumn(name.c_str(), ImGuiTableColumnFlags_WidthStretch, 1.4f);
  if (role) ImGui::TableSetupColumn(Tr(MSG("compare.column.role")).c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
  for (int c = 0; c < columns; ++c) {
    ImGui::TableSetColumnIndex(c);
    Paragraph(ui.fonts.strong, ToImVec4(p.text), ImGui::TableGetColumnName(c));
  }
  for (std::size_t s = 0; s < g.skills.size(); ++s) {
    const TeamSkill& skill = g.skills[s];
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    Paragraph(ui.fonts.body, ToImVec4(p.text), (skill.code + " \xC2\xB7 " + skill.name).c_str());
    for (std::size_t i = 0; i < g.members(); ++i) {
      ImGui::TableNextColumn();
      const TeamCell& c = g.At(s, i);
      Paragraph(ui.fonts.body, ToImVec4(IsRoleGap(skill, c) ? p.danger : c.kind == CellKind::Level ? p.text : p.text_muted),
                Cell(skill, c).c_str());
    }
    if (role) {
      ImGui::TableNextColumn();
      Paragraph(ui.fonts.body, ToImVec4(p.text), skill.role_level > 0 ? std::to_string(skill.role_level).c_str() : kDash);
    }
  }
  ImGui::EndTable();
}

}  // namespace

// ---------------------------------------------------------------------------
// [SECTION] DrawCompareScreen
// ---------------------------------------------------------------------------
CompareAction DrawCompareScreen(const UiContext& ui, const CompareModel& m, CompareScreenState& state) {
  CompareAction action;
  const Palette& p = ui.palette();
  if (BeginPage("##compare")) {
    ImGui::Dummy(ImVec2(0, ui.px(8)));
    const float width = BeginColumn(ui, kPageMaxCss);
    const float left = ImGui::GetCursorPosX();
    switch (DrawPeopleHeader(ui, left, width,
                             {Tr(MSG("people.title")) + "##back", Tr(MSG("people.team_view")) + "##open_team",
                              Tr(MSG("people.home")) + "##home"})) {
      case 0: action.kind = CompareAction::Kind::Back; break;
      case 1: action.kind = CompareAction::Kind::OpenTeam; break;
      case 2: action.kind = CompareAction::Kind::Home; break;
      case kHelpPressed: action.kind = CompareAction::Kind::ShowHelp; break;
      case kThemePressed: action.kind = CompareAction::Kind::ToggleTheme; break;
      default: break;
    }
    Heading(ui, 1, Tr(MSG("compare.title")).c_str());
    Paragraph(ui.fonts.body, ToImVec4(p.text_muted), Tr(MSG("compare.intro")).c_str());
    Paragraph(ui.fonts.small, ToImVec4(p.text_muted), PrivacyNote().c_str());
    ImGui::Dummy(ImVec2(0, ui.px(4)));
    // A long list scrolls in a box of its own, so the chart stays near the top.
    const float list_max = std::max(ui.px(200), ImGui::GetMainViewport()->WorkSize.y * 0.4f);
    const float list_h = state.choices_height > 0 ? std::min(state.choices_height, list_max) : list_max;
    ImGui::BeginChild("##compare_choices", ImVec2(width, list_h), false);
    PassWheelOnAtEnds();
    ImGui::PushTextWrapPos(ImGui::GetContentRegionAvail().x);
    DrawChoiceList(ui, Tr(MSG("compare.own")), m.own, m.full, action);
    ImGui::Dummy(ImVec2(0, ui.px(4)));
    DrawChoiceList(ui, Tr(MSG("people.title")), m.people, m.full, action);
    ImGui::PopTextWrapPos();
    state.choices_height = ImGui::GetCursorPosY() + ImGui::GetStyle().WindowPadding.y;
    ImGui::EndChild();
    if (m.full) Paragraph(ui.fonts.small, ToImVec4(p.text_muted), Tr(MSG("compare.full")).c_str());
    ImGui::Dummy(ImVec2(0, ui.px(4)));
    DrawRoles(ui, m, action);
    ImGui::Dummy(ImVec2(0, ui.px(8)));
    if (!m.message.empty()) {
      Paragraph(ui.fonts.strong, ToImVec4(p.text), m.message.c_str());
    } else {
      DrawCompareChart(ui, m, state, width);
      DrawTable(ui, m, width);
      if (!m.grid.differences.empty()) {
        ImGui::Dummy(ImVec2(0, ui.px(8)));
        Heading(ui, 2, Tr(MSG("compare.versions")).c_str());
        for (const std::string& d : m.grid.differences) BulletParagraph(ui.fonts.body, ToImVec4(p.text), d.c_str());
      }
      ImGui::Dummy(ImVec2(0, ui.px(8)));
      Heading(ui, 2, Tr(MSG("compare.take_away")).c_str());
      const int clicked = Segmented(ui,
                                    {Tr(MSG("compare.chart_svg")) + "##compare_svg",
                                     Tr(MSG("compare.chart_png")) + "##compare_png"},
                                    -1, nullptr, 40);
      if (clicked >= 0) {
        action.kind = clicked == 0 ? CompareAction::Kind::ExportSvg : CompareAction::Kind::ExportPng;
        action.group = state.group;
      }
      bool initials = m.initials;
      if (WrappedCheckbox(Tr(MSG("compare.initials")).c_str(), "initials", &initials))
        action.kind = CompareAction::Kind::ToggleInitials;
    }
    ImGui::Dummy(ImVec2(0, ui.px(24)));
    EndColumn();
  }
  EndPage();
  return action;
}

}  // namespace skillscope::ui
