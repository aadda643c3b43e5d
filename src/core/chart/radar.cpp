// Sections
//   [SECTION] Levels and angles
//   [SECTION] Labels: placement, de-overlap, fit
//   [SECTION] LayoutRadar
//   [SECTION] Hit-testing
//   [SECTION] Bars
//   [SECTION] Groups
#include "core/chart/radar.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include "core/text/messages.h"

namespace skillscope {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr std::size_t kMaxCentredLabelAxes = 12;

// ---------------------------------------------------------------------------
// [SECTION] Levels and angles
// ---------------------------------------------------------------------------
Vec2 OnAxis(Vec2 c, double angle, double r) { return {c.x + r * std::sin(angle), c.y - r * std::cos(angle)}; }

double AxisAngle(std::size_t i, std::size_t n) { return n == 0 ? 0.0 : 2.0 * kPi * static_cast<double>(i) / static_cast<double>(n); }

bool Contains(const std::vector<int>& v, int x) { return std::find(v.begin(), v.end(), x) != v.end(); }

// ---------------------------------------------------------------------------
// [SECTION] Labels: placement, de-overlap, fit
// ---------------------------------------------------------------------------
struct Placed {
  LabelBox box;
  double anchor_y = 0;
  int side = 0;  // -1 left, 0 top/bottom, +1 right
};

// With few axes the top and bottom labels are centred on their axis. With many, every
// label belongs to the left or right column (top and bottom included), so the two
// columns can never run into each other or into a centred label.
LabelBox PlaceLabel(const std::string& text, TextSize size, Vec2 c, double angle, double distance, bool allow_centre) {
  LabelBox box;
  box.text = text;
  box.size = size;
  const Vec2 a = OnAxis(c, angle, distance);
  const double s = std::sin(angle), k = std::cos(angle);
  // Left: the label starts at the anchor (right column); Right: it ends there.
  if (allow_centre) box.align = s > 0.2 ? Align::Left : s < -0.2 ? Align::Right : Align::Center;
  else box.align = (s > 1e-9 || (s >= -1e-9 && k > 0)) ? Align::Left : Align::Right;
  switch (box.align) {
    case Align::Left: box.pos.x = a.x; break;
    case Align::Right: box.pos.x = a.x - size.w; break;
    case Align::Center: box.pos.x = a.x - size.w / 2; break;
  }
  if (k > 0.2) box.pos.y = a.y - size.h;       // above the top of the plot
  else if (k < -0.2) box.pos.y = a.y;          // below the bottom
  else box.pos.y = a.y - size.h / 2;           // beside it
  return box;
}

// Pushes the labels of one side apart vertically, in order of their anchors, and back
// up from the bottom edge when the column runs out of room.
void SpreadSide(std::vector<LabelBox*>& side, double bottom, double spacing) {
  std::sort(side.begin(), side.end(), [](const LabelBox* a, const LabelBox* b) { return a->pos.y < b->pos.y; });
  for (std::size_t i = 1; i < side.size(); ++i) {
    const double min_y = side[i - 1]->pos.y + side[i - 1]->size.h + spacing;
    if (side[i]->pos.y < min_y) side[i]->pos.y = min_y;
  }
  if (!side.empty() && side.back()->pos.y + side.back()->size.h > bottom) {
    side.back()->pos.y = bottom - side.back()->size.h;
    for (std::size_t i = side.size() - 1; i-- > 0;) {
      const double max_y = side[i + 1]->pos.y - spacing - side[i]->size.h;
      if (side[i]->pos.y > max_y) side[i]->pos.y = max_y;
    }
  }
}

bool BoxesOverlap(const LabelBox& a, const LabelBox& b) {
  return a.pos.x < b.pos.x + b.size.w && b.pos.x < a.pos.x + a.size.w && a.pos.y < b.pos.y + b.size.h &&
         b.pos.y < a.pos.y + a.size.h;
}

// Distance from the centre to the nearest point of the box.
double DistanceToBox(Vec2 c, const LabelBox& b) {
  const double dx = std::max({b.pos.x - c.x, 0.0, c.x - (b.pos.x + b.size.w)});
  const double dy = std::max({b.pos.y - c.y, 0.0, c.y - (b.pos.y + b.size.h)});
  return std::sqrt(dx * dx + dy * dy);
}

// Places every label for a plot of radius r; true when all fit the area without
// touching the plot or each other.
bool PlaceAll(const std::vector<TextSize>& sizes, const std::vector<std::string>& texts, Vec2 c, double r,
              const ChartArea& area, std::vector<LabelBox>& out) {
  const std::size_t n = sizes.size();
  out.assign(n, {});
  std::vector<LabelBox*> left, right;
  for (std::size_t i = 0; i < n; ++i) {
    const double angle = AxisAngle(i, n);
    out[i] = PlaceLabel(texts[i], sizes[i], c, angle, r + area.label_gap, n <= kMaxCentredLabelAxes);
    if (out[i].align == Align::Left) right.push_back(&out[i]);
    else if (out[i].align == Align::Right) left.push_back(&out[i]);
  }
  const double spacing = 2;
  SpreadSide(left, area.height, spacing);
  SpreadSide(right, area.height, spacing);
  // A label moved up or down slides sideways to stay just outside the plot's circle.
  const double ring = r + area.label_gap;
  auto hug = [&](LabelBox* b, double sign) {
    const double top = b->pos.y, bottom = b->pos.y + b->size.h;
    const double dy = (top <= c.y && bottom >= c.y) ? 0.0 : std::min(std::abs(top - c.y), std::abs(bottom - c.y));
    const double dx = dy < ring ? std::sqrt(ring * ring - dy * dy) : 0.0;
    if (sign > 0) b->pos.x = c.x + dx;
    else b->pos.x = c.x - dx - b->size.w;
  };
  for (LabelBox* b : right) hug(b, +1);
  for (LabelBox* b : left) hug(b, -1);
  for (std::size_t i = 0; i < n; ++i) {
    const LabelBox& b = out[i];
    if (b.pos.x < 0 || b.pos.y < 0 || b.pos.x + b.size.w > area.width || b.pos.y + b.size.h > area.height) return false;
    if (DistanceToBox(c, b) < r + area.label_gap * 0.5) return false;
    for (std::size_t j = i + 1; j < n; ++j)
      if (BoxesOverlap(b, out[j])) return false;
  }
  return true;
}

// The largest radius at which the labels fit, or 0 when none does. Fitting is not
// monotonic (a small plot crowds its labels together, a large one pushes them out of
// the area), so step down from the largest radius, then refine the first fit found.
double FitRadius(const std::vector<TextSize>& sizes, const std::vector<std::string>& texts, Vec2 c,
                 const ChartArea& area, std::vector<LabelBox>& out) {
  const double hi = std::min(area.width, area.height) / 2.0, lo = area.min_radius;
  if (hi < lo) return 0;
  const double step = std::max(1.0, (hi - lo) / 48.0);
  double fail = hi + step;
  for (double r = hi; r >= lo; r -= step) {
    if (!PlaceAll(sizes, texts, c, r, area, out)) {
      fail = r;
      continue;
    }
    double good = r;
    for (int i = 0; i < 12 && fail - good > 0.5; ++i) {
      const double mid = (good + fail) / 2;
      if (PlaceAll(sizes, texts, c, mid, area, out)) good = mid;
      else fail = mid;
    }
    PlaceAll(sizes, texts, c, good, area, out);
    return good;
  }
  return 0;
}

}  // namespace

