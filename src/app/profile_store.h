#pragma once
// Keeping profiles and the app's settings in localStorage, under versioned keys, so a
// reload, a browser restart or a new app version keeps them. One key per profile; the
// last one used is remembered. Nothing is ever deleted without a way back: unreadable
// entries are moved to a backup key, deleted profiles can be restored until the page
// closes.
#include <optional>
#include <string>
#include <vector>

#include "core/profile.h"
#include "platform/platform.h"

namespace skillscope {

inline constexpr const char* kProfileKeyPrefix = "skillscope.v1.profile.";
inline constexpr const char* kCurrentProfileKey = "skillscope.v1.current";
inline constexpr const char* kSettingsKey = "skillscope.v1.settings";

// Where the person was, so a reload opens the same page.
struct Settings {
  std::string theme;   // "light", "dark" or "" (follow the browser)
  std::string screen;  // "start", "skill", "summary", "results"
  int skill_index = 0;
};

struct StoredProfileInfo {
  std::string id;
  std::string name;
  std::string updated;
  std::size_t skills = 0;
  std::size_t answered = 0;
};

struct Unreadable {
  std::string key;         // where it was
  std::string backup_key;  // where it is now
  std::string text;        // the data, for the person to download
  std::vector<std::string> problems;
};

class ProfileStore {
 public:
  // Reads every stored profile; unreadable ones are moved aside and reported.
  std::vector<Unreadable> LoadAll();
  const std::vector<Profile>& profiles() const { return profiles_; }
  const Profile* Find(const std::string& id) const;
  std::vector<StoredProfileInfo> List() const;  // most recently updated first

  std::string CurrentId() const;
  void SetCurrent(const std::string& id);

  // Adds or replaces in memory and in storage.
  platform::StorageStatus Save(const Profile& profile);
  // Removes; the profile is returned so the caller can offer Undo.
  std::optional<Profile> Delete(const std::string& id);

  // Another tab changed storage: re-read one profile (nullopt when it is gone).
  std::optional<Profile> Reload(const std::string& id);

  Settings LoadSettings();
  void SaveSettings(const Settings& settings);
  bool available() const { return available_; }

  static std::string NewProfileId(const std::string& now);

 private:
  std::vector<Profile> profiles_;
  bool available_ = true;
};

}  // namespace skillscope
