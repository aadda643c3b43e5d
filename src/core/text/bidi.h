#pragma once
// Right-to-left text for a renderer that draws glyphs left to right and does no
// shaping (Dear ImGui): Arabic contextual forms, and the order to draw a line in.
//
// What is covered (docs/framework-format.md, "Right-to-left text"):
// - A paragraph's direction is that of its first strong letter (Unicode bidi rules
//   P2-P3): a paragraph starting with Hebrew or Arabic is right-to-left.
// - Within a line, runs of the other direction are placed by the implicit rules of the
//   Unicode Bidirectional Algorithm (UAX #9 W1-W7, N1-N2, I1-I2, L1-L2), numbers
//   included; mirrored brackets in right-to-left runs (L4); combining marks stay on
//   their letter.
// - Not covered: explicit embeddings and isolates (U+202A-202E, U+2066-2069) are
//   ignored rather than obeyed; bracket pairs are not matched (N0).
// - Arabic letters take their presentation forms (isolated, initial, medial, final) and
//   lam + alef becomes one ligature; other joining scripts (Syriac, N'Ko) are drawn
//   unjoined.
#include <string>
#include <string_view>

namespace skillscope {

enum class TextDirection { LeftToRight, RightToLeft };

// Whether text has any right-to-left character. When it has none there is nothing to
// shape or reorder, and the text is drawn as it is.
bool HasRightToLeft(std::string_view text);

// The direction of a paragraph: that of its first strong character; left-to-right
// when it has none.
TextDirection ParagraphDirection(std::string_view text);

// Arabic letters replaced by their contextual presentation forms, in logical order;
// everything else unchanged.
std::string ShapeArabic(std::string_view text);

// One line (no line break in it) in the order to draw it left to right, for a paragraph
// of the given direction. Direction marks and other invisible format characters are
// left out of the result.
std::string VisualOrder(std::string_view line, TextDirection paragraph);

}  // namespace skillscope
