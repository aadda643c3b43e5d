#pragma once
// Progress over time for the open profile: each skill's level across its snapshots and
// now, and what changed between two chosen points.
#include <cstdint>
#include <string>
#include <vector>

#include "core/chart/timeline.h"

namespace skillscope {

struct TimelineModel {
  std::uint64_t revision = 0;
  std::string profile_name;
  Timeline timeline;
  bool show_unchanged = false;      // skills with no change are folded away unless asked
  std::size_t from = 0, to = 0;     // the points the change list compares
  std::vector<std::string> changes; // "OBS Observability: up from 1 to 2"
  std::string empty_message;        // with no snapshot yet, what to do
};

struct TimelineAction {
  enum class Kind { None, Back, Home, ToggleTheme, ShowHelp, OpenPlan, ToggleUnchanged, ChooseFrom, ChooseTo,
                    ExportSvg, ExportPng } kind = Kind::None;
  std::size_t point = 0;  // with ChooseFrom, ChooseTo
};

}  // namespace skillscope
