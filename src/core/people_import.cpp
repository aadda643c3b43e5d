#include "core/people_import.h"

#include "core/framework_loader.h"
#include "core/json_input.h"
#include "core/json_reader.h"
#include "core/profile_import.h"
#include "core/profile_json.h"
#include "core/version.h"
#include "core/wording.h"

namespace skillscope {
namespace {
using nlohmann::json;

std::string Dump(const json& value) { return value.dump(-1, ' ', false, json::error_handler_t::replace); }

void Arrive(PeopleArrival& out, ImportReport report, const std::string& source, const Catalog& catalog,
            const std::vector<Framework>& carried) {
  if (!report.ok()) {
    out.refused.push_back({source, std::move(report.errors), std::move(report.missing)});
    return;
  }
  for (const ArrivedProfile& earlier : out.profiles) {
    if (earlier.profile == *report.profile) {
      out.refused.push_back({source,
                             {source + ": the same profile as " + earlier.source + " (" + Quoted(earlier.profile.name) +
                              "), so it was taken once"},
                             {}});
      return;
    }
  }
  ArrivedProfile a;
  a.profile = std::move(*report.profile);
  a.source = source;
  a.embedded = std::move(report.embedded);
  // Frameworks the team file carried that this member uses and this browser lacks.
  for (const Framework& fw : carried) {
    const FrameworkRef* ref = a.profile.FindFramework(fw.id);
    if (ref && ref->version == fw.version && !catalog.Find(fw.id, fw.version)) a.embedded.push_back(fw);
  }
  a.notes = std::move(report.notes);
  a.notes.insert(a.notes.end(), report.warnings.begin(), report.warnings.end());
  out.profiles.push_back(std::move(a));
}

void ReadTeamFile(PeopleArrival& out, const json& doc, const std::string& name, const Catalog& catalog) {
  JsonReader r;
  const auto version = r.Integer(doc, "", "formatVersion", true, 1, 1000000);
  if (version && *version > kTeamFormatVersion) {
    out.refused.push_back({name,
                           {name + ": formatVersion: this team file was made by a newer skillscope (version " +
                            std::to_string(*version) + "; this app reads version " +
                            std::to_string(kTeamFormatVersion) + "). Nothing was imported from it."},
                           {}});
    return;
  }
  r.Object(doc, "", {"format", "formatVersion", "app", "exported", "frameworks", "members"});
  const json* members = r.Field(doc, "", "members", true);
  if (members && !members->is_array()) r.Report("members", "expected a list of profiles, found " + DescribeJsonType(*members));
  if (!r.ok()) {
    std::vector<std::string> reasons;
    for (const Problem& p : r.problems()) reasons.push_back(name + ": " + p.ToString());
    out.refused.push_back({name, std::move(reasons), {}});
    return;
  }
  // Frameworks first: the members are checked against them.
  Catalog available = catalog;
  std::vector<Framework> carried;
  if (const auto it = doc.find("frameworks"); it != doc.end() && it->is_array()) {
    for (std::size_t i = 0; i < it->size(); ++i) {
      const std::string source = name + ", framework " + std::to_string(i + 1);
      FrameworkLoad load = LoadFramework(Dump((*it)[i]), source);
      if (!load.ok()) {
        out.refused.push_back({source, std::move(load.errors), {}});
        continue;
      }
      if (available.Add(*load.framework, FrameworkOrigin::Custom) == AddOutcome::Conflict) {
        out.refused.push_back({source,
                               {source + ": it differs from the framework \"" + load.framework->id + "\" version " +
                                load.framework->version + " already here; one of them was changed without a new version"},
                               {}});
        continue;
      }
      carried.push_back(std::move(*load.framework));
    }
  }
  for (std::size_t i = 0; i < members->size(); ++i) {
    const json& m = (*members)[i];
    std::string source = name + ", member " + std::to_string(i + 1);
    if (m.is_object() && m.contains("name") && m["name"].is_string()) source += " (" + Quoted(m["name"].get<std::string>()) + ")";
    Arrive(out, ImportProfile(Dump(m), source, available), source, catalog, carried);
  }
}

}  // namespace

PeopleArrival ReadPeopleFiles(const std::vector<IncomingFile>& files, const Catalog& catalog) {
  PeopleArrival out;
  for (const IncomingFile& file : files) {
    JsonLimits limits;
    limits.max_bytes = kMaxTeamFileBytes;
    const ParsedJson parsed = ParseUntrustedJson(file.text, limits);
    if (parsed.ok() && parsed.value.is_object() && parsed.value.value("format", "") == kTeamFormat) {
      ReadTeamFile(out, parsed.value, file.name, catalog);
      continue;
    }
    // Anything else is read as a profile, which says what is wrong with it.
    Arrive(out, ImportProfile(file.text, file.name, catalog), file.name, catalog, {});
  }
  return out;
}

std::string TeamFileJson(const std::vector<Profile>& members, const std::vector<std::string>& framework_json,
                         const std::string& now) {
  // Assembled as text: the parts are JSON already (a collection of 50 large profiles
  // would otherwise be parsed again only to be written out).
  std::string out = "{\"format\":\"" + std::string(kTeamFormat) + "\",\"formatVersion\":" +
                    std::to_string(kTeamFormatVersion) + ",\"app\":" + Dump(std::string("skillscope ") + kAppVersion) +
                    ",\"exported\":" + Dump(now) + ",\"frameworks\":[";
  for (std::size_t i = 0; i < framework_json.size(); ++i) out += (i ? "," : "") + framework_json[i];
  out += "],\"members\":[";
  for (std::size_t i = 0; i < members.size(); ++i) out += (i ? ",\n" : "\n") + ProfileToJson(members[i]);
  out += "\n]}\n";
  return out;
}

}  // namespace skillscope
