#include "app/glyph_supply.h"

#include <nlohmann/json.hpp>

#include "platform/web/web_platform.h"

namespace skillscope {

using platform::WebPlatform;

void GlyphSupply::Want(const std::set<char32_t>& missing) {
  bool added = false;
  for (char32_t cp : missing) {
    if (drawable_.count(cp) || invisible_.count(cp) || uncovered_.count(cp)) continue;
    added |= waiting_.insert(cp).second;
  }
  if (!added) return;
  switch (index_state_) {
    case IndexState::NotAsked:
      index_state_ = IndexState::Fetching;
      WebPlatform::FetchBundleFile("fonts/pieces.json", [this](bool ok, std::string text) { OnIndex(ok, text); });
      break;
    case IndexState::Fetching: break;
    case IndexState::Ready: Resolve(); break;
    case IndexState::Failed:
      uncovered_.insert(waiting_.begin(), waiting_.end());
      waiting_.clear();
      break;
  }
}

void GlyphSupply::OnIndex(bool ok, const std::string& text) {
  std::string error;
  if (ok) index_ = FontPieceIndex::Read(text, &error);
  index_state_ = index_ ? IndexState::Ready : IndexState::Failed;
  if (index_) {
    Resolve();
    return;
  }
  uncovered_.insert(waiting_.begin(), waiting_.end());  // no list, no pieces: boxes
  waiting_.clear();
}

void GlyphSupply::Resolve() {
  std::set<int> have = pending_;
  for (const auto& [piece, bytes] : loaded_) have.insert(piece);
  const GlyphPlan plan = PlanGlyphs(*index_, waiting_, have);
  waiting_.clear();
  uncovered_.insert(plan.uncovered.begin(), plan.uncovered.end());
  if (!plan.invisible.empty()) {
    invisible_.insert(plan.invisible.begin(), plan.invisible.end());
    rebuild_ = true;
  }
  for (char32_t cp : plan.drawable) {
    if (loaded_.count(index_->PieceFor(cp))) {
      drawable_.insert(cp);
      rebuild_ = true;
    } else {
      waiting_.insert(cp);  // its piece is on its way
    }
  }
  for (int piece : plan.fetch) {
    pending_.insert(piece);
    WebPlatform::FetchBundleFile(index_->pieces()[piece].file,
                                 [this, piece](bool ok, std::string bytes) { OnPiece(piece, ok, std::move(bytes)); });
  }
  if (rebuild_) RebuildGlyphSet();
}

void GlyphSupply::OnPiece(int piece, bool ok, std::string bytes) {
  pending_.erase(piece);
  if (ok && !bytes.empty()) {
    loaded_[piece] = std::move(bytes);
  } else {
    // Offline and never fetched before: its characters stay boxes for this visit.
    for (auto it = waiting_.begin(); it != waiting_.end();) {
      if (index_->PieceFor(*it) == piece) {
        uncovered_.insert(*it);
        it = waiting_.erase(it);
      } else {
        ++it;
      }
    }
  }
  // One rebuild for a batch: wait until every piece asked for together has arrived.
  if (pending_.empty()) Resolve();
}

void GlyphSupply::RebuildGlyphSet() {
  std::map<int, std::vector<char32_t>> by_piece;
  for (char32_t cp : drawable_) by_piece[index_->PieceFor(cp)].push_back(cp);
  glyphs_.pieces.clear();
  for (const auto& [piece, cps] : by_piece) {
    glyphs_.pieces.push_back({&loaded_.at(piece), index_->pieces()[piece].line_height_per_em, ui::GlyphRanges(cps)});
  }
  glyphs_.invisible.assign(invisible_.begin(), invisible_.end());
}

bool GlyphSupply::TakeRebuild() {
  const bool rebuild = rebuild_;
  rebuild_ = false;
  return rebuild;
}

std::string GlyphSupply::StatsJson() const {
  nlohmann::json pieces = nlohmann::json::array();
  for (const auto& [piece, bytes] : loaded_) pieces.push_back(index_->pieces()[piece].file);
  const ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  return nlohmann::json{{"pieces", pieces},
                        {"pending", pending_.size()},
                        {"glyphsFromPieces", drawable_.size()},
                        {"uncovered", std::vector<unsigned>(uncovered_.begin(), uncovered_.end())},
                        {"atlasWidth", atlas->TexWidth},
                        {"atlasHeight", atlas->TexHeight}}
      .dump();
}

}  // namespace skillscope
