#include "core/chart/heat_style.h"

#include <algorithm>
#include <cmath>

namespace skillscope {
namespace {

// Seven steps of ColorBrewer's "Blues" (a 7-level scale gets one each; shorter scales
// spread over them). Steps, not a blend: every step keeps its text at 4.5:1 or more,
// which blends between the light and the dark half would not.
constexpr std::uint32_t kSteps[] = {0xDEEBF7, 0xC6DBEF, 0x9ECAE1, 0x6BAED6, 0x2171B5, 0x08519C, 0x08306B};
constexpr long kStepCount = 7;
constexpr std::uint32_t kDarkText = 0x1E2228;
constexpr std::uint32_t kLightText = 0xFFFFFF;

double Channel(std::uint32_t rgb, int shift) { return static_cast<double>((rgb >> shift) & 0xFF); }

double Luminance(std::uint32_t rgb) {
  auto linear = [](double c) {
    c /= 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * linear(Channel(rgb, 16)) + 0.7152 * linear(Channel(rgb, 8)) + 0.0722 * linear(Channel(rgb, 0));
}

double Contrast(std::uint32_t a, std::uint32_t b) {
  const double la = Luminance(a), lb = Luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

}  // namespace

std::uint32_t HeatFillRgb(double fraction) {
  const long step = std::lround(std::clamp(fraction, 0.0, 1.0) * kStepCount) - 1;
  return kSteps[std::clamp(step, 0L, kStepCount - 1)];
}

std::uint32_t HeatTextRgb(double fraction) {
  const std::uint32_t fill = HeatFillRgb(fraction);
  return Contrast(fill, kDarkText) >= Contrast(fill, kLightText) ? kDarkText : kLightText;
}

}  // namespace skillscope
