// Right-to-left text for a renderer that draws left to right: paragraph direction,
// the order a line is drawn in, and Arabic contextual forms.
#include <doctest/doctest.h>

#include "core/text/bidi.h"
#include "core/text/unicode.h"

using namespace skillscope;

namespace {
std::string U8(std::u32string_view cps) { return EncodeUtf8(cps); }
const TextDirection kLtr = TextDirection::LeftToRight;
const TextDirection kRtl = TextDirection::RightToLeft;
}  // namespace

TEST_CASE("a paragraph takes the direction of its first letter") {
  CHECK(ParagraphDirection(U8(U"שלום world")) == kRtl);
  CHECK(ParagraphDirection(U8(U"Hello שלום")) == kLtr);
  CHECK(ParagraphDirection(U8(U"12. שלום")) == kRtl);  // digits and punctuation are not letters
  CHECK(ParagraphDirection(U8(U"مرحبا")) == kRtl);
  CHECK(ParagraphDirection("2026 - 12") == kLtr);      // no letter at all
  CHECK(ParagraphDirection("") == kLtr);
  CHECK_FALSE(HasRightToLeft(U8(U"Zoë — ☕ 🚀 日本語 Ελληνικά Кириллица")));
  CHECK(HasRightToLeft(U8(U"Zoë עברית")));
  CHECK(HasRightToLeft(U8(U"\u0661\u0662")));  // Arabic-Indic digits
}

TEST_CASE("a right-to-left line is drawn from its end, never reversed in reading") {
  CHECK(VisualOrder(U8(U"שלום עולם"), kRtl) == U8(U"םלוע םולש"));
  // Latin words and numbers inside keep their own order, and their place.
  CHECK(VisualOrder(U8(U"מנהל שרתי Linux בגרסה 12"), kRtl) == U8(U"12 הסרגב Linux יתרש להנמ"));
  CHECK(VisualOrder(U8(U"Server שרת ראשי ok"), kLtr) == U8(U"Server ישאר תרש ok"));
  // A full stop at the end of a right-to-left sentence stays at its (left) end.
  CHECK(VisualOrder(U8(U"שלום."), kRtl) == U8(U".םולש"));
  // Brackets are mirrored so they still enclose.
  CHECK(VisualOrder(U8(U"(שלום) ok"), kRtl) == U8(U"ok (םולש)"));
  // A left-to-right line with no right-to-left text is unchanged.
  CHECK(VisualOrder(U8(U"Zoë — ☕ 🚀 (x)"), kLtr) == U8(U"Zoë — ☕ 🚀 (x)"));
}

TEST_CASE("combining marks stay on their letter when a run is reversed; direction marks are not drawn") {
  // שָׁלוֹם: shin + qamats + shin dot, lamed, vav + holam, final mem.
  CHECK(VisualOrder(U8(U"\u05E9\u05B8\u05C1\u05DC\u05D5\u05B9\u05DD"), kRtl) ==
        U8(U"\u05DD\u05D5\u05B9\u05DC\u05E9\u05B8\u05C1"));
  CHECK(VisualOrder(U8(U"a\u200Fb\u200E"), kLtr) == "ab");
}

TEST_CASE("numbers after Arabic letters are Arabic numbers: they keep their order") {
  CHECK(VisualOrder(U8(U"ب 12 ج"), kRtl) == U8(U"ج 12 ب"));
  CHECK(VisualOrder(U8(U"ب 1.5"), kRtl) == U8(U"1.5 ب"));
  CHECK(VisualOrder(U8(U"Total 25% ok"), kLtr) == U8(U"Total 25% ok"));
}

TEST_CASE("Arabic letters take their contextual forms, and lam + alef is one ligature") {
  // مرحبا: meem initial, reh final (reh never joins on), hah initial, beh medial, alef final.
  CHECK(ShapeArabic(U8(U"مرحبا")) == U8(U"\uFEE3\uFEAE\uFEA3\uFE92\uFE8E"));
  // سلام: seen initial, lam-alef final (joined to seen), meem isolated (alef does not join on).
  CHECK(ShapeArabic(U8(U"سلام")) == U8(U"\uFEB3\uFEFC\uFEE1"));
  // لا alone: the isolated ligature.
  CHECK(ShapeArabic(U8(U"لا")) == U8(U"\uFEFB"));
  // A mark between two letters does not break the join: beh + fatha + teh.
  CHECK(ShapeArabic(U8(U"بَت")) == U8(U"\uFE91\u064E\uFE96"));
  // Persian peh and gaf from Presentation Forms-A; hamza never joins.
  CHECK(ShapeArabic(U8(U"پگ")) == U8(U"\uFB58\uFB93"));
  CHECK(ShapeArabic(U8(U"ءا")) == U8(U"\uFE80\uFE8D"));
  // Anything else is untouched.
  CHECK(ShapeArabic(U8(U"Zoë שלום 🚀")) == U8(U"Zoë שלום 🚀"));
}

TEST_CASE("shaped Arabic is drawn right to left") {
  const std::string shaped = ShapeArabic(U8(U"مرحبا بك"));
  CHECK(VisualOrder(shaped, ParagraphDirection(shaped)) == U8(U"\uFEDA\uFE91 \uFE8E\uFE92\uFEA3\uFEAE\uFEE3"));
}
