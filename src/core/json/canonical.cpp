#include "core/json/canonical.h"

#include <charconv>

#include "core/text/unicode.h"

namespace skillscope {
namespace {
using nlohmann::json;

std::string NlohmannDump(const json& value) { return value.dump(-1, ' ', false, json::error_handler_t::replace); }

// As nlohmann escapes with ensure_ascii off: the seven short escapes, \u00XX (lowercase)
// for the other control characters, every other byte as it is.
// A string that is not valid UTF-8 is handed to nlohmann, which replaces what is wrong.
void AppendString(std::string_view s, std::string& out) {
  static const char kHex[] = "0123456789abcdef";
  const std::size_t start = out.size();
  out += '"';
  std::size_t plain = 0;  // start of the bytes not yet copied
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      const int length = WellFormedUtf8Length(s.data() + i, s.data() + s.size());
      if (length == 0) {
        out.resize(start);
        out += NlohmannDump(json(std::string(s)));
        return;
      }
      i += static_cast<std::size_t>(length) - 1;
      continue;
    }
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(s.substr(plain, i - plain));
    plain = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 0xF];
    }
  }
  out.append(s.substr(plain));
  out += '"';
}

template <typename Integer>
void AppendInteger(Integer n, std::string& out) {
  char digits[24];
  const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
  out.append(digits, static_cast<std::size_t>(end - digits));
}

void Append(const json& value, std::string& out) {
  switch (value.type()) {
    case json::value_t::object: {
      out += '{';
      bool first = true;
      for (const auto& [key, member] : value.get_ref<const json::object_t&>()) {
        if (!first) out += ',';
        first = false;
        AppendString(key, out);
        out += ':';
        Append(member, out);
      }
      out += '}';
      return;
    }
    case json::value_t::array: {
      out += '[';
      bool first = true;
      for (const json& item : value.get_ref<const json::array_t&>()) {
        if (!first) out += ',';
        first = false;
        Append(item, out);
      }
      out += ']';
      return;
    }
    case json::value_t::string: AppendString(value.get_ref<const std::string&>(), out); return;
    case json::value_t::boolean: out += value.get<bool>() ? "true" : "false"; return;
    case json::value_t::null: out += "null"; return;
    case json::value_t::number_integer: AppendInteger(value.get<json::number_integer_t>(), out); return;
    case json::value_t::number_unsigned: AppendInteger(value.get<json::number_unsigned_t>(), out); return;
    case json::value_t::number_float:  // shortest round trip, nlohmann's own way
    case json::value_t::binary:
    case json::value_t::discarded: out += NlohmannDump(value); return;
  }
}

}  // namespace

std::string CanonicalJson(const json& value, std::size_t expected_size) {
  std::string out;
  out.reserve(expected_size);
  Append(value, out);
  return out;
}

void AppendCanonicalJsonString(std::string_view text, std::string& out) { AppendString(text, out); }

}  // namespace skillscope
