#pragma once
// The app's typefaces, rasterised at the device pixel ratio so text is crisp.
#include <string>

#include "imgui.h"

namespace skillscope::ui {

// TTF bytes of the bundled font files (kept alive by the caller for rebuilds).
struct FontFiles {
  std::string regular;
  std::string semibold;
  std::string bold;
};

struct Fonts {
  ImFont* body = nullptr;      // running text: descriptors, notes
  ImFont* strong = nullptr;    // emphasis within text, buttons
  ImFont* small = nullptr;     // captions, credits
  ImFont* heading = nullptr;   // section and card headings
  ImFont* title = nullptr;     // screen titles
};

// Sizes as CSS font-size in pixels (the em), chosen for reading paragraphs at arm's
// length. ImGui sizes a font by its line height (ascent - descent) instead; for Open
// Sans that is (2189 + 600) / 2048 em, so a CSS size is multiplied by this factor.
inline constexpr float kBodyPx = 16.5f;
inline constexpr float kSmallPx = 13.5f;
inline constexpr float kHeadingPx = 20.0f;
inline constexpr float kTitlePx = 30.0f;
inline constexpr float kLineHeightPerEm = (2189.0f + 600.0f) / 2048.0f;

// Clears io.Fonts and builds the atlas for this ratio. Falls back to ImGui's
// built-in font (ASCII only) when the files are missing, so the app still starts.
Fonts BuildFonts(ImGuiIO& io, const FontFiles& files, float device_pixel_ratio);

}  // namespace skillscope::ui
