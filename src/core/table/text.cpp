#include "core/table/text.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>

#include "core/framework/loader.h"
#include "core/json/input.h"
#include "core/text/messages.h"

namespace skillscope {
namespace {

// Windows-1252 bytes 0x80-0x9F (from 0xA0 up a byte's value is its code point, as in
// Latin-1). 0 marks the five bytes that are no character at all.
constexpr std::uint16_t kWindows1252From0x80[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// How much of a file without a byte order mark is looked at for UTF-16's zero bytes.
constexpr std::size_t kUtf16SampleBytes = 4096;

// Tables reach 5 MB, and each byte is looked at several times; these scans test eight
// bytes at once and look closer only where a word holds something of interest.
constexpr std::uint64_t kEachByte = 0x0101010101010101u;
constexpr std::uint64_t kHighBits = 0x8080808080808080u;

// Eight bytes from i (memcpy compiles to one load; the byte order does not matter here).
std::uint64_t Word(std::string_view text, std::size_t i) {
  std::uint64_t w;
  std::memcpy(&w, text.data() + i, sizeof w);
  return w;
}

// A byte < 0x20 or = 0x7F somewhere in the word (may say so of a byte >= 0x80 too).
bool MayHoldControl(std::uint64_t w) {
  const std::uint64_t below_space = (w - 0x20 * kEachByte) & ~w & kHighBits;
  const std::uint64_t del = ((w ^ (0x7F * kEachByte)) - kEachByte) & ~(w ^ (0x7F * kEachByte)) & kHighBits;
  return (below_space | del) != 0;
}

bool IsAscii(std::string_view bytes) {
  std::size_t i = 0;
  for (; i + 8 <= bytes.size(); i += 8)
    if (Word(bytes, i) & kHighBits) return false;
  for (; i < bytes.size(); ++i)
    if (static_cast<unsigned char>(bytes[i]) >= 0x80) return false;
  return true;
}

void AppendUtf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::string Hex(unsigned char byte) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "0x%02X", static_cast<unsigned>(byte));
  return buf;
}

// The line a position in text is on, for a person looking at it in an editor: digits
// only, as editors number lines.
std::string LineAt(std::string_view text, std::size_t position) {
  std::size_t line = 1;
  for (std::size_t i = 0; i < position && i < text.size(); ++i)
    if (text[i] == '\n') ++line;
  return std::to_string(line);
}

struct Decoded {
  std::string text;
  std::string error;  // what in the bytes does not fit the encoding
};

Decoded FromUtf8(std::string_view bytes) {
  if (const std::size_t bad = IsAscii(bytes) ? std::string_view::npos : FindInvalidUtf8(bytes);
      bad != std::string_view::npos)
    return {"", Tr(MSG("table.text.byte_not_utf8"), Hex(static_cast<unsigned char>(bytes[bad])), LineAt(bytes, bad))};
  return {std::string(bytes), ""};
}

Decoded FromWindows1252(std::string_view bytes) {
  Decoded out;
  out.text.reserve(bytes.size() + bytes.size() / 8);
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    const auto byte = static_cast<unsigned char>(bytes[i]);
    std::uint32_t cp = byte;
    if (byte >= 0x80 && byte <= 0x9F) {
      cp = kWindows1252From0x80[byte - 0x80];
      if (cp == 0)
        return {"", Tr(MSG("table.text.byte_not_windows1252"), Hex(byte), LineAt(bytes, i))};
    }
    AppendUtf8(out.text, cp);
  }
  return out;
}

Decoded FromUtf16(std::string_view bytes, bool big_endian) {
  if (bytes.size() % 2 != 0) return {"", Tr(MSG("table.text.odd_byte_count"))};
  Decoded out;
  out.text.reserve(bytes.size());
  auto unit = [&](std::size_t i) {
    const auto a = static_cast<unsigned char>(bytes[i]), b = static_cast<unsigned char>(bytes[i + 1]);
    return static_cast<std::uint32_t>(big_endian ? (a << 8 | b) : (b << 8 | a));
  };
  for (std::size_t i = 0; i < bytes.size(); i += 2) {
    std::uint32_t cp = unit(i);
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 3 < bytes.size() && unit(i + 2) >= 0xDC00 && unit(i + 2) <= 0xDFFF) {
      cp = 0x10000 + ((cp - 0xD800) << 10) + (unit(i + 2) - 0xDC00);
      i += 2;
    } else if (cp >= 0xD800 && cp <= 0xDFFF) {
      return {"", Tr(MSG("table.text.lone_surrogate"), LineAt(out.text, out.text.size()))};
    }
    AppendUtf8(out.text, cp);
  }
  return out;
}

