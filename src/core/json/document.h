#pragma once
// The first steps of reading any skillscope file that arrives from outside (a profile,
// a review, a framework): parse it within its size and depth limits, check it is an
// object and says which kind of file it is. One place, so every kind words its first
// messages alike.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/json/input.h"
#include "core/text/messages.h"

namespace skillscope {

struct DocumentKind {
  std::size_t max_bytes = 0;
  std::string format;        // the "format" marker it must carry: "skillscope-profile"
  std::string other_format;  // the kind most often sent by mistake ...
  std::string other_hint;    // ... and what to do with it: "this is a profile; import it with Import profile"
  // The messages naming the kind, whole (languages word "a profile" and "a review" apart):
  MessageKey not_an_object{};  // "expected a profile (a JSON object) at the top level, found {0}"
  MessageKey not_this_kind{};  // "not a skillscope profile: expected \"format\": \"{0}\", found {1}"
};

// Parses `text` as a document of `kind`. On a problem, adds "<prefix><what>" to
// `errors` and returns nothing.
std::optional<nlohmann::json> OpenDocument(std::string_view text, const std::string& prefix, const DocumentKind& kind,
                                           std::vector<std::string>& errors);

// A profile's or a review's "schemaVersion": 1 up to `readable`. A newer one is refused
// with `too_new` ("this profile was saved by a newer skillscope (schema version {0};
// this app reads up to {1}) ..."); a missing or broken one is said as such.
std::optional<int> ReadSchemaVersion(const nlohmann::json& doc, const std::string& prefix, MessageKey too_new,
                                     int readable, std::vector<std::string>& errors);

}  // namespace skillscope
