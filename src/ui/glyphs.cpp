#include "ui/glyphs.h"

#include "core/text/unicode.h"
#include "imgui.h"

namespace skillscope::ui {
namespace {
std::set<char32_t>& Missing() {
  static std::set<char32_t> missing;
  return missing;
}
}  // namespace

void NeedGlyphs(std::string_view text) {
  const ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  if (atlas->Fonts.empty()) return;
  const ImFont* font = atlas->Fonts[0];  // every face is built with the same characters
  for (std::size_t i = 0; i < text.size();) {
    if (static_cast<unsigned char>(text[i]) < 0x7F) {
      ++i;
      continue;
    }
    const char32_t cp = NextCodePoint(text, &i);
    if (!font->FindGlyphNoFallback(static_cast<ImWchar>(cp))) Missing().insert(cp);
  }
}

std::set<char32_t> TakeMissingGlyphs() {
  std::set<char32_t> out;
  out.swap(Missing());
  return out;
}

}  // namespace skillscope::ui