Decoded Decode(std::string_view bytes, TextEncoding encoding) {
  switch (encoding) {
    case TextEncoding::kUtf8: return FromUtf8(bytes);
    case TextEncoding::kUtf16Le: return FromUtf16(bytes, false);
    case TextEncoding::kUtf16Be: return FromUtf16(bytes, true);
    case TextEncoding::kWindows1252: return FromWindows1252(bytes);
  }
  return {"", Tr(MSG("table.text.unknown_encoding"))};
}

// Files people pick by mistake, recognised by their first bytes, with what to do instead.
std::string KnownBinaryFile(std::string_view bytes) {
  auto starts = [&](std::string_view magic) { return bytes.substr(0, magic.size()) == magic; };
  if (starts(std::string_view("PK\x03\x04", 4))) return Tr(MSG("table.text.zip_file"));
  if (starts("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) return Tr(MSG("table.text.old_office_file"));
  if (starts("%PDF-")) return Tr(MSG("table.text.pdf_file"));
  return "";
}

struct Utf16Guess {
  bool found = false;
  bool big_endian = false;
  bool sure = false;
};

// UTF-16 has a zero in the high half of every ASCII character (tabs, line breaks, Latin
// letters). Zeros on one side only, in at least half of the characters, is no accident;
// on one side only but fewer (text in another script, with ASCII only between cells) is
// still UTF-16 more likely than not, but a guess.
Utf16Guess Utf16ByZeroBytes(std::string_view bytes) {
  const std::size_t n = std::min(bytes.size(), kUtf16SampleBytes) & ~std::size_t{1};
  if (n < 4 || bytes.size() % 2 != 0) return {};
  std::size_t zero_even = 0, zero_odd = 0;
  for (std::size_t i = 0; i < n; i += 2) {
    zero_even += bytes[i] == '\0';
    zero_odd += bytes[i + 1] == '\0';
  }
  const std::size_t characters = n / 2;
  if (zero_even == 0 && zero_odd > 0) return {true, false, zero_odd * 2 >= characters};
  if (zero_odd == 0 && zero_even > 0) return {true, true, zero_even * 2 >= characters};
  return {};
}

// A control character other than tab, line feed and carriage return: text files have none.
std::size_t FindControlCharacter(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    if (i + 8 <= text.size() && !MayHoldControl(Word(text, i))) {
      i += 8;
      continue;
    }
    for (const std::size_t end = std::min(i + 8, text.size()); i < end; ++i) {
      const auto c = static_cast<unsigned char>(text[i]);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) return i;
    }
  }
  return std::string_view::npos;
}

// `as_utf8`: measured once decoded from another encoding, not as the bytes were given.
std::string TooLarge(std::size_t bytes, bool as_utf8) {
  return as_utf8 ? Tr(MSG("table.text.too_large_as_utf8"), HumanSize(bytes), HumanSize(kMaxFrameworkBytes))
                 : Tr(MSG("table.text.too_large"), HumanSize(bytes), HumanSize(kMaxFrameworkBytes));
}


}  // namespace

const char* TextEncodingName(TextEncoding encoding) {
  switch (encoding) {
    case TextEncoding::kUtf8: return "UTF-8";
    case TextEncoding::kUtf16Le: return "UTF-16 LE";
    case TextEncoding::kUtf16Be: return "UTF-16 BE";
    case TextEncoding::kWindows1252: return "Windows-1252";
  }
  return "?";
}

std::string TableText::EncodingLabel() const {
  std::string label = byte_order_mark ? Tr(MSG("table.text.encoding_with_bom"), TextEncodingName(encoding))
                                      : std::string(TextEncodingName(encoding));
  return sure ? label : Tr(MSG("table.text.encoding_guessed"), label);
}

