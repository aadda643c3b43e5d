#pragma once
// The app's settings in localStorage: the theme the person chose, and where they were
// in each profile, so a reload or reopening a profile returns there.
#include <map>
#include <string>

#include "model/place.h"
#include "platform/platform.h"

namespace skillscope {

inline constexpr const char* kSettingsKey = "skillscope.v1.settings";

// A place inside one profile: its questionnaire, summary or results.
struct ProfilePlace {
  Screen screen = Screen::Skill;
  std::string skill_key;  // with Screen::Skill: "framework/CODE"
  bool operator==(const ProfilePlace& o) const { return screen == o.screen && skill_key == o.skill_key; }
};

struct Settings {
  std::string theme;  // "light", "dark" or "" (follow the browser)
  bool at_start = false;  // the person was on the start screen: a reload opens it
  std::map<std::string, ProfilePlace> places;  // by profile id
  // Backups: when the last "Back up everything" was written, and when the person was last
  // reminded to make one (ISO 8601; "" for never).
  std::string last_backup;
  std::string backup_reminded;
};

// Settings are cheap to lose: anything unreadable reads as the defaults.
Settings LoadSettings(Platform& platform);
void SaveSettings(Platform& platform, const Settings& settings);

}  // namespace skillscope
