#include "platform/native/native_platform.h"

#include <algorithm>
#include <cstdio>

namespace skillscope {
namespace {

// A deflate-raw stream of stored (uncompressed) blocks, RFC 1951 section 3.2.4: what
// the browser's CompressionStream would make, without the compression. Any inflater
// reads it.
std::string StoredDeflate(const std::string& bytes) {
  std::string out;
  std::size_t pos = 0;
  do {
    const std::size_t n = std::min<std::size_t>(bytes.size() - pos, 65535);
    const bool last = pos + n == bytes.size();
    out.push_back(static_cast<char>(last ? 1 : 0));
    out.push_back(static_cast<char>(n & 0xFF));
    out.push_back(static_cast<char>(n >> 8));
    out.push_back(static_cast<char>(~n & 0xFF));
    out.push_back(static_cast<char>((~n >> 8) & 0xFF));
    out.append(bytes, pos, n);
    pos += n;
  } while (pos < bytes.size());
  return out;
}

std::string Base64Url(const std::string& bytes) {
  static const char* kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  std::string out;
  std::size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    const unsigned v = (static_cast<unsigned char>(bytes[i]) << 16) | (static_cast<unsigned char>(bytes[i + 1]) << 8) |
                       static_cast<unsigned char>(bytes[i + 2]);
    for (int shift = 18; shift >= 0; shift -= 6) out.push_back(kAlphabet[(v >> shift) & 63]);
  }
  const std::size_t rest = bytes.size() - i;
  if (rest > 0) {
    unsigned v = static_cast<unsigned char>(bytes[i]) << 16;
    if (rest == 2) v |= static_cast<unsigned char>(bytes[i + 1]) << 8;
    out.push_back(kAlphabet[(v >> 18) & 63]);
    out.push_back(kAlphabet[(v >> 12) & 63]);
    if (rest == 2) out.push_back(kAlphabet[(v >> 6) & 63]);
  }
  return out;
}

}  // namespace

std::size_t MemoryStorage::used() const {
  std::size_t n = 0;
  for (const auto& [key, value] : items_) n += key.size() + value.size();
  return n;
}

std::size_t MemoryDatabase::used() const {
  std::size_t n = 0;
  for (const auto& [key, value] : items_) n += key.size() + value.size();
  return n;
}

void MemoryDatabase::Delete() {
  items_.clear();
  std::vector<NativePlatform*> tabs = std::move(open_);
  open_.clear();
  for (NativePlatform* tab : tabs) tab->Hear({DatabaseEvent::Kind::Closed, {}, std::nullopt});
}

void MemoryStorage::Settle() {
  for (bool any = true; any;) {
    any = false;
    for (std::size_t i = 0; i < tabs_.size(); ++i)
      if (!tabs_[i]->pending_.empty()) {
        any = true;
        tabs_[i]->RunPending();
      }
  }
}

NativePlatform::NativePlatform(std::shared_ptr<MemoryStorage> storage) : storage_(std::move(storage)) {
  storage_->tabs_.push_back(this);
}

NativePlatform::~NativePlatform() {
  auto& tabs = storage_->tabs_;
  tabs.erase(std::remove(tabs.begin(), tabs.end(), this), tabs.end());
  auto& open = storage_->database_.open_;
  open.erase(std::remove(open.begin(), open.end(), this), open.end());
}

std::string NativePlatform::RandomHex(int digits) {
  // One sequence for every tab, so that two tabs never make the same id.
  static unsigned long long next_random = 1;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%016llx", next_random++);
  std::string hex(buf);
  if (digits <= 0) return {};
  while (static_cast<int>(hex.size()) < digits) hex = "0" + hex;
  return hex.substr(hex.size() - static_cast<std::size_t>(digits));
}

std::optional<std::string> NativePlatform::TakeBundledFile(std::string_view name) {
  const auto it = bundle_.find(name);
  if (it == bundle_.end()) return std::nullopt;
  std::string bytes = std::move(it->second);
  bundle_.erase(it);
  return bytes;
}

void NativePlatform::FetchBundledFile(const std::string& name, TextCallback done) {
  pending_.push_back([this, name, done = std::move(done)] {
    const auto it = fetchable_.find(name);
    if (it == fetchable_.end()) return done(false, "");
    done(true, it->second);
  });
}

std::vector<std::string> NativePlatform::BundledFileNames(std::string_view prefix) {
  std::vector<std::string> names;
  for (const auto& [name, bytes] : bundle_)
    if (name.compare(0, prefix.size(), prefix) == 0) names.push_back(name);
  return names;
}

std::string NativePlatform::ShareLinkFragment(const std::string& text) { return "p=" + Base64Url(StoredDeflate(text)); }

std::optional<std::string> NativePlatform::StorageGet(const std::string& key) {
  if (!storage_->available_) return std::nullopt;
  const auto it = storage_->items_.find(key);
  if (it == storage_->items_.end()) return std::nullopt;
  return it->second;
}

