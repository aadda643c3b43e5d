#pragma once
// How chart series look, shared by the screen (ui/) and the SVG export: colours from
// the Okabe-Ito palette (distinguishable with the common colour-vision deficiencies)
// and, as well as colour, a line dash and a marker shape for each series.
#include <cstdint>

namespace skillscope {

enum class Dash { Solid, Dashed, Dotted };
enum class Marker { Circle, Square, Triangle, Diamond, Cross, TriangleDown };

struct SeriesStyle {
  std::uint32_t light_rgb;  // 0xRRGGBB on light backgrounds (and in exports)
  std::uint32_t dark_rgb;   // on the dark theme
  Dash dash;
  Marker marker;
  bool filled;  // translucent fill under the outline
};

// 0: current level, 1: target, 2+: overlays (earlier snapshots, other profiles). A
// comparison uses them in order: five profiles and a role, each with its own marker.
inline constexpr SeriesStyle kSeriesStyles[] = {
    {0x0072B2, 0x56B4E9, Dash::Solid, Marker::Circle, true},        // blue
    {0xD55E00, 0xE69F00, Dash::Dashed, Marker::Square, false},      // vermillion / orange
    {0xCC79A7, 0xCC79A7, Dash::Dotted, Marker::Triangle, false},    // reddish purple
    {0x009E73, 0x009E73, Dash::Dashed, Marker::Diamond, false},     // bluish green
    {0x000000, 0xF0F0F0, Dash::Solid, Marker::Cross, false},        // black / white
    {0x8A6A00, 0xF0E442, Dash::Dotted, Marker::TriangleDown, false}, // dark yellow / yellow
};
inline constexpr int kSeriesStyleCount = 6;

inline const SeriesStyle& StyleForSeries(int index) {
  return kSeriesStyles[index < 0 ? 0 : (index < kSeriesStyleCount ? index : 2 + (index - 2) % 2)];
}

}  // namespace skillscope
