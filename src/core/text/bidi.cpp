#include "core/text/bidi.h"

#include <algorithm>
#include <cstdint>
#include <vector>

#include "core/text/unicode.h"

// Sections
//   [SECTION] Bidi classes
//   [SECTION] Arabic shaping
//   [SECTION] Reordering a line

namespace skillscope {
namespace {

// ---------------------------------------------------------------------------
// [SECTION] Bidi classes
// ---------------------------------------------------------------------------
// Bidi_Class (UAX #9) of the characters a framework or a note is likely to hold, as a
// table of ranges: each entry starts a range that lasts until the next entry. Derived
// from the Unicode Character Database by hand and kept coarse where it does not change
// the result (Indic combining marks count as L; emoji and other symbols as ON).
enum Bidi : std::uint8_t { L, R, AL, EN, ES, ET, AN, CS, NSM, BN, B, S, WS, ON };

constexpr std::uint32_t E(std::uint32_t first, Bidi cls) { return (first << 4) | cls; }

constexpr std::uint32_t kBidiRanges[] = {
    E(0x0000, BN), E(0x0009, S), E(0x000A, B), E(0x000B, S), E(0x000C, WS), E(0x000D, B), E(0x000E, BN),
    E(0x001C, B), E(0x001F, S), E(0x0020, WS), E(0x0021, ON), E(0x0023, ET), E(0x0026, ON), E(0x002B, ES),
    E(0x002C, CS), E(0x002D, ES), E(0x002E, CS), E(0x0030, EN), E(0x003A, CS), E(0x003B, ON), E(0x0041, L),
    E(0x005B, ON), E(0x0061, L), E(0x007B, ON), E(0x007F, BN), E(0x0085, B), E(0x0086, BN), E(0x00A0, CS),
    E(0x00A1, ON), E(0x00A2, ET), E(0x00A6, ON), E(0x00AA, L), E(0x00AB, ON), E(0x00AD, BN), E(0x00AE, ON),
    E(0x00B0, ET), E(0x00B2, EN), E(0x00B4, ON), E(0x00B5, L), E(0x00B6, ON), E(0x00B9, EN), E(0x00BA, L),
    E(0x00BB, ON), E(0x00C0, L), E(0x00D7, ON), E(0x00D8, L), E(0x00F7, ON), E(0x00F8, L), E(0x02B9, ON),
    E(0x02BB, L), E(0x02C2, ON), E(0x02D0, L), E(0x02D2, ON), E(0x02E0, L), E(0x02E5, ON), E(0x02EE, L),
    E(0x0300, NSM), E(0x0370, L), E(0x0374, ON), E(0x0376, L), E(0x037E, ON), E(0x037F, L), E(0x0483, NSM),
    E(0x048A, L), E(0x0590, R), E(0x0591, NSM), E(0x05BE, R), E(0x05BF, NSM), E(0x05C0, R), E(0x05C1, NSM),
    E(0x05C3, R), E(0x05C4, NSM), E(0x05C6, R), E(0x05C7, NSM), E(0x05C8, R), E(0x0600, AN), E(0x0606, ON),
    E(0x0608, AL), E(0x0609, ET), E(0x060B, AL), E(0x060C, CS), E(0x060D, AL), E(0x060E, ON), E(0x0610, NSM),
    E(0x061B, AL), E(0x064B, NSM), E(0x0660, AN), E(0x066A, ET), E(0x066B, AN), E(0x066D, AL), E(0x0670, NSM),
    E(0x0671, AL), E(0x06D6, NSM), E(0x06DD, AN), E(0x06DE, ON), E(0x06DF, NSM), E(0x06E5, AL), E(0x06E7, NSM),
    E(0x06E9, ON), E(0x06EA, NSM), E(0x06EE, AL), E(0x06F0, EN), E(0x06FA, AL), E(0x0711, NSM), E(0x0712, AL),
    E(0x0730, NSM), E(0x074B, AL), E(0x07A6, NSM), E(0x07B1, AL), E(0x07C0, R), E(0x0860, AL), E(0x08D3, NSM),
    E(0x0900, L), E(0x1680, WS), E(0x1681, L), E(0x2000, WS), E(0x200B, BN), E(0x200E, L), E(0x200F, R),
    E(0x2010, ON), E(0x2028, WS), E(0x2029, B), E(0x202A, BN), E(0x202F, CS), E(0x2030, ET), E(0x2035, ON),
    E(0x2044, CS), E(0x2045, ON), E(0x205F, WS), E(0x2060, BN), E(0x2070, EN), E(0x2071, L), E(0x2074, EN),
    E(0x207A, ES), E(0x207C, ON), E(0x207F, L), E(0x2080, EN), E(0x208A, ES), E(0x208C, ON), E(0x2090, L),
    E(0x20A0, ET), E(0x20D0, NSM), E(0x2100, ON), E(0x2102, L), E(0x2103, ON), E(0x2107, L), E(0x2108, ON),
    E(0x210A, L), E(0x2114, ON), E(0x2115, L), E(0x2116, ON), E(0x2119, L), E(0x211E, ON), E(0x2124, L),
    E(0x2125, ON), E(0x2126, L), E(0x2127, ON), E(0x2128, L), E(0x2129, ON), E(0x212A, L), E(0x212E, ET),
    E(0x212F, L), E(0x213A, ON), E(0x213C, L), E(0x2140, ON), E(0x2145, L), E(0x214A, ON), E(0x214E, L),
    E(0x2150, ON), E(0x2160, L), E(0x2189, ON), E(0x2212, ES), E(0x2213, ET), E(0x2214, ON), E(0x2488, EN),
    E(0x249C, L), E(0x24EA, ON), E(0x2800, L), E(0x2900, ON), E(0x2C00, L), E(0x2CE5, ON), E(0x2CEB, L),
    E(0x2E00, ON), E(0x3000, WS), E(0x3001, ON), E(0x3005, L), E(0x3008, ON), E(0x3021, L), E(0x302A, NSM),
    E(0x302E, L), E(0x3030, ON), E(0x3031, L), E(0x3036, ON), E(0x3038, L), E(0x303D, ON), E(0x3041, L),
    E(0x3099, NSM), E(0x309B, ON), E(0x309D, L), E(0x30A0, ON), E(0x30A1, L), E(0x30FB, ON), E(0x30FC, L),
    E(0xA490, ON), E(0xA4D0, L), E(0xFB1D, R), E(0xFB1E, NSM), E(0xFB1F, R), E(0xFB29, ES), E(0xFB2A, R),
    E(0xFB50, AL), E(0xFD3E, ON), E(0xFD50, AL), E(0xFDFD, ON), E(0xFE00, NSM), E(0xFE10, ON), E(0xFE20, NSM),
    E(0xFE30, ON), E(0xFE50, CS), E(0xFE51, ON), E(0xFE52, CS), E(0xFE54, ON), E(0xFE55, CS), E(0xFE56, ON),
    E(0xFE5F, ET), E(0xFE60, ON), E(0xFE62, ES), E(0xFE64, ON), E(0xFE69, ET), E(0xFE6B, ON), E(0xFE70, AL),
    E(0xFEFF, BN), E(0xFF00, ON), E(0xFF03, ET), E(0xFF06, ON), E(0xFF0B, ES), E(0xFF0C, CS), E(0xFF0D, ES),
    E(0xFF0E, CS), E(0xFF10, EN), E(0xFF1A, CS), E(0xFF1B, ON), E(0xFF21, L), E(0xFF3B, ON), E(0xFF41, L),
    E(0xFF5B, ON), E(0xFF66, L), E(0xFFE0, ET), E(0xFFE2, ON), E(0xFFE5, ET), E(0xFFE8, ON), E(0x10000, L),
    E(0x10800, R), E(0x10D00, AL), E(0x10D24, NSM), E(0x10D30, AN), E(0x10D3A, R), E(0x11000, L),
    E(0x1E800, R), E(0x1EE00, AL), E(0x1EF00, R), E(0x1F000, ON), E(0x1F100, EN), E(0x1F10B, ON),
    E(0x1F110, L), E(0x1F16A, ON), E(0x1F170, L), E(0x1F300, ON), E(0x20000, L), E(0xE0001, BN),
    E(0xE0100, NSM), E(0xE01F0, L),
};

Bidi ClassOf(char32_t cp) {
  const std::uint32_t key = (static_cast<std::uint32_t>(cp) << 4) | 0xF;
  const auto* end = std::end(kBidiRanges);
  const auto* it = std::upper_bound(std::begin(kBidiRanges), end, key);
  return static_cast<Bidi>(*(it - 1) & 0xF);
}

bool IsStrong(Bidi c) { return c == L || c == R || c == AL; }

// ---------------------------------------------------------------------------
// [SECTION] Arabic shaping
// ---------------------------------------------------------------------------
// Presentation forms of the letters U+0621-064A: the isolated form in the FExx block
// (then final, initial, medial follow it) and how the letter joins. 0 = no forms.
enum Joining : std::uint8_t { kNone, kRight, kDual, kCausing };
struct Forms {
  std::uint16_t isolated;
  Joining joining;
};
constexpr Forms kArabic[] = {
    {0xFE80, kNone},  {0xFE81, kRight}, {0xFE83, kRight}, {0xFE85, kRight}, {0xFE87, kRight}, {0xFE89, kDual},
    {0xFE8D, kRight}, {0xFE8F, kDual},  {0xFE93, kRight}, {0xFE95, kDual},  {0xFE99, kDual},  {0xFE9D, kDual},
    {0xFEA1, kDual},  {0xFEA5, kDual},  {0xFEA9, kRight}, {0xFEAB, kRight}, {0xFEAD, kRight}, {0xFEAF, kRight},
    {0xFEB1, kDual},  {0xFEB5, kDual},  {0xFEB9, kDual},  {0xFEBD, kDual},  {0xFEC1, kDual},  {0xFEC5, kDual},
    {0xFEC9, kDual},  {0xFECD, kDual},  {0, kNone},       {0, kNone},       {0, kNone},       {0, kNone},
    {0, kNone},       {0, kCausing},    {0xFED1, kDual},  {0xFED5, kDual},  {0xFED9, kDual},  {0xFEDD, kDual},
    {0xFEE1, kDual},  {0xFEE5, kDual},  {0xFEE9, kDual},  {0xFEED, kRight}, {0xFEEF, kRight}, {0xFEF1, kDual},
};
// Letters of Persian, Urdu and others with forms in Arabic Presentation Forms-A.
struct ExtraForms {
  char32_t letter;
  Forms forms;
};
constexpr ExtraForms kArabicExtra[] = {
    {0x0671, {0xFB50, kRight}}, {0x0679, {0xFB66, kDual}},  {0x067E, {0xFB56, kDual}},  {0x0686, {0xFB7A, kDual}},
    {0x0688, {0xFB88, kRight}}, {0x0691, {0xFB8C, kRight}}, {0x0698, {0xFB8A, kRight}}, {0x06A4, {0xFB6A, kDual}},
    {0x06A9, {0xFB8E, kDual}},  {0x06AD, {0xFBD3, kDual}},  {0x06AF, {0xFB92, kDual}},  {0x06BA, {0xFB9E, kRight}},
    {0x06BE, {0xFBAA, kDual}},  {0x06C1, {0xFBA6, kDual}},  {0x06CC, {0xFBFC, kDual}},  {0x06D2, {0xFBAE, kRight}},
};

Forms FormsOf(char32_t cp) {
  if (cp >= 0x0621 && cp <= 0x064A) return kArabic[cp - 0x0621];
  if (cp == 0x200D) return {0, kCausing};  // zero width joiner
  for (const ExtraForms& e : kArabicExtra)
    if (e.letter == cp) return e.forms;
  return {0, kNone};
}

// Combining marks do not break a join: the letters on either side still connect.
bool IsTransparent(char32_t cp) { return ClassOf(cp) == NSM; }

// The lam-alef ligature for this alef (isolated form; the final form follows it), or 0.
char32_t LamAlef(char32_t alef) {
  switch (alef) {
    case 0x0622: return 0xFEF5;
    case 0x0623: return 0xFEF7;
    case 0x0625: return 0xFEF9;
    case 0x0627: return 0xFEFB;
    default: return 0;
  }
}

// ---------------------------------------------------------------------------
// [SECTION] Reordering a line
// ---------------------------------------------------------------------------
char32_t Mirrored(char32_t cp) {
  static constexpr char32_t kPairs[][2] = {{'(', ')'},     {'[', ']'},     {'{', '}'},     {'<', '>'},
                                           {0xAB, 0xBB},   {0x2039, 0x203A}, {0x2045, 0x2046}, {0x207D, 0x207E},
                                           {0x208D, 0x208E}, {0x2264, 0x2265}, {0x27E8, 0x27E9}, {0x3008, 0x3009},
                                           {0x300A, 0x300B}, {0x300C, 0x300D}, {0xFF08, 0xFF09}};
  for (const auto& p : kPairs) {
    if (cp == p[0]) return p[1];
    if (cp == p[1]) return p[0];
  }
  return cp;
}

// The classes after the weak-type rules W1-W7, for one line.
void ResolveWeak(std::vector<Bidi>& t, Bidi sos) {
  const std::size_t n = t.size();
  Bidi prev = sos;
  for (Bidi& c : t) {  // W1: a mark takes the class of what it is on
    if (c == NSM) c = prev;
    prev = c;
  }
  Bidi strong = sos;
  for (Bidi& c : t) {  // W2, W3
    if (IsStrong(c)) strong = c;
    if (c == EN && strong == AL) c = AN;
  }
  for (Bidi& c : t)
    if (c == AL) c = R;
  for (std::size_t i = 1; i + 1 < n; ++i) {  // W4: 1,5 and 1.5 stay numbers
    if (t[i] == ES && t[i - 1] == EN && t[i + 1] == EN) t[i] = EN;
    else if (t[i] == CS && t[i - 1] == t[i + 1] && (t[i - 1] == EN || t[i - 1] == AN)) t[i] = t[i - 1];
  }
  for (std::size_t i = 0; i < n; ++i) {  // W5: currency and percent signs go with their number
    if (t[i] != ET) continue;
    std::size_t j = i;
    while (j < n && t[j] == ET) ++j;
    if ((i > 0 && t[i - 1] == EN) || (j < n && t[j] == EN)) std::fill(t.begin() + i, t.begin() + j, EN);
    i = j - 1;
  }
  for (Bidi& c : t)  // W6
    if (c == ES || c == ET || c == CS) c = ON;
  strong = sos;
  for (Bidi& c : t) {  // W7
    if (c == L || c == R) strong = c;
    if (c == EN && strong == L) c = L;
  }
}

// Embedding levels after the neutral (N1-N2) and implicit (I1-I2) rules and L1.
std::vector<int> ResolveLevels(std::vector<Bidi> t, const std::vector<Bidi>& original, int base) {
  const std::size_t n = t.size();
  const Bidi dir = base ? R : L;
  auto strong_of = [](Bidi c) { return c == L ? L : (c == R || c == EN || c == AN) ? R : ON; };
  for (std::size_t i = 0; i < n;) {
    if (strong_of(t[i]) != ON) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < n && strong_of(t[j]) == ON) ++j;
    const Bidi before = i == 0 ? dir : strong_of(t[i - 1]);
    const Bidi after = j == n ? dir : strong_of(t[j]);
    std::fill(t.begin() + i, t.begin() + j, before == after ? before : dir);
    i = j;
  }
  std::vector<int> levels(n, base);
  for (std::size_t i = 0; i < n; ++i) {
    if (base == 0) levels[i] = t[i] == R ? 1 : (t[i] == AN || t[i] == EN) ? 2 : 0;
    else levels[i] = t[i] == L || t[i] == EN || t[i] == AN ? 2 : 1;
  }
  // L1: separators, and whitespace before them or at the end, go back to the base level.
  bool trailing = true;
  for (std::size_t k = n; k-- > 0;) {
    const Bidi c = original[k];
    if (c == S || c == B) {
      levels[k] = base;
      trailing = true;
    } else if (trailing && (c == WS || c == BN)) {
      levels[k] = base;
    } else {
      trailing = false;
    }
  }
  return levels;
}

}  // namespace

