#pragma once
// What every screen needs to draw itself: fonts, theme and scale.
#include "ui/fonts.h"
#include "ui/theme.h"

namespace skillscope::ui {

struct UiContext {
  Fonts fonts;
  Theme theme = Theme::Light;
  bool high_contrast = false;  // the browser asks for more contrast, or forces its colours
  float device_pixel_ratio = 1.0f;

  const Palette& palette() const { return PaletteFor(theme, high_contrast); }
  // CSS pixels -> framebuffer pixels.
  float px(float css) const { return css * device_pixel_ratio; }
};

}  // namespace skillscope::ui