StorageStatus NativePlatform::StorageSet(const std::string& key, const std::string& value) {
  MemoryStorage& s = *storage_;
  if (!s.available_) return StorageStatus::Unavailable;
  const auto it = s.items_.find(key);
  const std::size_t before = it == s.items_.end() ? 0 : key.size() + it->second.size();
  if (s.quota_ > 0 && s.used() - before + key.size() + value.size() > s.quota_) return StorageStatus::QuotaExceeded;
  if (it != s.items_.end() && it->second == value) return StorageStatus::Ok;  // no change, no event
  s.items_[key] = value;
  Notify(key);
  return StorageStatus::Ok;
}

void NativePlatform::StorageRemove(const std::string& key) {
  if (!storage_->available_ || storage_->items_.erase(key) == 0) return;
  Notify(key);
}

std::vector<std::string> NativePlatform::StorageKeys(const std::string& prefix) {
  std::vector<std::string> keys;
  if (!storage_->available_) return keys;
  for (const auto& [key, value] : storage_->items_)
    if (key.rfind(prefix, 0) == 0) keys.push_back(key);
  return keys;
}

void NativePlatform::Notify(const std::string& key) {
  for (NativePlatform* tab : storage_->tabs_) {
    if (tab == this) continue;
    tab->pending_.push_back([tab, key] {
      if (tab->on_storage_change_) tab->on_storage_change_(key);
    });
  }
}

// ---- The database ---------------------------------------------------------
bool NativePlatform::HasDatabaseOpen() const {
  const auto& open = storage_->database_.open_;
  return std::find(open.begin(), open.end(), this) != open.end();
}

void NativePlatform::Hear(DatabaseEvent event) {
  pending_.push_back([this, event = std::move(event)] {
    if (on_database_event_) on_database_event_(event);
  });
}

void NativePlatform::NotifyDatabase(const std::string& key, std::optional<std::string> value) {
  for (NativePlatform* tab : storage_->database_.open_)
    if (tab != this) tab->Hear({DatabaseEvent::Kind::Changed, key, value});
}

void NativePlatform::DatabaseOpen(std::function<void(DatabaseContents)> done) {
  pending_.push_back([this, done = std::move(done)] {
    MemoryDatabase& db = storage_->database_;
    DatabaseContents contents;
    if (!db.available_) {
      contents.error = "The operation is insecure.";
      done(std::move(contents));
      return;
    }
    if (!HasDatabaseOpen()) db.open_.push_back(this);
    contents.available = true;
    contents.items.assign(db.items_.begin(), db.items_.end());
    done(std::move(contents));
  });
}

void NativePlatform::DatabasePut(const std::string& key, const std::string& value, StatusCallback done) {
  pending_.push_back([this, key, value, done = std::move(done)] {
    MemoryDatabase& db = storage_->database_;
    if (!HasDatabaseOpen()) return done(StorageStatus::Unavailable);
    const auto it = db.items_.find(key);
    const std::size_t before = it == db.items_.end() ? 0 : key.size() + it->second.size();
    if (db.quota_ > 0 && db.used() - before + key.size() + value.size() > db.quota_)
      return done(StorageStatus::QuotaExceeded);
    db.items_[key] = value;
    NotifyDatabase(key, value);
    done(StorageStatus::Ok);
  });
}

void NativePlatform::DatabaseRemove(const std::string& key, StatusCallback done) {
  pending_.push_back([this, key, done = std::move(done)] {
    if (!HasDatabaseOpen()) return done(StorageStatus::Unavailable);
    if (storage_->database_.items_.erase(key) > 0) NotifyDatabase(key, std::nullopt);
    done(StorageStatus::Ok);
  });
}

LinkedFile NativePlatform::LinkedFileNow() const {
  const MemoryLinkedFile& file = storage_->linked_file_;
  if (!file.linked_) return {};
  return {may_write_linked_ ? LinkedFile::State::Writable : LinkedFile::State::NeedsPermission, file.name_};
}

void NativePlatform::LinkFile(const std::string& suggested_name, LinkedFileCallback done) {
  save_dialog_ = std::move(done);
  save_dialog_suggestion_ = suggested_name;
}

void NativePlatform::ChooseSaveFile(const std::string& name) {
  if (!save_dialog_) return;
  LinkedFileCallback done = std::move(save_dialog_);
  save_dialog_ = nullptr;
  MemoryLinkedFile& file = storage_->linked_file_;
  file.linked_ = true;
  file.name_ = name;
  file.bytes_.clear();  // the save dialog makes the file anew
  may_write_linked_ = true;
  pending_.push_back([this, done = std::move(done)] { done(LinkedFileNow()); });
}

void NativePlatform::FindLinkedFile(LinkedFileCallback done) {
  pending_.push_back([this, done = std::move(done)] { done(LinkedFileNow()); });
}

void NativePlatform::AllowLinkedFile(LinkedFileCallback done) {
  pending_.push_back([this, done = std::move(done)] {
    if (storage_->linked_file_.linked_ && storage_->linked_file_.allows_) may_write_linked_ = true;
    done(LinkedFileNow());
  });
}

