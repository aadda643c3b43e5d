// The themes' text colours meet WCAG 2.1 AA contrast (4.5:1) on their backgrounds, and
// the outlines of controls 3:1; the high-contrast themes meet AAA (7:1) and their
// borders stand out (4.5:1).
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "ui/palette.h"

using skillscope::ui::Palette;
using skillscope::ui::Rgb;

namespace {
double Channel(std::uint8_t v) {
  const double c = v / 255.0;
  return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}
double Luminance(Rgb c) { return 0.2126 * Channel(c.r) + 0.7152 * Channel(c.g) + 0.0722 * Channel(c.b); }
double Contrast(Rgb a, Rgb b) {
  const double la = Luminance(a), lb = Luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
void CheckPalette(const Palette& p, double text_ratio = 4.5) {
  for (Rgb bg : {p.background, p.surface, p.surface_hover}) {
    CHECK(Contrast(p.text, bg) >= text_ratio);
    CHECK(Contrast(p.text_muted, bg) >= text_ratio);
    CHECK(Contrast(p.accent, bg) >= text_ratio);
  }
  CHECK(Contrast(p.danger, p.background) >= text_ratio);
  CHECK(Contrast(p.text, p.danger_surface) >= text_ratio);
  CHECK(Contrast(p.success, p.background) >= text_ratio);
  CHECK(Contrast(p.on_accent, p.accent_fill) >= text_ratio);
  CHECK(Contrast(p.on_accent, p.accent_fill_hover) >= text_ratio);
  // WCAG 1.4.11: a field's or button's outline stands out from what is around it.
  for (Rgb bg : {p.background, p.surface, p.surface_hover}) CHECK(Contrast(p.control_border, bg) >= 3.0);
}
}  // namespace

TEST_CASE("contrast formula matches WCAG reference values") {
  CHECK(Contrast({0, 0, 0}, {255, 255, 255}) == doctest::Approx(21.0));
  CHECK(Contrast({0x77, 0x77, 0x77}, {255, 255, 255}) == doctest::Approx(4.48).epsilon(0.01));
}

TEST_CASE("light theme text meets WCAG AA") { CheckPalette(skillscope::ui::kLightPalette); }
TEST_CASE("dark theme text meets WCAG AA") { CheckPalette(skillscope::ui::kDarkPalette); }

TEST_CASE("high-contrast themes meet WCAG AAA, borders included") {
  for (const Palette& p : {skillscope::ui::kHighContrastLightPalette, skillscope::ui::kHighContrastDarkPalette}) {
    CheckPalette(p, 7.0);
    CHECK(Contrast(p.danger, p.danger_surface) >= 7.0);  // an error banner's own words
    for (Rgb outline : {p.border, p.control_border}) {
      CHECK(Contrast(outline, p.background) >= 4.5);
      CHECK(Contrast(outline, p.surface) >= 4.5);
    }
  }
  // Not the ordinary palettes under another name.
  CHECK(Contrast(skillscope::ui::kHighContrastLightPalette.text, skillscope::ui::kHighContrastLightPalette.background) >
        Contrast(skillscope::ui::kLightPalette.text, skillscope::ui::kLightPalette.background));
}
