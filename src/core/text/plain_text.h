#pragma once
// Small text helpers shared by the table readers: spreadsheets pad cells with spaces and
// non-breaking spaces, and headers come in any letter case.
#include <string>
#include <string_view>

namespace skillscope {

// Without leading and trailing spaces, tabs, line breaks and non-breaking spaces (U+00A0).
std::string_view TrimSpace(std::string_view text);

// A-Z, a-z or 0-9: the letters codes and ids may use.
inline bool IsAsciiLetterOrDigit(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// ASCII letters lower-cased, runs of spaces made one, ends trimmed: "  Skill  Name" -> "skill name".
std::string FoldForMatching(std::string_view text);

}  // namespace skillscope