bool HasRightToLeft(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    // Every right-to-left character is at U+0590 or above: two or more UTF-8 bytes
    // starting at 0xD6.
    if (static_cast<unsigned char>(text[i]) < 0xD6) {
      ++i;
      continue;
    }
    const Bidi c = ClassOf(NextCodePoint(text, &i));
    if (c == R || c == AL || c == AN) return true;
  }
  return false;
}

TextDirection ParagraphDirection(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const Bidi c = ClassOf(NextCodePoint(text, &i));
    if (c == L) return TextDirection::LeftToRight;
    if (c == R || c == AL) return TextDirection::RightToLeft;
  }
  return TextDirection::LeftToRight;
}

std::string ShapeArabic(std::string_view text) {
  const std::u32string in = DecodeUtf8(text);
  // The joining behaviour of the nearest letter before/after i, skipping marks.
  auto neighbour = [&](std::size_t i, int step) -> Joining {
    for (std::size_t k = i; (step < 0 ? k > 0 : k + 1 < in.size());) {
      k = step < 0 ? k - 1 : k + 1;
      if (!IsTransparent(in[k])) return FormsOf(in[k]).joining;
    }
    return kNone;
  };
  std::u32string out;
  out.reserve(in.size());
  for (std::size_t i = 0; i < in.size(); ++i) {
    const Forms f = FormsOf(in[i]);
    if (f.isolated == 0 || f.joining == kNone) {
      out.push_back(f.isolated && f.joining == kNone ? f.isolated : in[i]);
      continue;
    }
    const Joining before = neighbour(i, -1);
    const bool joins_before = before == kDual || before == kCausing;
    if (in[i] == 0x0644 && i + 1 < in.size() && LamAlef(in[i + 1])) {
      out.push_back(LamAlef(in[i + 1]) + (joins_before ? 1 : 0));
      ++i;
      continue;
    }
    const Joining after = neighbour(i, +1);
    const bool joins_after = f.joining == kDual && after != kNone;
    const int form = joins_before ? (joins_after ? 3 : 1) : (joins_after ? 2 : 0);
    out.push_back(f.isolated + static_cast<char32_t>(form));
  }
  return EncodeUtf8(out);
}

