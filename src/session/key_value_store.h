#pragma once
// Where a collection keeps its entries: one interface over the two stores the browser
// offers, so ProfileStore's rules (moved aside when unreadable, another tab's save never
// overwritten) hold in both.
//   LocalStore     localStorage: small and synchronous; the person's own profiles and
//                  settings, which the first frame needs.
//   DatabaseStore  IndexedDB behind an in-memory copy (database_store.h): frameworks
//                  and people, whose size grows with the organisation.
#include <optional>
#include <string>
#include <vector>

#include "platform/platform.h"

namespace skillscope {

class KeyValueStore {
 public:
  virtual ~KeyValueStore() = default;
  // False: nothing is kept beyond this page (the app works from memory).
  virtual bool available() const = 0;
  virtual std::optional<std::string> Get(const std::string& key) const = 0;
  virtual StorageStatus Set(const std::string& key, const std::string& value) = 0;
  virtual void Remove(const std::string& key) = 0;
  virtual std::vector<std::string> Keys(const std::string& prefix) const = 0;
};

class LocalStore final : public KeyValueStore {
 public:
  explicit LocalStore(Platform& platform) : platform_(platform) {}
  bool available() const override { return platform_.StorageAvailable(); }
  std::optional<std::string> Get(const std::string& key) const override { return platform_.StorageGet(key); }
  StorageStatus Set(const std::string& key, const std::string& value) override { return platform_.StorageSet(key, value); }
  void Remove(const std::string& key) override { platform_.StorageRemove(key); }
  std::vector<std::string> Keys(const std::string& prefix) const override { return platform_.StorageKeys(prefix); }

 private:
  Platform& platform_;
};

}  // namespace skillscope
