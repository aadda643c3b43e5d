#include "core/text/plain_text.h"

namespace skillscope {
namespace {

// Length of the space at the start of `text` (0 when it does not start with one).
std::size_t SpaceAtStart(std::string_view text) {
  if (text.empty()) return 0;
  const char c = text.front();
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return 1;
  return text.substr(0, 2) == "\xC2\xA0" ? 2 : 0;
}

std::size_t SpaceAtEnd(std::string_view text) {
  if (text.empty()) return 0;
  const char c = text.back();
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return 1;
  return text.size() >= 2 && text.substr(text.size() - 2) == "\xC2\xA0" ? 2 : 0;
}

}  // namespace

std::string_view TrimSpace(std::string_view text) {
  while (const std::size_t n = SpaceAtStart(text)) text.remove_prefix(n);
  while (const std::size_t n = SpaceAtEnd(text)) text.remove_suffix(n);
  return text;
}

std::string FoldForMatching(std::string_view text) {
  std::string out;
  for (char c : TrimSpace(text)) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    if (c == ' ' && !out.empty() && out.back() == ' ') continue;
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

}  // namespace skillscope
