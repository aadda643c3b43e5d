#pragma once
// Reads fields out of untrusted JSON with type checks, and collects every problem as
// "path: message" instead of throwing. Shared by the framework and profile loaders:
// each kind of value (bounded list, choice from a fixed set, free text, id, level key,
// timestamp) has one reader method here, so it has one wording in every file.
//
// Messages are in the person's language (core/text/messages.h). The words callers pass
// in for them (`what`, `required_as`) are theirs to translate; JSON paths and field
// names are shown as they are in the file.
//
// Sections
//   [SECTION] Problems and their messages
//   [SECTION] Objects and fields
//   [SECTION] Lists
//   [SECTION] Texts, ids and timestamps
//   [SECTION] Numbers, levels and choices
//   [SECTION] Helpers shared with the loaders
#include <cstddef>
#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/json/input.h"
#include "core/text/messages.h"

namespace skillscope {

struct Problem {
  std::string path;  // JSON path, empty for the document itself
  std::string message;
  std::string ToString() const { return path.empty() ? message : path + ": " + message; }
};

// Which level numbers an object key may name (see JsonReader::LevelKey).
struct LevelScale {
  std::function<bool(int)> contains;
  std::string description;  // completes "level 9 is not on ...", e.g. "this framework's scale (1-5)"
};
// Any level a scale may have at all (0-99), for keys read before a scale is known.
LevelScale AnyLevelScale();

class JsonReader {
 public:
  static constexpr std::size_t kMaxProblems = 50;
  static constexpr std::size_t kMaxTextChars = 20000;

  // [SECTION] Problems and their messages
  std::vector<Problem>& problems() { return problems_; }
  bool ok() const { return problems_.empty(); }
  void Report(const std::string& path, const std::string& message);
  // Every problem as "<prefix><path>: <message>", and a last line when the list was cut
  // at kMaxProblems.
  std::vector<std::string> Messages(const std::string& prefix) const;

  // [SECTION] Objects and fields
  // `value` must be an object whose fields are all in `known` (or start with "x-").
  // Unknown fields are reported, with the likely meant name for near misses.
  bool Object(const nlohmann::json& value, const std::string& path, std::initializer_list<const char*> known);
  // The field's value if present (nullptr otherwise); reports a missing required one.
  const nlohmann::json* Field(const nlohmann::json& object, const std::string& path, const char* key,
                              bool required);
  // The same in a document the caller owns and may take texts out of (TakeTextItem).
  nlohmann::json* Field(nlohmann::json& object, const std::string& path, const char* key, bool required) {
    return const_cast<nlohmann::json*>(Field(std::as_const(object), path, key, required));
  }

  // [SECTION] Lists
  // An array of at most `max_items` items (and at least one with `non_empty`); `what`
  // names the items, in the plural: "expected a list of ratings, found an object",
  // "1001 ratings is more than the limit of 1000". Returns the array, or nullptr after
  // reporting.
  const nlohmann::json* List(const nlohmann::json& value, const std::string& path, const char* what,
                             std::size_t max_items, bool non_empty = false);
  nlohmann::json* List(nlohmann::json& value, const std::string& path, const char* what, std::size_t max_items,
                       bool non_empty = false) {
    return const_cast<nlohmann::json*>(List(std::as_const(value), path, what, max_items, non_empty));
  }
  // The same for a field of `object`; a missing optional field gives nullptr quietly.
  const nlohmann::json* ListField(const nlohmann::json& object, const std::string& path, const char* key,
                                  const char* what, std::size_t max_items, bool required, bool non_empty = false);
  nlohmann::json* ListField(nlohmann::json& object, const std::string& path, const char* key, const char* what,
                            std::size_t max_items, bool required, bool non_empty = false) {
    return const_cast<nlohmann::json*>(
        ListField(std::as_const(object), path, key, what, max_items, required, non_empty));
  }
  // An optional list of non-blank texts.
  std::vector<std::string> TextList(const nlohmann::json& object, const std::string& path, const char* key,
                                    const char* what, std::size_t max_items);

