// Sections
//   [SECTION] Text estimates
//   [SECTION] SVG helpers
//   [SECTION] Radar
//   [SECTION] Bars
//   [SECTION] Legend and document
#include "core/chart/svg.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/chart/style.h"
#include "core/text/markup.h"

namespace skillscope {
namespace {

constexpr double kLabelPx = 13;
constexpr const char* kFontFamily = "'Open Sans', Arial, Helvetica, sans-serif";

// ---------------------------------------------------------------------------
// [SECTION] Text estimates
// ---------------------------------------------------------------------------
// Average advance of a proportional sans-serif glyph, as a fraction of the font size;
// generous so real fonts stay inside the boxes laid out with it.
constexpr double kAdvancePerEm = 0.58;
constexpr double kLineHeightPerEm = 1.3;

double EstimateWidth(const std::string& s, double font_px) {
  std::size_t chars = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++chars;
  return static_cast<double>(chars) * font_px * kAdvancePerEm;
}

}  // namespace

std::vector<std::string> WrapEstimate(const std::string& text, double wrap_width, double font_px) {
  std::vector<std::string> lines;
  std::string line;
  for (const std::string& word : SplitWords(text)) {
    const std::string candidate = line.empty() ? word : line + " " + word;
    if (!line.empty() && EstimateWidth(candidate, font_px) > wrap_width) {
      lines.push_back(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (!line.empty() || lines.empty()) lines.push_back(line);
  return lines;
}

TextSize MeasureEstimate(const std::string& text, double wrap_width, double font_px) {
  const auto lines = WrapEstimate(text, wrap_width, font_px);
  double w = 0;
  for (const std::string& l : lines) w = std::max(w, EstimateWidth(l, font_px));
  return {w, static_cast<double>(lines.size()) * font_px * kLineHeightPerEm};
}

namespace {

// ---------------------------------------------------------------------------
// [SECTION] SVG helpers
// ---------------------------------------------------------------------------
std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", std::abs(v) < 0.05 ? 0.0 : v);
  return buf;
}

std::string Hex(std::uint32_t rgb) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%06X", rgb & 0xFFFFFFu);
  return buf;
}

std::string DashAttr(Dash d) {
  switch (d) {
    case Dash::Dashed: return " stroke-dasharray=\"7 4\"";
    case Dash::Dotted: return " stroke-dasharray=\"2 3\"";
    case Dash::Solid: break;
  }
  return "";
}

std::string MarkerShape(Marker m, Vec2 p, double r, const std::string& color) {
  TextOut o;
  switch (m) {
    case Marker::Circle:
      o << "<circle cx=\"" << Num(p.x) << "\" cy=\"" << Num(p.y) << "\" r=\"" << Num(r) << "\" fill=\"" << color << "\"/>";
      break;
    case Marker::Square:
      o << "<rect x=\"" << Num(p.x - r) << "\" y=\"" << Num(p.y - r) << "\" width=\"" << Num(2 * r) << "\" height=\""
        << Num(2 * r) << "\" fill=\"#FFFFFF\" stroke=\"" << color << "\" stroke-width=\"2\"/>";
      break;
    case Marker::Triangle:
      o << "<polygon points=\"" << Num(p.x) << "," << Num(p.y - r * 1.2) << " " << Num(p.x + r * 1.1) << ","
        << Num(p.y + r * 0.8) << " " << Num(p.x - r * 1.1) << "," << Num(p.y + r * 0.8) << "\" fill=\"" << color << "\"/>";
      break;
    case Marker::Diamond:
      o << "<polygon points=\"" << Num(p.x) << "," << Num(p.y - r * 1.3) << " " << Num(p.x + r * 1.3) << "," << Num(p.y)
        << " " << Num(p.x) << "," << Num(p.y + r * 1.3) << " " << Num(p.x - r * 1.3) << "," << Num(p.y)
        << "\" fill=\"" << color << "\"/>";
      break;
    case Marker::Cross:
      o << "<path d=\"M" << Num(p.x - r) << " " << Num(p.y - r) << " L" << Num(p.x + r) << " " << Num(p.y + r) << " M"
        << Num(p.x + r) << " " << Num(p.y - r) << " L" << Num(p.x - r) << " " << Num(p.y + r) << "\" stroke=\"" << color
        << "\" stroke-width=\"2.5\"/>";
      break;
    case Marker::TriangleDown:
      o << "<polygon points=\"" << Num(p.x) << "," << Num(p.y + r * 1.2) << " " << Num(p.x + r * 1.1) << ","
        << Num(p.y - r * 0.8) << " " << Num(p.x - r * 1.1) << "," << Num(p.y - r * 0.8) << "\" fill=\"" << color << "\"/>";
      break;
  }
  return o.str();
}

void TextBlock(TextOut& o, const LabelBox& box, double wrap, const std::string& fill, bool bold = false) {
  const auto lines = WrapEstimate(box.text, wrap, kLabelPx);
  const char* anchor = box.align == Align::Left ? "start" : box.align == Align::Right ? "end" : "middle";
  const double x = box.align == Align::Left ? box.pos.x : box.align == Align::Right ? box.pos.x + box.size.w
                                                                                       : box.pos.x + box.size.w / 2;
  o << "<text x=\"" << Num(x) << "\" y=\"" << Num(box.pos.y) << "\" text-anchor=\"" << anchor << "\" font-size=\""
    << Num(kLabelPx) << "\" fill=\"" << fill << "\"" << (bold ? " font-weight=\"600\"" : "") << ">";
  for (std::size_t i = 0; i < lines.size(); ++i) {
    o << "<tspan x=\"" << Num(x) << "\" dy=\"" << Num(i == 0 ? kLabelPx : kLabelPx * kLineHeightPerEm) << "\">"
      << EscapeMarkup(lines[i]) << "</tspan>";
  }
  o << "</text>\n";
}

// ---------------------------------------------------------------------------
// [SECTION] Radar
// ---------------------------------------------------------------------------
void DrawRadar(TextOut& o, const SvgChart& c, double chart_h) {
  ChartArea area;
  area.width = c.width;
  area.height = chart_h;
  area.label_max_width = std::min(170.0, c.width * 0.24);
  area.label_gap = 14;
  area.min_radius = 60;
  const MeasureText measure = [](const std::string& t, double w) { return MeasureEstimate(t, w, kLabelPx); };
  const RadarGeometry g = LayoutRadar(c.axes, c.series, area, measure);

  o << "<g class=\"rings\" fill=\"none\" stroke-width=\"1\">\n";
  for (const RingSegment& r : g.rings) {
    o << "<line x1=\"" << Num(r.a.x) << "\" y1=\"" << Num(r.a.y) << "\" x2=\"" << Num(r.b.x) << "\" y2=\"" << Num(r.b.y)
      << "\" stroke=\"" << (r.defined ? "#C9CDD4" : "#E2E4E8") << "\"" << (r.defined ? "" : " stroke-dasharray=\"3 3\"")
      << "/>\n";
  }
  o << "</g>\n<g class=\"axes\">\n";
  for (std::size_t i = 0; i < g.axes.size(); ++i) {
    const RadarAxis& a = g.axes[i];
    o << "<line x1=\"" << Num(g.center.x) << "\" y1=\"" << Num(g.center.y) << "\" x2=\"" << Num(a.end.x) << "\" y2=\""
      << Num(a.end.y) << "\" stroke=\"" << (a.gap ? "#B8BCC4" : "#8A919C") << "\" stroke-width=\"1\""
      << (a.gap ? " stroke-dasharray=\"4 4\"" : "") << "/>\n";
    for (const LevelTick& t : a.ticks) {
      o << "<circle cx=\"" << Num(t.pos.x) << "\" cy=\"" << Num(t.pos.y) << "\" r=\"2\" fill=\""
        << (t.defined ? "#8A919C" : "#FFFFFF") << "\" stroke=\"#8A919C\" stroke-width=\"" << (t.defined ? "0" : "1")
        << "\"/>\n";
    }
    // Level numbers beside the axis (as on screen): every level on the first axis, the
    // highest (just inside the end) on the others.
    const double sn = std::sin(a.angle), cs = std::cos(a.angle);
    for (const LevelTick& t : a.ticks) {
      if (!t.numbered) continue;
      const double in = t.level == a.highest_level ? 10 : 0;
      const Vec2 spot = PlaceClearOfOutlines(g, {t.pos.x - sn * in + cs * 10, t.pos.y + cs * in + sn * 10},
                                             {t.pos.x - sn * in - cs * 10, t.pos.y + cs * in - sn * 10}, 8);
      const double lx = spot.x, ly = spot.y;
      if (!ClearOfMarkers(g, i, spot, 11)) continue;  // the marker says it
      o << "<text x=\"" << Num(lx) << "\" y=\"" << Num(ly + 4) << "\" text-anchor=\"middle\" font-size=\"11\" fill=\"#555D68\" stroke=\"#FFFFFF\" stroke-width=\"3\" paint-order=\"stroke\">"
        << t.level << "</text>\n";
    }
    if (a.gap) {
      const Vec2 m{(g.center.x + a.end.x) / 2, (g.center.y + a.end.y) / 2};
      o << "<path d=\"M" << Num(m.x - 4) << " " << Num(m.y - 4) << " L" << Num(m.x + 4) << " " << Num(m.y + 4) << " M"
        << Num(m.x + 4) << " " << Num(m.y - 4) << " L" << Num(m.x - 4) << " " << Num(m.y + 4)
        << "\" stroke=\"#555D68\" stroke-width=\"1.5\"/>\n";
    }
  }
  o << "</g>\n";
  for (std::size_t s = 0; s < g.series.size(); ++s) {
    const SeriesStyle& st = StyleForSeries(static_cast<int>(s));
    const std::string color = Hex(st.light_rgb);
    const SeriesShape& shape = g.series[s];
    o << "<g class=\"series\" data-series=\"" << EscapeMarkup(s < c.series.size() ? c.series[s].name : "") << "\">\n";
    if (st.filled) {
      for (const auto& w : shape.wedges) {
        o << "<path d=\"M" << Num(w[0].x) << " " << Num(w[0].y) << " L" << Num(w[1].x) << " " << Num(w[1].y) << " L"
          << Num(w[2].x) << " " << Num(w[2].y) << " Z\" fill=\"" << color << "\" fill-opacity=\"0.22\"/>\n";
      }
    }
    for (const auto& e : shape.edges) {
      o << "<line x1=\"" << Num(e[0].x) << "\" y1=\"" << Num(e[0].y) << "\" x2=\"" << Num(e[1].x) << "\" y2=\""
        << Num(e[1].y) << "\" stroke=\"" << color << "\" stroke-width=\"2.5\"" << DashAttr(st.dash) << "/>\n";
    }
    for (const auto& v : shape.vertices)
      if (v) o << MarkerShape(st.marker, *v, 4.5, color) << "\n";
    o << "</g>\n";
  }
  o << "<g class=\"labels\">\n";
  for (const RadarAxis& a : g.axes) TextBlock(o, a.label, area.label_max_width, a.gap ? "#6B7280" : "#1E2228");
  o << "</g>\n";
}

// ---------------------------------------------------------------------------
// [SECTION] Bars
// ---------------------------------------------------------------------------
double DrawBars(TextOut& o, const SvgChart& c) {
  const double margin = 24;
  const MeasureText measure = [](const std::string& t, double w) { return MeasureEstimate(t, w, kLabelPx); };
  const BarGeometry g = LayoutBars(c.axes, c.series, c.width - 2 * margin, measure);
  o << "<g transform=\"translate(" << Num(margin) << "," << Num(margin) << ")\">\n";
  for (const BarRow& r : g.rows) {
    TextBlock(o, r.label, c.width - 2 * margin, r.gap ? "#6B7280" : "#1E2228", true);
    o << "<rect x=\"" << Num(r.left) << "\" y=\"" << Num(r.top) << "\" width=\"" << Num(r.right - r.left)
      << "\" height=\"" << Num(r.height) << "\" rx=\"4\" fill=\"#F1F2F4\" stroke=\"#C9CDD4\"/>\n";
    for (const LevelTick& t : r.ticks) {
      o << "<line x1=\"" << Num(t.pos.x) << "\" y1=\"" << Num(r.top) << "\" x2=\"" << Num(t.pos.x) << "\" y2=\""
        << Num(r.top + r.height) << "\" stroke=\"#C9CDD4\"" << (t.defined ? "" : " stroke-dasharray=\"2 2\"") << "/>\n";
    }
    for (const LabelBox& number : r.tick_numbers) {
      o << "<text x=\"" << Num(number.pos.x + number.size.w / 2) << "\" y=\"" << Num(number.pos.y + number.size.h - 3)
        << "\" text-anchor=\"middle\" font-size=\"" << Num(kLabelPx) << "\" fill=\"#555D68\">" << EscapeMarkup(number.text)
        << "</text>\n";
    }
    for (std::size_t s = 0; s < r.values.size(); ++s) {
      if (!r.values[s]) continue;
      const SeriesStyle& st = StyleForSeries(static_cast<int>(s));
      const std::string color = Hex(st.light_rgb);
      if (st.filled) {
        o << "<rect x=\"" << Num(r.left) << "\" y=\"" << Num(r.top + 3) << "\" width=\"" << Num(*r.values[s] - r.left)
          << "\" height=\"" << Num(r.height - 6) << "\" rx=\"3\" fill=\"" << color << "\" fill-opacity=\"0.55\"/>\n";
      }
      o << MarkerShape(st.marker, {*r.values[s], r.top + r.height / 2}, 5, color) << "\n";
    }
  }
  o << "</g>\n";
  return g.height + 2 * margin;
}

// ---------------------------------------------------------------------------
// [SECTION] Legend and document
// ---------------------------------------------------------------------------
void DrawLegend(TextOut& o, const SvgChart& c, double y) {
  double x = 24;
  for (std::size_t s = 0; s < c.series.size(); ++s) {
    const SeriesStyle& st = StyleForSeries(static_cast<int>(s));
    const std::string color = Hex(st.light_rgb);
    o << "<line x1=\"" << Num(x) << "\" y1=\"" << Num(y) << "\" x2=\"" << Num(x + 28) << "\" y2=\"" << Num(y)
      << "\" stroke=\"" << color << "\" stroke-width=\"2.5\"" << DashAttr(st.dash) << "/>\n";
    o << MarkerShape(st.marker, {x + 14, y}, 4.5, color) << "\n";
    o << "<text x=\"" << Num(x + 36) << "\" y=\"" << Num(y + 4.5) << "\" font-size=\"" << Num(kLabelPx)
      << "\" fill=\"#1E2228\">" << EscapeMarkup(c.series[s].name) << "</text>\n";
    x += 36 + EstimateWidth(c.series[s].name, kLabelPx) + 28;
  }
}

}  // namespace

SvgDocument ChartSvg(const SvgChart& c) {
  // Axes with a value in some series (a compared set may lack one the others have).
  std::size_t answered = 0;
  for (std::size_t i = 0; i < c.axes.size(); ++i) {
    const bool value = std::any_of(c.series.begin(), c.series.end(),
                                   [&](const ChartSeriesInput& s) { return i < s.levels.size() && s.levels[i] > 0; });
    if (!c.axes[i].gap && value) ++answered;
  }
  const bool radar = answered >= kMinRadarAxes;
  TextOut body;
  double height = c.height;
  if (radar) {
    DrawRadar(body, c, c.height - 44);
  } else {
    height = DrawBars(body, c) + 44;
  }
  DrawLegend(body, c, height - 22);

  TextOut o;
  o << "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " << Num(c.width) << " " << Num(height) << "\" width=\""
    << Num(c.width) << "\" height=\"" << Num(height) << "\" role=\"img\" aria-labelledby=\"" << EscapeMarkup(c.id_prefix)
    << "-title " << EscapeMarkup(c.id_prefix) << "-desc\" font-family=\"" << kFontFamily << "\">\n";
  o << "<title id=\"" << EscapeMarkup(c.id_prefix) << "-title\">" << EscapeMarkup(c.title) << "</title>\n";
  o << "<desc id=\"" << EscapeMarkup(c.id_prefix) << "-desc\">" << EscapeMarkup(c.description) << "</desc>\n";
  o << "<rect width=\"100%\" height=\"100%\" fill=\"#FFFFFF\"/>\n";
  o << body.str();
  o << "</svg>\n";
  return {o.str(), c.width, height, radar};
}

}  // namespace skillscope
