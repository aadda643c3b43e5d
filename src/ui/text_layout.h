#pragma once
// Line breaking for running text. ImGui 1.86 breaks lines after '.' and ',' too, which
// splits "e.g., PCs" into "e.g." / ", PCs"; here lines break only at spaces (or inside a
// word longer than the line), like a browser does.
#include <string>
#include <utility>
#include <vector>

#include "imgui.h"

namespace skillscope::ui {

struct LineSpan {
  const char* begin;
  const char* end;
};

// Lines of text at this font size that fit in wrap_width (newlines always break).
std::vector<LineSpan> WrapLines(ImFont* font, float size, const char* text, const char* text_end, float wrap_width);

// Size of the wrapped block.
ImVec2 WrappedSize(ImFont* font, float size, const std::string& text, float wrap_width);

}  // namespace skillscope::ui
