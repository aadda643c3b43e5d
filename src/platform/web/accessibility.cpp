#include "platform/web/accessibility.h"

#include <emscripten/emscripten.h>

#include "imgui.h"
#include "imgui_internal.h"
#include "platform/web/frame_loop.h"
#include "platform/web/web_state.h"

// Implemented in library_a11y.js.
extern "C" {
void ss_js_a11y_update(const char* tree_json);
void ss_js_a11y_focus(unsigned focused_item, unsigned edited_item);
int ss_js_prefers_more_contrast();
void ss_js_watch_contrast();
}

namespace skillscope::platform {
namespace {

struct Mirror {
  std::string tree;
  bool tree_waiting = false;
  bool sent_focus = false;
  unsigned focused = 0;
  unsigned edited = 0;
  std::function<void(bool)> on_contrast;
};

Mirror& M() {
  static Mirror mirror;
  return mirror;
}

}  // namespace

void PublishAccessibilityTree(std::string tree) {
  M().tree = std::move(tree);
  M().tree_waiting = true;
}

void SyncAccessibility() {
  Mirror& m = M();
  bool resend_focus = !m.sent_focus;
  if (m.tree_waiting) {
    ss_js_a11y_update(m.tree.c_str());
    m.tree_waiting = false;
    resend_focus = true;  // elements may have been made anew
  }
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  const unsigned focused = g.NavId != 0 && !g.NavDisableHighlight ? g.NavId : 0;
  const unsigned edited = g.ActiveId != 0 && g.ActiveId == g.InputTextState.ID ? g.ActiveId : 0;
  if (!resend_focus && focused == m.focused && edited == m.edited) return;
  ss_js_a11y_focus(focused, edited);
  m.focused = focused;
  m.edited = edited;
  m.sent_focus = true;
}

bool PrefersMoreContrast() { return ss_js_prefers_more_contrast() != 0; }

void SetContrastHandler(std::function<void(bool more)> on_change) {
  const bool first = !M().on_contrast;
  M().on_contrast = std::move(on_change);
  if (first) ss_js_watch_contrast();
}

}  // namespace skillscope::platform

// ---- Entry points library_a11y.js calls ------------------------------------
extern "C" {

// A mirror element got DOM focus (Tab from the browser, a screen reader moving).
EMSCRIPTEN_KEEPALIVE void ss_on_a11y_focus(unsigned item) {
  skillscope::platform::State().input.ItemRequest(item, false);
  skillscope::platform::RequestFrame();
}

// A mirror element was clicked by assistive technology (no key, no pointer).
EMSCRIPTEN_KEEPALIVE void ss_on_a11y_press(unsigned item) {
  skillscope::platform::State().input.ItemRequest(item, true);
  skillscope::platform::RequestFrame();
}

EMSCRIPTEN_KEEPALIVE void ss_on_contrast(int more) {
  auto& m = skillscope::platform::M();
  if (m.on_contrast) m.on_contrast(more != 0);
  skillscope::platform::RequestFrame();
}

}  // extern "C"
