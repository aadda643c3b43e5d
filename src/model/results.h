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

// One skill of a review the person received: their level and the reviewer's side by side.
struct ReviewRow {
  std::string key;
  std::string skill;     // "ITOP Infrastructure operations"
  std::string self;      // "Level 2 · Assist", "Not answered"
  std::string reviewer;  // "Agrees", "Proposes Level 3 · Apply", "To discuss"
  std::string comment;   // the reviewer's, exactly
  bool differs = false;     // a level other than the person's is proposed
  bool can_accept = false;  // a proposal not yet taken
  std::string reply;        // "You took this level", "You kept yours: …", ""
};

// A review of this profile, as the results screen lists it.
struct ReviewSection {
  std::string id;
  std::string title;  // "Review by Sam Okafor · 5 Dec 2026"
  std::string reviewer;
  std::string stale;  // "" when it is of this very revision; else what changed since, one line
  std::vector<ReviewRow> rows;
  std::string agreed;  // "Saved as the snapshot “Agreed with …”" once saved
};

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
  // What can be drawn over the chart: the snapshots, then the reviews ("Review by …").
  std::vector<std::string> overlay_labels;
  std::vector<ReviewSection> reviews;      // oldest first
  // The skills table's "Reviewed" column, a cell per result (none without reviews):
  // each review's word on the skill, a line per reviewer ("Sam Okafor: Level 3 · Apply").
  struct ReviewedCell {
    std::string text;
    bool differs = false;  // some reviewer proposed a level other than the person's
  };
  std::vector<ReviewedCell> reviewed;
  // Changes when the person asks to see a review that arrived: the screen then scrolls
  // its Reviews section into view, once.
  std::uint64_t reveal_reviews = 0;
  std::string benchmark;  // the role chosen on the plan screen, drawn as a series ("" for none)
  bool review_comments_in_exports = true;  // the person may leave the reviewers' comments out
  std::string share_message;               // outcome of the last share-link attempt
  std::vector<RoleChoice> roles;           // roles of this profile's frameworks
  std::string targets_message;             // outcome of the last "targets from a role"
};

struct ResultsAction {
  enum class Kind {
    None, OpenSkill, ExportSvg, ExportPng, ExportReport, ExportProfile, ShareLink, BackToQuestions, Home,
    ToggleTheme, ShowHelp, ChooseOverlay, SaveSnapshot, DeleteSnapshot, SetTargetsFromRole,
    AcceptReviewedLevel, KeepOwnLevel, SaveAgreedLevels,  // with review_id (and skill_key, text)
    ToggleReviewComments,  // in the report and the CSV, or left out
    OpenPlan, OpenTimeline,  // what next: the development plan and the roles, progress over time
  } kind = Kind::None;
  std::string review_id;
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
