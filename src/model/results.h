#pragma once
// Results: the radar-chart profile, a sortable table, where to grow, and exports.
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "core/chart/data.h"
#include "core/chart/radar.h"
#include "core/profile/results.h"
#include "model/compare.h"

namespace skillscope {

struct ResultsModel {
  // Differs for every model built: what the screen keeps between frames (the table's
  // sorted order) is kept for one revision.
  std::uint64_t revision = 0;
  std::string profile_name;
  std::string subtitle;  // "Kim · 22 Nov 2026 · 10 of 10 skills answered"
  std::vector<SkillResult> results;
  std::vector<std::string> summaries;
  std::vector<GrowthItem> growth;
  ChartData chart;                // every assessed skill
  std::vector<AxisGroup> groups;  // one unless there are more than 30 skills
  std::vector<std::string> overlays;  // snapshot names, oldest first, shown over the chart on request
  int overlay = -1;                   // the one shown, -1 none
  std::vector<std::string> snapshot_ids;   // same order as overlays
  std::vector<std::string> snapshot_dates; // "22 Nov 2026"
  std::string share_message;               // outcome of the last share-link attempt
  std::vector<RoleChoice> roles;           // roles of this profile's frameworks
  std::string targets_message;             // outcome of the last "targets from a role"
};

struct ResultsAction {
  enum class Kind {
    None, OpenSkill, ExportSvg, ExportPng, ExportReport, ExportProfile, ShareLink, BackToQuestions, Home,
    ToggleTheme, ShowHelp, ChooseOverlay, SaveSnapshot, DeleteSnapshot, SetTargetsFromRole
  } kind = Kind::None;
  std::string skill_key;
  int overlay = -1;
  int group = 0;     // with ExportSvg and ExportPng: the chart group on show
  std::string text;  // snapshot name or id; the role key with SetTargetsFromRole
};

// The chart of one group (what SVG and PNG exports contain); the whole chart when
// there is only one group.
inline ChartData GroupChart(const ResultsModel& model, int group) {
  if (model.groups.size() <= 1) return model.chart;
  const int g = std::clamp(group, 0, static_cast<int>(model.groups.size()) - 1);
  return SliceChartData(model.chart, model.groups[static_cast<std::size_t>(g)].axes);
}

}  // namespace skillscope
