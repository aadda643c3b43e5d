#include "core/json/input.h"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <set>
#include <vector>

#include "core/json/fast_parser.h"
#include "core/text/messages.h"
#include "core/text/unicode.h"

namespace skillscope {
namespace {
using nlohmann::json;

// "line 3, column 14": a place in the file, for messages people can act on. The
// numbers are written as an editor shows them, not grouped like amounts.
std::string Position(std::size_t line, std::size_t column) {
  return Tr(MSG("json.position"), std::to_string(line), std::to_string(column));
}

// Line and column (1-based) of a byte offset.
std::string Where(std::string_view text, std::size_t offset) {
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++column;  // count characters, not UTF-8 continuation bytes
    }
  }
  return Position(line, column);
}

// Deepest nesting of [ and { outside strings. Checked before parsing so a hostile
// 10 000-deep file is refused without building (and recursively destroying) it.
int MaxDepth(std::string_view text, int stop_above, std::size_t* where) {
  int depth = 0, deepest = 0;
  bool in_string = false, escaped = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') in_string = true;
    else if (c == '[' || c == '{') {
      if (++depth > deepest) deepest = depth;
      if (deepest > stop_above) {
        *where = i;
        return deepest;
      }
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return deepest;
}

// Builds the document with nlohmann's own DOM builder (the one json::parse uses) while
// tracking where in it the parser is, to name a duplicate key precisely. json::parse
// with a callback could track the same, but its builder rescans the enclosing list at
// every closing brace: quadratic, 20 s for a 550 KB list of 10 000 objects.
class DuplicateKeyTracker {
 public:
  explicit DuplicateKeyTracker(json& result) : dom_(result, /*allow_exceptions=*/false) {}

  // What the first duplicate key was and where (the whole message), or "".
  const std::string& duplicate() const { return duplicate_; }
  // nlohmann's message for the syntax error that stopped the parse, or "".
  const std::string& syntax_error() const { return syntax_error_; }

  // The SAX interface of nlohmann::json::sax_parse.
  bool null() { return Scalar(dom_.null()); }
  bool boolean(bool v) { return Scalar(dom_.boolean(v)); }
  bool number_integer(json::number_integer_t v) { return Scalar(dom_.number_integer(v)); }
  bool number_unsigned(json::number_unsigned_t v) { return Scalar(dom_.number_unsigned(v)); }
  bool number_float(json::number_float_t v, const json::string_t& text) { return Scalar(dom_.number_float(v, text)); }
  bool string(json::string_t& v) { return Scalar(dom_.string(v)); }
  bool binary(json::binary_t& v) { return Scalar(dom_.binary(v)); }
  bool start_object(std::size_t n) {
    Open(false);
    return dom_.start_object(n);
  }
  bool start_array(std::size_t n) {
    Open(true);
    return dom_.start_array(n);
  }
  bool end_object() {
    Close();
    return dom_.end_object();
  }
  bool end_array() {
    Close();
    return dom_.end_array();
  }
  bool key(json::string_t& key) {
    Container& c = open_.back();
    c.key = key;
    if (!c.Add(key) && duplicate_.empty()) {
      const std::string path = PathOf(open_.size() - 1);
      const std::string quoted = json(key).dump(-1, ' ', false, json::error_handler_t::replace);
      duplicate_ = path.empty() ? Tr(MSG("json.duplicate_key_top"), quoted) : Tr(MSG("json.duplicate_key_in"), quoted, path);
    }
    return dom_.key(key);
  }
  template <class Exception>
  bool parse_error(std::size_t position, const std::string& last_token, const Exception& e) {
    // The app is built without exceptions (a tenth of its wasm): the parser hands the
    // error here, with json::parse's message, and stops.
    syntax_error_ = e.what();
    return dom_.parse_error(position, last_token, e);
  }

 private:
  // An object or array being read. Its path is worked out only for a message: building
  // it for each of a large framework's 40,000 containers took a sixth of the reading.
  struct Container {
    bool is_array = false;
    std::size_t index = 0;  // arrays: the item being read
    std::string key;        // objects: the member being read
    // The keys so far: most objects have a few, searched in a list; a large one (a
    // profile's answers) moves them to a set.
    std::vector<std::string> few_keys;
    std::set<std::string> many_keys;
    // Returns false when the key was there already.
    bool Add(const std::string& k) {
      if (many_keys.empty() && few_keys.size() < 16) {
        if (std::find(few_keys.begin(), few_keys.end(), k) != few_keys.end()) return false;
        few_keys.push_back(k);
        return true;
      }
      if (many_keys.empty()) many_keys.insert(few_keys.begin(), few_keys.end());
      return many_keys.insert(k).second;
    }
  };
  // The path of open_[depth]: each container above it, at its current member or item.
  std::string PathOf(std::size_t depth) const {
    std::string path;
    for (std::size_t i = 0; i < depth; ++i)
      path = open_[i].is_array ? JsonPathIndex(path, open_[i].index) : JsonPathMember(path, open_[i].key);
    return path;
  }
  void ItemDone() {
    if (!open_.empty() && open_.back().is_array) ++open_.back().index;
  }
  bool Scalar(bool keep_going) {
    ItemDone();
    return keep_going;
  }
  void Open(bool is_array) {
    open_.emplace_back();
    open_.back().is_array = is_array;
  }
  void Close() {
    open_.pop_back();
    ItemDone();
  }

  nlohmann::detail::json_sax_dom_parser<json> dom_;
  std::vector<Container> open_;
  std::string duplicate_;
  std::string syntax_error_;
};

// "the file is saved as UTF-16 text; ..." when the text is in a Unicode encoding other
// than UTF-8, else "". With a byte order mark that is certain. Without one, the zero
// bytes among the first four tell (RFC 4627, section 3): JSON text starts with two
// ASCII characters, and in UTF-16 and UTF-32 those carry zero bytes in a fixed pattern.
std::string OtherEncodingMessage(std::string_view t) {
  auto starts = [t](const char* prefix, std::size_t n) { return t.size() >= n && t.compare(0, n, prefix, n) == 0; };
  if (starts("\xFF\xFE\0\0", 4) || starts("\0\0\xFE\xFF", 4)) return Tr(MSG("json.other_encoding"), "UTF-32");
  if (starts("\xFF\xFE", 2) || starts("\xFE\xFF", 2)) return Tr(MSG("json.other_encoding"), "UTF-16");
  if (t.size() < 4) return "";
  const bool z0 = t[0] == '\0', z1 = t[1] == '\0', z2 = t[2] == '\0', z3 = t[3] == '\0';
  if ((!z0 && z1 && z2 && z3) || (z0 && z1 && z2 && !z3)) return Tr(MSG("json.other_encoding_unmarked"), "UTF-32");
  if ((!z0 && z1 && !z2 && z3) || (z0 && !z1 && z2 && !z3)) return Tr(MSG("json.other_encoding_unmarked"), "UTF-16");
  return "";
}

// nlohmann's messages name the parser's state; say what it means for the file, and
// keep where it happened.
std::string CleanParseMessage(const std::string& what) {
  // "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error
  //  while parsing value - invalid literal; last read: 'x'" -> drop the prefix.
  std::string msg = what;
  const std::size_t bracket = msg.find("] ");
  if (msg.rfind("[json.exception", 0) == 0 && bracket != std::string::npos) msg = msg.substr(bracket + 2);
  std::string where;
  std::size_t line = 0, column = 0;
  if (std::sscanf(msg.c_str(), "parse error at line %zu, column %zu: ", &line, &column) == 2)
    where = Position(line, column);
  if (!where.empty() && msg.find("; expected end of input") != std::string::npos)
    return Tr(MSG("json.text_after_end"), where);
  if (!where.empty() && msg.find("unexpected end of input") != std::string::npos)
    return Tr(MSG("json.ends_too_early"), where);
  if (!where.empty() && msg.find("invalid literal") != std::string::npos && msg.find("expected end of input") == std::string::npos) {
    std::string near;
    const std::size_t last = msg.find("last read: '");
    if (last != std::string::npos && msg.size() > last + 13) {
      near = msg.substr(last + 12, msg.size() - last - 13);
      if (near.size() > 24) near = near.substr(near.size() - 24);
    }
    return near.empty() ? Tr(MSG("json.unexpected_text"), where) : Tr(MSG("json.unexpected_text_near"), where, near);
  }
  return msg;  // nlohmann's own words, in English: the rarer syntax errors
}

// "5,242,881 bytes".
std::string ExactBytes(std::size_t bytes) { return TrN(MSG("json.size.bytes"), static_cast<long long>(bytes)); }

// Megabytes with one decimal and kilobytes with none, plus `extra_digits` more.
std::string SizeText(std::size_t bytes, int extra_digits) {
  if (bytes >= 1024u * 1024u)
    return Tr(MSG("json.size.megabytes"), FormatDecimal(static_cast<double>(bytes) / (1024.0 * 1024.0), 1 + extra_digits));
  if (bytes >= 1024u) return Tr(MSG("json.size.kilobytes"), FormatDecimal(static_cast<double>(bytes) / 1024.0, extra_digits));
  return ExactBytes(bytes);
}

}  // namespace