double LevelFraction(const std::vector<int>& scale_levels, int level) {
  if (scale_levels.empty() || !Contains(scale_levels, level)) return 0;
  const int lowest = scale_levels.front(), highest = scale_levels.back();
  return static_cast<double>(level - lowest + 1) / static_cast<double>(highest - lowest + 1);
}

// ---------------------------------------------------------------------------
// [SECTION] LayoutRadar
// ---------------------------------------------------------------------------
RadarGeometry LayoutRadar(const std::vector<ChartAxisInput>& axes, const std::vector<ChartSeriesInput>& series,
                          const ChartArea& area, const MeasureText& measure) {
  RadarGeometry g;
  const std::size_t n = axes.size();
  g.center = {area.width / 2, area.height / 2};
  if (n == 0) return g;

  std::vector<std::string> texts(n);
  std::vector<TextSize> sizes(n);
  for (std::size_t i = 0; i < n; ++i) {
    texts[i] = axes[i].label;
    sizes[i] = measure(texts[i], area.label_max_width);
  }
  std::vector<LabelBox> labels;
  g.radius = FitRadius(sizes, texts, g.center, area, labels);
  if (g.radius <= 0) {
    // Full labels do not fit: codes only, then whatever radius is left.
    g.short_labels = true;
    for (std::size_t i = 0; i < n; ++i) {
      texts[i] = axes[i].short_label;
      sizes[i] = measure(texts[i], area.label_max_width);
    }
    g.radius = FitRadius(sizes, texts, g.center, area, labels);
    if (g.radius <= 0) {
      g.radius = std::max(area.min_radius * 0.5, std::min(area.width, area.height) / 2.0 - 40);
      PlaceAll(sizes, texts, g.center, g.radius, area, labels);
    }
  }

  g.axes.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    RadarAxis& a = g.axes[i];
    const ChartAxisInput& in = axes[i];
    a.angle = AxisAngle(i, n);
    a.end = OnAxis(g.center, a.angle, g.radius);
    a.highest_level = in.scale_levels.empty() ? 0 : in.scale_levels.back();
    a.gap = in.gap;
    a.label = labels[i];
    // Every level is numbered along the first axis (straight up), so the rings can be
    // read; the other axes number their highest level, since scales may differ.
    for (int level : in.scale_levels)
      a.ticks.push_back({level, OnAxis(g.center, a.angle, g.radius * LevelFraction(in.scale_levels, level)),
                         Contains(in.defined_levels, level), i == 0 || level == a.highest_level});
  }
  // Rings: level L joins neighbouring axes that both have L on their scale.
  if (n >= 3) {
    for (std::size_t i = 0; i < n; ++i) {
      const RadarAxis& a = g.axes[i];
      const RadarAxis& b = g.axes[(i + 1) % n];
      for (const LevelTick& ta : a.ticks) {
        for (const LevelTick& tb : b.ticks) {
          if (ta.level == tb.level) g.rings.push_back({ta.level, ta.pos, tb.pos, ta.defined && tb.defined});
        }
      }
    }
  }
  // Series: vertices where there is a value and no gap; edges and wedges only between
  // neighbours that both have one, so a gap breaks the shape.
  for (const ChartSeriesInput& s : series) {
    SeriesShape shape;
    shape.vertices.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
      const int level = i < s.levels.size() ? s.levels[i] : 0;
      const double f = LevelFraction(axes[i].scale_levels, level);
      if (!axes[i].gap && level > 0 && f > 0) shape.vertices[i] = OnAxis(g.center, g.axes[i].angle, g.radius * f);
    }
    if (n >= 3) {
      for (std::size_t i = 0; i < n; ++i) {
        const auto& p = shape.vertices[i];
        const auto& q = shape.vertices[(i + 1) % n];
        if (p && q) {
          shape.edges.push_back({*p, *q});
          shape.wedges.push_back({g.center, *p, *q});
        }
      }
    }
    g.series.push_back(std::move(shape));
  }
  return g;
}

