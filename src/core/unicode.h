#pragma once
// UTF-8 at the level of code points: decoding and encoding, and which characters have
// no look of their own. Pure C++, no tables.
#include <cstddef>
#include <string>
#include <string_view>

namespace skillscope {

inline constexpr char32_t kReplacementCharacter = 0xFFFD;

// The code point starting at text[*pos]; *pos moves past it. A byte that does not
// start a well-formed sequence gives U+FFFD and moves one byte, so decoding always
// makes progress. Well-formed means shortest form, no UTF-16 surrogates, <= U+10FFFF.
char32_t NextCodePoint(std::string_view text, std::size_t* pos);

// Appends the UTF-8 form of cp (U+FFFD for a surrogate or a value past U+10FFFF).
void AppendUtf8(std::string* out, char32_t cp);

std::u32string DecodeUtf8(std::string_view text);
std::string EncodeUtf8(std::u32string_view code_points);

// Characters that have no look of their own (joiners, variation selectors, direction
// marks, the byte order mark): drawn as nothing rather than as a missing glyph.
bool IsDefaultIgnorable(char32_t cp);

}  // namespace skillscope
