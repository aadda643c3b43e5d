#include "core/profile/backup.h"

#include <nlohmann/json.hpp>

#include "core/profile/json.h"

namespace skillscope {
namespace {

std::string Quote(const std::string& text) {
  return nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// Texts that are JSON documents already, as one array: a 4 MB framework is copied, not
// parsed and written again.
void AppendArray(std::string& out, const char* name, const std::vector<std::string>& items) {
  out += ",\n\"";
  out += name;
  out += "\": [";
  for (std::size_t i = 0; i < items.size(); ++i) {
    out += i == 0 ? "\n" : ",\n";
    out += items[i];
  }
  out += "]";
}

}  // namespace

std::string BackupJson(const BackupContents& contents, const std::string& created_iso8601) {
  std::string out = "{\"format\": " + Quote(kBackupFormat) + ", \"version\": " + std::to_string(kBackupVersion) +
                    ", \"created\": " + Quote(created_iso8601);
  std::vector<std::string> items;
  for (const Profile* p : contents.profiles) items.push_back(ProfileToJson(*p));
  AppendArray(out, "profiles", items);
  items.clear();
  for (const Profile* p : contents.people) items.push_back(ProfileToJson(*p));
  AppendArray(out, "people", items);
  items.clear();
  for (const std::string* f : contents.frameworks) items.push_back(*f);
  AppendArray(out, "frameworks", items);
  out += ",\n\"settings\": {";
  bool first = true;
  for (const auto& [key, text] : contents.settings) {
    out += first ? "\n" : ",\n";
    first = false;
    out += Quote(key) + ": " + Quote(text);
  }
  out += "}}\n";
  return out;
}

}  // namespace skillscope
