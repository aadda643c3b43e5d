// Sections
//   [SECTION] Small multiples: a chart per skill
//   [SECTION] The changes between two points
//   [SECTION] The screen
#include "ui/timeline_screen.h"

#include <algorithm>
#include <cmath>

#include "core/chart/style.h"
#include "core/text/messages.h"
#include "core/text/wording.h"
#include "ui/controls.h"
#include "ui/page_tools.h"
#include "ui/semantics.h"
#include "ui/virtual_rows.h"
#include "ui/widget_registry.h"
#include "ui/widgets.h"

namespace skillscope::ui {
namespace {

// ---------------------------------------------------------------------------
// [SECTION] Small multiples: a chart per skill
// ---------------------------------------------------------------------------
// One skill's chart, `w` wide, at the cursor: its name, a line over the points with a
// marker at each level, the levels along the left, first date and "Now" below; and in
// words, for the accessibility tree and for tests, its levels point by point.
void DrawSkillChart(const UiContext& ui, const Timeline& t, const TimelineSkill& s, float w) {
  const Palette& p = ui.palette();
  const SeriesStyle& st = StyleForSeries(0);
  const std::uint32_t rgb = ui.theme == Theme::Dark ? st.dark_rgb : st.light_rgb;
  const ImU32 line = ToU32(Rgb{static_cast<std::uint8_t>(rgb >> 16), static_cast<std::uint8_t>(rgb >> 8),
                               static_cast<std::uint8_t>(rgb)});
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + w);
  Paragraph(ui.fonts.strong, ToImVec4(p.text), (s.code + " \xC2\xB7 " + s.name).c_str());
  ImGui::PopTextWrapPos();
  const float h = ui.px(90);
  const ImVec2 a = ImGui::GetCursorScreenPos();
  const ImVec2 b(a.x + w, a.y + h);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(a, b, ToU32(p.surface), ui.px(4));
  const float left = a.x + ui.px(22), right = b.x - ui.px(10), top = a.y + ui.px(8), bottom = b.y - ui.px(8);
  const int span = std::max(1, s.scale_high - s.scale_low);
  const std::size_t n = t.points.size();
  auto px = [&](std::size_t k) {
    return n <= 1 ? (left + right) * 0.5f : left + (right - left) * static_cast<float>(k) / static_cast<float>(n - 1);
  };
  auto py = [&](int level) { return bottom - (bottom - top) * static_cast<float>(level - s.scale_low) / static_cast<float>(span); };
  ImFont* small = ui.fonts.small;
  for (int level = s.scale_low; level <= s.scale_high; ++level) {
    dl->AddLine(ImVec2(left, py(level)), ImVec2(right, py(level)), ToU32(p.border));
    const std::string label = std::to_string(level);
    dl->AddText(small, small->FontSize, ImVec2(a.x + ui.px(6), py(level) - small->FontSize * 0.5f),
                ToU32(p.text_muted), label.c_str());
  }
  ImVec2 previous(-1, -1);
  for (std::size_t k = 0; k < n; ++k) {
    if (s.levels[k] == 0) {
      previous = ImVec2(-1, -1);  // a gap where there is no level
      continue;
    }
    const ImVec2 at(px(k), py(s.levels[k]));
    if (previous.x >= 0) dl->AddLine(previous, at, line, ui.px(2));
    dl->AddCircleFilled(at, ui.px(3.5f), line);
    previous = at;
  }
  ImGui::Dummy(ImVec2(w, h));
  auto level_at = [&](std::size_t k) {
    return t.points[k].label + " " + (s.levels[k] ? std::to_string(s.levels[k]) : "\xE2\x80\x94");
  };
  // Every point in words for the accessibility tree (not drawn: 21 points would wrap
  // over lines at every frame); the eye gets the first and the last under the chart.
  std::string words;
  for (std::size_t k = 0; k < n; ++k) words += (k ? " \xC2\xB7 " : "") + level_at(k);
  RecordAlternativeText(words.c_str(), a, b, Role::Paragraph);
  const std::string ends = n > 1 ? level_at(0) + " \xC2\xB7 " + level_at(n - 1) : level_at(0);
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted), ends.c_str());
  ImGui::EndGroup();
}

