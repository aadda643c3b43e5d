#pragma once
// Colours of the light and dark themes as plain sRGB values, with no ImGui types, so
// the native unit tests can check their contrast (WCAG AA: 4.5:1 for text; the
// high-contrast pair, used when the browser asks for more contrast or forces its
// colours: AAA, 7:1, and borders that stand out).
#include <cstdint>

namespace skillscope::ui {

struct Rgb {
  std::uint8_t r, g, b;
};

struct Palette {
  Rgb background;     // page
  Rgb surface;        // cards, panels
  Rgb surface_hover;
  Rgb border;
  Rgb text;
  Rgb text_muted;     // captions, secondary lines
  Rgb accent;         // links, focus, selected items (as text on background)
  Rgb accent_fill;    // primary buttons (with on_accent text)
  Rgb accent_fill_hover;
  Rgb on_accent;
  Rgb danger;         // error text on background
  Rgb danger_surface; // error banners (with text)
  Rgb success;        // "answered" marks on background
  Rgb control_border; // outlines of fields and buttons (3:1 against what they sit on)
};

inline constexpr Palette kLightPalette{
    {0xF7, 0xF6, 0xF2},  // background
    {0xFF, 0xFF, 0xFF},  // surface
    {0xEC, 0xEF, 0xF6},  // surface_hover
    {0xD3, 0xD6, 0xDC},  // border
    {0x1E, 0x22, 0x28},  // text
    {0x55, 0x5D, 0x68},  // text_muted
    {0x1D, 0x57, 0xB8},  // accent
    {0x1D, 0x57, 0xB8},  // accent_fill
    {0x17, 0x47, 0x98},  // accent_fill_hover
    {0xFF, 0xFF, 0xFF},  // on_accent
    {0xB0, 0x24, 0x1A},  // danger
    {0xFB, 0xE9, 0xE7},  // danger_surface
    {0x1C, 0x6E, 0x3A},  // success
    {0x80, 0x86, 0x8F},  // control_border
};

inline constexpr Palette kDarkPalette{
    {0x14, 0x16, 0x1B},  // background
    {0x1E, 0x21, 0x28},  // surface
    {0x2A, 0x2F, 0x3A},  // surface_hover
    {0x3A, 0x40, 0x4C},  // border
    {0xE7, 0xE9, 0xEE},  // text
    {0xA9, 0xB0, 0xBC},  // text_muted
    {0x8C, 0xB4, 0xFF},  // accent
    {0x2F, 0x62, 0xC8},  // accent_fill
    {0x3A, 0x72, 0xDC},  // accent_fill_hover
    {0xFF, 0xFF, 0xFF},  // on_accent
    {0xFF, 0x9A, 0x8F},  // danger
    {0x3A, 0x1F, 0x1E},  // danger_surface
    {0x7F, 0xD6, 0x9B},  // success
    {0x7A, 0x82, 0x90},  // control_border
};

inline constexpr Palette kHighContrastLightPalette{
    {0xFF, 0xFF, 0xFF},  // background
    {0xFF, 0xFF, 0xFF},  // surface
    {0xE6, 0xEC, 0xF7},  // surface_hover
    {0x1A, 0x1A, 0x1A},  // border
    {0x00, 0x00, 0x00},  // text
    {0x2B, 0x2B, 0x2B},  // text_muted
    {0x00, 0x39, 0xA6},  // accent
    {0x00, 0x39, 0xA6},  // accent_fill
    {0x00, 0x2A, 0x7A},  // accent_fill_hover
    {0xFF, 0xFF, 0xFF},  // on_accent
    {0x8F, 0x00, 0x00},  // danger
    {0xFF, 0xEC, 0xEC},  // danger_surface
    {0x00, 0x56, 0x2A},  // success
    {0x1A, 0x1A, 0x1A},  // control_border
};

inline constexpr Palette kHighContrastDarkPalette{
    {0x00, 0x00, 0x00},  // background
    {0x00, 0x00, 0x00},  // surface
    {0x1C, 0x25, 0x36},  // surface_hover
    {0xE6, 0xE6, 0xE6},  // border
    {0xFF, 0xFF, 0xFF},  // text
    {0xE0, 0xE0, 0xE0},  // text_muted
    {0xA8, 0xC8, 0xFF},  // accent
    {0xA8, 0xC8, 0xFF},  // accent_fill
    {0xCF, 0xE0, 0xFF},  // accent_fill_hover
    {0x00, 0x00, 0x00},  // on_accent
    {0xFF, 0x9C, 0x94},  // danger
    {0x2E, 0x00, 0x00},  // danger_surface
    {0x8A, 0xF0, 0xA6},  // success
    {0xE6, 0xE6, 0xE6},  // control_border
};

}  // namespace skillscope::ui
