#include "session/settings.h"

#include <nlohmann/json.hpp>

#include "core/json/input.h"

namespace skillscope {
namespace {

// Places are kept for this many profiles at most (the ones used last win).
constexpr std::size_t kMaxPlaces = 200;

const char* ScreenName(Screen screen) {
  switch (screen) {
    case Screen::Skill: return "skill";
    case Screen::Summary: return "summary";
    case Screen::Results: return "results";
    case Screen::Plan: return "plan";
    case Screen::Timeline: return "timeline";
    case Screen::Start:
    case Screen::Setup:
    case Screen::Help:
    case Screen::TableImport:
    case Screen::People:
    case Screen::Compare:
    case Screen::Team:
    case Screen::Review:
    case Screen::Reading: return "start";
  }
  return "start";
}

bool ScreenFromName(const std::string& name, Screen* screen) {
  if (name == "skill") *screen = Screen::Skill;
  else if (name == "summary") *screen = Screen::Summary;
  else if (name == "results") *screen = Screen::Results;
  else if (name == "plan") *screen = Screen::Plan;
  else if (name == "timeline") *screen = Screen::Timeline;
  else return false;
  return true;
}

}  // namespace

Settings LoadSettings(Platform& platform) {
  Settings s;
  const auto text = platform.StorageGet(kSettingsKey);
  if (!text) return s;
  const ParsedJson parsed = ParseUntrustedJson(*text, {256 * 1024, 8});
  if (!parsed.ok() || !parsed.value.is_object()) return s;
  const nlohmann::json& j = parsed.value;
  if (const auto theme = j.find("theme"); theme != j.end() && theme->is_string()) {
    const std::string t = theme->get<std::string>();
    if (t == "light" || t == "dark") s.theme = t;
  }
  if (const auto at_start = j.find("atStart"); at_start != j.end() && at_start->is_boolean())
    s.at_start = at_start->get<bool>();
  for (const auto& [name, field] : {std::pair{"lastBackup", &s.last_backup}, {"backupReminded", &s.backup_reminded}})
    if (const auto it = j.find(name); it != j.end() && it->is_string()) *field = it->get<std::string>();
  const auto places = j.find("places");
  if (places == j.end() || !places->is_object()) return s;
  for (const auto& item : places->items()) {
    const nlohmann::json& p = item.value();
    ProfilePlace place;
    if (!p.is_object() || !p.contains("screen") || !p["screen"].is_string() ||
        !ScreenFromName(p["screen"].get<std::string>(), &place.screen))
      continue;
    if (p.contains("skill") && p["skill"].is_string()) place.skill_key = p["skill"].get<std::string>();
    s.places[item.key()] = std::move(place);
    if (s.places.size() >= kMaxPlaces) break;
  }
  return s;
}

void SaveSettings(Platform& platform, const Settings& s) {
  nlohmann::json places = nlohmann::json::object();
  for (const auto& [id, place] : s.places) {
    nlohmann::json p = {{"screen", ScreenName(place.screen)}};
    if (!place.skill_key.empty()) p["skill"] = place.skill_key;
    places[id] = std::move(p);
  }
  nlohmann::json j = {{"theme", s.theme}, {"atStart", s.at_start}, {"places", std::move(places)}};
  if (!s.last_backup.empty()) j["lastBackup"] = s.last_backup;
  if (!s.backup_reminded.empty()) j["backupReminded"] = s.backup_reminded;
  platform.StorageSet(kSettingsKey, j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

}  // namespace skillscope
