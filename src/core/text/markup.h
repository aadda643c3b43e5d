#pragma once
// Writing text into XML and HTML safely: user text (names, notes) never becomes markup.
#include <cstddef>
#include <string>
#include <vector>

namespace skillscope {

// Builds text with <<, like std::ostringstream, without pulling the iostreams library
// into the wasm bundle (about 100 KB).
class TextOut {
 public:
  TextOut& operator<<(const std::string& s) {
    text_ += s;
    return *this;
  }
  TextOut& operator<<(const char* s) {
    text_ += s;
    return *this;
  }
  TextOut& operator<<(char c) {
    text_ += c;
    return *this;
  }
  TextOut& operator<<(int v) {
    text_ += std::to_string(v);
    return *this;
  }
  TextOut& operator<<(std::size_t v) {
    text_ += std::to_string(v);
    return *this;
  }
  const std::string& str() const { return text_; }

 private:
  std::string text_;
};

// Splits at runs of spaces, tabs and newlines.
std::vector<std::string> SplitWords(const std::string& text);
// Splits at '\n', dropping empty lines.
std::vector<std::string> SplitLines(const std::string& text);

// Escapes & < > " ' and drops characters XML 1.0 does not allow (control characters
// other than tab and newlines), so the result always parses.
std::string EscapeMarkup(const std::string& text);

}  // namespace skillscope
