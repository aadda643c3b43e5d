#pragma once
// The app's typefaces, rasterised at the device pixel ratio so text is crisp.
//
// The first-load fonts (Open Sans, three weights) cover Latin. Every other character
// comes from a font piece fetched when text needs it (src/core/fonts/font_pieces.h): each
// piece is merged into every face, for only the code points the app has drawn, so the
// atlas stays small. A character that no font has is drawn as a box, never as "?".
#include <string>
#include <vector>

#include "imgui.h"

namespace skillscope::ui {

// TTF bytes of the bundled font files (kept alive by the caller for rebuilds).
struct FontFiles {
  std::string regular;
  std::string semibold;
  std::string bold;
};

// A fetched font piece and the code points of it to put in the atlas.
struct ExtraGlyphs {
  const std::string* ttf = nullptr;  // kept alive by the caller across rebuilds
  float line_height_per_em = 1.0f;   // of the piece's font, to match the em of Open Sans
  std::vector<ImWchar> ranges;       // ImGui glyph ranges: pairs, then 0
};

// Everything beyond the first atlas.
struct GlyphSet {
  std::vector<ExtraGlyphs> pieces;
  std::vector<ImWchar> later_latin;  // ranges of characters InBundledFontsLater that text used
  std::vector<ImWchar> invisible;  // default-ignorable characters in use: drawn as nothing
};

struct Fonts {
  ImFont* body = nullptr;      // running text: descriptors, notes
  ImFont* strong = nullptr;    // emphasis within text, buttons
  ImFont* small = nullptr;     // captions, credits
  ImFont* heading = nullptr;   // section and card headings
  ImFont* title = nullptr;     // screen titles
  // Counts builds: what was measured with one build's fonts is stale in the next
  // (a rebuilt font can even sit at the same address).
  unsigned generation = 0;
};

// Sizes as CSS font-size in pixels (the em), chosen for reading paragraphs at arm's
// length. ImGui sizes a font by its line height (ascent - descent) instead; for Open
// Sans that is (2189 + 600) / 2048 em, so a CSS size is multiplied by this factor.
inline constexpr float kBodyPx = 16.5f;
inline constexpr float kSmallPx = 13.5f;
inline constexpr float kHeadingPx = 20.0f;
inline constexpr float kTitlePx = 30.0f;
inline constexpr float kLineHeightPerEm = (2189.0f + 600.0f) / 2048.0f;

// Clears io.Fonts and builds the atlas for this ratio, with the extra glyphs merged in.
// Falls back to ImGui's built-in font (ASCII only) when the files are missing, so the
// app still starts. The caller uploads the atlas texture afterwards.
Fonts BuildFonts(ImGuiIO& io, const FontFiles& files, float device_pixel_ratio, const GlyphSet& extra = {});

// True for the characters the bundled fonts have but the first atlas leaves out: they
// are added from the same files once text uses them.
bool InBundledFontsLater(char32_t cp);

// The code points as ImGui glyph ranges (sorted input; consecutive ones become one range).
std::vector<ImWchar> GlyphRanges(const std::vector<char32_t>& sorted_code_points);

}  // namespace skillscope::ui
