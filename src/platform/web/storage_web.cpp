// localStorage through library_skillscope.js. Values are UTF-8 text.
#include <cstdlib>

#include "core/markup.h"
#include "platform/platform.h"
#include "platform/web/browser_bridge.h"

namespace skillscope::platform {
namespace {
std::string TakeString(char* text) {
  std::string out = text ? text : "";
  std::free(text);
  return out;
}
}  // namespace

bool StorageAvailable() { return ss_js_storage_available() != 0; }

std::optional<std::string> StorageGet(const std::string& key) {
  char* value = ss_js_storage_get(key.c_str());
  if (!value) return std::nullopt;
  return TakeString(value);
}

StorageStatus StorageSet(const std::string& key, const std::string& value) {
  switch (ss_js_storage_set(key.c_str(), value.c_str())) {
    case 0: return StorageStatus::Ok;
    case 1: return StorageStatus::QuotaExceeded;
    default: return StorageStatus::Unavailable;
  }
}

void StorageRemove(const std::string& key) { ss_js_storage_remove(key.c_str()); }

std::vector<std::string> StorageKeys(const std::string& prefix) {
  return SplitLines(TakeString(ss_js_storage_keys(prefix.c_str())));
}

}  // namespace skillscope::platform
