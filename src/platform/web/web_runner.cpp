// The frame loop in the browser: WebGL2 context, ImGui context and renderer,
// render on demand.
//
// Sections
//   [SECTION] State shared with exports.cpp
//   [SECTION] Frame scheduling (render on demand)
//   [SECTION] One frame
//   [SECTION] Run()
#include <GLES3/gl3.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cstdlib>
#include <string>

#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_internal.h"
#include "platform/web/accessibility.h"
#include "platform/web/browser_bridge.h"
#include "platform/web/frame_loop.h"
#include "platform/web/keys.h"
#include "platform/web/web_state.h"

namespace skillscope::platform {

// ---------------------------------------------------------------------------
// [SECTION] State shared with exports.cpp
// ---------------------------------------------------------------------------
WebState& State() {
  static WebState state;
  return state;
}

namespace {

// Frames drawn after the last input before the loop goes quiet. ImGui resolves
// hover one frame late and auto-sized windows settle over two, so 3 frames show the
// final picture; after that nothing is drawn until the next event (0 frames idle).
constexpr int kSettleFrames = 3;

// ---------------------------------------------------------------------------
// [SECTION] Frame scheduling (render on demand)
// ---------------------------------------------------------------------------
EM_BOOL OnAnimationFrame(double, void*);

void ScheduleFrame() {
  WebState& s = State();
  if (s.frame_scheduled || !s.running) return;
  s.frame_scheduled = true;
  emscripten_request_animation_frame(OnAnimationFrame, nullptr);
}

void InstallKeyMap(ImGuiIO& io) {
  io.KeyMap[ImGuiKey_Tab] = keys::kTab;
  io.KeyMap[ImGuiKey_LeftArrow] = keys::kLeftArrow;
  io.KeyMap[ImGuiKey_RightArrow] = keys::kRightArrow;
  io.KeyMap[ImGuiKey_UpArrow] = keys::kUpArrow;
  io.KeyMap[ImGuiKey_DownArrow] = keys::kDownArrow;
  io.KeyMap[ImGuiKey_PageUp] = keys::kPageUp;
  io.KeyMap[ImGuiKey_PageDown] = keys::kPageDown;
  io.KeyMap[ImGuiKey_Home] = keys::kHome;
  io.KeyMap[ImGuiKey_End] = keys::kEnd;
  io.KeyMap[ImGuiKey_Insert] = keys::kInsert;
  io.KeyMap[ImGuiKey_Delete] = keys::kDelete;
  io.KeyMap[ImGuiKey_Backspace] = keys::kBackspace;
  io.KeyMap[ImGuiKey_Space] = keys::kSpace;
  io.KeyMap[ImGuiKey_Enter] = keys::kEnter;
  io.KeyMap[ImGuiKey_Escape] = keys::kEscape;
  io.KeyMap[ImGuiKey_KeyPadEnter] = keys::kKeypadEnter;
  io.KeyMap[ImGuiKey_A] = keys::Letter('A');
  io.KeyMap[ImGuiKey_C] = keys::Letter('C');
  io.KeyMap[ImGuiKey_V] = keys::Letter('V');
  io.KeyMap[ImGuiKey_X] = keys::Letter('X');
  io.KeyMap[ImGuiKey_Y] = keys::Letter('Y');
  io.KeyMap[ImGuiKey_Z] = keys::Letter('Z');
}

// A new ratio, or glyphs the app did not have (font pieces arrived): the app rebuilds
// the atlas between frames, so nothing typed and no focus is lost, and it is uploaded
// again. The time taken is kept for window.skillscope.fonts().
void ApplyFontChanges() {
  WebState& s = State();
  const double start = NowSeconds();
  bool rebuilt = false;
  if (s.applied_ratio != s.device_pixel_ratio) {
    s.applied_ratio = s.device_pixel_ratio;
    if (s.callbacks.on_scale_changed) s.callbacks.on_scale_changed(s.device_pixel_ratio);
    rebuilt = true;
  }
  if (s.callbacks.update_fonts && s.callbacks.update_fonts()) rebuilt = true;
  if (!rebuilt) return;
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
  ++s.font_rebuilds;
  s.last_font_rebuild_ms = (NowSeconds() - start) * 1000.0;
  s.max_font_rebuild_ms = std::max(s.max_font_rebuild_ms, s.last_font_rebuild_ms);
}

// Hands the keyboard to the hidden text proxy while a text field is active (on-screen
// keyboards, input methods), and back to the canvas afterwards.
void SyncTextInput() {
  WebState& s = State();
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  const bool active = g.ActiveId != 0 && g.ActiveId == g.InputTextState.ID;
  if (active == s.text_input_active && !active) return;
  ss_js_set_text_input(active ? 1 : 0, s.ime_x, s.ime_y);
  s.text_input_active = active;
}

void OnImePosition(int x, int y) {
  State().ime_x = static_cast<float>(x);
  State().ime_y = static_cast<float>(y);
}

// ---------------------------------------------------------------------------
// [SECTION] One frame
// ---------------------------------------------------------------------------
EM_BOOL OnAnimationFrame(double, void*) {
  WebState& s = State();
  s.frame_scheduled = false;
  ImGuiIO& io = ImGui::GetIO();

  ApplyFontChanges();
  const float line_px = ImGui::GetFontSize() > 0 ? ImGui::GetFontSize() : 16.0f * s.device_pixel_ratio;
  const bool had_input = s.input.ApplyTo(io, 5.0f * line_px);
  for (const InputQueue::Request& r : s.input.TakeItemRequests())
    if (s.callbacks.on_item_request) s.callbacks.on_item_request(r.item, r.press);
  if (had_input || s.wake_requested) s.settle_frames = kSettleFrames;
  s.wake_requested = false;

  const double now = NowSeconds();
  // ImGui asserts on a zero delta; never clamp the top, or two clicks seconds apart
  // would count as a double click.
  io.DeltaTime = static_cast<float>(std::max(now - s.last_frame_time, 1e-4));
  s.last_frame_time = now;
  io.DisplaySize = ImVec2(static_cast<float>(s.width_px), static_cast<float>(s.height_px));
  io.DisplayFramebufferScale = ImVec2(1, 1);

  ImGui_ImplOpenGL3_NewFrame();
  ImGui::NewFrame();
  if (s.callbacks.draw_frame) s.callbacks.draw_frame();
  ImGui::Render();

  glViewport(0, 0, s.width_px, s.height_px);
  const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  glClearColor(bg.x, bg.y, bg.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

  ss_js_set_cursor(io.MouseDrawCursor ? -1 : ImGui::GetMouseCursor());
  SyncTextInput();
  SyncAccessibility();
  if (io.WantSetMousePos) { /* NavEnableSetMousePos is off: nothing to move. */ }

  ++s.frames;
  if (s.frames == 1) ss_js_first_frame();

  if (s.settle_frames > 0) --s.settle_frames;
  if (!s.input.Empty() || s.settle_frames > 0 || s.wake_requested) ScheduleFrame();
  return EM_FALSE;  // one-shot; the next frame is requested explicitly
}

const char* GetClipboard(void*) { return State().clipboard.c_str(); }
void SetClipboard(void*, const char* text) {
  State().clipboard = text ? text : "";
  ss_js_set_clipboard(State().clipboard.c_str());
}

}  // namespace

// ---------------------------------------------------------------------------
// [SECTION] Run()
// ---------------------------------------------------------------------------
void RequestFrame() {
  State().wake_requested = true;
  ScheduleFrame();
}

double NowSeconds() { return emscripten_get_now() / 1000.0; }

void Run(AppCallbacks callbacks) {
  WebState& s = State();
  s.callbacks = std::move(callbacks);

  EmscriptenWebGLContextAttributes attrs;
  emscripten_webgl_init_context_attributes(&attrs);
  attrs.majorVersion = 2;
  attrs.minorVersion = 0;
  attrs.alpha = EM_FALSE;
  attrs.depth = EM_FALSE;
  attrs.stencil = EM_FALSE;
  attrs.antialias = EM_FALSE;  // ImGui anti-aliases its own lines and fills
  // web/boot.js creates the context first with these same attributes; keep them in step.
  // The renderer uses WebGL 2 core only; asking the browser for all 31 extensions cost
  // about 120 ms before the first frame.
  attrs.enableExtensionsByDefault = EM_FALSE;
  const EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl = emscripten_webgl_create_context("#canvas", &attrs);
  if (gl <= 0) {
    // boot.js made this canvas's context already (and says so when it cannot); this is
    // the rare late failure.
    ss_js_fail("WebGL 2 could not be started on this canvas.");
    return;
  }
  emscripten_webgl_make_context_current(gl);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // layout is not user state; nothing goes to storage
  io.LogFilename = nullptr;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  io.ConfigInputTextCursorBlink = false;  // a blinking caret would need frames while idle
  io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
  io.BackendPlatformName = "skillscope_web";
  io.GetClipboardTextFn = GetClipboard;
  io.SetClipboardTextFn = SetClipboard;
  io.ImeSetInputScreenPosFn = OnImePosition;
  InstallKeyMap(io);

  s.running = true;
  ss_js_init();  // sizes the canvas (ss_on_resize) and installs listeners
  ImGui_ImplOpenGL3_Init("#version 300 es");
  s.applied_ratio = s.device_pixel_ratio;
  if (s.callbacks.on_scale_changed) s.callbacks.on_scale_changed(s.device_pixel_ratio);
  ImGui_ImplOpenGL3_CreateDeviceObjects();  // shaders + the font atlas just built
  s.last_frame_time = NowSeconds();
  RequestFrame();
  // main() returns; the runtime stays alive (EXIT_RUNTIME=0) and frames are driven
  // by requestAnimationFrame callbacks.
}

}  // namespace skillscope::platform
