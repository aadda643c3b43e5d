#include "ui/nested_scroll.h"

#include "imgui_internal.h"

namespace skillscope::ui {

void PassWheelOnAtEnds() {
  ImGuiWindow* box = ImGui::GetCurrentWindow();
  ImGuiWindow* page = box->ParentWindow;
  const float wheel = ImGui::GetIO().MouseWheel;
  // Without anything to scroll, ImGui passes the wheel on itself.
  if (!page || wheel == 0.0f || box->ScrollMax.y <= 0.0f || !ImGui::IsWindowHovered()) return;
  const bool at_end = wheel > 0 ? box->Scroll.y <= 0.0f : box->Scroll.y >= box->ScrollMax.y;
  if (!at_end) return;
  // The step ImGui itself takes for the page.
  const float step = ImFloor(ImMin(5 * page->CalcFontSize(), page->InnerRect.GetHeight() * 0.67f));
  ImGui::SetScrollY(page, page->Scroll.y - wheel * step);
}

}  // namespace skillscope::ui
