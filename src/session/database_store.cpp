#include "session/database_store.h"

#include "session/profile_store.h"

namespace skillscope {

void DatabaseStore::Open(std::function<void()> ready) {
  state_ = State::Opening;
  platform_.WatchDatabase([this](DatabaseEvent event) { OnEvent(event); });
  platform_.EstimateStorage([this](StorageEstimate e) {
    if (e.known && e.quota_bytes > 0) room_bytes_ = e.quota_bytes - e.usage_bytes;
  });
  platform_.DatabaseOpen(
      [this, ready = std::move(ready)](DatabaseContents contents) mutable { OnOpened(std::move(contents), std::move(ready)); });
}

void DatabaseStore::OnOpened(DatabaseContents contents, std::function<void()> ready) {
  if (!contents.available) {
    blocked_reason_ = contents.error;
    state_ = local_.available() ? State::InLocalStorage : State::MemoryOnly;
    // What was written while opening goes where the entries now live.
    if (state_ == State::InLocalStorage)
      for (const std::string& key : touched_while_opening_) {
        const auto it = items_.find(key);
        if (it == items_.end()) local_.Remove(key);
        else local_.Set(key, it->second);
      }
    touched_while_opening_.clear();
    if (ready) ready();
    return;
  }
  // Memory's entries written since opening began are newer than the database's.
  for (auto& [key, value] : contents.items)
    if (!touched_while_opening_.count(key)) items_[key] = std::move(value);
  state_ = State::Open;
  for (const std::string& key : touched_while_opening_) Write(key);
  touched_while_opening_.clear();
  MoveFromLocalStorage();
  if (ready) ready();
}

void DatabaseStore::MoveFromLocalStorage() {
  for (const std::string& prefix : prefixes_) {
    for (const std::string& key : local_.Keys(prefix)) {
      const std::optional<std::string> text = local_.Get(key);
      if (!text) continue;
      const auto here = items_.find(key);
      if (here != items_.end()) {
        // Moved before, and the tab closed before the old copy went: the database has it.
        // A different old copy (an older version's tab wrote it since) is kept aside.
        if (here->second != *text) local_.Set(std::string(kBackupPrefix) + key, *text);
        local_.Remove(key);
        continue;
      }
      items_[key] = *text;
      ++writing_;
      platform_.DatabasePut(key, *text, [this, key, text = *text](StorageStatus status) {
        --writing_;
        // The old copy goes only once the new one is durable, and only if it is still the
        // text that was moved. When the move failed, it stays where it was for next time.
        if (status == StorageStatus::Ok && local_.Get(key) == text) local_.Remove(key);
        if (status != StorageStatus::Ok) unsaved_.insert(key);
      });
    }
  }
}

void DatabaseStore::SaveAgain() {
  if (state_ != State::Closed) return;
  for (const auto& [key, value] : items_) touched_while_opening_.insert(key);
  Open(nullptr);
}

void DatabaseStore::Write(const std::string& key) {
  ++writing_;
  const auto it = items_.find(key);
  if (it == items_.end()) {
    platform_.DatabaseRemove(key, [this, key](StorageStatus) {
      --writing_;
      if (!items_.count(key)) unsaved_.erase(key);
    });
    return;
  }
  platform_.DatabasePut(key, it->second, [this, key, text = it->second](StorageStatus status) {
    --writing_;
    if (status == StorageStatus::Ok) {
      const auto now = items_.find(key);
      if (now != items_.end() && now->second == text) unsaved_.erase(key);
      return;
    }
    unsaved_.insert(key);
    if (state_ == State::Open && listener_.write_failed) listener_.write_failed(key, status);
  });
}

void DatabaseStore::OnEvent(const DatabaseEvent& event) {
  if (event.kind == DatabaseEvent::Kind::Closed) {
    if (state_ != State::Open) return;
    state_ = State::Closed;
    for (const auto& [key, value] : items_) unsaved_.insert(key);
    if (listener_.closed) listener_.closed();
    return;
  }
  if (state_ != State::Open) return;
  if (event.value) items_[event.key] = *event.value;
  else items_.erase(event.key);
  unsaved_.erase(event.key);
  if (listener_.changed_elsewhere) listener_.changed_elsewhere(event.key);
}

bool DatabaseStore::available() const {
  switch (state_) {
    case State::Opening:
    case State::Open: return true;
    case State::InLocalStorage: return local_.available();
    case State::MemoryOnly:
    case State::Closed: return false;
  }
  return false;
}

std::optional<std::string> DatabaseStore::Get(const std::string& key) const {
  if (state_ == State::InLocalStorage) return local_.Get(key);
  const auto it = items_.find(key);
  if (it == items_.end()) return std::nullopt;
  return it->second;
}

StorageStatus DatabaseStore::Set(const std::string& key, const std::string& value) {
  switch (state_) {
    case State::InLocalStorage: return local_.Set(key, value);
    case State::MemoryOnly:
    case State::Closed:
      items_[key] = value;
      unsaved_.insert(key);
      return StorageStatus::Unavailable;
    case State::Opening:
    case State::Open: break;
  }
  const auto it = items_.find(key);
  if (it != items_.end() && it->second == value) return StorageStatus::Ok;
  const double grows = static_cast<double>(value.size()) - (it == items_.end() ? 0.0 : static_cast<double>(it->second.size()));
  if (room_bytes_ >= 0 && grows > room_bytes_) return StorageStatus::QuotaExceeded;
  if (room_bytes_ >= 0) room_bytes_ -= grows;
  items_[key] = value;
  unsaved_.insert(key);
  if (state_ == State::Opening) touched_while_opening_.insert(key);
  else Write(key);
  return StorageStatus::Ok;
}

void DatabaseStore::Remove(const std::string& key) {
  switch (state_) {
    case State::InLocalStorage: local_.Remove(key); return;
    case State::MemoryOnly:
    case State::Closed:
      items_.erase(key);
      unsaved_.erase(key);
      return;
    case State::Opening: touched_while_opening_.insert(key); break;
    case State::Open: break;
  }
  const auto it = items_.find(key);
  if (it == items_.end() && state_ == State::Open) return;
  if (it != items_.end()) {
    if (room_bytes_ >= 0) room_bytes_ += static_cast<double>(it->second.size());
    items_.erase(it);
  }
  if (state_ == State::Open) Write(key);
}

std::vector<std::string> DatabaseStore::Keys(const std::string& prefix) const {
  if (state_ == State::InLocalStorage) return local_.Keys(prefix);
  std::vector<std::string> keys;
  for (auto it = items_.lower_bound(prefix); it != items_.end() && it->first.rfind(prefix, 0) == 0; ++it)
    keys.push_back(it->first);
  return keys;
}

}  // namespace skillscope
