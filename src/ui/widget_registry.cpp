#include "ui/widget_registry.h"

#include <algorithm>
#include <cstring>

#include "imgui_internal.h"
#include "ui/glyphs.h"

namespace skillscope::ui {
namespace {
std::vector<WidgetInfo>& Widgets() {
  static std::vector<WidgetInfo> widgets;
  return widgets;
}
std::vector<TextInfo>& Texts() {
  static std::vector<TextInfo> texts;
  return texts;
}

// Whether the item just submitted has the keyboard focus, shown to the person.
bool LastItemFocused() {
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  return g.NavId != 0 && g.NavId == g.LastItemData.ID && !g.NavDisableHighlight;
}

void Record(const char* label, ImRect rect, const ImGuiWindow* window) {
  if (window) rect.ClipWithFull(window->ClipRect);
  if (rect.GetWidth() <= 0 || rect.GetHeight() <= 0) return;  // scrolled out of view
  SplitLabel split = SplitWidgetLabel(label);
  NeedGlyphs(split.visible);  // ImGui draws labels itself: their characters need glyphs too
  // A custom widget built on an unlabelled ImGui item reports itself right after that
  // item: keep one entry, with the visible label.
  std::vector<WidgetInfo>& list = Widgets();
  if (!list.empty() && list.back().id == split.id && list.back().label.empty()) {
    WidgetInfo& w = list.back();
    w.label = std::move(split.visible);
    const float x1 = std::max(w.x + w.w, rect.Max.x), y1 = std::max(w.y + w.h, rect.Max.y);
    w.x = std::min(w.x, rect.Min.x);
    w.y = std::min(w.y, rect.Min.y);
    w.w = x1 - w.x;
    w.h = y1 - w.y;
    w.focused = w.focused || LastItemFocused();
    return;
  }
  list.push_back({std::move(split.id), std::move(split.visible), window ? window->Name : "", rect.Min.x, rect.Min.y,
                  rect.GetWidth(), rect.GetHeight(), LastItemFocused()});
}
}  // namespace

SplitLabel SplitWidgetLabel(const char* label) {
  if (!label) return {};
  const char* end = ImGui::FindRenderedTextEnd(label);
  SplitLabel out;
  out.visible.assign(label, end);
  const char* id = label;
  if (const char* triple = std::strstr(label, "###")) {
    id = triple + 3;
  } else if (*end) {  // "##" found
    id = end + 2;
  }
  out.id = id;
  return out;
}

void BeginWidgetFrame() {
  ImGui::GetCurrentContext()->TestEngineHookItems = true;
  Widgets().clear();
  Texts().clear();
}
const std::vector<WidgetInfo>& FrameWidgets() { return Widgets(); }

const std::vector<TextInfo>& FrameTexts() { return Texts(); }

void RecordText(const char* text, const ImVec2& min, const ImVec2& max) {
  ImRect rect(min, max);
  if (const ImGuiWindow* window = ImGui::GetCurrentWindowRead()) rect.ClipWithFull(window->ClipRect);
  if (rect.GetWidth() <= 0 || rect.GetHeight() <= 0) return;
  Texts().push_back({text ? text : "", rect.Min.x, rect.Min.y, rect.GetWidth(), rect.GetHeight()});
}

void RecordWidget(const char* label_with_id, const ImVec2& min, const ImVec2& max) {
  Record(label_with_id, ImRect(min, max), ImGui::GetCurrentWindowRead());
}

}  // namespace skillscope::ui

// ---- ImGui test-engine hooks (declared in imgui_internal.h) ----------------
void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, const ImRect&, ImGuiID) {}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label, ImGuiItemStatusFlags) {
  // ItemInfo runs only for items that passed clipping; LastItemData holds their box.
  if (!label || id != ctx->LastItemData.ID) return;
  skillscope::ui::RecordWidget(label, ctx->LastItemData.Rect.Min, ctx->LastItemData.Rect.Max);
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