  // [SECTION] Texts, ids and timestamps
  // A text field: a non-blank string of at most kMaxTextChars characters.
  // Missing is an error only when required. Returns the text when valid.
  std::optional<std::string> Text(const nlohmann::json& object, const std::string& path, const char* key,
                                  bool required);
  // A text value at a path (array element, etc.). `what` names it as the subject of the
  // messages, "statement is empty"; nullptr names it "text".
  std::optional<std::string> TextValue(const nlohmann::json& value, const std::string& path,
                                       const char* what = nullptr);
  // The same for item `index` of the list at `list_path`: its path is worked out only for
  // a message (a large framework has tens of thousands of statements, nearly all fine).
  std::optional<std::string> TextItem(const nlohmann::json& value, const std::string& list_path, std::size_t index,
                                      const char* what = nullptr);
  // TextItem that moves a valid text out of `value` instead of copying it: for the
  // largest lists (a framework's statements, megabytes of text), whose document is
  // dropped after reading.
  std::optional<std::string> TakeTextItem(nlohmann::json& value, const std::string& list_path, std::size_t index,
                                          const char* what = nullptr);
  // Text a person wrote (names, notes): any string of at most `max_chars` characters;
  // missing gives "". Control characters other than tab and line breaks are dropped:
  // they have no place in such text. With `required_as`, a missing or blank text is
  // reported as "<required_as> is missing or empty".
  std::string FreeText(const nlohmann::json& object, const std::string& path, const char* key,
                       std::size_t max_chars, const char* required_as = nullptr);
  // An id that names storage keys and links (json/value_formats.h IdProblem). `what` names it
  // in messages: "the profile id is missing or empty", "the profile id contains \"/\"".
  std::optional<std::string> Id(const nlohmann::json& object, const std::string& path, const char* key,
                                const char* what, std::size_t max_chars);
  // A required framework id (json/value_formats.h IsFrameworkId).
  std::optional<std::string> FrameworkId(const nlohmann::json& object, const std::string& path, const char* key);
  // An optional content hash: "sha256:<64 hex>", or "" for one not known.
  std::string ContentHash(const nlohmann::json& object, const std::string& path, const char* key);
  // An optional ISO 8601 date or date and time (json/value_formats.h IsIsoTimestamp); "" when missing.
  std::string Timestamp(const nlohmann::json& object, const std::string& path, const char* key);

  // [SECTION] Numbers, levels and choices
  // An integer field within [min, max].
  std::optional<long long> Integer(const nlohmann::json& object, const std::string& path, const char* key,
                                   bool required, long long min, long long max);
  // A level number written as an object key: "1", "12"; not "01", "+1" or "1.0". A
  // number that is not on `scale` is reported as "level 100 is not on <description>".
  std::optional<int> LevelKey(const std::string& key, const std::string& path, const LevelScale& scale);
  // One of a fixed set of strings: the index in `allowed`, or nullopt after reporting
  // "expected one of "a", "b", found ...".
  std::optional<std::size_t> Choice(const nlohmann::json& value, const std::string& path,
                                    const std::vector<const char*>& allowed);
  // Choice over an enum's values, named by their ToString().
  template <typename Enum, std::size_t N>
  std::optional<Enum> EnumValue(const nlohmann::json& value, const std::string& path, const Enum (&values)[N]) {
    std::vector<const char*> names;
    for (Enum v : values) names.push_back(ToString(v));
    const auto index = Choice(value, path, names);
    return index ? std::optional<Enum>(values[*index]) : std::nullopt;
  }
  template <typename Enum, std::size_t N>
  std::optional<Enum> EnumField(const nlohmann::json& object, const std::string& path, const char* key,
                                const Enum (&values)[N], bool required) {
    const nlohmann::json* v = Field(object, path, key, required);
    return v ? EnumValue(*v, JsonPathMember(path, key), values) : std::nullopt;
  }

 private:
  std::vector<Problem> problems_;
};

// [SECTION] Helpers shared with the loaders

// Checks a document's "format" marker before anything else, so a profile opened as a
// framework (or any other JSON) gets one clear message instead of a dozen about missing
// fields. Returns "" when it matches; else `not_this_kind` ("not a skillscope profile:
// expected \"format\": \"{0}\", found {1}") with what was found, and `other_hint` added
// to that when the marker is `other_format`.
std::string FormatMismatch(const nlohmann::json& doc, const std::string& expected, MessageKey not_this_kind,
                           const std::string& other_format, const std::string& other_hint);

// Damerau-free Levenshtein distance, for "did you mean" suggestions.
std::size_t EditDistance(const std::string& a, const std::string& b);
// Characters (code points) in a UTF-8 string.
std::size_t Utf8Length(std::string_view s);
// A JSON value as it would appear in the file, for "found ..." in messages.
std::string QuoteJson(const nlohmann::json& value);

}  // namespace skillscope
