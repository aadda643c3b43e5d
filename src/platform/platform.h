#pragma once
// The browser edge, behind one narrow interface.
//
// core/ and ui/ never include this file's implementation headers (emscripten/*):
// the app glue (src/app/) is the only caller. One implementation per platform:
//   src/platform/web/     the browser (Emscripten), all JS in library_skillscope.js
//   src/platform/native/  in-memory stand-ins for native tools and tests
//
// Browser APIs are asynchronous; everything that waits on the user or the network
// takes a callback, which runs later on the main thread and wakes the frame loop.
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace skillscope::platform {

// ---- The app, as the frame loop sees it ----------------------------------
struct AppCallbacks {
  // Called once before the first frame and again whenever the device pixel ratio
  // changes (browser zoom, moving to another screen): rebuild fonts and style.
  std::function<void(float device_pixel_ratio)> on_scale_changed;
  // Draw one frame of UI (between ImGui::NewFrame and ImGui::Render).
  std::function<void()> draw_frame;
  // Current state for window.skillscope.state(), as a JSON text.
  std::function<std::string()> state_json;
  // Interactive items of the last frame for window.skillscope.widgets(), as a JSON
  // array in framebuffer pixels ({id,label,x,y,w,h}); the platform converts to CSS px.
  std::function<std::string()> widgets_json;
  // Text blocks of the last frame for window.skillscope.texts() ({text,x,y,w,h}).
  std::function<std::string()> texts_json;
};

// Takes over the thread: sets up the canvas, the GL context and ImGui, then draws
// frames on demand (after input, resize or RequestFrame) and never when idle.
void Run(AppCallbacks callbacks);

// Ask for another frame soon (after async work changed what is on screen).
void RequestFrame();

// Seconds since some fixed point; monotonic.
double NowSeconds();

// Current wall-clock time as ISO 8601 UTC ("2026-11-22T08:51:07Z").
std::string NowIso8601();

// Random lower-case hex digits from the browser's cryptographic generator (for ids).
std::string RandomHex(int digits);

// ---- Files bundled with the page ------------------------------------------
// The loader (web/boot.js) fetches fonts and built-in frameworks before main();
// each can be taken once (its memory is then released on the JS side).
std::optional<std::string> TakeBundledFile(std::string_view name);
std::vector<std::string> BundledFileNames(std::string_view prefix);

// ---- Preferences the browser knows ----------------------------------------
bool PrefersDarkColorScheme();

// ---- Persistent storage (the browser's localStorage) -----------------------
enum class StorageStatus { Ok, QuotaExceeded, Unavailable };
// False in private modes or when storage is disabled: the app then works in memory.
bool StorageAvailable();
std::optional<std::string> StorageGet(const std::string& key);
StorageStatus StorageSet(const std::string& key, const std::string& value);
void StorageRemove(const std::string& key);
std::vector<std::string> StorageKeys(const std::string& prefix);

// ---- Files the person hands us or takes away -------------------------------
struct PickedFile {
  std::string name;
  std::string bytes;       // empty when too_large
  std::size_t size = 0;    // size on disk
  bool too_large = false;  // larger than the limit asked for; bytes were not read
  std::string error;       // the browser could not read it
};
using FileCallback = std::function<void(PickedFile)>;

// Opens the browser's file chooser. The callback runs once a file is chosen and read;
// not at all when the person cancels.
void PickFile(const std::string& accept, std::size_t max_bytes, FileCallback on_picked);
// Files dropped anywhere on the page go here (the last handler set wins).
void SetFileDropHandler(std::size_t max_bytes, FileCallback on_dropped);
// Saves bytes as a download with this file name.
void DownloadFile(const std::string& file_name, const std::string& mime_type, const std::string& bytes);
// ---- Share links ------------------------------------------------------------
// A profile travels inside a link's fragment (#p=...), compressed, never sent to a server.
using TextCallback = std::function<void(bool ok, std::string text)>;
// Compresses `text` and returns the whole link (this page's address + #p=...).
void MakeShareLink(const std::string& text, TextCallback done);
// The #p=... of the address the page was opened with, decompressed (once; the
// fragment is then removed from the address bar). ok=false with no text: no link.
void TakeSharedLink(TextCallback done);
// Puts text on the clipboard (best effort; the browser may refuse).
void CopyText(const std::string& text);

// ---- Other tabs -----------------------------------------------------------
// Called with the storage key another tab of this app just changed.
void SetStorageChangeHandler(std::function<void(std::string key)> on_change);

// The version the app ran as on this browser's previous visit, when it was another
// one (the service worker has just moved this browser to a new deployment).
std::string UpdatedFromVersion();

// Renders an SVG (width x height CSS px) to a PNG at `scale` and downloads it.
void DownloadSvgAsPng(const std::string& file_name, const std::string& svg, double width, double height, double scale);

}  // namespace skillscope::platform
