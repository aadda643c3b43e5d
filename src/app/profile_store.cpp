#include "app/profile_store.h"

#include <nlohmann/json.hpp>

#include "app/framework_library.h"
#include "core/json_input.h"
#include "core/profile_json.h"

namespace skillscope {

ProfileStore::Loaded ProfileStore::LoadCurrent() {
  Loaded out;
  const auto id = platform::StorageGet(kCurrentProfileKey);
  if (!id || id->empty()) return out;
  const std::string key = kProfileKeyPrefix + *id;
  const auto text = platform::StorageGet(key);
  if (!text) return out;
  ProfileRead read = ReadProfile(*text, "saved profile");
  if (read.ok()) {
    out.profile = std::move(read.profile);
    return out;
  }
  // Unreadable (corrupted, hand-edited, from a future version): keep it aside, untouched.
  const std::string backup = std::string(kBackupPrefix) + key;
  if (platform::StorageSet(backup, *text) == platform::StorageStatus::Ok) {
    platform::StorageRemove(key);
    platform::StorageRemove(kCurrentProfileKey);
  }
  out.problems = std::move(read.errors);
  out.problems.push_back("The saved profile could not be opened; its data was kept under \"" + backup + "\".");
  return out;
}

platform::StorageStatus ProfileStore::Save(const Profile& profile) {
  const platform::StorageStatus status = platform::StorageSet(kProfileKeyPrefix + profile.id, ProfileToJson(profile));
  if (status != platform::StorageStatus::Ok) return status;
  return platform::StorageSet(kCurrentProfileKey, profile.id);
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
