#pragma once
// Which characters the screen needed and the font atlas could not draw.
//
// Every text the ui draws passes through here (the text helpers' drawn lines, widget
// labels, text fields); characters the atlas lacks are noted, and the app asks for font
// pieces for them after the frame (src/app/glyph_supply.h). No I/O here.
#include <set>
#include <string_view>

namespace skillscope::ui {

// Notes the characters of text, as drawn (after shaping and reordering), that the
// current fonts have no glyph for. Cheap for ASCII, which the fonts always have.
void NeedGlyphs(std::string_view drawn_text);

// The characters noted since the last call, and forgets them.
std::set<char32_t> TakeMissingGlyphs();

}  // namespace skillscope::ui
