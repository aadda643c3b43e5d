#include "ui/text_layout.h"

#include <algorithm>
#include <cfloat>

namespace skillscope::ui {
namespace {
float Width(ImFont* font, float size, const char* b, const char* e) {
  return font->CalcTextSizeA(size, FLT_MAX, 0.0f, b, e).x;
}
}  // namespace

std::vector<LineSpan> WrapLines(ImFont* font, float size, const char* text, const char* end, float wrap_width) {
  std::vector<LineSpan> lines;
  const char* line = text;
  while (line < end) {
    const char* newline = std::find(line, end, '\n');
    // Grow the line word by word (a word ends at a space) while it fits.
    const char* fit = nullptr;
    const char* p = line;
    while (p < newline) {
      const char* word_end = std::find(p, newline, ' ');
      if (Width(font, size, line, word_end) > wrap_width && fit) break;
      fit = word_end;
      p = word_end < newline ? word_end + 1 : newline;
    }
    if (!fit) fit = newline;
    // A single word wider than the line is cut where it overflows.
    if (Width(font, size, line, fit) > wrap_width) {
      const char* cut = line;
      while (cut < fit) {
        const char* next = cut + 1;
        while (next < fit && (static_cast<unsigned char>(*next) & 0xC0) == 0x80) ++next;  // whole UTF-8 characters
        if (cut > line && Width(font, size, line, next) > wrap_width) break;
        cut = next;
      }
      fit = cut;
    }
    lines.push_back({line, fit});
    if (fit == newline) {
      line = newline < end ? newline + 1 : end;  // the paragraph is done
    } else {
      line = fit;
      while (line < newline && *line == ' ') ++line;
      if (line == newline) line = newline < end ? newline + 1 : end;  // only spaces were left
    }
  }
  if (lines.empty()) lines.push_back({text, text});
  return lines;
}

ImVec2 WrappedSize(ImFont* font, float size, const std::string& text, float wrap_width) {
  const auto lines = WrapLines(font, size, text.data(), text.data() + text.size(), wrap_width);
  float w = 0;
  for (const LineSpan& l : lines) w = std::max(w, Width(font, size, l.begin, l.end));
  return ImVec2(w, size * static_cast<float>(lines.size()));
}

}  // namespace skillscope::ui
