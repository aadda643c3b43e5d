// Entry points JS calls (library_skillscope.js): input events, resize, and the
// window.skillscope test hook. Every input wakes the frame loop.
#include <emscripten/emscripten.h>

#include <cstdlib>
#include <string>

#include "platform/web/frame_loop.h"
#include "platform/web/browser_bridge.h"
#include "platform/web/web_state.h"

using skillscope::platform::RequestFrame;
using skillscope::platform::State;

extern "C" {

EMSCRIPTEN_KEEPALIVE void ss_request_frame() { RequestFrame(); }

EMSCRIPTEN_KEEPALIVE void ss_on_resize(int width_px, int height_px, double device_pixel_ratio) {
  auto& s = State();
  s.width_px = width_px > 0 ? width_px : 1;
  s.height_px = height_px > 0 ? height_px : 1;
  s.device_pixel_ratio = device_pixel_ratio > 0 ? static_cast<float>(device_pixel_ratio) : 1.0f;
  RequestFrame();
}

EMSCRIPTEN_KEEPALIVE void ss_on_pointer_move(float x, float y) {
  State().input.PointerMove(x, y);
  RequestFrame();
}
EMSCRIPTEN_KEEPALIVE void ss_on_pointer_leave() {
  State().input.PointerLeave();
  RequestFrame();
}
EMSCRIPTEN_KEEPALIVE void ss_on_pointer_button(int button, int down) {
  State().input.PointerButton(button, down != 0);
  RequestFrame();
}
EMSCRIPTEN_KEEPALIVE void ss_on_wheel(float dx_css, float dy_css) {
  const float ratio = State().device_pixel_ratio;
  State().input.Wheel(dx_css * ratio, dy_css * ratio);
  RequestFrame();
}
EMSCRIPTEN_KEEPALIVE void ss_on_modifiers(int ctrl, int shift, int alt, int super) {
  State().input.Modifiers(ctrl != 0, shift != 0, alt != 0, super != 0);
}
EMSCRIPTEN_KEEPALIVE void ss_on_key(int index, int down) {
  State().input.Key(index, down != 0);
  RequestFrame();
}
EMSCRIPTEN_KEEPALIVE void ss_on_char(unsigned int codepoint) {
  State().input.Char(codepoint);
  RequestFrame();
}
EMSCRIPTEN_KEEPALIVE void ss_on_focus(int focused) {
  State().input.Focus(focused != 0);
  RequestFrame();
}
EMSCRIPTEN_KEEPALIVE void ss_on_paste(const char* utf8) {
  // Arrives between the Ctrl+V keydown and the frame that handles it.
  State().clipboard = utf8 ? utf8 : "";
  RequestFrame();
}

// ---- window.skillscope ----------------------------------------------------
EMSCRIPTEN_KEEPALIVE unsigned ss_frames() { return State().frames; }

EMSCRIPTEN_KEEPALIVE const char* ss_state_json() {
  auto& s = State();
  s.reply = s.callbacks.state_json ? s.callbacks.state_json() : "null";
  return s.reply.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* ss_widgets_json() {
  auto& s = State();
  s.reply = s.callbacks.widgets_json ? s.callbacks.widgets_json() : "[]";
  return s.reply.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* ss_texts_json() {
  auto& s = State();
  s.reply = s.callbacks.texts_json ? s.callbacks.texts_json() : "[]";
  return s.reply.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* ss_fonts_json() {
  auto& s = State();
  // The app's object, with the rebuild times added as its first members.
  std::string app = s.callbacks.fonts_json ? s.callbacks.fonts_json() : "{}";
  const std::string times = "{\"rebuilds\":" + std::to_string(s.font_rebuilds) +
                            ",\"lastRebuildMs\":" + std::to_string(s.last_font_rebuild_ms) +
                            ",\"maxRebuildMs\":" + std::to_string(s.max_font_rebuild_ms);
  s.reply = times + (app.size() > 2 ? "," + app.substr(1) : "}");
  return s.reply.c_str();
}

}  // extern "C"
