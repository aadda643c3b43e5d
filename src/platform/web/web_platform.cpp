// The browser's Platform. Every call goes to library_skillscope.js; asynchronous
// results (files, links) come back through the ss_on_* entry points at the bottom,
// which run the waiting callback and wake the frame loop.
//
// Sections
//   [SECTION] Pending requests
//   [SECTION] Clock, bundle, preferences
//   [SECTION] The address
//   [SECTION] Storage
//   [SECTION] Files and downloads
//   [SECTION] Sharing, other tabs
//   [SECTION] Entry points JS calls
#include "platform/web/web_platform.h"

#include <emscripten/emscripten.h>

#include <cstdlib>
#include <map>

#include "core/text/markup.h"
#include "platform/web/browser_bridge.h"
#include "platform/web/frame_loop.h"
#include "platform/web/waiting_callbacks.h"

namespace skillscope::platform {
namespace {

// ---------------------------------------------------------------------------
// [SECTION] Pending requests
// ---------------------------------------------------------------------------
constexpr int kDropRequest = 0;

struct Requests {
  int next_id = 1;
  std::map<int, FileCallback> files;
  std::map<int, TextCallback> texts;  // share links, fetched files
  // Multiple selections and drops: files gather until ss_on_files_end.
  std::map<int, FilesCallback> batches;
  std::map<int, std::vector<PickedFile>> gathered;
  FilesCallback on_drop;
  std::function<void(std::string)> on_storage_change;
  std::function<void(std::string)> on_address_change;
  std::function<void(bool)> on_color_scheme;
  std::function<void()> on_rest_of_app;
};
Requests& Pending() {
  static Requests r;
  return r;
}

// A malloc'd string from JS, freed here.
std::string TakeString(char* text) {
  std::string out = text ? text : "";
  std::free(text);
  return out;
}

}  // namespace

// ---------------------------------------------------------------------------
// [SECTION] Clock, bundle, preferences
// ---------------------------------------------------------------------------
std::string WebPlatform::NowIso8601() {
  char buf[32] = {};
  ss_js_now_iso(buf, sizeof buf);
  return buf;
}

std::string WebPlatform::RandomHex(int digits) {
  if (digits <= 0) return {};
  std::string buf(static_cast<std::size_t>(digits) + 1, '\0');
  ss_js_random_hex(buf.data(), digits);
  buf.resize(static_cast<std::size_t>(digits));
  return buf;
}

std::optional<std::string> WebPlatform::TakeBundledFile(std::string_view name) {
  const std::string key(name);
  int size = 0;
  char* bytes = ss_js_take_bundled_file(key.c_str(), &size);
  if (!bytes) return std::nullopt;
  std::string out(bytes, static_cast<std::size_t>(size));
  std::free(bytes);
  return out;
}

void WebPlatform::FetchBundleFile(const std::string& path, TextCallback done) {
  Requests& r = Pending();
  const int id = r.next_id++;
  r.texts[id] = std::move(done);
  ss_js_fetch(id, path.c_str());
}

std::vector<std::string> WebPlatform::BundledFileNames(std::string_view prefix) {
  const std::string key(prefix);
  return SplitLines(TakeString(ss_js_bundled_file_names(key.c_str())));
}

bool WebPlatform::PrefersDarkColorScheme() { return ss_js_prefers_dark() != 0; }

std::vector<std::string> WebPlatform::BrowserLanguages() { return SplitLines(TakeString(ss_js_browser_languages())); }

void WebPlatform::SetPageLanguage(const std::string& code) { ss_js_set_page_language(code.c_str()); }

std::string WebPlatform::UpdatedFromVersion() { return TakeString(ss_js_updated_from_version()); }

// ---------------------------------------------------------------------------
// [SECTION] The address
// ---------------------------------------------------------------------------
std::string WebPlatform::Fragment() { return TakeString(ss_js_fragment()); }

void WebPlatform::SetFragment(const std::string& fragment, bool push) { ss_js_set_fragment(fragment.c_str(), push ? 1 : 0); }

void WebPlatform::HistoryBack() { ss_js_history_back(); }

void WebPlatform::SetAddressChangeHandler(std::function<void(std::string fragment)> on_change) {
  const bool first = !Pending().on_address_change;
  Pending().on_address_change = std::move(on_change);
  if (first) ss_js_watch_address();
}

void WebPlatform::WhenRestOfApp(std::function<void()> then) {
  if (ss_js_when_rest_of_app()) return then();
  Pending().on_rest_of_app = std::move(then);
}

void WebPlatform::SetColorSchemeHandler(std::function<void(bool dark)> on_change) {
  const bool first = !Pending().on_color_scheme;
  Pending().on_color_scheme = std::move(on_change);
  if (first) ss_js_watch_color_scheme();
}

// ---------------------------------------------------------------------------
// [SECTION] Storage
// ---------------------------------------------------------------------------
bool WebPlatform::StorageAvailable() { return ss_js_storage_available() != 0; }

std::optional<std::string> WebPlatform::StorageGet(const std::string& key) {
  int size = 0;
  char* value = ss_js_storage_get(key.c_str(), &size);
  if (!value) return std::nullopt;
  std::string out(value, static_cast<std::size_t>(size));
  std::free(value);
  return out;
}

StorageStatus WebPlatform::StorageSet(const std::string& key, const std::string& value) {
  switch (ss_js_storage_set(key.c_str(), value.data(), value.size())) {
    case 0: return StorageStatus::Ok;
    case 1: return StorageStatus::QuotaExceeded;
    default: return StorageStatus::Unavailable;
  }
}

void WebPlatform::StorageRemove(const std::string& key) { ss_js_storage_remove(key.c_str()); }

std::vector<std::string> WebPlatform::StorageKeys(const std::string& prefix) {
  return SplitLines(TakeString(ss_js_storage_keys(prefix.c_str())));
}

// ---------------------------------------------------------------------------
// [SECTION] Files and downloads
// ---------------------------------------------------------------------------
void WebPlatform::PickFile(const std::string& accept, std::size_t max_bytes, FileCallback on_picked) {
  Requests& r = Pending();
  const int id = r.next_id++;
  r.files[id] = std::move(on_picked);
  ss_js_pick_file(id, accept.c_str(), static_cast<double>(max_bytes));
}

void WebPlatform::PickFiles(const std::string& accept, std::size_t max_bytes, FilesCallback on_picked) {
  Requests& r = Pending();
  const int id = r.next_id++;
  r.batches[id] = std::move(on_picked);
  ss_js_pick_files(id, accept.c_str(), static_cast<double>(max_bytes));
}

void WebPlatform::SetFileDropHandler(std::size_t max_bytes, FilesCallback on_dropped) {
  Pending().on_drop = std::move(on_dropped);
  ss_js_enable_file_drop(static_cast<double>(max_bytes));
}

void WebPlatform::DownloadFile(const std::string& file_name, const std::string& mime_type, const std::string& bytes) {
  ss_js_download(file_name.c_str(), mime_type.c_str(), bytes.data(), static_cast<int>(bytes.size()));
}

void WebPlatform::DownloadSvgAsPng(const std::string& file_name, const std::string& svg, double width, double height,
                                   double scale) {
  ss_js_download_svg_png(file_name.c_str(), svg.c_str(), width, height, scale);
}

// ---------------------------------------------------------------------------
// [SECTION] Sharing, other tabs
// ---------------------------------------------------------------------------
void WebPlatform::MakeShareLink(const std::string& text, TextCallback done) {
  Requests& r = Pending();
  const int id = r.next_id++;
  r.texts[id] = std::move(done);
  ss_js_make_share_link(id, text.c_str());
}

void WebPlatform::CopyText(const std::string& text) { ss_js_copy_text(text.c_str()); }

void WebPlatform::SetStorageChangeHandler(std::function<void(std::string key)> on_change) {
  const bool first = !Pending().on_storage_change;
  Pending().on_storage_change = std::move(on_change);
  if (first) ss_js_watch_storage();
}

}  // namespace skillscope::platform

