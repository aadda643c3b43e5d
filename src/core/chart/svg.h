#pragma once
// The profile chart as a standalone SVG, from the same geometry the screen draws
// (core/chart/radar.h): fonts by CSS family, so it renders in any browser and prints sharply.
#include <string>
#include <vector>

#include "core/chart/radar.h"

namespace skillscope {

struct SvgChart {
  std::string title;        // <title>, read by screen readers
  std::string description;  // <desc>
  std::vector<ChartAxisInput> axes;
  std::vector<ChartSeriesInput> series;  // 0 current, 1 target, 2+ overlays
  double width = 760;
  double height = 640;
  std::string id_prefix = "chart";  // ids inside the SVG; distinct when a page holds several
};

struct SvgDocument {
  std::string text;
  double width = 0;   // CSS pixels (the bar variant's height depends on its rows)
  double height = 0;
  bool radar = false;  // a radar (three or more answered skills); bars otherwise
};

// A radar for three or more answered skills, bars otherwise; a legend below.
SvgDocument ChartSvg(const SvgChart& chart);

// Wraps text at word boundaries for a font of font_px in CSS pixels, estimating glyph
// widths (the SVG viewer's real font is unknown); also the MeasureText for SVG layout.
std::vector<std::string> WrapEstimate(const std::string& text, double wrap_width, double font_px);
TextSize MeasureEstimate(const std::string& text, double wrap_width, double font_px);

}  // namespace skillscope
