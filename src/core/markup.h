#pragma once
// Writing text into XML and HTML safely: user text (names, notes) never becomes markup.
#include <string>

namespace skillscope {

// Escapes & < > " ' and drops characters XML 1.0 does not allow (control characters
// other than tab and newlines), so the result always parses.
std::string EscapeMarkup(const std::string& text);

}  // namespace skillscope