std::string HumanSize(std::size_t bytes) { return SizeText(bytes, 0); }

std::string HumanStorageSize(double bytes) {
  constexpr double kGb = 1024.0 * 1024.0 * 1024.0;
  if (!(bytes < kGb)) return Tr(MSG("json.size.gigabytes"), FormatDecimal(bytes / kGb, bytes < 10 * kGb ? 1 : 0));
  return SizeText(bytes > 0 ? static_cast<std::size_t>(bytes) : 0, 0);
}

std::string TooLargeMessage(std::size_t size, std::size_t limit) {
  for (int extra_digits = 0; extra_digits <= 2; ++extra_digits) {
    const std::string file = SizeText(size, extra_digits), most = SizeText(limit, extra_digits);
    if (file != most) return Tr(MSG("json.too_large"), file, most);
  }
  return Tr(MSG("json.too_large"), ExactBytes(size), ExactBytes(limit));
}

std::size_t FindInvalidUtf8(std::string_view text) {
  const char* const begin = text.data();
  const char* const end = begin + text.size();
  for (const char* at = begin; at < end;) {
    const int length = WellFormedUtf8Length(at, end);
    if (length == 0) return static_cast<std::size_t>(at - begin);
    at += length;
  }
  return std::string_view::npos;
}

std::string JsonPathMember(const std::string& parent, const std::string& key) {
  bool plain = !key.empty() && !(key[0] >= '0' && key[0] <= '9');
  for (char c : key)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) plain = false;
  if (plain) return parent.empty() ? key : parent + "." + key;
  // Quoted like JSON, so a key holding quotes or control characters stays readable. Keys
  // of printable ASCII without quotes or backslashes (level numbers: thousands in a large
  // framework) need no escaping and skip the JSON writer.
  const bool as_is =
      std::all_of(key.begin(), key.end(), [](char c) { return c >= 0x20 && c < 0x7F && c != '"' && c != '\\'; });
  if (as_is) return parent + "[\"" + key + "\"]";
  return parent + "[" + json(key).dump(-1, ' ', false, json::error_handler_t::replace) + "]";
}

