#pragma once
// The colours of the team heatmap, shared by the screen (ui/) and the team report: one
// hue from pale to deep blue, so lightness alone tells more from less (readable with
// any colour vision, and in greyscale), with the level written in every cell as well.
#include <cstdint>

namespace skillscope {

// Fill for a level at `fraction` of its skill's scale (0..1, as the radar places it).
std::uint32_t HeatFillRgb(double fraction);
// Text over that fill: near-black or white, whichever contrasts more.
std::uint32_t HeatTextRgb(double fraction);

}  // namespace skillscope
