#include "core/json/reader.h"

#include <algorithm>
#include <cmath>

#include "core/json/input.h"
#include "core/json/value_formats.h"
#include "core/text/messages.h"

namespace skillscope {
using nlohmann::json;

// ---------------------------------------------------------------------------
// [SECTION] Helpers shared with the loaders
// ---------------------------------------------------------------------------
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

std::size_t Utf8Length(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

std::string QuoteJson(const json& value) {
  // A long text is cut so that one hostile value cannot flood the message.
  constexpr std::size_t kShownChars = 48;
  if (value.is_array() || value.is_object()) return DescribeJsonType(value);
  if (value.is_string() && Utf8Length(value.get_ref<const std::string&>()) > kShownChars) {
    const std::string& text = value.get_ref<const std::string&>();
    std::size_t end = 0;
    for (std::size_t chars = 0; end < text.size(); ++end) {
      if ((static_cast<unsigned char>(text[end]) & 0xC0) != 0x80 && chars++ == kShownChars) break;
    }
    return json(text.substr(0, end) + "\xE2\x80\xA6").dump(-1, ' ', false, json::error_handler_t::replace);
  }
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string FormatMismatch(const json& doc, const std::string& expected, MessageKey not_this_kind,
                           const std::string& other_format, const std::string& other_hint) {
  const auto format = doc.find("format");
  if (format != doc.end() && format->is_string() && format->get<std::string>() == expected) return "";
  std::string found = format == doc.end()
                          ? Tr(MSG("json.format_missing"))
                          : Tr(MSG("json.format_found"), format->dump(-1, ' ', false, json::error_handler_t::replace));
  if (format != doc.end() && format->is_string() && format->get<std::string>() == other_format)
    found += " (" + other_hint + ")";
  return Tr(not_this_kind, expected, found);
}

LevelScale AnyLevelScale() {
  return {[](int n) { return n >= 0 && n <= kHighestPossibleLevel; }, Tr(MSG("json.any_scale"), kHighestPossibleLevel)};
}

// ---------------------------------------------------------------------------
// [SECTION] Problems and their messages
// ---------------------------------------------------------------------------
void JsonReader::Report(const std::string& path, const std::string& message) {
  if (problems_.size() < kMaxProblems) problems_.push_back({path, message});
}

std::vector<std::string> JsonReader::Messages(const std::string& prefix) const {
  std::vector<std::string> out;
  for (const Problem& p : problems_) out.push_back(prefix + p.ToString());
  if (problems_.size() >= kMaxProblems) out.push_back(prefix + Tr(MSG("json.further_problems")));
  return out;
}

// ---------------------------------------------------------------------------
// [SECTION] Objects and fields
// ---------------------------------------------------------------------------
bool JsonReader::Object(const json& value, const std::string& path, std::initializer_list<const char*> known) {
  if (!value.is_object()) {
    Report(path, Tr(MSG("json.expected_object"), DescribeJsonType(value)));
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
    const std::string quoted = QuoteJson(key);
    if (!suggestion.empty()) {
      Report(JsonPathMember(path, key), Tr(MSG("json.unknown_field_did_you_mean"), quoted, suggestion));
    } else {
      Report(JsonPathMember(path, key), Tr(MSG("json.unknown_field"), quoted));
    }
  }
  return true;
}

const json* JsonReader::Field(const json& object, const std::string& path, const char* key, bool required) {
  const auto it = object.find(key);
  if (it == object.end()) {
    if (required) Report(path, Tr(MSG("json.missing_field"), key));
    return nullptr;
  }
  return &*it;
}

// ---------------------------------------------------------------------------
// [SECTION] Lists
// ---------------------------------------------------------------------------
const json* JsonReader::List(const json& value, const std::string& path, const char* what, std::size_t max_items,
                             bool non_empty) {
  if (!value.is_array() || (non_empty && value.empty())) {
    const std::string found = value.is_array() ? Tr(MSG("json.empty_list")) : DescribeJsonType(value);
    Report(path, non_empty ? Tr(MSG("json.expected_non_empty_list"), what, found) : Tr(MSG("json.expected_list"), what, found));
    return nullptr;
  }
  if (value.size() > max_items) {
    Report(path, Tr(MSG("json.too_many"), std::to_string(value.size()), what, std::to_string(max_items)));
    return nullptr;
  }
  return &value;
}

const json* JsonReader::ListField(const json& object, const std::string& path, const char* key, const char* what,
                                  std::size_t max_items, bool required, bool non_empty) {
  const json* v = Field(object, path, key, required);
  return v ? List(*v, JsonPathMember(path, key), what, max_items, non_empty) : nullptr;
}

std::vector<std::string> JsonReader::TextList(const json& object, const std::string& path, const char* key,
                                              const char* what, std::size_t max_items) {
  std::vector<std::string> out;
  const json* list = ListField(object, path, key, what, max_items, false);
  if (!list) return out;
  const std::string list_path = JsonPathMember(path, key);
  for (std::size_t i = 0; i < list->size(); ++i) {
    if (auto text = TextItem((*list)[i], list_path, i)) out.push_back(std::move(*text));
  }
  return out;
}

// ---------------------------------------------------------------------------
// [SECTION] Texts, ids and timestamps
// ---------------------------------------------------------------------------
namespace {
// TextValue's checks, with the path and the text's name asked of `path_of` and `name_of`
// only for a message. The text when it passes them, else nullptr.
template <typename PathOf, typename NameOf>
const std::string* CheckedText(JsonReader& r, const json& value, const PathOf& path_of, const NameOf& name_of) {
  if (!value.is_string()) {
    r.Report(path_of(), Tr(MSG("json.not_a_string"), name_of(), DescribeJsonType(value)));
    return nullptr;
  }
  const std::string& text = value.get_ref<const std::string&>();
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
    r.Report(path_of(), Tr(MSG("json.text_empty"), name_of()));
    return nullptr;
  }
  if (const std::size_t chars = Utf8Length(text); chars > JsonReader::kMaxTextChars) {
    r.Report(path_of(), Tr(MSG("json.text_too_long"), name_of(), std::to_string(chars),
                           std::to_string(JsonReader::kMaxTextChars)));
    return nullptr;
  }
  return &text;
}

// How messages name a text: the caller's word for it, or "text".
std::string TextName(const char* what) { return what ? std::string(what) : Tr(MSG("json.what.text")); }

std::optional<std::string> Copy(const std::string* text) {
  return text ? std::optional<std::string>(*text) : std::nullopt;
}
}  // namespace

std::optional<std::string> JsonReader::TextValue(const json& value, const std::string& path, const char* what) {
  return Copy(CheckedText(*this, value, [&] { return path; }, [what] { return TextName(what); }));
}

std::optional<std::string> JsonReader::TextItem(const json& value, const std::string& list_path, std::size_t index,
                                                const char* what) {
  return Copy(CheckedText(*this, value, [&] { return JsonPathIndex(list_path, index); }, [what] { return TextName(what); }));
}

std::optional<std::string> JsonReader::TakeTextItem(json& value, const std::string& list_path, std::size_t index,
                                                    const char* what) {
  if (!CheckedText(*this, value, [&] { return JsonPathIndex(list_path, index); }, [what] { return TextName(what); }))
    return std::nullopt;
  return std::move(value.get_ref<std::string&>());
}

std::optional<std::string> JsonReader::Text(const json& object, const std::string& path, const char* key,
                                            bool required) {
  const json* v = Field(object, path, key, required);
  if (!v) return std::nullopt;
  return Copy(CheckedText(*this, *v, [&] { return JsonPathMember(path, key); },
                          [key] { return Tr(MSG("json.what.field"), key); }));
}

std::string JsonReader::FreeText(const json& object, const std::string& path, const char* key, std::size_t max_chars,
                                 const char* required_as) {
  const std::string p = JsonPathMember(path, key);
  const json* v = Field(object, path, key, false);
  if (v && !v->is_string()) {
    Report(p, Tr(MSG("json.expected_text"), DescribeJsonType(*v)));
    return {};
  }
  std::string text = v ? v->get<std::string>() : std::string();
  text.erase(std::remove_if(text.begin(), text.end(),
                            [](char c) { return static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t' && c != '\r'; }),
             text.end());
  if (required_as && text.find_first_not_of(" \t\r\n") == std::string::npos) {
    Report(p, Tr(MSG("json.missing_or_empty"), required_as));
    return {};
  }
  if (Utf8Length(text) > max_chars) {
    Report(p, Tr(MSG("json.text_too_long"), Tr(MSG("json.what.text")), std::to_string(Utf8Length(text)),
                 std::to_string(max_chars)));
    return {};
  }
  return text;
}

std::optional<std::string> JsonReader::FrameworkId(const json& object, const std::string& path, const char* key) {
  const json* id = Field(object, path, key, true);
  if (!id) return std::nullopt;
  if (!id->is_string() || !IsFrameworkId(id->get_ref<const std::string&>())) {
    Report(JsonPathMember(path, key), Tr(MSG("json.bad_framework_id"), QuoteJson(*id)));
    return std::nullopt;
  }
  return id->get<std::string>();
}

std::string JsonReader::ContentHash(const json& object, const std::string& path, const char* key) {
  const json* v = Field(object, path, key, false);
  if (!v || (v->is_string() && v->get_ref<const std::string&>().empty())) return {};
  if (!v->is_string() || !IsSha256Hash(v->get_ref<const std::string&>())) {
    Report(JsonPathMember(path, key), Tr(MSG("json.bad_content_hash"), QuoteJson(*v)));
    return {};
  }
  return v->get<std::string>();
}

std::optional<std::string> JsonReader::Id(const json& object, const std::string& path, const char* key,
                                          const char* what, std::size_t max_chars) {
  const std::string p = JsonPathMember(path, key);
  const auto it = object.find(key);
  if (it == object.end() || (it->is_string() && it->get_ref<const std::string&>().empty())) {
    Report(p, Tr(MSG("json.missing_or_empty"), what));
    return std::nullopt;
  }
  if (!it->is_string()) {
    Report(p, Tr(MSG("json.not_a_string"), what, DescribeJsonType(*it)));
    return std::nullopt;
  }
  const std::string& id = it->get_ref<const std::string&>();
  if (const std::string problem = IdProblem(id, max_chars); !problem.empty()) {
    Report(p, std::string(what) + " " + problem);  // IdProblem's words follow the id's name in every language
    return std::nullopt;
  }
  return id;
}

std::string JsonReader::Timestamp(const json& object, const std::string& path, const char* key) {
  const json* v = Field(object, path, key, false);
  if (!v) return {};
  if (!v->is_string() || !IsIsoTimestamp(v->get_ref<const std::string&>())) {
    Report(JsonPathMember(path, key), Tr(MSG("json.bad_timestamp"), QuoteJson(*v)));
    return {};
  }
  return v->get<std::string>();
}

// ---------------------------------------------------------------------------
// [SECTION] Numbers, levels and choices
// ---------------------------------------------------------------------------
std::optional<long long> JsonReader::Integer(const json& object, const std::string& path, const char* key,
                                             bool required, long long min, long long max) {
  const json* v = Field(object, path, key, required);
  if (!v) return std::nullopt;
  const std::string p = JsonPathMember(path, key);
  if (v->is_number_float()) {
    // Decide in double before converting: casting a double outside long long's range
    // (1e41) to long long is undefined behaviour. Whole doubles up to 2^53 are exact.
    const double d = v->get<double>();
    constexpr double kExact = 9007199254740992.0;
    const bool fits = std::fabs(d) <= kExact && d == std::floor(d) && d >= static_cast<double>(min) &&
                      d <= static_cast<double>(max);
    if (!fits) {
      Report(p, Tr(MSG("json.whole_number_range"), std::to_string(min), std::to_string(max), v->dump()));
      return std::nullopt;
    }
    return static_cast<long long>(d);
  }
  if (v->is_number_unsigned()) {
    const auto u = v->get<unsigned long long>();
    if (u > static_cast<unsigned long long>(max)) {
      Report(p, Tr(MSG("json.above_highest"), std::to_string(u), std::to_string(max)));
      return std::nullopt;
    }
    // nlohmann reads every non-negative literal as unsigned: the lower bound matters here too.
    if (static_cast<long long>(u) < min) {
      Report(p, Tr(MSG("json.below_lowest"), std::to_string(u), std::to_string(min)));
      return std::nullopt;
    }
    return static_cast<long long>(u);
  }
  if (!v->is_number_integer()) {
    Report(p, Tr(MSG("json.expected_whole_number"), DescribeJsonType(*v)));
    return std::nullopt;
  }
  const long long n = v->get<long long>();
  if (n < min || n > max) {
    Report(p, Tr(MSG("json.outside_range"), std::to_string(n), std::to_string(min), std::to_string(max)));
    return std::nullopt;
  }
  return n;
}

std::optional<int> JsonReader::LevelKey(const std::string& key, const std::string& path, const LevelScale& scale) {
  const bool canonical = !key.empty() && key.find_first_not_of("0123456789") == std::string::npos &&
                         !(key.size() > 1 && key[0] == '0');
  if (!canonical) {
    Report(path, Tr(MSG("json.level_key_form")));
    return std::nullopt;
  }
  int number = -1;  // stays -1 for keys too long to be any level
  if (key.size() <= 4) {
    number = 0;
    for (char c : key) number = number * 10 + (c - '0');
  }
  if (number < 0 || !scale.contains(number)) {
    const std::string shown = key.size() <= 12 ? key : key.substr(0, 12) + "\xE2\x80\xA6";  // digits only
    Report(path, Tr(MSG("json.level_not_on_scale"), shown, scale.description));
    return std::nullopt;
  }
  return number;
}

std::optional<std::size_t> JsonReader::Choice(const json& value, const std::string& path,
                                              const std::vector<const char*>& allowed) {
  if (value.is_string()) {
    const std::string& text = value.get_ref<const std::string&>();
    for (std::size_t i = 0; i < allowed.size(); ++i)
      if (text == allowed[i]) return i;
  }
  std::string choices;
  for (std::size_t i = 0; i < allowed.size(); ++i) choices += (i ? ", \"" : "\"") + std::string(allowed[i]) + "\"";
  Report(path, Tr(MSG("json.expected_one_of"), choices, value.is_string() ? QuoteJson(value) : DescribeJsonType(value)));
  return std::nullopt;
}

}  // namespace skillscope
