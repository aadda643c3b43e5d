#pragma once
// What every screen needs to draw itself: fonts, theme and scale.
#include "ui/fonts.h"
#include "ui/theme.h"

namespace skillscope::ui {

struct UiContext {
  Fonts fonts;
  Theme theme = Theme::Light;
  float device_pixel_ratio = 1.0f;

  const Palette& palette() const { return PaletteFor(theme); }
  // CSS pixels -> framebuffer pixels.
  float px(float css) const { return css * device_pixel_ratio; }
};

}  // namespace skillscope::ui
