#pragma once
// Chart geometry for a profile, in the pixel space of the area it is drawn in: the
// radar (axes, level rings, series polygons with gaps, label boxes), the bar chart used
// for fewer than three answered skills, and hit-testing. ui/ turns this into ImDrawList
// calls and core/chart/svg.cpp into SVG; neither computes positions of its own.
//
// Each axis runs over its own skill's scale, so 4-, 5- and 7-level scales share one
// chart honestly: a level sits at (level - lowest + 1) / (highest - lowest + 1) of the
// radius, the centre meaning "no level". Skipped, not-applicable and unanswered skills
// are gaps: their axis is drawn greyed and every polygon is broken there.
#include <array>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace skillscope {

struct Vec2 {
  double x = 0, y = 0;
};
struct TextSize {
  double w = 0, h = 0;
};
// Size of text wrapped at wrap_width (the UI's font metrics, or an estimate for SVG).
using MeasureText = std::function<TextSize(const std::string& text, double wrap_width)>;

struct ChartAxisInput {
  std::string key;          // "framework/CODE", for clicks
  std::string label;        // "ITOP Infrastructure operations"
  std::string short_label;  // "ITOP", used when full labels do not fit
  std::vector<int> scale_levels;    // ascending
  std::vector<int> defined_levels;  // where the skill has statements
  bool gap = false;                 // skipped, not applicable or not answered
};

struct ChartSeriesInput {
  std::string name;
  std::vector<int> levels;  // one per axis; 0 = no value there
};

struct ChartArea {
  double width = 0;
  double height = 0;
  double label_max_width = 160;  // labels wrap at this width
  double label_gap = 8;          // space between the plot and its labels
  double min_radius = 60;        // below this, labels shrink to codes
};

// Equal inputs lay out alike: a caller may keep a layout while its inputs stay equal.
inline bool operator==(const ChartAxisInput& a, const ChartAxisInput& b) {
  return a.key == b.key && a.label == b.label && a.short_label == b.short_label && a.scale_levels == b.scale_levels &&
         a.defined_levels == b.defined_levels && a.gap == b.gap;
}
inline bool operator==(const ChartSeriesInput& a, const ChartSeriesInput& b) {
  return a.name == b.name && a.levels == b.levels;
}
inline bool operator==(const ChartArea& a, const ChartArea& b) {
  return a.width == b.width && a.height == b.height && a.label_max_width == b.label_max_width &&
         a.label_gap == b.label_gap && a.min_radius == b.min_radius;
}

enum class Align { Left, Center, Right };

struct LabelBox {
  std::string text;
  Vec2 pos;  // top-left
  TextSize size;
  Align align = Align::Left;
};

struct LevelTick {
  int level = 0;
  Vec2 pos;
  bool defined = true;   // the skill has statements at this level
  bool numbered = false;  // its level number is written beside it
};

struct RadarAxis {
  double angle = 0;  // radians, 0 = up, clockwise
  Vec2 end;          // the highest level on the axis's scale
  int highest_level = 0;
  std::vector<LevelTick> ticks;
  LabelBox label;
  bool gap = false;
};

// A piece of the ring through one level: between two neighbouring axes, each at its
// own radius for that level. Dashed where a skill is not defined at that level.
struct RingSegment {
  int level = 0;
  Vec2 a, b;
  bool defined = true;
};

struct SeriesShape {
  std::vector<std::optional<Vec2>> vertices;  // per axis; empty at gaps and missing values
  std::vector<std::array<Vec2, 2>> edges;     // outline between neighbouring vertices
  std::vector<std::array<Vec2, 3>> wedges;    // fill: centre and two neighbouring vertices
};

struct RadarGeometry {
  Vec2 center;
  double radius = 0;
  bool short_labels = false;  // full labels did not fit
  std::vector<RadarAxis> axes;
  std::vector<RingSegment> rings;
  std::vector<SeriesShape> series;
};

// The vertical extent of everything drawn (plot and labels): the area's height less
// what is left empty above and below, so a caller can reserve only what is used.
struct VerticalExtent {
  double top = 0;
  double bottom = 0;
};
VerticalExtent RadarExtent(const RadarGeometry& g);

// True when no series has its marker on `axis` within `radius` of `at`: a level number
// is written there only then, so numbers and markers never sit on each other.
bool ClearOfMarkers(const RadarGeometry& g, std::size_t axis, Vec2 at, double radius);

// Of two places for a level number (beside its axis, on either side), `usual` unless a
// series' outline passes within `clearance` of it and `other` is farther from every
// outline: a number drawn on a line reads poorly, even with a halo.
Vec2 PlaceClearOfOutlines(const RadarGeometry& g, Vec2 usual, Vec2 other, double clearance);

// Level position as a fraction of the radius (0 when the level is not on the scale).
double LevelFraction(const std::vector<int>& scale_levels, int level);

RadarGeometry LayoutRadar(const std::vector<ChartAxisInput>& axes, const std::vector<ChartSeriesInput>& series,
                          const ChartArea& area, const MeasureText& measure);

struct ChartHit {
  int axis = -1;    // -1: nothing
  int series = -1;  // set when a vertex was hit
};
// A vertex within tolerance wins (series in order); else an axis line or its label.
ChartHit HitTestRadar(const RadarGeometry& g, Vec2 point, double tolerance);

// ---- Bars: fewer than three answered skills --------------------------------
struct BarRow {
  LabelBox label;
  double top = 0;      // of the bar track
  double height = 0;
  double left = 0;
  double right = 0;    // the track spans left..right (the whole scale)
  std::vector<LevelTick> ticks;
  std::vector<LabelBox> tick_numbers;  // the level numbers, centred under the ticks
  std::vector<std::optional<double>> values;  // per series: x of its level, none at gaps
  bool gap = false;
};
struct BarGeometry {
  std::vector<BarRow> rows;
  double height = 0;  // total height used
};
BarGeometry LayoutBars(const std::vector<ChartAxisInput>& axes, const std::vector<ChartSeriesInput>& series,
                       double width, const MeasureText& measure);
int HitTestBars(const BarGeometry& g, Vec2 point);

// ---- Choosing the chart ----------------------------------------------------
inline constexpr std::size_t kMinRadarAxes = 3;
inline constexpr std::size_t kMaxRadarAxes = 30;

// Groups of at most kMaxRadarAxes axis indices, keeping each group key (framework,
// then category) together where possible; one group when everything fits.
struct AxisGroup {
  std::string name;
  std::vector<int> axes;
};
std::vector<AxisGroup> GroupAxes(const std::vector<std::string>& group_keys, std::size_t max_per_group = kMaxRadarAxes);

}  // namespace skillscope