// ---------------------------------------------------------------------------
// [SECTION] Entry points JS calls
// ---------------------------------------------------------------------------
extern "C" {

// A chosen or dropped file; the bytes are only valid during this call (copied here).
EMSCRIPTEN_KEEPALIVE void ss_on_file(int request_id, const char* name, const char* data, int len, double size,
                                     int too_large, const char* error) {
  using namespace skillscope;
  using namespace skillscope::platform;
  Requests& r = Pending();
  const bool batch = request_id == kDropRequest || r.batches.count(request_id);
  FileCallback callback;
  if (auto it = r.files.find(request_id); it != r.files.end()) {
    callback = std::move(it->second);
    r.files.erase(it);
  }
  if (!callback && !batch) return;
  PickedFile file;
  file.name = name ? name : "";
  if (data && len > 0) file.bytes.assign(data, static_cast<std::size_t>(len));
  file.size = size > 0 ? static_cast<std::size_t>(size) : 0;
  file.too_large = too_large != 0;
  file.error = error ? error : "";
  if (batch) {
    r.gathered[request_id].push_back(std::move(file));
    return;
  }
  callback(std::move(file));
  RequestFrame();
}

// The last file of a multiple selection or a drop has arrived.
EMSCRIPTEN_KEEPALIVE void ss_on_files_end(int request_id) {
  using namespace skillscope;
  using namespace skillscope::platform;
  Requests& r = Pending();
  std::vector<PickedFile> files = std::move(r.gathered[request_id]);
  r.gathered.erase(request_id);
  FilesCallback callback;
  if (request_id == kDropRequest) {
    callback = r.on_drop;
  } else if (auto it = r.batches.find(request_id); it != r.batches.end()) {
    callback = std::move(it->second);
    r.batches.erase(it);
  }
  if (callback && !files.empty()) callback(std::move(files));
  RequestFrame();
}

EMSCRIPTEN_KEEPALIVE void ss_on_text(int request_id, int ok, const char* text) {
  using namespace skillscope;
  using namespace skillscope::platform;
  TextCallback done = TakeWaiting(Pending().texts, request_id);
  if (done) done(ok != 0, text ? text : "");
  RequestFrame();
}

// A fetched bundle file; the bytes are only valid during this call (copied here).
EMSCRIPTEN_KEEPALIVE void ss_on_fetched(int request_id, int ok, const char* data, int len) {
  using namespace skillscope;
  using namespace skillscope::platform;
  TextCallback done = TakeWaiting(Pending().texts, request_id);
  if (done) done(ok != 0, data && len > 0 ? std::string(data, static_cast<std::size_t>(len)) : std::string());
  RequestFrame();
}

EMSCRIPTEN_KEEPALIVE void ss_on_storage_change(const char* key) {
  using namespace skillscope::platform;
  if (Pending().on_storage_change) Pending().on_storage_change(key ? key : "");
  RequestFrame();
}

EMSCRIPTEN_KEEPALIVE void ss_on_address_change(const char* fragment) {
  using namespace skillscope::platform;
  if (Pending().on_address_change) Pending().on_address_change(fragment ? fragment : "");
  RequestFrame();
}

EMSCRIPTEN_KEEPALIVE void ss_on_rest_of_app() {
  using namespace skillscope::platform;
  std::function<void()> then = std::move(Pending().on_rest_of_app);
  Pending().on_rest_of_app = nullptr;
  if (then) then();
  RequestFrame();
}

EMSCRIPTEN_KEEPALIVE void ss_on_color_scheme(int dark) {
  using namespace skillscope::platform;
  if (Pending().on_color_scheme) Pending().on_color_scheme(dark != 0);
  RequestFrame();
}

}  // extern "C"