TableText DecodeTableText(std::string_view bytes, std::optional<TextEncoding> forced) {
  TableText out;
  // UTF-16 takes two bytes for what UTF-8 says in one, so the raw limit is twice the text limit;
  // the text itself is measured again once decoded.
  if (bytes.size() > 2 * kMaxFrameworkBytes) {
    out.error = TooLarge(bytes.size(), false);
    return out;
  }
  if (std::string known = KnownBinaryFile(bytes); !known.empty()) {
    out.error = known;
    return out;
  }

  std::size_t bom = 0;
  std::optional<TextEncoding> marked;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") marked = TextEncoding::kUtf8, bom = 3;
  else if (bytes.substr(0, 2) == "\xFF\xFE") marked = TextEncoding::kUtf16Le, bom = 2;
  else if (bytes.substr(0, 2) == "\xFE\xFF") marked = TextEncoding::kUtf16Be, bom = 2;

  Decoded decoded;
  if (forced) {
    out.encoding = *forced;
    out.byte_order_mark = marked == forced;
    out.why = Tr(MSG("table.text.why_picked"));
    decoded = Decode(bytes.substr(out.byte_order_mark ? bom : 0), *forced);
    if (!decoded.error.empty())
      decoded.error = Tr(MSG("table.text.cannot_read_as"), TextEncodingName(*forced), decoded.error);
  } else if (marked) {
    out.encoding = *marked;
    out.byte_order_mark = true;
    out.why = Tr(MSG("table.text.why_bom"), TextEncodingName(*marked));
    decoded = Decode(bytes.substr(bom), *marked);
    if (!decoded.error.empty())
      decoded.error = Tr(MSG("table.text.bom_but"), TextEncodingName(*marked), decoded.error);
  } else if (const Utf16Guess utf16 = Utf16ByZeroBytes(bytes); utf16.found) {
    out.encoding = utf16.big_endian ? TextEncoding::kUtf16Be : TextEncoding::kUtf16Le;
    out.sure = utf16.sure;
    out.why = utf16.sure ? Tr(MSG("table.text.why_utf16_zero_bytes"), TextEncodingName(out.encoding))
                         : Tr(MSG("table.text.why_utf16_guess"), TextEncodingName(out.encoding));
    decoded = Decode(bytes, out.encoding);
    if (!decoded.error.empty())
      decoded.error = Tr(MSG("table.text.looks_like_but"), TextEncodingName(out.encoding), decoded.error);
  } else if (const std::size_t zero = bytes.find('\0'); zero != std::string_view::npos) {
    out.error = Tr(MSG("table.text.zero_bytes"), LineAt(bytes, zero));
    return out;
  } else if (decoded = FromUtf8(bytes); decoded.error.empty()) {
    out.why = IsAscii(bytes) ? Tr(MSG("table.text.why_ascii")) : Tr(MSG("table.text.why_utf8"));
  } else {
    const std::string not_utf8 = decoded.error;
    out.encoding = TextEncoding::kWindows1252;
    out.sure = false;
    decoded = FromWindows1252(bytes);
    if (!decoded.error.empty()) {
      out.error = Tr(MSG("table.text.encoding_not_recognised"), not_utf8, decoded.error);
      return out;
    }
    out.why = Tr(MSG("table.text.why_windows1252"), not_utf8);
  }
  if (!decoded.error.empty()) {
    out.error = decoded.error;
    return out;
  }

  std::string& text = decoded.text;
  while (!text.empty() && text.back() == '\x1A') text.pop_back();  // old DOS end-of-file mark
  if (const std::size_t control = FindControlCharacter(text); control != std::string::npos) {
    out.error = Tr(MSG("table.text.control_character"), Hex(static_cast<unsigned char>(text[control])),
                   LineAt(text, control));
    return out;
  }
  if (text.size() > kMaxFrameworkBytes) {
    out.error = TooLarge(text.size(), out.encoding != TextEncoding::kUtf8);
    return out;
  }
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
    out.error = Tr(MSG("table.empty"));
    return out;
  }
  out.text = std::move(text);
  return out;
}

}  // namespace skillscope
