#pragma once
// Two to five sets of answers side by side (own profiles, people's, snapshots), with a
// role as a benchmark: the chart overlays them on one radar, a series each, and the
// table lists them per skill. Built on the team grid, so versions are handled the same
// way (answers to differing statements are left out and listed).
#include <map>
#include <string>
#include <vector>

#include "core/chart/data.h"
#include "core/team/stats.h"

namespace skillscope {

inline constexpr std::size_t kMinCompared = 2;
inline constexpr std::size_t kMaxCompared = 5;

struct Comparison {
  TeamGrid grid;    // a column per set, in the order given
  ChartData chart;  // a series per set, then the role's when there is one
  std::vector<int> gaps;  // per set: skills below the role (or not at a level)
};

// `role_levels`: skill key -> expected level (empty: no role); `role_name` names its series.
Comparison BuildComparison(const std::vector<AnswerSet>& sets, const Catalog& catalog,
                           const std::map<std::string, int>& role_levels, const std::string& role_name);

}  // namespace skillscope
