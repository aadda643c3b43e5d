#include "ui/virtual_rows.h"

#include <unordered_map>
#include <vector>

#include "imgui.h"
#include "imgui_internal.h"

namespace skillscope::ui {
namespace {

struct RowHeights {
  float width = -1;
  std::vector<float> heights;  // 0: not measured yet
  float measured_sum = 0;
  int measured = 0;
  float Average() const { return measured > 0 ? measured_sum / static_cast<float>(measured) : ImGui::GetFrameHeightWithSpacing(); }
  void Set(int row, float h) {
    float& slot = heights[static_cast<std::size_t>(row)];
    if (slot > 0) measured_sum -= slot;
    else ++measured;
    slot = h;
    measured_sum += h;
  }
};

std::unordered_map<ImGuiID, RowHeights>& Lists() {
  static std::unordered_map<ImGuiID, RowHeights> lists;
  return lists;
}

}  // namespace

void DrawVirtualRows(const char* id, int count, const std::function<void(int row)>& draw_row) {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  RowHeights& list = Lists()[ImGui::GetID(id)];
  const float width = ImGui::GetContentRegionAvail().x;
  if (list.width != width || static_cast<int>(list.heights.size()) != count) {
    list = RowHeights{};
    list.width = width;
    list.heights.assign(static_cast<std::size_t>(count), 0.0f);
  }
  const float margin = window->ClipRect.GetHeight();
  const float top = window->ClipRect.Min.y - margin, bottom = window->ClipRect.Max.y + margin;
  float skipped = 0;  // space of rows not drawn, added in one go before the next drawn row
  for (int i = 0; i < count; ++i) {
    const float known = list.heights[static_cast<std::size_t>(i)];
    const float guess = known > 0 ? known : list.Average();
    const float y = window->DC.CursorPos.y + skipped;
    if (y + guess < top || y > bottom) {
      skipped += guess;
      continue;
    }
    if (skipped > 0) {
      ImGui::SetCursorPosY(ImGui::GetCursorPosY() + skipped);
      skipped = 0;
    }
    const float before = window->DC.CursorPos.y;
    draw_row(i);
    list.Set(i, window->DC.CursorPos.y - before);
  }
  // The space of the last rows not drawn; SetCursorPosY also grows the content size.
  if (skipped > 0) ImGui::SetCursorPosY(ImGui::GetCursorPosY() + skipped);
}

void DrawVirtualTableRows(const char* id, int count, const std::function<void(int row)>& draw_cells) {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  ImGuiTable* table = ImGui::GetCurrentTable();
  RowHeights& list = Lists()[ImGui::GetID(id)];
  const float width = table->WorkRect.GetWidth();
  if (list.width != width || static_cast<int>(list.heights.size()) != count) {
    list = RowHeights{};
    list.width = width;
    list.heights.assign(static_cast<std::size_t>(count), 0.0f);
  }
  const float margin = window->ClipRect.GetHeight();
  const float top = window->ClipRect.Min.y - margin, bottom = window->ClipRect.Max.y + margin;
  int measuring = -1;  // the last row drawn: its height is known once the next one starts
  float measuring_top = 0;
  for (int i = 0; i < count; ++i) {
    const float known = list.heights[static_cast<std::size_t>(i)];
    const float guess = known > 0 ? known : list.Average();
    const float y = table->RowPosY2;  // where this row will start
    const bool drawn = y + guess >= top && y <= bottom;
    ImGui::TableNextRow(ImGuiTableRowFlags_None, drawn ? 0.0f : guess);
    if (measuring >= 0) list.Set(measuring, table->RowPosY1 - measuring_top);
    measuring = drawn ? i : -1;
    measuring_top = table->RowPosY1;
    if (drawn) draw_cells(i);
  }
}

}  // namespace skillscope::ui
