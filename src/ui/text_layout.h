#pragma once
// Line breaking and drawing order for running text.
//
// Lines break only at spaces (or inside a word longer than the line), like a browser;
// ImGui 1.86 would also break after '.' and ',', splitting "e.g., PCs" into "e.g." /
// ", PCs". Text with right-to-left characters is shaped (Arabic forms) and each line
// is put in drawing order (core/text/bidi.h); a right-to-left paragraph's lines are aligned
// to the right. Every drawn line is reported to ui/glyphs.h, so characters the fonts
// lack get fetched.
#include <string>
#include <string_view>
#include <vector>

#include "imgui.h"

namespace skillscope::ui {

struct LineSpan {
  const char* begin;
  const char* end;
};

// Lines of text at this font size that fit in wrap_width (newlines always break), in
// logical order, pointing into text.
std::vector<LineSpan> WrapLines(ImFont* font, float size, const char* text, const char* text_end, float wrap_width);

// A text laid out for drawing: each line as it is drawn, left to right.
struct DrawnLine {
  LineSpan text;             // into the original text, or into the layout's own lines
  float width = 0;
  bool right_to_left = false;  // a line of a right-to-left paragraph: align it right
};
struct TextLayout {
  std::vector<DrawnLine> lines;
  float width = 0;            // of the widest line
  bool right_to_left = false;  // any line is
  // The reordered lines, when reordering was needed. Strings in a vector: moving the
  // layout moves the vector's buffer, never the strings, so the spans stay valid.
  std::vector<std::string> storage;
};
TextLayout LayOutText(ImFont* font, float size, const char* text, const char* text_end, float wrap_width);

// Draws the lines from pos down, each line right-aligned within block_width when it
// belongs to a right-to-left paragraph.
void DrawTextLayout(ImDrawList* dl, ImFont* font, float size, ImVec2 pos, ImU32 color, const TextLayout& layout,
                    float block_width);

// Text that ImGui draws itself (a label, a legend entry): shaped and in drawing order,
// line by line.
std::string DrawnText(std::string_view text);

// Size of the wrapped block.
ImVec2 WrappedSize(ImFont* font, float size, const std::string& text, float wrap_width);

}  // namespace skillscope::ui
