#pragma once
// Reads fields out of untrusted JSON with type checks, and collects every problem as
// "path: message" instead of throwing. Shared by the framework and profile loaders.
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace skillscope {

struct Problem {
  std::string path;  // JSON path, empty for the document itself
  std::string message;
  std::string ToString() const { return path.empty() ? message : path + ": " + message; }
};

class JsonReader {
 public:
  static constexpr std::size_t kMaxProblems = 50;
  static constexpr std::size_t kMaxTextChars = 20000;

  std::vector<Problem>& problems() { return problems_; }
  bool ok() const { return problems_.empty(); }
  void Report(const std::string& path, const std::string& message);

  // `value` must be an object whose fields are all in `known` (or start with "x-").
  // Unknown fields are reported, with the likely meant name for near misses.
  bool Object(const nlohmann::json& value, const std::string& path, std::initializer_list<const char*> known);

  // A text field: a non-blank string of at most kMaxTextChars characters.
  // Missing is an error only when required. Returns the text when valid.
  std::optional<std::string> Text(const nlohmann::json& object, const std::string& path, const char* key,
                                  bool required);
  // A text value at a path (array element, etc.).
  std::optional<std::string> TextValue(const nlohmann::json& value, const std::string& path,
                                       const char* what = "text");
  // An optional array of texts (max_items elements at most).
  std::vector<std::string> TextList(const nlohmann::json& object, const std::string& path, const char* key,
                                    std::size_t max_items);
  // An integer field within [min, max].
  std::optional<long long> Integer(const nlohmann::json& object, const std::string& path, const char* key,
                                   bool required, long long min, long long max);

  // The field's value if present (nullptr otherwise); reports a missing required one.
  const nlohmann::json* Field(const nlohmann::json& object, const std::string& path, const char* key,
                              bool required);

 private:
  std::vector<Problem> problems_;
};

// Checks a document's "format" marker before anything else, so a profile opened as a
// framework (or any other JSON) gets one clear message instead of a dozen about missing
// fields. Returns "" when it matches; else "not a skillscope <what>: expected ...",
// with `other_hint` added when the marker is `other_format`.
std::string FormatMismatch(const nlohmann::json& doc, const std::string& expected, const std::string& what,
                           const std::string& other_format, const std::string& other_hint);

// Damerau-free Levenshtein distance, for "did you mean" suggestions.
std::size_t EditDistance(const std::string& a, const std::string& b);
// Characters (code points) in a UTF-8 string.
std::size_t Utf8Length(const std::string& s);

}  // namespace skillscope
