#include "ui/fonts.h"

namespace skillscope::ui {
namespace {

// Everything the seeds and typical European-language notes need: Latin-1, Latin
// Extended-A, General Punctuation (en dash, curly quotes, bullet, ellipsis), the euro
// sign and a few arrows. The bundled TTFs are subset to the same ranges.
const ImWchar kGlyphRanges[] = {
    0x0020, 0x007E, 0x00A0, 0x017F, 0x2010, 0x2027, 0x2030, 0x203A,
    0x20AC, 0x20AC, 0x2122, 0x2122, 0x2190, 0x2193, 0x2212, 0x2212, 0,
};

ImFont* AddFont(ImGuiIO& io, const std::string& ttf, float size_px) {
  if (ttf.empty()) {
    ImFontConfig config;
    config.SizePixels = size_px;
    return io.Fonts->AddFontDefault(&config);
  }
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;  // the bytes outlive every rebuild
  config.OversampleH = 2;
  config.OversampleV = 1;
  // stb_truetype takes a non-const pointer but does not write through it.
  void* data = const_cast<char*>(ttf.data());
  return io.Fonts->AddFontFromMemoryTTF(data, static_cast<int>(ttf.size()), size_px, &config, kGlyphRanges);
}

}  // namespace

Fonts BuildFonts(ImGuiIO& io, const FontFiles& files, float device_pixel_ratio) {
  const float r = (device_pixel_ratio > 0 ? device_pixel_ratio : 1.0f) * kLineHeightPerEm;
  io.Fonts->Clear();
  Fonts fonts;
  fonts.body = AddFont(io, files.regular, kBodyPx * r);  // first font = ImGui default
  fonts.strong = AddFont(io, files.semibold.empty() ? files.regular : files.semibold, kBodyPx * r);
  fonts.small = AddFont(io, files.regular, kSmallPx * r);
  fonts.heading = AddFont(io, files.semibold.empty() ? files.regular : files.semibold, kHeadingPx * r);
  fonts.title = AddFont(io, files.bold.empty() ? files.regular : files.bold, kTitlePx * r);
  io.Fonts->Build();
  return fonts;
}

}  // namespace skillscope::ui
