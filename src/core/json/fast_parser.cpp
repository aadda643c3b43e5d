#include "core/json/fast_parser.h"

#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <utility>

#include "core/text/unicode.h"

namespace skillscope {
namespace {
using nlohmann::json;

// Recursive descent over the text. Every method returns false at the first thing that
// is not plain valid JSON; the caller then gives up (and nlohmann's reader explains).
class Parser {
 public:
  Parser(std::string_view text, int max_depth)
      : at_(text.data()), end_(text.data() + text.size()), max_depth_(max_depth) {}

  bool Document(json& out) {
    // A UTF-8 byte order mark at the very start is skipped, as nlohmann skips it.
    if (end_ - at_ >= 3 && std::memcmp(at_, "\xEF\xBB\xBF", 3) == 0) at_ += 3;
    SkipSpace();
    if (!Value(out, 0)) return false;
    SkipSpace();
    return at_ == end_;  // strict: nothing may follow the value
  }

 private:
  bool More() const { return at_ != end_; }
  bool At(char c) const { return at_ != end_ && *at_ == c; }
  static bool IsDigit(char c) { return c >= '0' && c <= '9'; }

  void SkipSpace() {
    while (at_ != end_ && (*at_ == ' ' || *at_ == '\n' || *at_ == '\r' || *at_ == '\t')) ++at_;
  }

  bool Value(json& out, int depth) {
    if (!More()) return false;
    switch (*at_) {
      case '{': return Object(out, depth + 1);
      case '[': return Array(out, depth + 1);
      case '"': {
        std::string text;
        if (!String(text)) return false;
        out = std::move(text);
        return true;
      }
      case 't': return Literal("true", json(true), out);
      case 'f': return Literal("false", json(false), out);
      case 'n': return Literal("null", json(nullptr), out);
      default: return Number(out);
    }
  }

  bool Object(json& out, int depth) {
    if (depth > max_depth_) return false;
    out = json::object();
    auto& members = out.get_ref<json::object_t&>();
    return Items('}', [&] {
      std::string key;
      if (!At('"') || !String(key)) return false;
      SkipSpace();
      if (!At(':')) return false;
      ++at_;
      SkipSpace();
      auto [member, added] = members.emplace(std::move(key), nullptr);
      if (!added) return false;  // a key twice: nlohmann's reader names it, or keeps the last
      return Value(member->second, depth);
    });
  }

  bool Array(json& out, int depth) {
    if (depth > max_depth_) return false;
    out = json::array();
    auto& items = out.get_ref<json::array_t&>();
    return Items(']', [&] {
      items.emplace_back();
      return Value(items.back(), depth);
    });
  }

  // An object's members or an array's items, from the opening bracket at at_ to
  // `close`: none, or `read_item` for each, with commas between (none after the last).
  template <typename ReadItem>
  bool Items(char close, const ReadItem& read_item) {
    ++at_;
    SkipSpace();
    if (At(close)) {
      ++at_;
      return true;
    }
    for (;;) {
      if (!read_item()) return false;
      SkipSpace();
      if (At(close)) {
        ++at_;
        return true;
      }
      if (!At(',')) return false;
      ++at_;
      SkipSpace();
    }
  }

  // The characters between quotes. Runs of characters that need nothing done are
  // appended at once; that is where the time goes in a framework of long statements.
  bool String(std::string& out) {
    ++at_;
    const char* run = at_;
    while (at_ != end_) {
      const auto c = static_cast<unsigned char>(*at_);
      if (c == '"') {
        Append(run, out);
        ++at_;
        return true;
      }
      if (c == '\\') {
        Append(run, out);
        if (!Escape(out)) return false;
        run = at_;
      } else if (c < 0x20) {
        return false;  // control characters must be escaped
      } else if (c < 0x80) {
        ++at_;
      } else {
        const int length = WellFormedUtf8Length(at_, end_);  // nlohmann takes these bytes
        if (length == 0) return false;
        at_ += length;
      }
    }
    return false;
  }

  // The characters from `run` to at_. With a pointer and a length: append(first, last)
  // is a template that libc++ runs character by character.
  void Append(const char* run, std::string& out) const { out.append(run, static_cast<std::size_t>(at_ - run)); }

