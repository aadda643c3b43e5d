#pragma once
// The profile chart on screen: reserves an area, lays out the core geometry with the
// UI's fonts, draws it with ImDrawList, and answers hover, focus and clicks.
#include <string>
#include <vector>

#include "core/chart/data.h"
#include "core/profile/results.h"
#include "ui/ui_context.h"

namespace skillscope::ui {

struct ChartViewResult {
  std::string open_skill;  // key of the skill whose axis, label or bar was clicked
  int hovered_axis = -1;   // the axis under the pointer or the keyboard focus
};

// Draws a radar for three or more answered skills, bars otherwise. `results` are the
// rows ChartData.result_index points into (for the tooltips; none when empty: the
// caller explains the hovered axis itself). Returns a click and what is hovered.
ChartViewResult DrawChart(const UiContext& ui, const char* id, const ChartData& data,
                          const std::vector<SkillResult>& results, float width, float max_height);

// A legend line per series: colour, dash and marker, as on the chart.
void DrawLegend(const UiContext& ui, const ChartData& data);

}  // namespace skillscope::ui