// ---------------------------------------------------------------------------
// [SECTION] Hit-testing
// ---------------------------------------------------------------------------
namespace {
double Dist(Vec2 a, Vec2 b) { return std::hypot(a.x - b.x, a.y - b.y); }
double DistToSegment(Vec2 p, Vec2 a, Vec2 b) {
  const double dx = b.x - a.x, dy = b.y - a.y;
  const double len2 = dx * dx + dy * dy;
  double t = len2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2 : 0;
  t = std::clamp(t, 0.0, 1.0);
  return Dist(p, {a.x + t * dx, a.y + t * dy});
}
bool InBox(const LabelBox& b, Vec2 p) {
  return p.x >= b.pos.x && p.x <= b.pos.x + b.size.w && p.y >= b.pos.y && p.y <= b.pos.y + b.size.h;
}
}  // namespace

ChartHit HitTestRadar(const RadarGeometry& g, Vec2 p, double tolerance) {
  ChartHit hit;
  double best = tolerance;
  for (std::size_t s = 0; s < g.series.size(); ++s) {
    for (std::size_t i = 0; i < g.series[s].vertices.size(); ++i) {
      const auto& v = g.series[s].vertices[i];
      if (v && Dist(*v, p) <= best) {
        best = Dist(*v, p);
        hit = {static_cast<int>(i), static_cast<int>(s)};
      }
    }
  }
  if (hit.axis >= 0) return hit;
  for (std::size_t i = 0; i < g.axes.size(); ++i) {
    if (InBox(g.axes[i].label, p)) return {static_cast<int>(i), -1};
  }
  // Near the centre every axis is close: only the outer 85% of an axis counts.
  if (Dist(p, g.center) < g.radius * 0.15) return hit;
  best = tolerance;
  for (std::size_t i = 0; i < g.axes.size(); ++i) {
    const double d = DistToSegment(p, g.center, g.axes[i].end);
    if (d <= best) {
      best = d;
      hit.axis = static_cast<int>(i);
    }
  }
  return hit;
}