std::string JsonPathIndex(const std::string& parent, std::size_t index) {
  return parent + "[" + std::to_string(index) + "]";
}

std::string DescribeJsonType(const json& v) {
  switch (v.type()) {
    case json::value_t::null: return "null";
    case json::value_t::boolean: return v.get<bool>() ? "true" : "false";
    case json::value_t::string: return Tr(MSG("json.type.string"));
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float: return Tr(MSG("json.type.number"));
    case json::value_t::object: return Tr(MSG("json.type.object"));
    case json::value_t::array: return Tr(MSG("json.type.array"));
    case json::value_t::binary: return Tr(MSG("json.type.binary"));
    case json::value_t::discarded: break;
  }
  return Tr(MSG("json.type.nothing"));
}

ParsedJson ParseUntrustedJson(std::string_view text, const JsonLimits& limits) {
  if (text.size() <= limits.max_bytes) {
    // Text the fast reader takes passes every check below (it is UTF-8 JSON, so not
    // empty, no NUL, no other encoding; no key twice, not too deep); the rest is read
    // again below, to say what is wrong with it.
    if (std::optional<json> value = FastParseJson(text, limits.max_depth)) return ParsedJson{std::move(*value), {}};
  }
  return ParseUntrustedJsonWithNlohmann(text, limits);
}

ParsedJson ParseUntrustedJsonWithNlohmann(std::string_view text, const JsonLimits& limits) {
  ParsedJson out;
  if (text.size() > limits.max_bytes) {
    out.error = TooLargeMessage(text.size(), limits.max_bytes);
    return out;
  }
  if (text.empty() || text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    out.error = Tr(MSG("json.empty_file"));
    return out;
  }
  if (std::string other = OtherEncodingMessage(text); !other.empty()) {
    out.error = std::move(other);
    return out;
  }
  if (text.find_first_not_of('\0') == std::string_view::npos) {
    out.error = Tr(MSG("json.all_bytes_zero"));
    return out;
  }
  if (const std::size_t bad = FindInvalidUtf8(text); bad != std::string_view::npos) {
    out.error = Tr(MSG("json.not_utf8"), Where(text, bad));
    return out;
  }
  // The parser takes a NUL for the end of the input, so "{...}\0anything" would pass.
  // JSON text never holds a raw NUL (not even inside a string).
  if (const std::size_t nul = text.find('\0'); nul != std::string_view::npos) {
    out.error = Tr(MSG("json.nul_byte"), Where(text, nul));
    return out;
  }
  std::size_t deep_at = 0;
  if (MaxDepth(text, limits.max_depth, &deep_at) > limits.max_depth) {
    out.error = Tr(MSG("json.too_deep"), limits.max_depth, Where(text, deep_at));
    return out;
  }

  DuplicateKeyTracker tracker(out.value);
  // Strict (nothing may follow the value), and no comments: a framework file is
  // JSON, not JSON5.
  const bool parsed = json::sax_parse(text.data(), text.data() + text.size(), &tracker, json::input_format_t::json,
                                      /*strict=*/true, /*ignore_comments=*/false);
  if (!parsed || !tracker.syntax_error().empty()) {
    out.value = nullptr;
    out.error = Tr(MSG("json.not_valid"), CleanParseMessage(tracker.syntax_error()));
    return out;
  }
  if (!tracker.duplicate().empty()) {
    out.value = nullptr;
    out.error = tracker.duplicate();
  }
  return out;
}

bool HasFormat(const json& doc, std::string_view format) {
  if (!doc.is_object()) return false;
  const auto it = doc.find("format");
  return it != doc.end() && it->is_string() && it->get_ref<const std::string&>() == format;
}

json ParseKnownJson(std::string_view text) {
  if (std::optional<json> value = FastParseJson(text, JsonLimits{}.max_depth)) return std::move(*value);
  return json::parse(text.data(), text.data() + text.size(), nullptr,
                     /*allow_exceptions=*/false);
}

}  // namespace skillscope
