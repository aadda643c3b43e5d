#pragma once
// The frame loop in the browser: sets up the canvas, the WebGL 2 context and ImGui,
// then draws frames on demand (after input, resize or RequestFrame) and never when
// idle. Only the app's main() and src/platform/web/ use it.
#include <functional>
#include <string>

namespace skillscope::platform {

// The app, as the frame loop sees it.
struct AppCallbacks {
  // Called once before the first frame and again whenever the device pixel ratio
  // changes (browser zoom, moving to another screen): rebuild fonts and style.
  std::function<void(float device_pixel_ratio)> on_scale_changed;
  // Called before every frame: rebuild the font atlas if the app now has glyphs it did
  // not have (font pieces arrived); true when it did, and the texture is uploaded again.
  std::function<bool()> update_fonts;
  // Draw one frame of UI (between ImGui::NewFrame and ImGui::Render).
  std::function<void()> draw_frame;
  // Current state for window.skillscope.state(), as a JSON text.
  std::function<std::string()> state_json;
  // Interactive items of the last frame for window.skillscope.widgets(), as a JSON
  // array in framebuffer pixels ({id,label,x,y,w,h}); the platform converts to CSS px.
  std::function<std::string()> widgets_json;
  // Text blocks of the last frame for window.skillscope.texts() ({text,x,y,w,h}).
  std::function<std::string()> texts_json;
  // The fonts for window.skillscope.fonts(): a JSON object (pieces loaded, glyphs, ...);
  // the frame loop adds how long atlas rebuilds took.
  std::function<std::string()> fonts_json;
  // Assistive technology focused (press: false) or pressed an item of the last frame
  // through the accessibility mirror. Called before ImGui::NewFrame, in input order.
  std::function<void(unsigned item, bool press)> on_item_request;
};

// Takes over: frames are then driven by requestAnimationFrame callbacks.
void Run(AppCallbacks callbacks);

// Ask for another frame soon (after async work changed what is on screen).
void RequestFrame();

// Seconds since some fixed point; monotonic.
double NowSeconds();

}  // namespace skillscope::platform
