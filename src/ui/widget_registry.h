#pragma once
// The interactive items drawn in the last frame, for window.skillscope.widgets().
//
// ImGui's test-engine hooks (IMGUI_ENABLE_TEST_ENGINE) report every labelled widget
// with its rectangle; custom widgets add themselves with RecordWidget(). Ids come
// from the label: "Start##start" has id "start" and label "Start"; a label without
// "##" is its own id. Rectangles are in framebuffer pixels, clipped to what is visible.
#include <string>
#include <vector>

#include "imgui.h"

namespace skillscope::ui {

struct WidgetInfo {
  std::string id;
  std::string label;
  std::string window;
  float x = 0, y = 0, w = 0, h = 0;
  bool focused = false;  // has the visible keyboard focus
};

// Call at the start of every frame, before any widget is drawn (also turns the
// hooks on for the current ImGui context).
void BeginWidgetFrame();
// For widgets ImGui does not report (custom-drawn cards, chart vertices).
void RecordWidget(const char* label_with_id, const ImVec2& min, const ImVec2& max);
const std::vector<WidgetInfo>& FrameWidgets();

// Text blocks drawn through the ui helpers in the last frame (window.skillscope.texts()),
// so browser tests can check what a person reads, e.g. an error message.
struct TextInfo {
  std::string text;
  float x = 0, y = 0, w = 0, h = 0;
};
void RecordText(const char* text, const ImVec2& min, const ImVec2& max);
const std::vector<TextInfo>& FrameTexts();

// "Start##start" -> {"Start", "start"}; "###x" -> {"", "x"}.
struct SplitLabel {
  std::string visible;
  std::string id;
};
SplitLabel SplitWidgetLabel(const char* label);

}  // namespace skillscope::ui
