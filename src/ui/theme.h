#pragma once
// Light and dark styles for ImGui, scaled to the device pixel ratio.
#include "imgui.h"
#include "ui/palette.h"

namespace skillscope::ui {

enum class Theme { Light, Dark };

// high_contrast: the stronger palettes, for prefers-contrast: more and forced colours.
const Palette& PaletteFor(Theme theme, bool high_contrast = false);
ImVec4 ToImVec4(Rgb c, float alpha = 1.0f);
ImU32 ToU32(Rgb c, float alpha = 1.0f);

// Resets ImGui's style to the theme at 1x and scales every size by the ratio
// (sizes are in CSS pixels at 1x; the canvas works in device pixels).
void ApplyTheme(Theme theme, float device_pixel_ratio, bool high_contrast = false);

}  // namespace skillscope::ui
