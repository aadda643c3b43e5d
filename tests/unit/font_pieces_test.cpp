// The font piece list and the plan of what to fetch for characters the atlas lacks.
#include <doctest/doctest.h>

#include "core/fonts/font_pieces.h"

using namespace skillscope;

namespace {
const char* kManifest = R"({"pieces":[
  {"file":"fonts/pieces/greek.ttf","font":"open-sans","lineHeightPerEm":1.3618,"codePoints":[880,4,2,4,4,70]},
  {"file":"fonts/pieces/hebrew.ttf","font":"hebrew","lineHeightPerEm":1.36,"codePoints":[1488,27]},
  {"file":"fonts/pieces/cjk-1.otf","font":"cjk","lineHeightPerEm":1.448,"codePoints":[19968,1,5,1]}
]})";
}  // namespace

TEST_CASE("the piece list maps each code point to the one piece that covers it") {
  std::string error;
  const auto index = FontPieceIndex::Read(kManifest, &error);
  REQUIRE(index);
  CHECK(error.empty());
  REQUIRE(index->pieces().size() == 3);
  CHECK(index->pieces()[0].ranges.size() == 3);  // 880-883, 886-889, 894-963
  CHECK(index->pieces()[0].ranges[1].first == 886);
  CHECK(index->pieces()[0].ranges[2].last == 963);
  CHECK(index->pieces()[2].line_height_per_em == doctest::Approx(1.448));
  CHECK(index->PieceFor(0x3B1) == 0);   // α
  CHECK(index->PieceFor(884) == -1);    // in a gap
  CHECK(index->PieceFor(0x5D0) == 1);   // א
  CHECK(index->PieceFor(0x5EB) == -1);  // just past the Hebrew letters
  CHECK(index->PieceFor(0x4E00) == 2);
  CHECK(index->PieceFor(0x4E06) == 2);
  CHECK(index->PieceFor(0x4E01) == -1);
  CHECK(index->PieceFor('A') == -1);
}

TEST_CASE("a malformed piece list is refused with a reason") {
  std::string error;
  CHECK_FALSE(FontPieceIndex::Read("[1, 2]", &error));
  CHECK(error == "fonts/pieces.json: expected an object with a \"pieces\" array");
  CHECK_FALSE(FontPieceIndex::Read(R"({"pieces":[{"file":"x","codePoints":[65]}]})", &error));
  CHECK(error == "fonts/pieces.json: piece 0: codePoints must be pairs of whole numbers");
  CHECK_FALSE(FontPieceIndex::Read(R"({"pieces":[{"file":"x","codePoints":[1114111,5]}]})", &error));
  CHECK(error == "fonts/pieces.json: piece 0: code points out of range");
  CHECK_FALSE(FontPieceIndex::Read("{\"pieces\": [", &error));
}

TEST_CASE("the plan fetches only pieces not yet loaded, and sorts out what no piece has") {
  const auto index = FontPieceIndex::Read(kManifest, nullptr);
  REQUIRE(index);
  const std::set<char32_t> missing = {0x3B1, 0x5D0, 0x5D1, 0x4E00, 0x1F680, 0x200D, 0xFE0F};
  GlyphPlan plan = PlanGlyphs(*index, missing, {});
  CHECK(plan.fetch == std::set<int>{0, 1, 2});
  CHECK(plan.drawable == std::set<char32_t>{0x3B1, 0x5D0, 0x5D1, 0x4E00});
  CHECK(plan.uncovered == std::set<char32_t>{0x1F680});
  CHECK(plan.invisible == std::set<char32_t>{0x200D, 0xFE0F});
  plan = PlanGlyphs(*index, missing, {1, 2});
  CHECK(plan.fetch == std::set<int>{0});
}
