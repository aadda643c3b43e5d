// Chart geometry: positions, gaps, labels and hit-testing, pinned for 1, 2, 3, 5, 30
// and 40 skills on mixed scales.
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "core/chart/radar.h"

using namespace skillscope;

namespace {
constexpr double kPi = 3.14159265358979323846;

// A monospace stand-in for font metrics: 8 px per character, 16 px per line.
TextSize Mono(const std::string& text, double wrap) {
  const double w = 8.0 * static_cast<double>(text.size());
  const double lines = std::max(1.0, std::ceil(w / wrap));
  return {std::min(w, wrap), 16.0 * lines};
}

ChartAxisInput Axis(const std::string& code, int levels, std::vector<int> defined = {}, bool gap = false) {
  ChartAxisInput a;
  a.key = "fw/" + code;
  a.label = code + " A skill name";
  a.short_label = code;
  for (int l = 1; l <= levels; ++l) a.scale_levels.push_back(l);
  a.defined_levels = defined.empty() ? a.scale_levels : defined;
  a.gap = gap;
  return a;
}

Vec2 Expected(const RadarGeometry& g, double angle, double fraction) {
  return {g.center.x + g.radius * fraction * std::sin(angle), g.center.y - g.radius * fraction * std::cos(angle)};
}

void CheckNear(Vec2 a, Vec2 b) {
  CHECK(a.x == doctest::Approx(b.x).epsilon(1e-9));
  CHECK(a.y == doctest::Approx(b.y).epsilon(1e-9));
}

// Labels stay inside the area, off the plot and off each other.
void CheckLabels(const RadarGeometry& g, const ChartArea& area) {
  for (std::size_t i = 0; i < g.axes.size(); ++i) {
    const LabelBox& b = g.axes[i].label;
    CAPTURE(i);
    CHECK(b.pos.x >= 0);
    CHECK(b.pos.y >= 0);
    CHECK(b.pos.x + b.size.w <= area.width + 1e-9);
    CHECK(b.pos.y + b.size.h <= area.height + 1e-9);
    const double dx = std::max({b.pos.x - g.center.x, 0.0, g.center.x - (b.pos.x + b.size.w)});
    const double dy = std::max({b.pos.y - g.center.y, 0.0, g.center.y - (b.pos.y + b.size.h)});
    CHECK(std::hypot(dx, dy) > g.radius);
    for (std::size_t j = i + 1; j < g.axes.size(); ++j) {
      const LabelBox& c = g.axes[j].label;
      const bool overlap = b.pos.x < c.pos.x + c.size.w && c.pos.x < b.pos.x + b.size.w &&
                           b.pos.y < c.pos.y + c.size.h && c.pos.y < b.pos.y + b.size.h;
      CHECK_FALSE(overlap);
    }
  }
}
}  // namespace

TEST_CASE("a level's place on its axis depends on that skill's own scale") {
  CHECK(LevelFraction({1, 2, 3, 4}, 1) == doctest::Approx(0.25));
  CHECK(LevelFraction({1, 2, 3, 4}, 4) == doctest::Approx(1.0));
  CHECK(LevelFraction({1, 2, 3, 4, 5}, 2) == doctest::Approx(0.4));
  CHECK(LevelFraction({1, 2, 3, 4, 5, 6, 7}, 5) == doctest::Approx(5.0 / 7.0));
  CHECK(LevelFraction({0, 1, 2}, 0) == doctest::Approx(1.0 / 3.0));
  CHECK(LevelFraction({1, 2, 3, 4}, 9) == 0);
}

