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

// The length of the well-formed sequence starting at `at` (1 for ASCII), or 0 when
// none does. Inline: the JSON reader and writer ask it of every non-ASCII byte.
inline int WellFormedUtf8Length(const char* at, const char* end) {
  auto byte = [at, end](int k) -> unsigned { return end - at > k ? static_cast<unsigned char>(at[k]) : 0u; };
  auto next = [&byte](int k, unsigned low = 0x80, unsigned high = 0xBF) {
    const unsigned b = byte(k);
    return b >= low && b <= high;
  };
  const unsigned c = byte(0);
  if (c < 0x80) return at < end ? 1 : 0;
  if (c >= 0xC2 && c <= 0xDF) return next(1) ? 2 : 0;
  if (c == 0xE0) return next(1, 0xA0) && next(2) ? 3 : 0;  // not overlong
  if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) return next(1) && next(2) ? 3 : 0;
  if (c == 0xED) return next(1, 0x80, 0x9F) && next(2) ? 3 : 0;  // not a surrogate
  if (c == 0xF0) return next(1, 0x90) && next(2) && next(3) ? 4 : 0;
  if (c >= 0xF1 && c <= 0xF3) return next(1) && next(2) && next(3) ? 4 : 0;
  if (c == 0xF4) return next(1, 0x80, 0x8F) && next(2) && next(3) ? 4 : 0;  // <= U+10FFFF
  return 0;
}

// Appends the UTF-8 form of cp (U+FFFD for a surrogate or a value past U+10FFFF).
void AppendUtf8(std::string* out, char32_t cp);

std::u32string DecodeUtf8(std::string_view text);
std::string EncodeUtf8(std::u32string_view code_points);

// Characters that have no look of their own (joiners, variation selectors, direction
// marks, the byte order mark): drawn as nothing rather than as a missing glyph.
bool IsDefaultIgnorable(char32_t cp);

}  // namespace skillscope
