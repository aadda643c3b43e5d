#include "app/profile_store.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "app/framework_library.h"
#include "core/assessment.h"
#include "core/json_input.h"
#include "core/profile_json.h"

namespace skillscope {

std::vector<Unreadable> ProfileStore::LoadAll() {
  std::vector<Unreadable> bad;
  profiles_.clear();
  available_ = platform::StorageAvailable();
  for (const std::string& key : platform::StorageKeys(kProfileKeyPrefix)) {
    const auto text = platform::StorageGet(key);
    if (!text) continue;
    ProfileRead read = ReadProfile(*text, "saved profile");
    if (read.ok()) {
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
    if (platform::StorageSet(u.backup_key, *text) == platform::StorageStatus::Ok) platform::StorageRemove(key);
    else u.backup_key.clear();  // could not move it: left where it was
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
  const std::string id = platform::StorageGet(kCurrentProfileKey).value_or("");
  if (Find(id)) return id;
  // The last one used is gone: the most recently updated one instead.
  const auto list = List();
  return list.empty() ? std::string() : list.front().id;
}

void ProfileStore::SetCurrent(const std::string& id) { platform::StorageSet(kCurrentProfileKey, id); }

platform::StorageStatus ProfileStore::Save(const Profile& profile) {
  const auto it = std::find_if(profiles_.begin(), profiles_.end(), [&](const Profile& p) { return p.id == profile.id; });
  if (it == profiles_.end()) profiles_.push_back(profile);
  else *it = profile;
  const platform::StorageStatus status = platform::StorageSet(kProfileKeyPrefix + profile.id, ProfileToJson(profile));
  if (status == platform::StorageStatus::Ok) SetCurrent(profile.id);
  return status;
}

std::optional<Profile> ProfileStore::Delete(const std::string& id) {
  const auto it = std::find_if(profiles_.begin(), profiles_.end(), [&](const Profile& p) { return p.id == id; });
  if (it == profiles_.end()) return std::nullopt;
  Profile removed = std::move(*it);
  profiles_.erase(it);
  platform::StorageRemove(kProfileKeyPrefix + id);
  return removed;
}

std::optional<Profile> ProfileStore::Reload(const std::string& id) {
  const auto text = platform::StorageGet(kProfileKeyPrefix + id);
  const auto it = std::find_if(profiles_.begin(), profiles_.end(), [&](const Profile& p) { return p.id == id; });
  if (!text) {
    if (it != profiles_.end()) profiles_.erase(it);
    return std::nullopt;
  }
  ProfileRead read = ReadProfile(*text, "saved profile");
  if (!read.ok()) return std::nullopt;
  if (it == profiles_.end()) profiles_.push_back(*read.profile);
  else *it = *read.profile;
  return read.profile;
}

Settings ProfileStore::LoadSettings() {
  Settings s;
  const auto text = platform::StorageGet(kSettingsKey);
  if (!text) return s;
  const ParsedJson parsed = ParseUntrustedJson(*text, {64 * 1024, 8});
  if (!parsed.ok() || !parsed.value.is_object()) return s;  // settings are cheap to lose
  const auto& j = parsed.value;
  if (j.contains("theme") && j["theme"].is_string()) s.theme = j["theme"].get<std::string>();
  if (j.contains("screen") && j["screen"].is_string()) s.screen = j["screen"].get<std::string>();
  if (j.contains("skill") && j["skill"].is_number_integer()) s.skill_index = j["skill"].get<int>();
  return s;
}

void ProfileStore::SaveSettings(const Settings& s) {
  const nlohmann::json j = {{"theme", s.theme}, {"screen", s.screen}, {"skill", s.skill_index}};
  platform::StorageSet(kSettingsKey, j.dump());
}

std::string ProfileStore::NewProfileId(const std::string& now) {
  std::string digits;
  for (char c : now)
    if (c >= '0' && c <= '9') digits.push_back(c);
  return "p-" + digits + "-" + platform::RandomHex(6);
}

}  // namespace skillscope