// ---------------------------------------------------------------------------
// [SECTION] Bars
// ---------------------------------------------------------------------------
BarGeometry LayoutBars(const std::vector<ChartAxisInput>& axes, const std::vector<ChartSeriesInput>& series,
                       double width, const MeasureText& measure) {
  BarGeometry g;
  const double bar_h = 18, gap_after_label = 6, row_gap = 18, gap_after_bar = 2;
  double y = 0;
  for (std::size_t i = 0; i < axes.size(); ++i) {
    const ChartAxisInput& in = axes[i];
    BarRow row;
    row.label.text = in.label;
    row.label.size = measure(in.label, width);
    row.label.pos = {0, y};
    row.label.align = Align::Left;
    row.top = y + row.label.size.h + gap_after_label;
    row.height = bar_h;
    row.left = 0;
    row.right = width;
    row.gap = in.gap;
    // Each level is numbered under its tick, inside the track's ends.
    double numbers_h = 0;
    for (int level : in.scale_levels) {
      const double x = row.left + (row.right - row.left) * LevelFraction(in.scale_levels, level);
      row.ticks.push_back({level, {x, row.top + bar_h / 2}, Contains(in.defined_levels, level), true});
      LabelBox number;
      number.text = std::to_string(level);
      number.size = measure(number.text, width);
      number.pos = {std::clamp(x - number.size.w / 2, row.left, row.right - number.size.w), row.top + bar_h + gap_after_bar};
      number.align = Align::Center;
      numbers_h = std::max(numbers_h, number.size.h);
      row.tick_numbers.push_back(std::move(number));
    }
    for (const ChartSeriesInput& s : series) {
      const int level = i < s.levels.size() ? s.levels[i] : 0;
      const double f = LevelFraction(in.scale_levels, level);
      if (in.gap || level <= 0 || f <= 0) row.values.emplace_back(std::nullopt);
      else row.values.emplace_back(row.left + (row.right - row.left) * f);
    }
    y = row.top + bar_h + gap_after_bar + numbers_h + row_gap;
    g.rows.push_back(std::move(row));
  }
  g.height = g.rows.empty() ? 0 : y - row_gap;
  return g;
}