TEST_CASE("three skills on 4-, 5- and 7-level scales") {
  const ChartArea area{600, 600, 160, 8, 60};
  const std::vector<ChartAxisInput> axes{Axis("A", 4), Axis("B", 5), Axis("C", 7, {1, 2, 3, 4, 5})};
  const RadarGeometry g = LayoutRadar(axes, {{"Current", {2, 3, 5}}, {"Target", {3, 0, 7}}}, area, Mono);
  CHECK(g.center.x == 300);
  CHECK(g.center.y == 300);
  CHECK_FALSE(g.short_labels);
  CHECK(g.radius > 150);
  CHECK(g.radius <= 300);
  REQUIRE(g.axes.size() == 3);
  const double angles[] = {0, 2 * kPi / 3, 4 * kPi / 3};
  for (int i = 0; i < 3; ++i) {
    CHECK(g.axes[i].angle == doctest::Approx(angles[i]));
    CheckNear(g.axes[i].end, Expected(g, angles[i], 1.0));
  }
  CHECK(g.axes[2].highest_level == 7);
  // Ticks at every level; those where the skill is not defined are marked.
  REQUIRE(g.axes[2].ticks.size() == 7);
  CHECK(g.axes[2].ticks[4].defined);
  CHECK_FALSE(g.axes[2].ticks[5].defined);
  CheckNear(g.axes[2].ticks[6].pos, g.axes[2].end);
  // Current: level 2 of 4, 3 of 5, 5 of 7.
  CheckNear(*g.series[0].vertices[0], Expected(g, angles[0], 0.5));
  CheckNear(*g.series[0].vertices[1], Expected(g, angles[1], 0.6));
  CheckNear(*g.series[0].vertices[2], Expected(g, angles[2], 5.0 / 7.0));
  CHECK(g.series[0].edges.size() == 3);
  CHECK(g.series[0].wedges.size() == 3);
  // Target has no value on B: the outline breaks there.
  CHECK_FALSE(g.series[1].vertices[1].has_value());
  CHECK(g.series[1].edges.size() == 1);
  // Rings join neighbours at the same level: A-B share 1-4, B-C share 1-5, C-A share 1-4.
  CHECK(g.rings.size() == 4 + 5 + 4);
  int dashed = 0;
  for (const RingSegment& r : g.rings) dashed += r.defined ? 0 : 1;
  CHECK(dashed == 0);  // C is undefined only at 6-7, which no ring reaches
  CheckLabels(g, area);
}

TEST_CASE("five skills with a not-applicable one: the shape is broken at its axis") {
  const ChartArea area{500, 400, 140, 8, 60};
  std::vector<ChartAxisInput> axes{Axis("A", 4), Axis("B", 4), Axis("C", 4, {}, true), Axis("D", 4), Axis("E", 4)};
  const RadarGeometry g = LayoutRadar(axes, {{"Current", {1, 2, 3, 4, 2}}}, area, Mono);
  const SeriesShape& s = g.series[0];
  CHECK_FALSE(s.vertices[2].has_value());  // a gap, not a zero
  CHECK(s.edges.size() == 3);              // A-B, D-E, E-A
  CHECK(s.wedges.size() == 3);
  CHECK(g.axes[2].gap);
  CHECK(g.axes[1].angle == doctest::Approx(2 * kPi / 5));
  CheckNear(*s.vertices[3], Expected(g, 6 * kPi / 5, 1.0));
  CheckLabels(g, area);
}

