#include "core/json_reader.h"

#include <algorithm>

#include "core/json_input.h"

namespace skillscope {
using nlohmann::json;

std::size_t EditDistance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      const char x = static_cast<char>(std::tolower(static_cast<unsigned char>(a[i - 1])));
      const char y = static_cast<char>(std::tolower(static_cast<unsigned char>(b[j - 1])));
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (x == y ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

std::size_t Utf8Length(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

std::string FormatMismatch(const json& doc, const std::string& expected, const std::string& what,
                           const std::string& other_format, const std::string& other_hint) {
  const auto format = doc.find("format");
  if (format != doc.end() && format->is_string() && format->get<std::string>() == expected) return "";
  std::string found = format == doc.end() ? std::string("no \"format\" field")
                                          : "format " + format->dump(-1, ' ', false, json::error_handler_t::replace);
  if (format != doc.end() && format->is_string() && format->get<std::string>() == other_format)
    found += " (" + other_hint + ")";
  return "not a skillscope " + what + ": expected \"format\": \"" + expected + "\", found " + found;
}

void JsonReader::Report(const std::string& path, const std::string& message) {
  if (problems_.size() < kMaxProblems) problems_.push_back({path, message});
}

bool JsonReader::Object(const json& value, const std::string& path, std::initializer_list<const char*> known) {
  if (!value.is_object()) {
    Report(path, "expected an object, found " + DescribeJsonType(value));
    return false;
  }
  for (const auto& item : value.items()) {
    const std::string& key = item.key();
    if (key.rfind("x-", 0) == 0) continue;
    // Known fields first: the suggestions below are for unknown ones only (measuring
    // distances for every field was a fifth of importing 50 large profiles).
    if (std::any_of(known.begin(), known.end(), [&](const char* k) { return key == k; })) continue;
    std::string suggestion;
    std::size_t best = 3;  // suggest only close misses (up to 2 edits)
    for (const char* k : known) {
      const std::size_t d = EditDistance(key, k);
      if (d < best) {
        best = d;
        suggestion = k;
      }
    }
    const std::string quoted = json(key).dump(-1, ' ', false, json::error_handler_t::replace);
    if (!suggestion.empty()) {
      Report(JsonPathMember(path, key), "unknown field " + quoted + " (did you mean \"" + suggestion + "\"?)");
    } else {
      Report(JsonPathMember(path, key), "unknown field " + quoted + " (fields of your own must start with \"x-\")");
    }
  }
  return true;
}

const json* JsonReader::Field(const json& object, const std::string& path, const char* key, bool required) {
  const auto it = object.find(key);
  if (it == object.end()) {
    if (required) Report(path, std::string("missing required field \"") + key + "\"");
    return nullptr;
  }
  return &*it;
}

std::optional<std::string> JsonReader::TextValue(const json& value, const std::string& path, const char* what) {
  if (!value.is_string()) {
    Report(path, std::string("expected ") + what + " (a string), found " + DescribeJsonType(value));
    return std::nullopt;
  }
  std::string text = value.get<std::string>();
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
    Report(path, std::string(what) + " is empty");
    return std::nullopt;
  }
  if (Utf8Length(text) > kMaxTextChars) {
    Report(path, std::string(what) + " is " + std::to_string(Utf8Length(text)) + " characters long; the limit is " +
                     std::to_string(kMaxTextChars));
    return std::nullopt;
  }
  return text;
}

std::optional<std::string> JsonReader::Text(const json& object, const std::string& path, const char* key,
                                            bool required) {
  const json* v = Field(object, path, key, required);
  if (!v) return std::nullopt;
  return TextValue(*v, JsonPathMember(path, key), key);
}

std::vector<std::string> JsonReader::TextList(const json& object, const std::string& path, const char* key,
                                              std::size_t max_items) {
  std::vector<std::string> out;
  const json* v = Field(object, path, key, false);
  if (!v) return out;
  const std::string list_path = JsonPathMember(path, key);
  if (!v->is_array()) {
    Report(list_path, "expected a list of texts, found " + DescribeJsonType(*v));
    return out;
  }
  if (v->size() > max_items) {
    Report(list_path, std::to_string(v->size()) + " entries is more than the limit of " + std::to_string(max_items));
    return out;
  }
  for (std::size_t i = 0; i < v->size(); ++i) {
    if (auto text = TextValue((*v)[i], JsonPathIndex(list_path, i))) out.push_back(std::move(*text));
  }
  return out;
}

std::optional<long long> JsonReader::Integer(const json& object, const std::string& path, const char* key,
                                             bool required, long long min, long long max) {
  const json* v = Field(object, path, key, required);
  if (!v) return std::nullopt;
  const std::string p = JsonPathMember(path, key);
  if (v->is_number_float()) {
    const double d = v->get<double>();
    if (d != static_cast<double>(static_cast<long long>(d)) || d < static_cast<double>(min) ||
        d > static_cast<double>(max)) {
      Report(p, "expected a whole number from " + std::to_string(min) + " to " + std::to_string(max) + ", found " +
                    v->dump());
      return std::nullopt;
    }
    return static_cast<long long>(d);
  }
  if (v->is_number_unsigned()) {
    const auto u = v->get<unsigned long long>();
    if (u > static_cast<unsigned long long>(max)) {
      Report(p, std::to_string(u) + " is above the highest allowed value " + std::to_string(max));
      return std::nullopt;
    }
    // nlohmann reads every non-negative literal as unsigned: the lower bound matters here too.
    if (static_cast<long long>(u) < min) {
      Report(p, std::to_string(u) + " is below the lowest allowed value " + std::to_string(min));
      return std::nullopt;
    }
    return static_cast<long long>(u);
  }
  if (!v->is_number_integer()) {
    Report(p, "expected a whole number, found " + DescribeJsonType(*v));
    return std::nullopt;
  }
  const long long n = v->get<long long>();
  if (n < min || n > max) {
    Report(p, std::to_string(n) + " is outside the allowed range " + std::to_string(min) + " to " + std::to_string(max));
    return std::nullopt;
  }
  return n;
}

}  // namespace skillscope
