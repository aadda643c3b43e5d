// The browser's database (IndexedDB, through library_skillscope.js) behind the Platform's
// asynchronous store: each call leaves its callback here under a request id, and JS
// answers through the ss_on_db_* entry points below, which run it and wake the frame loop.
// Another tab's writes (a BroadcastChannel) and the database going away arrive as events.
#include <emscripten/emscripten.h>

#include <map>

#include "platform/web/browser_bridge.h"
#include "platform/web/frame_loop.h"
#include "platform/web/waiting_callbacks.h"
#include "platform/web/web_platform.h"

namespace skillscope::platform {
namespace {

struct Opening {
  DatabaseContents contents;
  std::function<void(DatabaseContents)> done;
};

struct DatabaseRequests {
  int next_id = 1;
  std::map<int, Opening> openings;
  std::map<int, StatusCallback> writes;
  std::map<int, std::function<void(StorageEstimate)>> estimates;
  std::map<int, std::function<void(bool)>> persists;
  std::function<void(DatabaseEvent)> on_event;
};
DatabaseRequests& Requests() {
  static DatabaseRequests r;
  return r;
}

std::string Bytes(const char* data, int len) {
  return data && len > 0 ? std::string(data, static_cast<std::size_t>(len)) : std::string();
}

}  // namespace

void WebPlatform::DatabaseOpen(std::function<void(DatabaseContents)> done) {
  DatabaseRequests& r = Requests();
  const int id = r.next_id++;
  r.openings[id].done = std::move(done);
  ss_js_db_open(id);
}

void WebPlatform::DatabasePut(const std::string& key, const std::string& value, StatusCallback done) {
  DatabaseRequests& r = Requests();
  const int id = r.next_id++;
  r.writes[id] = std::move(done);
  ss_js_db_put(id, key.c_str(), value.data(), value.size());
}

void WebPlatform::DatabaseRemove(const std::string& key, StatusCallback done) {
  DatabaseRequests& r = Requests();
  const int id = r.next_id++;
  r.writes[id] = std::move(done);
  ss_js_db_remove(id, key.c_str());
}

void WebPlatform::WatchDatabase(std::function<void(DatabaseEvent)> on_event) { Requests().on_event = std::move(on_event); }

void WebPlatform::EstimateStorage(std::function<void(StorageEstimate)> done) {
  DatabaseRequests& r = Requests();
  const int id = r.next_id++;
  r.estimates[id] = std::move(done);
  ss_js_storage_estimate(id);
}

void WebPlatform::RequestPersistentStorage(std::function<void(bool granted)> done) {
  DatabaseRequests& r = Requests();
  const int id = r.next_id++;
  r.persists[id] = std::move(done);
  ss_js_storage_persist(id);
}

}  // namespace skillscope::platform

extern "C" {

// One entry of the database being opened; the bytes are only valid during this call.
EMSCRIPTEN_KEEPALIVE void ss_on_db_item(int request_id, const char* key, const char* data, int len) {
  using namespace skillscope::platform;
  auto& openings = Requests().openings;
  const auto it = openings.find(request_id);
  if (it == openings.end()) return;
  it->second.contents.items.emplace_back(key ? key : "", Bytes(data, len));
}

// The database is open and every entry has come (ok), or it could not be opened.
EMSCRIPTEN_KEEPALIVE void ss_on_db_open_end(int request_id, int ok, const char* error) {
  using namespace skillscope::platform;
  Opening opening = TakeWaiting(Requests().openings, request_id);
  if (!opening.done) return;
  opening.contents.available = ok != 0;
  opening.contents.error = error ? error : "";
  if (!opening.contents.available) opening.contents.items.clear();
  opening.done(std::move(opening.contents));
  RequestFrame();
}

// A put or remove is durable (0), refused for lack of room (1), or failed (2).
EMSCRIPTEN_KEEPALIVE void ss_on_db_done(int request_id, int status) {
  using namespace skillscope;
  using namespace skillscope::platform;
  StatusCallback done = TakeWaiting(Requests().writes, request_id);
  if (!done) return;
  done(status == 0 ? StorageStatus::Ok : status == 1 ? StorageStatus::QuotaExceeded : StorageStatus::Unavailable);
  RequestFrame();
}

// Another tab wrote key (present) or removed it; the bytes are only valid during this call.
EMSCRIPTEN_KEEPALIVE void ss_on_db_change(const char* key, int present, const char* data, int len) {
  using namespace skillscope;
  using namespace skillscope::platform;
  if (!Requests().on_event) return;
  DatabaseEvent event;
  event.kind = DatabaseEvent::Kind::Changed;
  event.key = key ? key : "";
  if (present) event.value = Bytes(data, len);
  Requests().on_event(std::move(event));
  RequestFrame();
}

// The database was deleted or cleared under the running app; this tab's connection is closed.
EMSCRIPTEN_KEEPALIVE void ss_on_db_closed() {
  using namespace skillscope;
  using namespace skillscope::platform;
  if (Requests().on_event) Requests().on_event(DatabaseEvent{DatabaseEvent::Kind::Closed, {}, std::nullopt});
  RequestFrame();
}

EMSCRIPTEN_KEEPALIVE void ss_on_storage_estimate(int request_id, int known, double usage, double quota, int persisted) {
  using namespace skillscope;
  using namespace skillscope::platform;
  auto done = TakeWaiting(Requests().estimates, request_id);
  if (!done) return;
  StorageEstimate e;
  e.known = known != 0;
  e.usage_bytes = usage;
  e.quota_bytes = quota;
  e.persisted = persisted != 0;
  done(e);
  RequestFrame();
}

EMSCRIPTEN_KEEPALIVE void ss_on_storage_persist(int request_id, int granted) {
  using namespace skillscope::platform;
  auto done = TakeWaiting(Requests().persists, request_id);
  if (!done) return;
  done(granted != 0);
  RequestFrame();
}

}  // extern "C"