std::string VisualOrder(std::string_view line, TextDirection paragraph) {
  std::u32string cps = DecodeUtf8(line);
  // Invisible format characters (marks, joiners, embedding controls) take no part
  // beyond their class, and are not drawn.
  std::vector<Bidi> types;
  std::u32string kept;
  types.reserve(cps.size());
  for (char32_t cp : cps) {
    const Bidi c = ClassOf(cp);
    if (c == BN) continue;
    types.push_back(c);
    kept.push_back(cp);
  }
  const int base = paragraph == TextDirection::RightToLeft ? 1 : 0;
  std::vector<Bidi> resolved = types;
  ResolveWeak(resolved, base ? R : L);
  const std::vector<int> levels = ResolveLevels(resolved, types, base);

  // L2: from the highest level down to the lowest odd one, reverse every run at that
  // level or above. Order is a permutation of the kept characters.
  std::vector<std::size_t> order(kept.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  const int highest = levels.empty() ? 0 : *std::max_element(levels.begin(), levels.end());
  for (int level = highest; level >= 1; --level) {
    for (std::size_t i = 0; i < order.size();) {
      if (levels[order[i]] < level) {
        ++i;
        continue;
      }
      std::size_t j = i;
      while (j < order.size() && levels[order[j]] >= level) ++j;
      std::reverse(order.begin() + i, order.begin() + j);
      i = j;
    }
  }
  std::u32string out;
  out.reserve(kept.size());
  for (std::size_t i = 0; i < order.size(); ++i) {
    const std::size_t k = order[i];
    const bool odd = levels[k] % 2 == 1;
    // A reversed run puts a letter's combining marks before it; draw the letter first.
    if (odd && types[k] == NSM) {
      std::size_t j = i;
      while (j < order.size() && types[order[j]] == NSM && levels[order[j]] % 2 == 1) ++j;
      if (j < order.size()) out.push_back(kept[order[j]]);
      for (std::size_t m = j; m-- > i;) out.push_back(kept[order[m]]);
      i = j;
      continue;
    }
    if (types[k] == L && (kept[k] == 0x200E)) continue;  // LRM: no glyph
    if (kept[k] == 0x200F || kept[k] == 0x061C) continue;  // RLM, ALM
    out.push_back(odd ? Mirrored(kept[k]) : kept[k]);
  }
  return EncodeUtf8(out);
}

}  // namespace skillscope
