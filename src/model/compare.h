#pragma once
// The compare screen: two to five sets of answers (own profiles, people's, snapshots of
// either) overlaid on one radar with a legend, a role as a benchmark series, and a
// table per skill side by side.
#include <string>
#include <utility>
#include <vector>

#include "core/chart/data.h"
#include "core/chart/radar.h"
#include "core/team/stats.h"

namespace skillscope {

struct CompareChoice {
  std::string ref;     // "own:<profile id>", "person:<profile id>", either + "/<snapshot id>"
  std::string label;   // "Kim Lee · Q4 review", "  snapshot “Before the course”"
  std::string detail;  // "22 Nov 2026 · 7 skills"
  bool snapshot = false;
  bool chosen = false;
};

struct RoleChoice {
  std::string key;    // "framework@version/Role name"
  std::string label;  // "Platform engineer (ACME platform team skills)"
};

struct CompareModel {
  std::vector<CompareChoice> own;     // the person's assessments and their snapshots
  std::vector<CompareChoice> people;  // people's profiles and their snapshots
  std::vector<RoleChoice> roles;      // roles of the frameworks here
  std::string role;                   // the chosen benchmark's key, "" for none
  std::string role_name;
  std::size_t chosen = 0;
  bool full = false;     // five chosen: no more can be added
  std::string message;   // what to do next, while fewer than two are chosen
  ChartData chart;       // a series per chosen set (then the role's)
  std::vector<AxisGroup> groups;
  TeamGrid grid;         // the table: a row per skill, a column per chosen set
  std::vector<int> gaps; // per chosen set: skills short of the role
  bool initials = false; // exports show initials instead of names
};

struct CompareAction {
  enum class Kind {
    None, Back, Home, Toggle, ChooseRole, ExportSvg, ExportPng, ToggleInitials, OpenTeam, ToggleTheme, ShowHelp
  } kind = Kind::None;
  std::string ref;  // with Toggle; with ChooseRole the role key ("" for none)
  int group = 0;    // with the exports: the chart group on show
};

}  // namespace skillscope
