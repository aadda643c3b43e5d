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
  std::vector<std::string> overlays;  // snapshot names, oldest first, shown over the chart on request
  int overlay = -1;                   // the one shown, -1 none
  std::vector<std::string> snapshot_ids;   // same order as overlays
  std::vector<std::string> snapshot_dates; // "22 Nov 2026"
  std::string share_message;               // outcome of the last share-link attempt
};

struct ResultsState {
  int group = 0;
  std::string snapshot_name;  // being typed for "Save snapshot"
};

struct ResultsAction {
  enum Kind {
    None, OpenSkill, ExportSvg, ExportPng, ExportReport, ExportProfile, ShareLink, BackToQuestions, Home,
    ToggleTheme, ChooseOverlay, SaveSnapshot, DeleteSnapshot
  } kind = None;
  std::string skill_key;
  int overlay = -1;
  std::string text;  // snapshot name or id
};

// The chart data of the group on show (what SVG and PNG exports contain).
ChartData ShownChart(const ResultsModel& model, const ResultsState& state);

ResultsAction DrawResultsScreen(const UiContext& ui, const ResultsModel& model, ResultsState& state);

}  // namespace skillscope::ui