void DrawCharts(const UiContext& ui, const TimelineModel& m, float width) {
  const std::size_t count = m.show_unchanged ? m.timeline.skills.size() : m.timeline.changed;
  const float gap = ui.px(16);
  const int columns = std::max(1, static_cast<int>((width + gap) / (ui.px(280) + gap)));
  const float w = (width - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
  const int rows = static_cast<int>((count + static_cast<std::size_t>(columns) - 1) / static_cast<std::size_t>(columns));
  DrawVirtualRows("##timeline_rows", rows, [&](int row) {
    for (int c = 0; c < columns; ++c) {
      const std::size_t i = static_cast<std::size_t>(row * columns + c);
      if (i >= count) break;
      if (c > 0) ImGui::SameLine(0, gap);
      DrawSkillChart(ui, m.timeline, m.timeline.skills[i], w);
    }
    ImGui::Dummy(ImVec2(0, ui.px(6)));
  });
}

// ---------------------------------------------------------------------------
// [SECTION] The changes between two points
// ---------------------------------------------------------------------------
void DrawChanges(const UiContext& ui, const TimelineModel& m, TimelineAction& action) {
  const Palette& p = ui.palette();
  Heading(ui, 2, Tr(MSG("timeline_screen.changes")).c_str());
  std::vector<std::string> from, to;
  const std::size_t now = m.timeline.points.size() - 1;  // the last point is now: no date needed
  for (std::size_t k = 0; k < m.timeline.points.size(); ++k) {
    const TimelinePoint& point = m.timeline.points[k];
    const std::string label = point.label + (k == now ? "" : " (" + point.date + ")");
    from.push_back(label + "##from:" + std::to_string(k));
    to.push_back(label + "##to:" + std::to_string(k));
  }
  const std::string& from_label = Tr(MSG("timeline_screen.from"));
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted), from_label.c_str());
  {
    SemanticGroup group(Role::RadioGroup, from_label);
    const int clicked = Segmented(ui, from, static_cast<int>(m.from), ui.fonts.body);
    if (clicked >= 0) action = {TimelineAction::Kind::ChooseFrom, static_cast<std::size_t>(clicked)};
  }
  const std::string& to_label = Tr(MSG("timeline_screen.to"));
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted), to_label.c_str());
  {
    SemanticGroup group(Role::RadioGroup, to_label);
    const int clicked = Segmented(ui, to, static_cast<int>(m.to), ui.fonts.body);
    if (clicked >= 0) action = {TimelineAction::Kind::ChooseTo, static_cast<std::size_t>(clicked)};
  }
  if (m.changes.empty())
    Paragraph(ui.fonts.body, ToImVec4(p.text_muted), Tr(MSG("timeline_screen.nothing_changed")).c_str());
  for (const std::string& change : m.changes) BulletParagraph(ui.fonts.body, ToImVec4(p.text), change.c_str());
}

}  // namespace

// ---------------------------------------------------------------------------
// [SECTION] The screen
// ---------------------------------------------------------------------------
TimelineAction DrawTimelineScreen(const UiContext& ui, const TimelineModel& m) {
  TimelineAction action;
  const Palette& p = ui.palette();
  if (BeginPage("##timeline")) {
    ImGui::Dummy(ImVec2(0, ui.px(8)));
    const float width = BeginColumn(ui, kPageMaxCss);
    SemanticGroup main(Role::Main);
    const float left = ImGui::GetCursorPosX();
    if (Button(ui, (Tr(MSG("timeline_screen.back_to_results")) + "##back").c_str()))
      action.kind = TimelineAction::Kind::Back;
    ImGui::SameLine();
    if (Button(ui, (Tr(MSG("timeline_screen.home")) + "##home").c_str())) action.kind = TimelineAction::Kind::Home;
    switch (DrawPageToolsAtRight(ui, left, width)) {
      case PageTool::None: break;
      case PageTool::Help: action.kind = TimelineAction::Kind::ShowHelp; break;
      case PageTool::Theme: action.kind = TimelineAction::Kind::ToggleTheme; break;
    }
    ImGui::Dummy(ImVec2(0, ui.px(6)));
    Heading(ui, 1, Tr(MSG("timeline_screen.title"), Quoted(m.profile_name)).c_str());
    if (Button(ui, (Tr(MSG("timeline_screen.open_plan")) + "##open_plan").c_str()))
      action.kind = TimelineAction::Kind::OpenPlan;
    if (!m.empty_message.empty()) Paragraph(ui.fonts.body, ToImVec4(p.text_muted), m.empty_message.c_str());
    const std::size_t unchanged = m.timeline.skills.size() - m.timeline.changed;
    const std::string summary = TrN(MSG("timeline_screen.summary"), static_cast<long long>(m.timeline.changed),
                                    m.timeline.points.size());
    Paragraph(ui.fonts.body, ToImVec4(p.text), summary.c_str());
    if (unchanged > 0) {
      bool all = m.show_unchanged;
      const std::string label = TrN(MSG("timeline_screen.show_unchanged"), static_cast<long long>(unchanged));
      if (WrappedCheckbox(label.c_str(), "show_unchanged", &all)) action.kind = TimelineAction::Kind::ToggleUnchanged;
    }
    {
      SemanticGroup group(Role::Group, Tr(MSG("timeline_screen.export")));
      const int clicked = Segmented(ui,
                                    {Tr(MSG("timeline_screen.charts_svg")) + "##export_timeline_svg",
                                     Tr(MSG("timeline_screen.charts_png")) + "##export_timeline_png"},
                                    -1);
      if (clicked == 0) action.kind = TimelineAction::Kind::ExportSvg;
      if (clicked == 1) action.kind = TimelineAction::Kind::ExportPng;
    }
    ImGui::Dummy(ImVec2(0, ui.px(8)));
    DrawCharts(ui, m, width);
    ImGui::Dummy(ImVec2(0, ui.px(8)));
    if (m.timeline.points.size() > 1) DrawChanges(ui, m, action);
    ImGui::Dummy(ImVec2(0, ui.px(24)));
    EndColumn();
  }
  EndPage();
  return action;
}

}  // namespace skillscope::ui
