#include "core/profile/backup.h"

#include <nlohmann/json.hpp>

#include "core/framework/loader.h"
#include "core/json/input.h"
#include "core/profile/import.h"
#include "core/profile/json.h"
#include "core/profile/review_json.h"
#include "core/text/messages.h"

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
  out += "}";
  items.clear();
  for (const ReceivedReview* r : contents.reviews)
    items.push_back("{\"review\": " + ReviewToJson(r->review, -1) + ", \"replies\": " + RepliesToJson(*r) + "}");
  AppendArray(out, "reviews", items);
  items.clear();
  for (const Review* r : contents.my_reviews) items.push_back(ReviewToJson(*r, -1));
  AppendArray(out, "myReviews", items);
  out += "}\n";
  return out;
}

namespace {

std::string Dump(const nlohmann::json& value) {
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// The member `name` as an array; absent reads as empty.
const nlohmann::json* ListOf(const nlohmann::json& doc, const char* name, const std::string& file,
                             std::vector<std::string>& errors) {
  const auto it = doc.find(name);
  if (it == doc.end()) return nullptr;
  if (!it->is_array()) {
    errors.push_back(file + ": " + name + ": " + Tr(MSG("profile.backup.expected_list"), DescribeJsonType(*it)));
    return nullptr;
  }
  return &*it;
}

void ReadProfiles(const nlohmann::json* list, const char* name, const std::string& file, const Catalog& catalog,
                  std::vector<Profile>& into, BackupRead& out) {
  if (!list) return;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const std::string where = file + ": " + name + "[" + std::to_string(i) + "]";
    ImportReport report = ImportProfile(Dump((*list)[i]), where, catalog);
    if (!report.ok()) {
      out.errors.insert(out.errors.end(), report.errors.begin(), report.errors.end());
      continue;
    }
    // An answer left out would be lost by the restore: refused like a broken one.
    out.errors.insert(out.errors.end(), report.warnings.begin(), report.warnings.end());
    for (const std::string& note : report.notes) out.notes.push_back(where + ": " + note);
    into.push_back(std::move(*report.profile));
  }
}

}  // namespace

BackupRead ReadBackup(std::string_view text, const std::string& file_name, const Catalog& here) {
  BackupRead out;
  const ParsedJson parsed = ParseUntrustedJson(text, {kMaxBackupBytes, 64});
  if (!parsed.ok()) {
    out.errors.push_back(file_name + ": " + parsed.error);
    return out;
  }
  const nlohmann::json& doc = parsed.value;
  const auto format = doc.is_object() ? doc.find("format") : doc.end();
  if (!doc.is_object() || format == doc.end() || *format != kBackupFormat) {
    out.errors.push_back(file_name + ": " + Tr(MSG("profile.backup.not_a_backup"), kBackupFormat));
    return out;
  }
  const auto version = doc.find("version");
  if (version == doc.end() || !version->is_number_integer() || *version < 1) {
    out.errors.push_back(file_name + ": version: " +
                         (version == doc.end() ? Tr(MSG("profile.backup.version_missing"))
                                               : Tr(MSG("profile.backup.version_not_number"), DescribeJsonType(*version))));
    return out;
  }
  if (*version > kBackupVersion) {
    out.errors.push_back(file_name + ": " + Tr(MSG("profile.backup.newer_version"), Dump(*version), kBackupVersion));
    return out;
  }
  if (const auto created = doc.find("created"); created != doc.end() && created->is_string())
    out.created = created->get<std::string>();

  // Frameworks first: the profiles are checked against them and the ones here.
  Catalog catalog = here;
  if (const nlohmann::json* list = ListOf(doc, "frameworks", file_name, out.errors)) {
    for (std::size_t i = 0; i < list->size(); ++i) {
      FrameworkLoad load = LoadFramework(Dump((*list)[i]), file_name + ": frameworks[" + std::to_string(i) + "]");
      if (!load.ok()) {
        out.errors.insert(out.errors.end(), load.errors.begin(), load.errors.end());
        continue;
      }
      if (!catalog.Find(load.framework->id, load.framework->version)) catalog.Add(*load.framework, FrameworkOrigin::Custom);
      out.frameworks.push_back(std::move(*load.framework));
    }
  }
  ReadProfiles(ListOf(doc, "profiles", file_name, out.errors), "profiles", file_name, catalog, out.profiles, out);
  ReadProfiles(ListOf(doc, "people", file_name, out.errors), "people", file_name, catalog, out.people, out);
  if (const auto settings = doc.find("settings"); settings != doc.end()) {
    if (!settings->is_object()) {
      out.errors.push_back(file_name + ": settings: " + Tr(MSG("json.expected_object"), DescribeJsonType(*settings)));
    } else {
      for (const auto& item : settings->items()) {
        if (!item.value().is_string()) {
          out.errors.push_back(file_name + ": settings[\"" + item.key() + "\"]: " +
                               Tr(MSG("json.expected_text"), DescribeJsonType(item.value())));
          continue;
        }
        out.settings[item.key()] = item.value().get<std::string>();
      }
    }
  }
  if (const nlohmann::json* list = ListOf(doc, "reviews", file_name, out.errors)) {
    for (std::size_t i = 0; i < list->size(); ++i) {
      const std::string where = file_name + ": reviews[" + std::to_string(i) + "]";
      const nlohmann::json& item = (*list)[i];
      const auto review = item.is_object() ? item.find("review") : item.end();
      if (review == item.end()) {
        out.errors.push_back(where + ": " + Tr(MSG("profile.backup.review_not_object"), DescribeJsonType(item)));
        continue;
      }
      ReviewRead read = ReadReview(Dump(*review), where + ".review");
      if (!read.ok()) {
        out.errors.insert(out.errors.end(), read.errors.begin(), read.errors.end());
        continue;
      }
      ReceivedReview received;
      received.review = std::move(*read.review);
      if (const auto replies = item.find("replies"); replies != item.end()) ReadReplies(Dump(*replies), received);
      out.reviews.push_back(std::move(received));
    }
  }
  if (const nlohmann::json* list = ListOf(doc, "myReviews", file_name, out.errors)) {
    for (std::size_t i = 0; i < list->size(); ++i) {
      ReviewRead read = ReadReview(Dump((*list)[i]), file_name + ": myReviews[" + std::to_string(i) + "]");
      if (!read.ok()) out.errors.insert(out.errors.end(), read.errors.begin(), read.errors.end());
      else out.my_reviews.push_back(std::move(*read.review));
    }
  }
  if (!out.ok()) {  // refused whole: what was read before the problem goes too
    BackupRead refused;
    refused.errors = std::move(out.errors);
    return refused;
  }
  return out;
}

}  // namespace skillscope
