#include "ui/text_layout.h"

#include <algorithm>
#include <cfloat>

#include "core/text/bidi.h"
#include "ui/glyphs.h"

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

TextLayout LayOutText(ImFont* font, float size, const char* text, const char* end, float wrap_width) {
  TextLayout out;
  const std::string_view whole(text, static_cast<std::size_t>(end - text));
  if (!HasRightToLeft(whole)) {
    NeedGlyphs(whole);
    for (const LineSpan& l : WrapLines(font, size, text, end, wrap_width))
      out.lines.push_back({l, Width(font, size, l.begin, l.end), false});
  } else {
    // Shape first (forms change widths), break the logical text into lines, then put
    // each line in drawing order for the direction of its paragraph.
    const std::string shaped = ShapeArabic(whole);
    const char* s = shaped.data();
    std::vector<bool> rtl;
    for (const LineSpan& l : WrapLines(font, size, s, s + shaped.size(), wrap_width)) {
      const std::size_t at = static_cast<std::size_t>(l.begin - s);
      const std::size_t newline_before = at == 0 ? std::string::npos : shaped.rfind('\n', at - 1);
      const std::size_t from = newline_before == std::string::npos ? 0 : newline_before + 1;  // paragraph start
      const std::size_t para_end = std::min(shaped.find('\n', from), shaped.size());
      const TextDirection dir = ParagraphDirection(std::string_view(shaped).substr(from, para_end - from));
      out.storage.push_back(VisualOrder(std::string_view(l.begin, static_cast<std::size_t>(l.end - l.begin)), dir));
      rtl.push_back(dir == TextDirection::RightToLeft);
    }
    for (std::size_t i = 0; i < out.storage.size(); ++i) {  // the strings no longer move
      const std::string& line = out.storage[i];
      NeedGlyphs(line);
      const LineSpan span{line.data(), line.data() + line.size()};
      out.lines.push_back({span, Width(font, size, span.begin, span.end), rtl[i]});
      out.right_to_left = out.right_to_left || rtl[i];
    }
  }
  for (const DrawnLine& l : out.lines) out.width = std::max(out.width, l.width);
  return out;
}

void DrawTextLayout(ImDrawList* dl, ImFont* font, float size, ImVec2 pos, ImU32 color, const TextLayout& layout,
                    float block_width) {
  for (const DrawnLine& l : layout.lines) {
    const float x = l.right_to_left ? pos.x + block_width - l.width : pos.x;
    dl->AddText(font, size, ImVec2(x, pos.y), color, l.text.begin, l.text.end);
    pos.y += size;
  }
}

std::string DrawnText(std::string_view text) {
  if (!HasRightToLeft(text)) {
    NeedGlyphs(text);
    return std::string(text);
  }
  const std::string shaped = ShapeArabic(text);
  std::string out;
  for (std::size_t from = 0; from <= shaped.size();) {
    const std::size_t to = std::min(shaped.find('\n', from), shaped.size());
    const std::string_view line = std::string_view(shaped).substr(from, to - from);
    out += VisualOrder(line, ParagraphDirection(line));
    if (to < shaped.size()) out += '\n';
    from = to + 1;
  }
  NeedGlyphs(out);
  return out;
}

ImVec2 WrappedSize(ImFont* font, float size, const std::string& text, float wrap_width) {
  const TextLayout layout = LayOutText(font, size, text.data(), text.data() + text.size(), wrap_width);
  return ImVec2(layout.width, size * static_cast<float>(layout.lines.size()));
}

}  // namespace skillscope::ui
