// The linked backup file (File System Access API, through library_skillscope.js) behind
// the Platform: the save dialog, the handle kept for later visits, the browser's
// permission, and the writes. Writes asked for close together become one: the first
// request starts a short quiet time (ended early when the page is hidden), and the
// contents are made only when it ends, so twenty answers in a row write the file once,
// with the last of them. A request during a write waits for that write to finish.
#include <emscripten/emscripten.h>

#include <map>

#include "platform/web/browser_bridge.h"
#include "platform/web/frame_loop.h"
#include "platform/web/waiting_callbacks.h"
#include "platform/web/web_platform.h"

namespace skillscope::platform {
namespace {

constexpr double kQuietMs = 600;

using WriteDone = std::function<void(std::string)>;
struct LinkedFileRequests {
  int next_id = 1;
  std::map<int, LinkedFileCallback> answers;
  std::function<std::string()> contents;  // the latest request's
  std::vector<WriteDone> waiting;         // requests not yet in a write
  std::vector<WriteDone> writing;         // requests in the write under way
  bool quiet_time = false;
  bool write_under_way = false;
};
LinkedFileRequests& Requests() {
  static LinkedFileRequests r;
  return r;
}

int Ask(LinkedFileCallback done) {
  LinkedFileRequests& r = Requests();
  const int id = r.next_id++;
  r.answers[id] = std::move(done);
  return id;
}

void StartQuietTime() {
  LinkedFileRequests& r = Requests();
  if (r.quiet_time || r.write_under_way || r.waiting.empty()) return;
  r.quiet_time = true;
  ss_js_linked_write_later(kQuietMs);
}

}  // namespace

bool WebPlatform::CanLinkFile() { return ss_js_can_link_file() != 0; }

void WebPlatform::LinkFile(const std::string& suggested_name, LinkedFileCallback done) {
  ss_js_link_file(Ask(std::move(done)), suggested_name.c_str());
}

void WebPlatform::FindLinkedFile(LinkedFileCallback done) { ss_js_find_linked_file(Ask(std::move(done))); }

void WebPlatform::AllowLinkedFile(LinkedFileCallback done) { ss_js_allow_linked_file(Ask(std::move(done))); }

void WebPlatform::WriteLinkedFile(std::function<std::string()> contents, std::function<void(std::string)> done) {
  LinkedFileRequests& r = Requests();
  r.contents = std::move(contents);
  r.waiting.push_back(std::move(done));
  StartQuietTime();
}

void WebPlatform::UnlinkFile() { ss_js_unlink_file(); }

}  // namespace skillscope::platform

extern "C" {

// The answer to a LinkFile, FindLinkedFile or AllowLinkedFile: state 0 none, 1
// writable, 2 needs permission, -1 the dialog was cancelled (nobody is told).
EMSCRIPTEN_KEEPALIVE void ss_on_linked_file(int request_id, int state, const char* name) {
  using namespace skillscope;
  using namespace skillscope::platform;
  LinkedFileCallback done = TakeWaiting(Requests().answers, request_id);
  if (state < 0 || !done) return;
  LinkedFile file;
  file.state = state == 1 ? LinkedFile::State::Writable
               : state == 2 ? LinkedFile::State::NeedsPermission
                            : LinkedFile::State::None;
  if (file.state != LinkedFile::State::None) file.name = name ? name : "";
  done(std::move(file));
  RequestFrame();
}

// The quiet time is over: the file gets what is kept now.
EMSCRIPTEN_KEEPALIVE void ss_on_linked_write_due() {
  using namespace skillscope::platform;
  LinkedFileRequests& r = Requests();
  r.quiet_time = false;
  if (r.waiting.empty() || !r.contents) return;
  r.write_under_way = true;
  r.writing = std::move(r.waiting);
  r.waiting.clear();
  const std::string bytes = r.contents();
  ss_js_write_linked_file(bytes.data(), bytes.size());
}

// The write under way ended: error is null when the file was written.
EMSCRIPTEN_KEEPALIVE void ss_on_linked_written(const char* error) {
  using namespace skillscope::platform;
  LinkedFileRequests& r = Requests();
  r.write_under_way = false;
  std::vector<WriteDone> done = std::move(r.writing);
  r.writing.clear();
  for (const WriteDone& d : done)
    if (d) d(error ? error : "");
  StartQuietTime();
  RequestFrame();
}

}  // extern "C"
