#pragma once
// Reading JSON that a person handed us (a framework file, a profile, stored data):
// never trust it. Size, UTF-8, nesting depth and duplicate keys are checked before or
// while parsing, and every problem becomes a message, never a crash or an abort.
#include <cstddef>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace skillscope {

struct JsonLimits {
  std::size_t max_bytes = 5u * 1024u * 1024u;
  int max_depth = 64;
};

struct ParsedJson {
  nlohmann::json value;
  std::string error;  // empty on success; otherwise says what and where
  bool ok() const { return error.empty(); }
};

ParsedJson ParseUntrustedJson(std::string_view text, const JsonLimits& limits = {});
// The same answer from nlohmann's reader alone. ParseUntrustedJson reads valid text with
// a faster reader of its own (json/fast_parser.h) and only the rest with this; tests
// compare the two.
ParsedJson ParseUntrustedJsonWithNlohmann(std::string_view text, const JsonLimits& limits = {});

// Text this app wrote or has checked already (a framework's canonical JSON): parsed
// without those checks, by the same fast reader. A discarded value when it is not JSON.
nlohmann::json ParseKnownJson(std::string_view text);

// "1.2 MB", "830 KB", "12 bytes", in the person's language ("1,2 Mo").
std::string HumanSize(std::size_t bytes);
// The same for the browser's storage figures, which reach hundreds of GB ("120 GB").
std::string HumanStorageSize(double bytes);

// "the file is 5.01 MB; the limit is 5.0 MB" for a file over a size limit: the sizes are
// shown with as many digits as it takes for them to differ (down to exact byte counts,
// "5,242,881 bytes"), so the message never reads as if the file were within the limit.
// `size` is expected to be above `limit`.
std::string TooLargeMessage(std::size_t size, std::size_t limit);

// Byte offset of the first invalid UTF-8 sequence, or npos when the text is valid.
std::size_t FindInvalidUtf8(std::string_view text);

// JSON paths in messages: Member("skills") then Index(2) then Member("9") gives
// skills[2].levels["9"]-style text. Keys that are not plain identifiers are quoted.
std::string JsonPathMember(const std::string& parent, const std::string& key);
std::string JsonPathIndex(const std::string& parent, std::size_t index);

// "a string", "a number", "an object"...: what a JSON value is, for messages (in the
// person's language; null, true and false as JSON writes them).
std::string DescribeJsonType(const nlohmann::json& value);
// Whether `doc` is an object whose "format" is the text `format`. Never throws: a
// hostile file's "format" may be any JSON value (json::value would throw on a number).
bool HasFormat(const nlohmann::json& doc, std::string_view format);

}  // namespace skillscope
