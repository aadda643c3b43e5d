#pragma once
// Fonts for the characters on screen: the app's side of glyphs on demand.
//
// After each frame the ui reports the characters it drew without a glyph
// (ui::TakeMissingGlyphs). This asks the piece list (core/fonts/font_pieces.h) which font
// pieces cover them, fetches those through the platform (once each; the first need
// also fetches the list), and when a batch has arrived says the atlas should be
// rebuilt with exactly the characters in use (ui::BuildFonts). Characters no piece
// covers stay boxes; nothing is asked for twice.
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/fonts/font_pieces.h"
#include "ui/fonts.h"

namespace skillscope {

class GlyphSupply {
 public:
  // Characters the last frame drew without a glyph.
  void Want(const std::set<char32_t>& missing);
  // True once after new glyphs became available: rebuild the atlas with glyphs().
  bool TakeRebuild();
  // The pieces and characters to merge into the atlas (valid until the next Want()).
  const ui::GlyphSet& glyphs() const { return glyphs_; }
  // For window.skillscope.fonts(): pieces loaded, characters drawn from them, boxes.
  std::string StatsJson() const;

 private:
  enum class Piece : char { NotAsked, Pending, Loaded, Failed };
  void Resolve();
  void OnIndex(bool ok, const std::string& text);
  void OnPiece(std::size_t piece, bool ok, std::string bytes);
  void Uncover(const std::set<char32_t>& cps);
  void RebuildGlyphSet();

  enum class IndexState { NotAsked, Fetching, Ready, Failed };
  IndexState index_state_ = IndexState::NotAsked;
  std::optional<FontPieceIndex> index_;
  std::set<char32_t> waiting_;     // wanted, not yet resolved (list or pieces on their way)
  std::set<char32_t> drawable_;    // in the atlas (from loaded pieces)
  std::set<char32_t> invisible_;   // drawn as nothing
  std::set<char32_t> uncovered_;   // no piece: drawn as the box
  std::set<char32_t> later_latin_; // in the bundled fonts, not in the first atlas, used since
  std::vector<Piece> state_;       // by piece number
  std::vector<std::string> bytes_; // font bytes of loaded pieces, kept for every rebuild
  int pending_ = 0;
  ui::GlyphSet glyphs_;
  bool rebuild_ = false;
};

}  // namespace skillscope
