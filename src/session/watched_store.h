#pragma once
// A KeyValueStore that tells someone of each write and removal through it: the
// session rewrites a linked backup file after the collections change. Only what goes
// through this store is told (a collection's saves); moves inside the store behind it,
// such as the database's migration from localStorage, are not changes to back up.
#include <functional>
#include <utility>

#include "session/key_value_store.h"

namespace skillscope {

class WatchedStore final : public KeyValueStore {
 public:
  explicit WatchedStore(KeyValueStore& inner) : inner_(inner) {}
  void OnChange(std::function<void(const std::string& key)> on_change) { on_change_ = std::move(on_change); }

  bool available() const override { return inner_.available(); }
  std::optional<std::string> Get(const std::string& key) const override { return inner_.Get(key); }
  StorageStatus Set(const std::string& key, const std::string& value) override {
    const StorageStatus status = inner_.Set(key, value);
    Tell(key);
    return status;
  }
  void Remove(const std::string& key) override {
    inner_.Remove(key);
    Tell(key);
  }
  std::vector<std::string> Keys(const std::string& prefix) const override { return inner_.Keys(prefix); }

 private:
  void Tell(const std::string& key) {
    if (on_change_) on_change_(key);
  }
  KeyValueStore& inner_;
  std::function<void(const std::string&)> on_change_;
};

}  // namespace skillscope
