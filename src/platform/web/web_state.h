#pragma once
// What the frame loop (web_runner.cpp) and the JS entry points (exports.cpp) share.
#include <string>

#include "platform/web/frame_loop.h"
#include "platform/web/input_queue.h"

namespace skillscope::platform {

struct WebState {
  AppCallbacks callbacks;
  InputQueue input;
  bool running = false;
  bool frame_scheduled = false;
  bool wake_requested = false;
  int settle_frames = 0;
  int width_px = 1;   // canvas backing store
  int height_px = 1;
  float device_pixel_ratio = 1.0f;
  float applied_ratio = 0.0f;  // ratio the fonts and style were last built for
  int font_rebuilds = 0;             // atlas rebuilds after the first build
  double last_font_rebuild_ms = 0;   // atlas build + texture upload, the last one
  double max_font_rebuild_ms = 0;
  double last_frame_time = 0.0;
  unsigned frames = 0;
  std::string clipboard;  // last text copied by ImGui or pasted by the browser
  std::string reply;      // keeps the last string handed to JS alive
  bool text_input_active = false;  // an ImGui text field has the keyboard
  float ime_x = 0, ime_y = 0;      // its caret, for the text proxy (library_skillscope.js)
};

WebState& State();

}  // namespace skillscope::platform
