#include "app/glyph_supply.h"

#include "platform/web/web_platform.h"

namespace skillscope {

using platform::WebPlatform;

void GlyphSupply::Want(const std::set<char32_t>& missing) {
  bool added = false, latin = false;
  for (char32_t cp : missing) {
    if (ui::InBundledFontsLater(cp)) {  // in the files already: no piece to fetch
      latin |= later_latin_.insert(cp).second;
      continue;
    }
    if (drawable_.count(cp) || invisible_.count(cp) || uncovered_.count(cp)) continue;
    added |= waiting_.insert(cp).second;
  }
  if (latin) {
    RebuildGlyphSet();
    rebuild_ = true;
  }
  if (!added) return;
  if (index_state_ == IndexState::Ready) {
    Resolve();
  } else if (index_state_ == IndexState::NotAsked) {
    index_state_ = IndexState::Fetching;
    WebPlatform::FetchBundleFile("fonts/pieces.json", [this](bool ok, std::string text) { OnIndex(ok, text); });
  } else if (index_state_ == IndexState::Failed) {
    Uncover(waiting_);
  }
}

void GlyphSupply::Uncover(const std::set<char32_t>& cps) {
  uncovered_.insert(cps.begin(), cps.end());
  if (&cps == &waiting_) waiting_.clear();
}

void GlyphSupply::OnIndex(bool ok, const std::string& text) {
  if (ok) index_ = FontPieceIndex::Read(text, nullptr);
  if (!index_) {
    index_state_ = IndexState::Failed;
    Uncover(waiting_);  // no list, no pieces: boxes
    return;
  }
  index_state_ = IndexState::Ready;
  state_.assign(index_->pieces().size(), Piece::NotAsked);
  bytes_.assign(index_->pieces().size(), std::string());
  Resolve();
}

void GlyphSupply::Resolve() {
  std::set<int> have;
  for (std::size_t i = 0; i < state_.size(); ++i)
    if (state_[i] != Piece::NotAsked) have.insert(static_cast<int>(i));
  const GlyphPlan plan = PlanGlyphs(*index_, waiting_, have);
  waiting_.clear();
  Uncover(plan.uncovered);
  if (!plan.invisible.empty()) {
    invisible_.insert(plan.invisible.begin(), plan.invisible.end());
    rebuild_ = true;
  }
  for (char32_t cp : plan.drawable) {
    switch (state_[static_cast<std::size_t>(index_->PieceFor(cp))]) {
      case Piece::Loaded:
        drawable_.insert(cp);
        rebuild_ = true;
        break;
      case Piece::Failed: uncovered_.insert(cp); break;
      case Piece::NotAsked:
      case Piece::Pending: waiting_.insert(cp); break;  // its piece is on its way
    }
  }
  for (int piece : plan.fetch) {
    const auto i = static_cast<std::size_t>(piece);
    state_[i] = Piece::Pending;
    ++pending_;
    WebPlatform::FetchBundleFile(index_->pieces()[i].file,
                                 [this, i](bool ok, std::string bytes) { OnPiece(i, ok, std::move(bytes)); });
  }
  if (rebuild_) RebuildGlyphSet();
}

void GlyphSupply::OnPiece(std::size_t piece, bool ok, std::string bytes) {
  --pending_;
  // Offline and never fetched before: its characters stay boxes for this visit.
  state_[piece] = ok && !bytes.empty() ? Piece::Loaded : Piece::Failed;
  bytes_[piece] = std::move(bytes);
  // One rebuild for a batch: wait until every piece asked for together has arrived.
  if (pending_ == 0) Resolve();
}

void GlyphSupply::RebuildGlyphSet() {
  std::vector<std::vector<char32_t>> by_piece(state_.size());
  for (char32_t cp : drawable_) by_piece[static_cast<std::size_t>(index_->PieceFor(cp))].push_back(cp);
  glyphs_.pieces.clear();
  for (std::size_t i = 0; i < by_piece.size(); ++i) {
    if (by_piece[i].empty()) continue;
    glyphs_.pieces.push_back({&bytes_[i], index_->pieces()[i].line_height_per_em, ui::GlyphRanges(by_piece[i])});
  }
  glyphs_.invisible.assign(invisible_.begin(), invisible_.end());
  glyphs_.later_latin = ui::GlyphRanges(std::vector<char32_t>(later_latin_.begin(), later_latin_.end()));
}

bool GlyphSupply::TakeRebuild() {
  const bool rebuild = rebuild_;
  rebuild_ = false;
  return rebuild;
}

std::string GlyphSupply::StatsJson() const {
  // Built by hand: file names and numbers need no escaping, and a JSON object built
  // with the library costs first-load bytes for a test hook.
  std::string pieces, uncovered;
  for (std::size_t i = 0; i < state_.size(); ++i)
    if (state_[i] == Piece::Loaded) pieces += (pieces.empty() ? "\"" : ",\"") + index_->pieces()[i].file + "\"";
  for (char32_t cp : uncovered_) uncovered += (uncovered.empty() ? "" : ",") + std::to_string(cp);
  const ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  return "{\"pieces\":[" + pieces + "],\"pending\":" + std::to_string(pending_) +
         ",\"glyphsFromPieces\":" + std::to_string(drawable_.size()) + ",\"uncovered\":[" + uncovered +
         "],\"atlasWidth\":" + std::to_string(atlas->TexWidth) + ",\"atlasHeight\":" + std::to_string(atlas->TexHeight) +
         "}";
}

}  // namespace skillscope
