#pragma once
// Share links: a whole profile after "#p=" in the app's address, as base64url of its
// raw-DEFLATE-compressed UTF-8 JSON (the browser's CompressionStream("deflate-raw")
// makes them). Decoding happens here, not in the browser, so that it is bounded, strict
// and tested: base64url, then inflate stopping at the profile size limit, then UTF-8.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/profile/json.h"

namespace skillscope {

// Links longer than this break in chat programs and e-mail; a file is better then.
inline constexpr std::size_t kMaxShareLinkChars = 8000;

struct ShareLinkText {
  bool ok = false;
  std::string text;     // when ok: the profile's JSON text (valid UTF-8, not yet checked as a profile)
  std::string message;  // when not: a sentence for the person, e.g. "The link is damaged: ..."
};

// The part of a page address's fragment that holds the profile: "#p=<payload>" (or
// "p=<payload>") gives <payload>; any other fragment is not a share link (nullopt).
std::optional<std::string_view> ShareLinkPayload(std::string_view fragment);

// Decodes a payload into the profile's text. Never reads past the payload, and never
// produces more than `max_bytes` of text: a link that inflates past it is refused.
ShareLinkText DecodeShareLink(std::string_view payload, std::size_t max_bytes = kMaxProfileBytes);

// base64url (RFC 4648 section 5, "=" padding optional) to bytes. Returns "" and fills
// `bytes`, or says what is wrong, e.g. "character 17 of the encoded profile is \"%\",
// which base64url does not use" (characters counted from 1, after "#p=").
std::string DecodeBase64Url(std::string_view text, std::string* bytes);

}  // namespace skillscope