VerticalExtent RadarExtent(const RadarGeometry& g) {
  VerticalExtent e{g.center.y - g.radius, g.center.y + g.radius};
  for (const RadarAxis& a : g.axes) {
    e.top = std::min({e.top, a.end.y, a.label.pos.y});
    e.bottom = std::max({e.bottom, a.end.y, a.label.pos.y + a.label.size.h});
  }
  return e;
}

bool ClearOfMarkers(const RadarGeometry& g, std::size_t axis, Vec2 at, double radius) {
  for (const SeriesShape& s : g.series) {
    if (axis >= s.vertices.size() || !s.vertices[axis]) continue;
    const Vec2 v = *s.vertices[axis];
    if (std::hypot(v.x - at.x, v.y - at.y) < radius) return false;
  }
  return true;
}

namespace {
double DistanceToSegment(Vec2 p, const std::array<Vec2, 2>& e) {
  const double dx = e[1].x - e[0].x, dy = e[1].y - e[0].y, length2 = dx * dx + dy * dy;
  const double t = length2 > 0 ? std::clamp(((p.x - e[0].x) * dx + (p.y - e[0].y) * dy) / length2, 0.0, 1.0) : 0.0;
  return std::hypot(p.x - (e[0].x + t * dx), p.y - (e[0].y + t * dy));
}
double DistanceToOutlines(const RadarGeometry& g, Vec2 p) {
  double nearest = std::numeric_limits<double>::infinity();
  for (const SeriesShape& s : g.series)
    for (const auto& e : s.edges) nearest = std::min(nearest, DistanceToSegment(p, e));
  return nearest;
}
}  // namespace

Vec2 PlaceClearOfOutlines(const RadarGeometry& g, Vec2 usual, Vec2 other, double clearance) {
  const double at_usual = DistanceToOutlines(g, usual);
  if (at_usual >= clearance) return usual;
  return DistanceToOutlines(g, other) > at_usual ? other : usual;
}

int HitTestBars(const BarGeometry& g, Vec2 p) {
  for (std::size_t i = 0; i < g.rows.size(); ++i) {
    const BarRow& r = g.rows[i];
    if (p.y >= r.label.pos.y && p.y <= r.top + r.height && p.x >= r.left && p.x <= r.right) return static_cast<int>(i);
  }
  return -1;
}

// ---------------------------------------------------------------------------
// [SECTION] Groups
// ---------------------------------------------------------------------------
std::vector<AxisGroup> GroupAxes(const std::vector<std::string>& keys, std::size_t max_per_group) {
  std::vector<AxisGroup> groups;
  if (keys.size() <= max_per_group) {
    AxisGroup all{Tr(MSG("chart.all_skills")), {}};
    for (std::size_t i = 0; i < keys.size(); ++i) all.axes.push_back(static_cast<int>(i));
    groups.push_back(std::move(all));
    return groups;
  }
  // One group per key in first-seen order; keys larger than the limit are split into
  // numbered parts; small neighbouring keys are not merged (a chart per category
  // reads better than a mixed one).
  std::vector<std::string> order;
  std::map<std::string, std::vector<int>> by_key;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (!by_key.count(keys[i])) order.push_back(keys[i]);
    by_key[keys[i]].push_back(static_cast<int>(i));
  }
  for (const std::string& k : order) {
    const std::vector<int>& all = by_key[k];
    const std::size_t parts = (all.size() + max_per_group - 1) / max_per_group;
    for (std::size_t p = 0; p < parts; ++p) {
      AxisGroup g;
      g.name = parts == 1 ? k : Tr(MSG("chart.group_part"), k, p + 1, parts);
      // Even parts: 40 -> 20 + 20, not 30 + 10.
      const std::size_t begin = all.size() * p / parts, end = all.size() * (p + 1) / parts;
      g.axes.assign(all.begin() + static_cast<long>(begin), all.begin() + static_cast<long>(end));
      groups.push_back(std::move(g));
    }
  }
  return groups;
}

}  // namespace skillscope