TEST_CASE("one and two skills: axes without rings or polygons; bars instead") {
  const ChartArea area{400, 300, 140, 8, 40};
  const RadarGeometry one = LayoutRadar({Axis("A", 4)}, {{"Current", {3}}}, area, Mono);
  REQUIRE(one.axes.size() == 1);
  CHECK(one.rings.empty());
  CHECK(one.series[0].edges.empty());
  CHECK(one.series[0].vertices[0].has_value());
  const RadarGeometry two = LayoutRadar({Axis("A", 4), Axis("B", 5)}, {{"Current", {3, 5}}}, area, Mono);
  CHECK(two.axes[1].angle == doctest::Approx(kPi));
  CHECK(two.series[0].edges.empty());

  const BarGeometry bars = LayoutBars({Axis("A", 4), Axis("B", 5, {}, true)}, {{"Current", {3, 2}}, {"Target", {4, 0}}},
                                      320, Mono);
  REQUIRE(bars.rows.size() == 2);
  const BarRow& a = bars.rows[0];
  CHECK(a.label.text == "A A skill name");
  CHECK(a.label.pos.y == 0);
  CHECK(a.top == doctest::Approx(16 + 6));
  CHECK(*a.values[0] == doctest::Approx(320 * 0.75));
  CHECK(*a.values[1] == doctest::Approx(320.0));
  CHECK(a.ticks.size() == 4);
  const BarRow& b = bars.rows[1];
  CHECK(b.gap);
  CHECK_FALSE(b.values[0].has_value());
  // Each level is numbered under its tick (16 px lines here), inside the track.
  REQUIRE(a.tick_numbers.size() == 4);
  for (std::size_t i = 0; i < a.tick_numbers.size(); ++i) {
    const LabelBox& n = a.tick_numbers[i];
    CHECK(n.text == std::to_string(a.ticks[i].level));
    CHECK(n.pos.y == doctest::Approx(a.top + 18 + 2));
    CHECK(n.pos.x >= 0);
    CHECK(n.pos.x + n.size.w <= 320);
    if (i + 1 < a.tick_numbers.size()) CHECK(n.pos.x + n.size.w / 2 == doctest::Approx(a.ticks[i].pos.x));
  }
  CHECK(b.label.pos.y == doctest::Approx(a.top + 18 + 2 + 16 + 18));
  CHECK(bars.height == doctest::Approx(b.top + 18 + 2 + 16));
  CHECK(HitTestBars(bars, {10, b.top + 5}) == 1);
  CHECK(HitTestBars(bars, {10, bars.height + 50}) == -1);
}

TEST_CASE("thirty skills in a phone-sized area fall back to short labels that still fit") {
  const ChartArea area{340, 420, 110, 6, 50};
  std::vector<ChartAxisInput> axes;
  std::vector<int> levels;
  for (int i = 0; i < 30; ++i) {
    axes.push_back(Axis("S" + std::to_string(i), 4 + i % 4));
    levels.push_back(1 + i % 4);
  }
  const RadarGeometry g = LayoutRadar(axes, {{"Current", levels}}, area, Mono);
  CHECK(g.short_labels);
  CHECK(g.axes[7].label.text == "S7");
  CHECK(g.radius >= 50);
  CheckLabels(g, area);
}

TEST_CASE("forty skills are split into groups of at most thirty, keeping frameworks together") {
  std::vector<std::string> keys;
  for (int i = 0; i < 40; ++i) keys.push_back(i < 25 ? "Framework A" : "Framework B");
  const auto groups = GroupAxes(keys);
  REQUIRE(groups.size() == 2);
  CHECK(groups[0].name == "Framework A");
  CHECK(groups[0].axes.size() == 25);
  CHECK(groups[1].axes.front() == 25);
  std::vector<std::string> one(40, "Only");
  const auto parts = GroupAxes(one);
  REQUIRE(parts.size() == 2);
  CHECK(parts[0].name == "Only (1 of 2)");
  CHECK(parts[0].axes.size() == 20);
  CHECK(parts[1].axes.size() == 20);
  CHECK(GroupAxes(std::vector<std::string>(30, "x")).size() == 1);
}

TEST_CASE("hit-testing finds vertices first, then labels and axes, never the crowded centre") {
  const ChartArea area{600, 600, 160, 8, 60};
  const std::vector<ChartAxisInput> axes{Axis("A", 4), Axis("B", 4), Axis("C", 4), Axis("D", 4)};
  const RadarGeometry g = LayoutRadar(axes, {{"Current", {2, 2, 2, 2}}, {"Target", {4, 4, 4, 4}}}, area, Mono);
  const Vec2 v = *g.series[0].vertices[1];
  ChartHit hit = HitTestRadar(g, {v.x + 2, v.y - 1}, 10);
  CHECK(hit.axis == 1);
  CHECK(hit.series == 0);
  hit = HitTestRadar(g, *g.series[1].vertices[3], 10);
  CHECK(hit.axis == 3);
  CHECK(hit.series == 1);
  // On axis C, between the rings, away from vertices.
  const Vec2 on_c = Expected(g, kPi, 0.75);
  hit = HitTestRadar(g, {on_c.x + 3, on_c.y}, 10);
  CHECK(hit.axis == 2);
  CHECK(hit.series == -1);
  const LabelBox& label = g.axes[3].label;
  CHECK(HitTestRadar(g, {label.pos.x + 1, label.pos.y + 1}, 10).axis == 3);
  CHECK(HitTestRadar(g, g.center, 10).axis == -1);
  CHECK(HitTestRadar(g, {1, 1}, 10).axis == -1);
}

