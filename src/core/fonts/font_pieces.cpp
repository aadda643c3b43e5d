#include "core/fonts/font_pieces.h"

#include <algorithm>

#include "core/json/input.h"
#include "core/text/unicode.h"

namespace skillscope {

std::optional<FontPieceIndex> FontPieceIndex::Read(std::string_view text, std::string* error) {
  using nlohmann::json;
  auto fail = [&](const std::string& why) -> std::optional<FontPieceIndex> {
    if (error) *error = "fonts/pieces.json: " + why;
    return std::nullopt;
  };
  ParsedJson parsed = ParseUntrustedJson(text);
  if (!parsed.ok()) return fail(parsed.error);
  const json& doc = parsed.value;
  if (!doc.is_object() || !doc.contains("pieces") || !doc["pieces"].is_array())
    return fail("expected an object with a \"pieces\" array");
  FontPieceIndex index;
  for (const json& item : doc["pieces"]) {
    const int number = static_cast<int>(index.pieces_.size());
    if (!item.is_object() || !item.contains("file") || !item["file"].is_string() || !item.contains("codePoints") ||
        !item["codePoints"].is_array())
      return fail("piece " + std::to_string(number) + " lacks \"file\" or \"codePoints\"");
    FontPiece piece;
    piece.file = item["file"].get<std::string>();
    if (item.contains("lineHeightPerEm") && item["lineHeightPerEm"].is_number())
      piece.line_height_per_em = item["lineHeightPerEm"].get<float>();
    const json& runs = item["codePoints"];
    long long next = 0;
    for (std::size_t i = 0; i < runs.size(); i += 2) {
      if (!runs[i].is_number_unsigned() || i + 1 >= runs.size() || !runs[i + 1].is_number_unsigned())
        return fail("piece " + std::to_string(number) + ": codePoints must be pairs of whole numbers");
      const long long first = next + runs[i].get<long long>();
      const long long last = first + runs[i + 1].get<long long>() - 1;
      if (last < first || last > 0x10FFFF) return fail("piece " + std::to_string(number) + ": code points out of range");
      piece.ranges.push_back({static_cast<char32_t>(first), static_cast<char32_t>(last)});
      index.sorted_.push_back({piece.ranges.back(), number});
      next = last + 1;
    }
    index.pieces_.push_back(std::move(piece));
  }
  std::sort(index.sorted_.begin(), index.sorted_.end(),
            [](const Entry& a, const Entry& b) { return a.range.first < b.range.first; });
  return index;
}

int FontPieceIndex::PieceFor(char32_t cp) const {
  auto it = std::upper_bound(sorted_.begin(), sorted_.end(), cp,
                             [](char32_t c, const Entry& e) { return c < e.range.first; });
  if (it == sorted_.begin()) return -1;
  --it;
  return cp <= it->range.last ? it->piece : -1;
}

GlyphPlan PlanGlyphs(const FontPieceIndex& index, const std::set<char32_t>& missing, const std::set<int>& have) {
  GlyphPlan plan;
  for (char32_t cp : missing) {
    if (IsDefaultIgnorable(cp)) {
      plan.invisible.insert(cp);
      continue;
    }
    const int piece = index.PieceFor(cp);
    if (piece < 0) {
      plan.uncovered.insert(cp);
      continue;
    }
    plan.drawable.insert(cp);
    if (!have.count(piece)) plan.fetch.insert(piece);
  }
  return plan;
}

}  // namespace skillscope
