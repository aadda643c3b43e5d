#include "ui/fonts.h"

#include <algorithm>
#include <cmath>

namespace skillscope::ui {
namespace {

// The bundled TTFs hold what the seeds and typical European-language notes need:
// Latin-1, Latin Extended-A, General Punctuation (en dash, curly quotes, bullet,
// ellipsis), the euro sign and a few arrows (tools/assemble_bundle.py subsets them to
// these ranges); other characters come from font pieces. The first atlas has all but
// Latin Extended-A, which the app's own text and the built-in frameworks never use:
// its 128 letters were a third of the glyphs rasterised before the first frame. They
// join the atlas when text uses them (GlyphSet::later_latin), from the same files.
const ImWchar kFirstRanges[] = {
    0x0020, 0x007E, 0x00A0, 0x00FF, 0x2010, 0x2027, 0x2030, 0x203A,
    0x20AC, 0x20AC, 0x2122, 0x2122, 0x2190, 0x2193, 0x2212, 0x2212, 0,
};
constexpr char32_t kLaterFirst = 0x0100, kLaterLast = 0x017F;

// ImGui draws a character it has no glyph for with the face's fallback glyph (U+FFFD's,
// else '?'). The app gives every face its own: an outlined box (like a browser's "tofu"),
// so a missing character is visibly missing and never mistaken for a question mark.
// It is kept at U+0001, a control character text never shows, not at U+FFFD: a face's
// lookup tables run up to its highest character, and U+FFFD made each of them 65,534
// entries long, filled twice per face at every build (a tenth of the start-up's atlas
// time). U+FFFD itself, having no glyph, is drawn with the box like any other.
constexpr ImWchar kMissingGlyph = 0x0001;

struct Face {
  ImFont* font;
  float em_px;
  int box_rect;  // custom rectangle of its missing-glyph box
};

// A face from a bundled file, or (merge) more of its characters into the face added last.
ImFont* AddFont(ImGuiIO& io, const std::string& ttf, float em_px, const ImWchar* ranges, bool merge = false) {
  if (ttf.empty()) {
    if (merge) return nullptr;
    ImFontConfig config;
    config.SizePixels = em_px * kLineHeightPerEm;
    return io.Fonts->AddFontDefault(&config);
  }
  ImFontConfig config;
  config.MergeMode = merge;
  config.FontDataOwnedByAtlas = false;  // the bytes outlive every rebuild
  // Twice as wide, for text placed at fractions of a pixel. From an em of 24 device
  // pixels up a pixel is a small part of a stroke: the title (and every face at a device
  // pixel ratio of 1.5 and more) would only take twice as long to rasterise. (At 20
  // pixels, single width visibly thinned some stems of headings.)
  config.OversampleH = em_px >= 24.0f ? 1 : 2;
  config.OversampleV = 1;
  // stb_truetype takes a non-const pointer but does not write through it.
  void* data = const_cast<char*>(ttf.data());
  return io.Fonts->AddFontFromMemoryTTF(data, static_cast<int>(ttf.size()), em_px * kLineHeightPerEm, &config,
                                        ranges);
}

void MergePieces(ImGuiIO& io, const GlyphSet& extra, float em_px, std::vector<std::vector<ImWchar>>* ranges) {
  for (std::size_t i = 0; i < extra.pieces.size(); ++i) {
    const ExtraGlyphs& piece = extra.pieces[i];
    if (!piece.ttf || piece.ttf->empty() || (*ranges)[i].size() < 3) continue;
    ImFontConfig config;
    config.MergeMode = true;
    config.FontDataOwnedByAtlas = false;
    // Ideographs and symbols are wide enough that horizontal oversampling would only
    // double the atlas and the time to build it.
    config.OversampleH = 1;
    config.OversampleV = 1;
    void* data = const_cast<char*>(piece.ttf->data());
    io.Fonts->AddFontFromMemoryTTF(data, static_cast<int>(piece.ttf->size()), em_px * piece.line_height_per_em,
                                   &config, (*ranges)[i].data());
  }
}

int Round(float v) { return static_cast<int>(std::lround(v)); }

// Glyphs rasterised by the last build. Rasterising every face again takes longer than a
// frame may stall (well over 100 ms at a device pixel ratio of 2), so a rebuild for new
// characters only rasterises those: the others come back as custom rectangles filled
// from these pixels. Any other change (ratio, files) builds everything.
struct SavedGlyph {
  ImFontGlyph glyph;
  int x = 0, y = 0, w = 0, h = 0;  // where its pixels are in `pixels`
};
struct SavedAtlas {
  float ratio = 0;
  const char* regular = nullptr;  // the font files it was built from
  std::size_t regular_size = 0;
  std::vector<unsigned char> pixels;
  int width = 0;
  std::vector<std::vector<SavedGlyph>> faces;
  std::vector<ImWchar> code_points;  // in every face (sorted)
};
SavedAtlas& Saved() {
  static SavedAtlas saved;
  return saved;
}

void SaveAtlas(ImFontAtlas* atlas, const std::vector<Face>& faces, float ratio, const std::string& regular) {
  SavedAtlas& saved = Saved();
  unsigned char* pixels = nullptr;
  int w = 0, h = 0;
  atlas->GetTexDataAsAlpha8(&pixels, &w, &h);
  saved.ratio = ratio;
  saved.regular = regular.data();
  saved.regular_size = regular.size();
  saved.pixels.assign(pixels, pixels + static_cast<std::size_t>(w) * static_cast<std::size_t>(h));
  saved.width = w;
  saved.faces.clear();
  for (const Face& face : faces) {
    std::vector<SavedGlyph> glyphs;
    for (const ImFontGlyph& g : face.font->Glyphs) {
      glyphs.push_back({g, Round(g.U0 * static_cast<float>(w)), Round(g.V0 * static_cast<float>(h)),
                        Round((g.U1 - g.U0) * static_cast<float>(w)), Round((g.V1 - g.V0) * static_cast<float>(h))});
    }
    saved.faces.push_back(std::move(glyphs));
  }
  saved.code_points.clear();
  for (const SavedGlyph& g : saved.faces.front()) saved.code_points.push_back(static_cast<ImWchar>(g.glyph.Codepoint));
  std::sort(saved.code_points.begin(), saved.code_points.end());
}

bool AlreadyRasterised(ImWchar cp) {
  const std::vector<ImWchar>& cps = Saved().code_points;
  return std::binary_search(cps.begin(), cps.end(), cp);
}

// The ranges without the code points already rasterised.
std::vector<ImWchar> NewOnly(const std::vector<ImWchar>& ranges) {
  std::vector<char32_t> cps;
  for (std::size_t i = 0; i + 1 < ranges.size(); i += 2)
    for (ImWchar c = ranges[i]; c <= ranges[i + 1]; ++c)
      if (!AlreadyRasterised(c)) cps.push_back(c);
  return GlyphRanges(cps);
}

void DrawBox(ImFontAtlas* atlas, unsigned char* pixels, int tex_width, int rect_id, float em_px) {
  const ImFontAtlasCustomRect* r = atlas->GetCustomRectByIndex(rect_id);
  const int stroke = std::max(1, Round(em_px / 16.0f));
  for (int y = 0; y < r->Height; ++y) {
    for (int x = 0; x < r->Width; ++x) {
      const bool edge = x < stroke || y < stroke || x >= r->Width - stroke || y >= r->Height - stroke;
      pixels[(r->Y + y) * tex_width + (r->X + x)] = edge ? 0xFF : 0x00;
    }
  }
}

}  // namespace

bool InBundledFontsLater(char32_t cp) { return cp >= kLaterFirst && cp <= kLaterLast; }

std::vector<ImWchar> GlyphRanges(const std::vector<char32_t>& cps) {
  std::vector<ImWchar> ranges;
  for (std::size_t i = 0; i < cps.size();) {
    std::size_t j = i;
    while (j + 1 < cps.size() && cps[j + 1] == cps[j] + 1) ++j;
    ranges.push_back(static_cast<ImWchar>(cps[i]));
    ranges.push_back(static_cast<ImWchar>(cps[j]));
    i = j + 1;
  }
  ranges.push_back(0);
  return ranges;
}

Fonts BuildFonts(ImGuiIO& io, const FontFiles& files, float device_pixel_ratio, const GlyphSet& extra) {
  const float r = device_pixel_ratio > 0 ? device_pixel_ratio : 1.0f;
  const SavedAtlas& saved = Saved();
  const bool reuse = !files.regular.empty() && saved.ratio == r && saved.regular == files.regular.data() &&
                     saved.regular_size == files.regular.size() && saved.faces.size() == 5;
  // Only the space comes from the Latin files when everything else is reused: the face
  // needs a font to carry its metrics.
  static const ImWchar kSpaceOnly[] = {0x20, 0x20, 0};
  std::vector<std::vector<ImWchar>> piece_ranges;
  for (const ExtraGlyphs& piece : extra.pieces) piece_ranges.push_back(reuse ? NewOnly(piece.ranges) : piece.ranges);
  const std::vector<ImWchar> later_latin = reuse ? NewOnly(extra.later_latin) : extra.later_latin;

  io.Fonts->Clear();
  // The reused block needs the old width plus ImGui's padding around every rectangle.
  io.Fonts->TexDesiredWidth = reuse ? saved.width + io.Fonts->TexGlyphPadding : 0;
  // Only the atlas height grows with more glyphs (not to the next power of two).
  io.Fonts->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
  const std::string& semibold = files.semibold.empty() ? files.regular : files.semibold;
  const std::string& bold = files.bold.empty() ? files.regular : files.bold;
  const struct {
    const std::string* ttf;
    float em_css;
  } specs[] = {{&files.regular, kBodyPx}, {&semibold, kBodyPx}, {&files.regular, kSmallPx},
               {&semibold, kHeadingPx}, {&bold, kTitlePx}};
  std::vector<Face> faces;
  // The last atlas comes back whole, as one block: packing it is free, and copying it
  // is one pass over its rows.
  const int reused_block =
      reuse ? io.Fonts->AddCustomRectRegular(saved.width, static_cast<int>(saved.pixels.size()) / saved.width) : -1;
  for (std::size_t f = 0; f < 5; ++f) {
    const float em = specs[f].em_css * r;
    ImFont* font = AddFont(io, *specs[f].ttf, em, reuse ? kSpaceOnly : kFirstRanges);  // the first is the default
    font->FallbackChar = kMissingGlyph;
    if (later_latin.size() >= 3) AddFont(io, *specs[f].ttf, em, later_latin.data(), /*merge=*/true);
    if (!specs[f].ttf->empty()) MergePieces(io, extra, em, &piece_ranges);
    int box = -1;
    if (!reuse) {
      box = io.Fonts->AddCustomRectFontGlyph(font, kMissingGlyph, std::max(3, Round(em * 0.5f)),
                                             std::max(4, Round(em * 0.7f)), std::max(5.0f, em * 0.66f),
                                             ImVec2(std::max(1.0f, em * 0.08f), 0));
    }
    faces.push_back({font, em, box});
  }
  io.Fonts->Build();

  unsigned char* pixels = nullptr;
  int tex_width = 0, tex_height = 0;
  io.Fonts->GetTexDataAsAlpha8(&pixels, &tex_width, &tex_height);
  for (std::size_t f = 0; f < faces.size(); ++f) {
    const Face& face = faces[f];
    ImFont* font = face.font;
    if (reuse) {
      // Reused glyphs point into the block, and keep their geometry.
      const ImFontAtlasCustomRect* block = io.Fonts->GetCustomRectByIndex(reused_block);
      if (f == 0) {
        const int rows = static_cast<int>(saved.pixels.size()) / saved.width;
        for (int y = 0; y < rows; ++y)
          std::copy_n(&saved.pixels[static_cast<std::size_t>(y * saved.width)], saved.width,
                      &pixels[(block->Y + y) * tex_width + block->X]);
      }
      const float u = 1.0f / static_cast<float>(tex_width), v = 1.0f / static_cast<float>(tex_height);
      for (const SavedGlyph& g : saved.faces[f]) {
        if (g.glyph.Codepoint == 0x20) continue;
        const float x0 = static_cast<float>(block->X + g.x), y0 = static_cast<float>(block->Y + g.y);
        font->AddGlyph(nullptr, static_cast<ImWchar>(g.glyph.Codepoint), g.glyph.X0, g.glyph.Y0, g.glyph.X1, g.glyph.Y1,
                       x0 * u, y0 * v, (x0 + static_cast<float>(g.w)) * u, (y0 + static_cast<float>(g.h)) * v,
                       g.glyph.AdvanceX);
      }
    } else {
      DrawBox(io.Fonts, pixels, tex_width, face.box_rect, face.em_px);
      // Custom glyphs are placed from the top of the line; the box sits on the baseline.
      if (auto* g = const_cast<ImFontGlyph*>(font->FindGlyphNoFallback(kMissingGlyph))) {
        const float height = g->Y1 - g->Y0;
        g->Y1 = std::round(font->Ascent);
        g->Y0 = g->Y1 - height;
      }
    }
    for (ImWchar cp : extra.invisible)
      if (!font->FindGlyphNoFallback(cp)) font->AddGlyph(nullptr, cp, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    font->BuildLookupTable();
  }
  if (!files.regular.empty()) SaveAtlas(io.Fonts, faces, r, files.regular);
  Fonts fonts;
  fonts.body = faces[0].font;
  fonts.strong = faces[1].font;
  fonts.small = faces[2].font;
  fonts.heading = faces[3].font;
  fonts.title = faces[4].font;
  static unsigned builds = 0;
  fonts.generation = ++builds;
  return fonts;
}

}  // namespace skillscope::ui
