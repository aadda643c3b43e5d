#include "session/profile_store.h"

#include <algorithm>

#include "core/profile/assessment.h"
#include "core/profile/json.h"
#include "core/text/messages.h"

namespace skillscope {

std::vector<Unreadable> ProfileStore::LoadAll() {
  ++revision_;
  std::vector<Unreadable> bad;
  profiles_.clear();
  last_seen_.clear();
  available_ = store_.available();
  for (const std::string& key : store_.Keys(prefix_)) {
    const auto text = store_.Get(key);
    if (!text) continue;
    ProfileRead read = ReadProfile(*text, Tr(MSG("session.storage.saved_profile_source")));
    if (read.ok()) {
      last_seen_[read.profile->id] = *text;
      profiles_.push_back(std::move(*read.profile));
      continue;
    }
    // Unreadable (corrupted, hand-edited, from a future version): keep it aside,
    // untouched, and tell the person.
    Unreadable u;
    u.key = key;
    u.backup_key = std::string(kBackupPrefix) + key;
    u.text = *text;
    u.problems = std::move(read.errors);
    if (store_.Set(u.backup_key, *text) == StorageStatus::Ok) store_.Remove(key);
    else u.backup_key.clear();
    bad.push_back(std::move(u));
  }
  return bad;
}

const Profile* ProfileStore::Find(const std::string& id) const {
  for (const Profile& p : profiles_)
    if (p.id == id) return &p;
  return nullptr;
}

std::vector<StoredProfileInfo> ProfileStore::List() const {
  std::vector<StoredProfileInfo> out;
  for (const Profile& p : profiles_) {
    const Progress progress = CountProgress(p);
    out.push_back({p.id, p.name, p.updated, progress.total, progress.answered});
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const StoredProfileInfo& a, const StoredProfileInfo& b) { return a.updated > b.updated; });
  return out;
}

std::string ProfileStore::CurrentId() const {
  const std::string id = current_key_.empty() ? "" : store_.Get(current_key_).value_or("");
  if (Find(id)) return id;
  const auto list = List();
  return list.empty() ? std::string() : list.front().id;
}

void ProfileStore::SetCurrent(const std::string& id) {
  if (!current_key_.empty()) store_.Set(current_key_, id);
}

SaveOutcome ProfileStore::Save(const Profile& profile) {
  const std::string key = KeyOf(profile.id);
  const auto stored = store_.Get(key);
  const auto seen = last_seen_.find(profile.id);
  if (stored && (seen == last_seen_.end() || *stored != seen->second)) return SaveOutcome::ChangedElsewhere;

  const auto it = std::find_if(profiles_.begin(), profiles_.end(), [&](const Profile& p) { return p.id == profile.id; });
  if (it == profiles_.end()) profiles_.push_back(profile);
  else *it = profile;
  ++revision_;
  const std::string text = ProfileToJson(profile);
  switch (store_.Set(key, text)) {
    case StorageStatus::Ok:
      last_seen_[profile.id] = text;
      SetCurrent(profile.id);
      return SaveOutcome::Saved;
    case StorageStatus::QuotaExceeded: return SaveOutcome::QuotaExceeded;
    case StorageStatus::Unavailable: return SaveOutcome::Unavailable;
  }
  return SaveOutcome::Unavailable;
}

SaveOutcome ProfileStore::SaveWhole(const Profile& profile) {
  const Profile* before = Find(profile.id);
  std::optional<Profile> previous = before ? std::optional<Profile>(*before) : std::nullopt;
  const SaveOutcome outcome = Save(profile);
  if (outcome != SaveOutcome::QuotaExceeded) return outcome;
  ++revision_;
  if (previous) *std::find_if(profiles_.begin(), profiles_.end(), [&](const Profile& p) { return p.id == profile.id; }) =
      std::move(*previous);
  else profiles_.erase(std::find_if(profiles_.begin(), profiles_.end(), [&](const Profile& p) { return p.id == profile.id; }));
  return outcome;
}

std::optional<Profile> ProfileStore::Delete(const std::string& id) {
  const auto it = std::find_if(profiles_.begin(), profiles_.end(), [&](const Profile& p) { return p.id == id; });
  if (it == profiles_.end()) return std::nullopt;
  Profile removed = std::move(*it);
  profiles_.erase(it);
  ++revision_;
  last_seen_.erase(id);
  store_.Remove(KeyOf(id));
  return removed;
}

std::optional<Profile> ProfileStore::Reload(const std::string& id) {
  ++revision_;
  const auto text = store_.Get(KeyOf(id));
  const auto it = std::find_if(profiles_.begin(), profiles_.end(), [&](const Profile& p) { return p.id == id; });
  if (!text) {
    if (it != profiles_.end()) profiles_.erase(it);
    last_seen_.erase(id);
    return std::nullopt;
  }
  ProfileRead read = ReadProfile(*text, Tr(MSG("session.storage.saved_profile_source")));
  if (!read.ok()) return std::nullopt;
  last_seen_[id] = *text;
  if (it == profiles_.end()) profiles_.push_back(*read.profile);
  else *it = *read.profile;
  return read.profile;
}

std::string ProfileStore::NewId() const {
  std::string digits;
  for (char c : platform_.NowIso8601())
    if (c >= '0' && c <= '9') digits.push_back(c);
  std::string id;
  do id = "p-" + digits + "-" + platform_.RandomHex(6);
  while (Find(id) || store_.Get(KeyOf(id)));
  return id;
}

}  // namespace skillscope
