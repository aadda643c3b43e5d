#pragma once
// Results: the radar-chart profile, a sortable table, where to grow, and exports.
#include <string>
#include <vector>

#include "core/chart_data.h"
#include "core/radar.h"
#include "core/results.h"
#include "ui/ui_context.h"

namespace skillscope::ui {

struct ResultsModel {
  std::string profile_name;
  std::string subtitle;  // "Kim · 22 Nov 2026 · 10 of 10 skills answered"
  const std::vector<SkillResult>* results = nullptr;
  std::vector<std::string> summaries;
  std::vector<GrowthItem> growth;
  ChartData chart;                // every assessed skill
  std::vector<AxisGroup> groups;  // one unless there are more than 30 skills
  std::vector<std::string> overlays;  // names of series that can be shown over the chart
  int overlay = -1;                   // the one shown, -1 none
};

struct ResultsState {
  int group = 0;
};

struct ResultsAction {
  enum Kind { None, OpenSkill, ExportSvg, ExportPng, ExportReport, BackToQuestions, Home, ToggleTheme, ChooseOverlay } kind = None;
  std::string skill_key;
  int overlay = -1;
};

// The chart data of the group on show (what SVG and PNG exports contain).
ChartData ShownChart(const ResultsModel& model, const ResultsState& state);

ResultsAction DrawResultsScreen(const UiContext& ui, const ResultsModel& model, ResultsState& state);

}  // namespace skillscope::ui