void NativePlatform::WriteLinkedFile(std::function<std::string()> contents, std::function<void(std::string)> done) {
  if (linked_write_) {  // one write for every request until it starts
    linked_write_->contents = std::move(contents);
    linked_write_->done.push_back(std::move(done));
    return;
  }
  linked_write_ = std::make_shared<LinkedWrite>(LinkedWrite{std::move(contents), {std::move(done)}});
  pending_.push_back([this] {
    const std::shared_ptr<LinkedWrite> write = std::move(linked_write_);
    linked_write_ = nullptr;
    MemoryLinkedFile& file = storage_->linked_file_;
    std::string error;
    if (!file.linked_) error = "No file is linked.";
    else if (!may_write_linked_) error = "The request is not allowed by the user agent or the platform in the current context.";
    else if (!file.failure_.empty()) error = file.failure_;
    else {
      file.bytes_ = write->contents();
      ++file.writes_;
    }
    for (auto& answer : write->done) answer(error);
  });
}

void NativePlatform::UnlinkFile() {
  storage_->linked_file_.linked_ = false;
  storage_->linked_file_.name_.clear();
  may_write_linked_ = false;
}

void NativePlatform::EstimateStorage(std::function<void(StorageEstimate)> done) {
  pending_.push_back([this, done = std::move(done)] {
    const MemoryDatabase& db = storage_->database_;
    StorageEstimate e;
    e.known = true;
    e.usage_bytes = static_cast<double>(db.used());  // the database's share, which its quota bounds
    e.quota_bytes = db.quota_ > 0 ? static_cast<double>(db.quota_) : 1e12;
    e.persisted = db.persisted_;
    done(e);
  });
}

void NativePlatform::RequestPersistentStorage(std::function<void(bool granted)> done) {
  pending_.push_back([this, done = std::move(done)] {
    MemoryDatabase& db = storage_->database_;
    if (db.grants_persistence_) db.persisted_ = true;
    done(db.persisted_);
  });
}

void NativePlatform::SetFragment(const std::string& fragment, bool push) {
  if (push) {
    history_.resize(index_ + 1);
    history_.push_back(fragment);
    ++index_;
  } else {
    history_[index_] = fragment;
  }
}

void NativePlatform::GoInHistory(int steps) {
  const long target = static_cast<long>(index_) + steps;
  if (target < 0 || target >= static_cast<long>(history_.size())) return;
  index_ = static_cast<std::size_t>(target);
  pending_.push_back([this, fragment = history_[index_]] {
    if (on_address_change_) on_address_change_(fragment);
  });
}

void NativePlatform::TypeAddress(const std::string& fragment) {
  SetFragment(fragment, true);
  pending_.push_back([this, fragment] {
    if (on_address_change_) on_address_change_(fragment);
  });
}

bool NativePlatform::RunNextPending() {
  if (pending_.empty()) return false;
  std::function<void()> next = std::move(pending_.front());
  pending_.pop_front();
  next();
  return true;
}

void NativePlatform::RunPending() {
  while (!pending_.empty()) {
    std::function<void()> next = std::move(pending_.front());
    pending_.pop_front();
    next();
  }
}

void NativePlatform::PickFile(const std::string& accept, std::size_t max_bytes, FileCallback on_picked) {
  chooser_ = Chooser{accept, max_bytes, std::move(on_picked), nullptr};
}

const std::string& NativePlatform::chooser_accept() const {
  static const std::string kNone;
  return chooser_ ? chooser_->accept : kNone;
}

void NativePlatform::PickFiles(const std::string& accept, std::size_t max_bytes, FilesCallback on_picked) {
  chooser_ = Chooser{accept, max_bytes, nullptr, std::move(on_picked)};
}

void NativePlatform::ChooseFile(const std::string& name, const std::string& bytes) { ChooseFiles({{name, bytes}}); }

void NativePlatform::ChooseFiles(const std::vector<std::pair<std::string, std::string>>& chosen) {
  if (!chooser_ || chosen.empty()) return;
  Chooser chooser = std::move(*chooser_);
  chooser_.reset();
  std::vector<PickedFile> files;
  for (const auto& [name, bytes] : chosen) {
    PickedFile file;
    file.name = name;
    file.size = bytes.size();
    file.too_large = bytes.size() > chooser.max_bytes;
    if (!file.too_large) file.bytes = bytes;
    files.push_back(std::move(file));
  }
  if (chooser.on_picked_many) chooser.on_picked_many(std::move(files));
  else chooser.on_picked(std::move(files.front()));  // a single chooser takes the first
}

void NativePlatform::DownloadFile(const std::string& file_name, const std::string& mime_type,
                                  const std::string& bytes) {
  downloads_.push_back({file_name, mime_type, bytes, 0});
}

void NativePlatform::DownloadSvgAsPng(const std::string& file_name, const std::string& svg, double, double,
                                      double scale) {
  downloads_.push_back({file_name, "image/png", svg, scale});
}

void NativePlatform::MakeShareLink(const std::string& text, TextCallback done) {
  std::string link = "http://127.0.0.1/#" + ShareLinkFragment(text);
  pending_.push_back([done = std::move(done), link = std::move(link)] { done(true, link); });
}

}  // namespace skillscope
