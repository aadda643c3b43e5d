#pragma once
// The team view: everyone in People x the chosen skills as a heatmap (a row per skill,
// a column per person), with per-skill figures, a role as a benchmark column, a line
// per person, version differences, and the CSV and report exports.
#include <string>
#include <utility>
#include <vector>

#include "core/team/stats.h"
#include "model/compare.h"

namespace skillscope {

struct TeamModel {
  TeamGrid grid;
  std::vector<std::size_t> rows;  // the skills on show, in order
  std::vector<std::pair<std::string, std::string>> frameworks;  // id, title: the filter's choices
  std::string framework;                  // "" = all
  std::vector<std::string> categories;    // of the chosen framework
  std::string category;                   // "" = all
  std::vector<int> levels;                // what coverage can be counted at
  int threshold = 3;
  std::vector<RoleChoice> roles;
  std::string role;                       // key, "" for none
  std::string role_name;
  TeamSort sort;
  bool initials = false;                  // exports show initials instead of names
  std::vector<std::string> summaries;     // a line per person
  std::vector<std::string> risks;         // single points of failure and uncovered skills on show
  std::string empty_message;              // when there is nobody or nothing to show
};

struct TeamAction {
  enum class Kind {
    None, Back, Home, Compare, ChooseFramework, ChooseCategory, ChooseThreshold, ChooseRole, Sort, ToggleInitials,
    ExportCsv, ExportReport, ToggleTheme, ShowHelp
  } kind = Kind::None;
  std::string text;  // framework id, category, role key
  int value = 0;     // threshold
  TeamSort sort;     // with Sort
};

}  // namespace skillscope
