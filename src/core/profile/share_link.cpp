#include "core/profile/share_link.h"

#include <cstdio>

#include "core/profile/inflate.h"
#include "core/json/input.h"
#include "core/text/messages.h"

namespace skillscope {
namespace {

int Base64UrlValue(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '-') return 62;
  if (c == '_') return 63;
  return -1;
}

// How a character that has no place in a link is shown: "%", or its code point.
std::string ShowCharacter(std::string_view text, std::size_t at) {
  const unsigned char c = static_cast<unsigned char>(text[at]);
  if (c > 0x20 && c < 0x7F) return std::string("\"") + static_cast<char>(c) + "\"";
  if (c < 0x80) {
    char code[16];
    std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
    return code;
  }
  return Tr(MSG("profile.link.non_ascii_character"));
}

}  // namespace

std::optional<std::string_view> ShareLinkPayload(std::string_view fragment) {
  if (!fragment.empty() && fragment.front() == '#') fragment.remove_prefix(1);
  if (fragment.substr(0, 2) != "p=") return std::nullopt;
  return fragment.substr(2);
}

std::string DecodeBase64Url(std::string_view text, std::string* bytes) {
  bytes->clear();
  // Padding is optional; up to two "=" may end the text.
  std::size_t end = text.size();
  for (int i = 0; i < 2 && end > 0 && text[end - 1] == '='; ++i) --end;
  std::uint32_t bits = 0;
  int held = 0;
  for (std::size_t i = 0; i < end; ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    const int value = Base64UrlValue(c);
    // Every character before this one was ASCII, so its byte position is its character position.
    if (value < 0)
      return Tr(MSG("profile.link.bad_character"), std::to_string(i + 1), ShowCharacter(text, i));
    bits = (bits << 6) | static_cast<std::uint32_t>(value);
    held += 6;
    if (held >= 8) {
      held -= 8;
      bytes->push_back(static_cast<char>((bits >> held) & 0xFFu));
    }
  }
  // Four characters make three bytes; a lone last character holds less than a byte.
  if (end % 4 == 1) return Tr(MSG("profile.link.ends_mid_byte"));
  return "";
}

ShareLinkText DecodeShareLink(std::string_view payload, std::size_t max_bytes) {
  ShareLinkText out;
  if (payload.empty()) {
    out.message = Tr(MSG("profile.link.no_profile"));
    return out;
  }
  std::string compressed;
  if (const std::string problem = DecodeBase64Url(payload, &compressed); !problem.empty()) {
    out.message = Tr(MSG("profile.link.damaged"), problem);
    return out;
  }
  InflateResult inflated = InflateRaw(compressed, max_bytes);
  switch (inflated.status) {
    case InflateStatus::Ok: break;
    case InflateStatus::TooLarge:
      out.message = Tr(MSG("profile.link.too_large"), HumanSize(max_bytes));
      return out;
    case InflateStatus::Truncated:
      out.message = Tr(MSG("profile.link.cut_off"), inflated.problem);
      return out;
    case InflateStatus::Invalid:
      out.message = Tr(MSG("profile.link.does_not_decompress"), inflated.problem);
      return out;
  }
  if (const std::size_t bad = FindInvalidUtf8(inflated.output); bad != std::string::npos) {
    out.message = Tr(MSG("profile.link.not_utf8"), std::to_string(bad + 1), std::to_string(inflated.output.size()));
    return out;
  }
  if (inflated.output.empty()) {
    out.message = Tr(MSG("profile.link.empty_profile"));
    return out;
  }
  out.ok = true;
  out.text = std::move(inflated.output);
  return out;
}

}  // namespace skillscope
