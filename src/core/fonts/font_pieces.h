#pragma once
// Which font pieces cover which characters. The bundle ships Latin fonts for the first
// load and cuts every other glyph into pieces by Unicode block (tools/font_pieces.py,
// fonts/pieces.json); the app fetches the pieces the text on screen needs. This is the
// pure part: reading the piece list and planning what to fetch.
#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace skillscope {

struct CodePointRange {
  char32_t first = 0;
  char32_t last = 0;  // inclusive
};

struct FontPiece {
  std::string file;                  // bundle path, "fonts/pieces/hebrew-hebrew.ttf"
  float line_height_per_em = 1.0f;   // (ascent - descent) / em of its font
  std::vector<CodePointRange> ranges;
};

class FontPieceIndex {
 public:
  // Reads fonts/pieces.json ({"pieces": [{"file", "lineHeightPerEm", "codePoints"}]}, code
  // points as [first, run, gap, run, ...]). nullopt and *error when it is malformed.
  static std::optional<FontPieceIndex> Read(std::string_view json, std::string* error);

  const std::vector<FontPiece>& pieces() const { return pieces_; }
  // The piece that covers cp, or -1.
  int PieceFor(char32_t cp) const;

 private:
  struct Entry {
    CodePointRange range;
    int piece;
  };
  std::vector<FontPiece> pieces_;
  std::vector<Entry> sorted_;  // every range of every piece, by first code point
};

// What to do about characters the font atlas lacks.
struct GlyphPlan {
  std::set<int> fetch;             // pieces to fetch (not loaded or on their way yet)
  std::set<char32_t> drawable;     // covered by a loaded or fetched piece: add to the atlas
  std::set<char32_t> invisible;    // default-ignorable (joiners, variation selectors): zero width
  std::set<char32_t> uncovered;    // no piece has them: drawn as the missing-glyph box
};

GlyphPlan PlanGlyphs(const FontPieceIndex& index, const std::set<char32_t>& missing, const std::set<int>& have);

}  // namespace skillscope