TEST_CASE("the radar numbers every level on its first axis and the highest on the others") {
  const ChartArea area{500, 400, 140, 8, 40};
  const RadarGeometry g = LayoutRadar({Axis("A", 4), Axis("B", 5), Axis("C", 7)}, {{"Current", {3, 5, 2}}}, area, Mono);
  std::vector<int> first, second;
  for (const LevelTick& t : g.axes[0].ticks)
    if (t.numbered) first.push_back(t.level);
  for (const LevelTick& t : g.axes[1].ticks)
    if (t.numbered) second.push_back(t.level);
  CHECK(first == std::vector<int>{1, 2, 3, 4});
  CHECK(second == std::vector<int>{5});
}

TEST_CASE("the radar's vertical extent covers the plot and its labels, and no more") {
  const ChartArea area{500, 900, 140, 8, 40};  // much taller than the radar needs
  const RadarGeometry g = LayoutRadar({Axis("A", 4), Axis("B", 4), Axis("C", 4)}, {{"Current", {1, 2, 3}}}, area, Mono);
  const VerticalExtent e = RadarExtent(g);
  CHECK(e.top <= g.center.y - g.radius);
  CHECK(e.bottom >= g.center.y + g.radius * 0.5);  // the lower axes' ends
  for (const RadarAxis& a : g.axes) {
    CHECK(a.label.pos.y >= e.top);
    CHECK(a.label.pos.y + a.label.size.h <= e.bottom);
  }
  CHECK(e.bottom - e.top < area.height - 100);  // the unused height is left out
}

TEST_CASE("a level number is written only where no marker sits") {
  const ChartArea area{500, 400, 140, 8, 40};
  const RadarGeometry g = LayoutRadar({Axis("A", 4), Axis("B", 4), Axis("C", 4)}, {{"Current", {2, 4, 0}}}, area, Mono);
  const Vec2 on_a = *g.series[0].vertices[0];
  CHECK_FALSE(ClearOfMarkers(g, 0, on_a, 5));
  CHECK_FALSE(ClearOfMarkers(g, 0, {on_a.x + 3, on_a.y}, 5));
  CHECK(ClearOfMarkers(g, 0, {on_a.x + 30, on_a.y}, 5));
  CHECK(ClearOfMarkers(g, 1, on_a, 5));  // another axis's marker is not this one's
  CHECK(ClearOfMarkers(g, 2, g.axes[2].end, 50));  // no value on C: nothing to avoid
}

TEST_CASE("a level number moves to the other side of its axis when an outline crosses its usual place") {
  const ChartArea area{500, 400, 140, 8, 40};
  const RadarGeometry g = LayoutRadar({Axis("A", 4), Axis("B", 4), Axis("C", 4)}, {{"Current", {4, 4, 4}}}, area, Mono);
  REQUIRE(!g.series[0].edges.empty());
  // A spot on the outline between A and B (its middle), and one well inside the shape.
  const auto& edge = g.series[0].edges[0];
  const Vec2 on_line{(edge[0].x + edge[1].x) / 2, (edge[0].y + edge[1].y) / 2};
  const Vec2 inside{g.center.x + (on_line.x - g.center.x) * 0.5, g.center.y + (on_line.y - g.center.y) * 0.5};
  CHECK(PlaceClearOfOutlines(g, on_line, inside, 8).x == doctest::Approx(inside.x));
  CHECK(PlaceClearOfOutlines(g, inside, on_line, 8).x == doctest::Approx(inside.x));  // clear already: kept
  // Both on the line: the usual one stays.
  CHECK(PlaceClearOfOutlines(g, on_line, edge[0], 8).x == doctest::Approx(on_line.x));
}