  bool Escape(std::string& out) {
    ++at_;
    if (!More()) return false;
    switch (*at_++) {
      case '"': out += '"'; return true;
      case '\\': out += '\\'; return true;
      case '/': out += '/'; return true;
      case 'b': out += '\b'; return true;
      case 'f': out += '\f'; return true;
      case 'n': out += '\n'; return true;
      case 'r': out += '\r'; return true;
      case 't': out += '\t'; return true;
      case 'u': break;
      default: return false;
    }
    long code = Hex4();
    if (code >= 0xD800 && code <= 0xDBFF) {  // a high surrogate: its low one must follow
      if (end_ - at_ < 2 || at_[0] != '\\' || at_[1] != 'u') return false;
      at_ += 2;
      const long low = Hex4();
      if (low < 0xDC00 || low > 0xDFFF) return false;
      code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
    } else if (code < 0 || (code >= 0xDC00 && code <= 0xDFFF)) {
      return false;
    }
    AppendUtf8(&out, static_cast<char32_t>(code));
    return true;
  }

  // Four hex digits of a \u escape, or -1.
  long Hex4() {
    if (end_ - at_ < 4) return -1;
    long code = 0;
    for (int i = 0; i < 4; ++i) {
      const char c = *at_++;
      int digit;
      if (c >= '0' && c <= '9') digit = c - '0';
      else if (c >= 'a' && c <= 'f') digit = c - 'a' + 10;
      else if (c >= 'A' && c <= 'F') digit = c - 'A' + 10;
      else return -1;
      code = code * 16 + digit;
    }
    return code;
  }

  bool Literal(std::string_view word, json value, json& out) {
    if (static_cast<std::size_t>(end_ - at_) < word.size() || std::string_view(at_, word.size()) != word)
      return false;
    at_ += word.size();
    out = std::move(value);
    return true;
  }

  bool Digits() {
    if (!More() || !IsDigit(*at_)) return false;
    while (More() && IsDigit(*at_)) ++at_;
    return true;
  }

  // JSON's number grammar, converted as nlohmann converts it: an integer that fits is
  // unsigned (no sign) or signed (a minus), anything else a double; a double too large
  // to hold is refused there ("number overflow").
  bool Number(json& out) {
    const char* start = at_;
    if (At('-')) ++at_;
    if (At('0')) {
      ++at_;
    } else if (More() && *at_ >= '1' && *at_ <= '9') {
      Digits();
    } else {
      return false;
    }
    bool integral = true;
    if (At('.')) {
      integral = false;
      ++at_;
      if (!Digits()) return false;
    }
    if (At('e') || At('E')) {
      integral = false;
      ++at_;
      if (At('+') || At('-')) ++at_;
      if (!Digits()) return false;
    }
    const std::string token(start, at_);
    char* stop = nullptr;
    if (integral) {
      errno = 0;
      if (token[0] == '-') {
        const long long value = std::strtoll(token.c_str(), &stop, 10);
        if (errno == 0) {
          out = static_cast<json::number_integer_t>(value);
          return true;
        }
      } else {
        const unsigned long long value = std::strtoull(token.c_str(), &stop, 10);
        if (errno == 0) {
          out = static_cast<json::number_unsigned_t>(value);
          return true;
        }
      }
    }
    const double value = std::strtod(token.c_str(), &stop);
    if (!std::isfinite(value)) return false;
    out = value;
    return true;
  }

  const char* at_;
  const char* const end_;
  const int max_depth_;
};

}  // namespace

std::optional<nlohmann::json> FastParseJson(std::string_view text, int max_depth) {
  std::optional<json> out(std::in_place);
  if (!Parser(text, max_depth).Document(*out)) return std::nullopt;
  return out;
}

bool SameJsonDocument(const json& a, const json& b) {
  if (a.type() != b.type() || a.size() != b.size()) return false;
  if (a.is_object()) {
    for (auto x = a.begin(), y = b.begin(); x != a.end(); ++x, ++y)
      if (x.key() != y.key() || !SameJsonDocument(x.value(), y.value())) return false;
    return true;
  }
  if (a.is_array()) {
    for (std::size_t i = 0; i < a.size(); ++i)
      if (!SameJsonDocument(a[i], b[i])) return false;
    return true;
  }
  if (a.is_number_float()) return a.dump() == b.dump();  // tells -0.0 from 0.0
  return a == b;
}

}  // namespace skillscope
