#pragma once
// From results to chart input: axes in a stable order (by framework, then category),
// the current and target series, and any overlays.
#include <string>
#include <vector>

#include "core/chart/radar.h"
#include "core/profile/results.h"

namespace skillscope {

struct Overlay {
  std::string name;                     // "Snapshot 1 Oct 2026"
  std::vector<std::pair<std::string, int>> levels;  // skill key -> level
};

struct ChartData {
  std::vector<ChartAxisInput> axes;
  std::vector<ChartSeriesInput> series;  // "Your level", "Your target", overlays
  std::vector<std::string> group_keys;   // per axis: "Framework › Category", for GroupAxes
  std::vector<std::size_t> result_index; // per axis: index into the results
  std::size_t answered = 0;              // axes with a level (not gaps)
};

ChartData BuildChartData(const std::vector<SkillResult>& results, const std::vector<Overlay>& overlays = {});

// The axes of one group only (same series, sliced).
ChartData SliceChartData(const ChartData& data, const std::vector<int>& axes);

}  // namespace skillscope
