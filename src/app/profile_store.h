#pragma once
// Keeping the current profile and the app's settings in localStorage, under
// versioned keys, so a reload, a browser restart or a new app version keeps them.
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
  std::string screen;  // "start", "skill", "summary"
  int skill_index = 0;
};

class ProfileStore {
 public:
  struct Loaded {
    std::optional<Profile> profile;
    std::vector<std::string> problems;  // stored data that could not be read (kept as a backup)
  };
  Loaded LoadCurrent();
  platform::StorageStatus Save(const Profile& profile);

  Settings LoadSettings();
  void SaveSettings(const Settings& settings);

  static std::string NewProfileId(const std::string& now);
};

}  // namespace skillscope
