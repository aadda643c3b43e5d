#pragma once
// A small XML well-formedness checker for tests of generated SVG and XHTML-style HTML:
// balanced tags, quoted attributes, known entities, no raw '<' or '&' in text.
// Returns "" when well-formed, else what is wrong and where. Also collects text.
#include <cctype>
#include <string>
#include <vector>

namespace xmlcheck {

struct Result {
  std::string error;
  std::string text;                   // all character data, entities decoded roughly
  std::vector<std::string> elements;  // element names in document order
};

inline bool Entity(const std::string& s, std::size_t& i, std::string& out) {
  const std::size_t end = s.find(';', i);
  if (end == std::string::npos || end - i > 10) return false;
  const std::string name = s.substr(i + 1, end - i - 1);
  if (name == "amp") out += '&';
  else if (name == "lt") out += '<';
  else if (name == "gt") out += '>';
  else if (name == "quot") out += '"';
  else if (name == "apos") out += '\'';
  else if (name.size() > 1 && name[0] == '#' && name.find_first_not_of("0123456789", 1) == std::string::npos) {
    const int code = std::stoi(name.substr(1));
    out += code < 128 ? static_cast<char>(code) : '?';
  }
  else return false;
  i = end;
  return true;
}

inline Result Check(const std::string& s) {
  Result r;
  std::vector<std::string> stack;
  std::size_t i = 0;
  auto fail = [&](const std::string& what) {
    r.error = what + " at byte " + std::to_string(i);
    return r;
  };
  while (i < s.size()) {
    if (s[i] == '<') {
      if (s.compare(i, 4, "<!--") == 0) {
        const std::size_t end = s.find("-->", i);
        if (end == std::string::npos) return fail("unterminated comment");
        i = end + 3;
        continue;
      }
      if (s.compare(i, 2, "<?") == 0 || s.compare(i, 2, "<!") == 0) {
        const std::size_t end = s.find('>', i);
        if (end == std::string::npos) return fail("unterminated declaration");
        i = end + 1;
        continue;
      }
      const bool closing = i + 1 < s.size() && s[i + 1] == '/';
      std::size_t j = i + (closing ? 2 : 1);
      std::string name;
      while (j < s.size() && (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == '-' || s[j] == ':')) name += s[j++];
      if (name.empty()) return fail("bad tag name");
      if (closing) {
        while (j < s.size() && std::isspace(static_cast<unsigned char>(s[j]))) ++j;
        if (j >= s.size() || s[j] != '>') return fail("bad closing tag");
        if (stack.empty() || stack.back() != name) return fail("mismatched </" + name + ">");
        stack.pop_back();
        i = j + 1;
        continue;
      }
      r.elements.push_back(name);
      // Attributes: name="value" with no raw '<' and only known entities.
      for (;;) {
        while (j < s.size() && std::isspace(static_cast<unsigned char>(s[j]))) ++j;
        if (j >= s.size()) return fail("unterminated tag");
        if (s[j] == '>') {
          stack.push_back(name);
          i = j + 1;
          break;
        }
        if (s.compare(j, 2, "/>") == 0) {
          i = j + 2;
          break;
        }
        std::string attr;
        while (j < s.size() && (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == '-' || s[j] == ':' || s[j] == '_'))
          attr += s[j++];
        if (attr.empty() || j >= s.size() || s[j] != '=') return fail("bad attribute in <" + name + ">");
        ++j;
        if (j >= s.size() || (s[j] != '"' && s[j] != '\'')) return fail("unquoted attribute " + attr);
        const char q = s[j++];
        while (j < s.size() && s[j] != q) {
          if (s[j] == '<') return fail("'<' in attribute " + attr);
          if (s[j] == '&') {
            std::string ignored;
            if (!Entity(s, j, ignored)) return fail("bad entity in attribute " + attr);
          }
          ++j;
        }
        if (j >= s.size()) return fail("unterminated attribute " + attr);
        ++j;
      }
      continue;
    }
    if (s[i] == '&') {
      if (!Entity(s, i, r.text)) return fail("bad entity in text");
      ++i;
      continue;
    }
    if (s[i] == '>' && !stack.empty() && stack.back() != "style") {
      // '>' is legal in XML text; nothing to do.
    }
    r.text += s[i++];
  }
  if (!stack.empty()) return fail("unclosed <" + stack.back() + ">");
  return r;
}

}  // namespace xmlcheck
