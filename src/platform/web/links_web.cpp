// Share links, storage events from other tabs, and the update notice.
#include <emscripten/emscripten.h>

#include <cstdlib>
#include <map>

#include "platform/platform.h"
#include "platform/web/browser_bridge.h"

namespace skillscope::platform {
namespace {
struct TextRequests {
  int next_id = 1;
  std::map<int, TextCallback> pending;
  std::function<void(std::string)> on_storage_change;
};
TextRequests& Requests() {
  static TextRequests r;
  return r;
}
int Remember(TextCallback done) {
  TextRequests& r = Requests();
  const int id = r.next_id++;
  r.pending[id] = std::move(done);
  return id;
}
}  // namespace

void MakeShareLink(const std::string& text, TextCallback done) { ss_js_make_share_link(Remember(std::move(done)), text.c_str()); }
void TakeSharedLink(TextCallback done) { ss_js_take_shared_link(Remember(std::move(done))); }
void CopyText(const std::string& text) { ss_js_copy_text(text.c_str()); }

void SetStorageChangeHandler(std::function<void(std::string key)> on_change) {
  const bool first = !Requests().on_storage_change;
  Requests().on_storage_change = std::move(on_change);
  if (first) ss_js_watch_storage();
}

std::string UpdatedFromVersion() {
  char* text = ss_js_updated_from_version();
  std::string out = text ? text : "";
  std::free(text);
  return out;
}

}  // namespace skillscope::platform

extern "C" {
EMSCRIPTEN_KEEPALIVE void ss_on_text(int request_id, int ok, const char* text) {
  using namespace skillscope::platform;
  auto& pending = Requests().pending;
  const auto it = pending.find(request_id);
  if (it == pending.end()) return;
  TextCallback done = std::move(it->second);
  pending.erase(it);
  done(ok != 0, text ? text : "");
  RequestFrame();
}

EMSCRIPTEN_KEEPALIVE void ss_on_storage_change(const char* key) {
  using namespace skillscope::platform;
  if (Requests().on_storage_change) Requests().on_storage_change(key ? key : "");
  RequestFrame();
}
}
