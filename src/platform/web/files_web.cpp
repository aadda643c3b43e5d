// File chooser, drag and drop, and downloads. JS reads the file and calls ss_on_file
// with the bytes, which are only valid during that call (copied here).
#include <emscripten/emscripten.h>

#include <map>

#include "platform/platform.h"
#include "platform/web/browser_bridge.h"

namespace skillscope::platform {
namespace {
constexpr int kDropRequest = 0;

struct FileRequests {
  int next_id = 1;
  std::map<int, FileCallback> pending;
  FileCallback on_drop;
};
FileRequests& Requests() {
  static FileRequests requests;
  return requests;
}
}  // namespace

void PickFile(const std::string& accept, std::size_t max_bytes, FileCallback on_picked) {
  FileRequests& r = Requests();
  const int id = r.next_id++;
  r.pending[id] = std::move(on_picked);
  ss_js_pick_file(id, accept.c_str(), static_cast<double>(max_bytes));
}

void SetFileDropHandler(std::size_t max_bytes, FileCallback on_dropped) {
  Requests().on_drop = std::move(on_dropped);
  ss_js_enable_file_drop(static_cast<double>(max_bytes));
}

void DownloadFile(const std::string& file_name, const std::string& mime_type, const std::string& bytes) {
  ss_js_download(file_name.c_str(), mime_type.c_str(), bytes.data(), static_cast<int>(bytes.size()));
}

void DownloadSvgAsPng(const std::string& file_name, const std::string& svg, double width, double height, double scale) {
  ss_js_download_svg_png(file_name.c_str(), svg.c_str(), width, height, scale);
}

}  // namespace skillscope::platform

extern "C" EMSCRIPTEN_KEEPALIVE void ss_on_file(int request_id, const char* name, const char* data, int len,
                                                 double size, int too_large, const char* error) {
  using namespace skillscope::platform;
  FileRequests& r = Requests();
  FileCallback callback;
  if (request_id == kDropRequest) {
    callback = r.on_drop;
  } else if (auto it = r.pending.find(request_id); it != r.pending.end()) {
    callback = std::move(it->second);
    r.pending.erase(it);
  }
  if (!callback) return;
  PickedFile file;
  file.name = name ? name : "";
  if (data && len > 0) file.bytes.assign(data, static_cast<std::size_t>(len));
  file.size = size > 0 ? static_cast<std::size_t>(size) : 0;
  file.too_large = too_large != 0;
  file.error = error ? error : "";
  callback(std::move(file));
  RequestFrame();
}
