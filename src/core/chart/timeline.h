#pragma once
// Progress over time: each assessed skill's level at every snapshot and now, for the
// timeline screen (small multiples, a chart per skill) and its SVG; and the changes
// between two points in time: up, down, new, dropped.
#include <map>
#include <string>
#include <vector>

#include "core/chart/svg.h"
#include "core/framework/catalog.h"
#include "core/profile/profile.h"

namespace skillscope {

struct TimelinePoint {
  std::string label;  // the snapshot's name, or "Now"
  std::string date;   // "12 Mar 2026"
};

struct TimelineSkill {
  std::string key;
  std::string code;
  std::string name;
  std::vector<int> levels;  // a level per point, 0 where there is none
  int scale_low = 1;
  int scale_high = 1;
  bool changed = false;  // some point differs from another
};

struct Timeline {
  std::vector<TimelinePoint> points;  // the snapshots, oldest first, then now
  std::vector<TimelineSkill> skills;  // changed ones first, in assessment order; then the rest
  std::size_t changed = 0;            // skills[0, changed) changed
};

Timeline BuildTimeline(const Profile& profile, const Catalog& catalog);

struct LevelChange {
  enum class Kind { Up, Down, New, Dropped };
  Kind kind = Kind::Up;
  std::string key;
  std::string skill;  // "ITOP Infrastructure operations"
  int from = 0;       // 0 for New
  int to = 0;         // 0 for Dropped
};
// Between point `from` and point `to` of the timeline (indices into points): every
// skill whose level differs, in the timeline's order.
std::vector<LevelChange> ChangesBetween(const Timeline& timeline, std::size_t from, std::size_t to);
// "ITOP Infrastructure operations: up from 2 to 3", "…: new at 2", "…: dropped (was 3)".
std::string ChangeText(const LevelChange& change);

// The timeline as a standalone SVG: a small chart per skill (the changed ones, or all),
// three to a row, the points along the bottom; a title and description for screen readers.
SvgDocument TimelineSvg(const Timeline& timeline, const std::string& title, bool with_unchanged);

}  // namespace skillscope
