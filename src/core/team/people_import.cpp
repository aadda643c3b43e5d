#include "core/team/people_import.h"

#include <map>

#include "core/json/canonical.h"
#include "core/framework/loader.h"
#include "core/json/input.h"
#include "core/json/reader.h"
#include "core/profile/import.h"
#include "core/profile/json.h"
#include "core/profile/version.h"
#include "core/text/messages.h"
#include "core/text/wording.h"

namespace skillscope {
namespace {
using nlohmann::json;

std::string Dump(const json& value) { return CanonicalJson(value); }

// One batch: the frameworks its files bring are validated once each (a team of 50 whose
// files all carry the same custom framework would otherwise check it 50 times).
struct Batch {
  explicit Batch(const Catalog& c) : here(c), available(c) {}
  const Catalog& here;             // this browser's frameworks
  Catalog available;               // and the ones the batch brought
  std::vector<Framework> carried;  // those, validated
  PeopleArrival out;
  std::map<std::string, json> parsed;  // frameworks of `available` as documents, by id@version

  const json& Parsed(const Framework& fw) {
    const std::string key = fw.id + "@" + fw.version;
    auto it = parsed.find(key);
    if (it == parsed.end()) it = parsed.emplace(key, ParseKnownJson(fw.canonical_json())).first;
    return it->second;
  }

  void Carry(const Framework& fw) {
    if (available.Find(fw.id, fw.version)) return;
    available.Add(fw, FrameworkOrigin::Custom);
    carried.push_back(fw);
  }
};

// Takes out of a profile's document the embedded frameworks already checked in this
// batch (same id, version and content); true when it took any.
bool DropCheckedFrameworks(json& doc, Batch& b) {
  const auto refs = doc.find("frameworks");
  if (refs == doc.end() || !refs->is_array()) return false;
  bool dropped = false;
  for (json& ref : *refs) {
    if (!ref.is_object() || !ref.contains("embedded") || !ref["id"].is_string() || !ref["version"].is_string()) continue;
    const CatalogEntry* known = b.available.Find(ref["id"].get<std::string>(), ref["version"].get<std::string>());
    // Documents compared as values: the same as comparing canonical texts, without writing one.
    if (!known || known->framework.canonical_json().empty() || ref["embedded"] != b.Parsed(known->framework)) continue;
    ref.erase("embedded");
    dropped = true;
  }
  return dropped;
}

void Arrive(Batch& b, ImportReport report, const std::string& source) {
  for (const Framework& fw : report.embedded) b.Carry(fw);  // valid even when the profile is not
  PeopleArrival& out = b.out;
  if (!report.ok()) {
    out.refused.push_back({source, std::move(report.errors), std::move(report.missing)});
    return;
  }
  for (const ArrivedProfile& earlier : out.profiles) {
    if (earlier.profile == *report.profile) {
      out.refused.push_back(
          {source, {Tr(MSG("team_export.same_profile_twice"), source, earlier.source, Quoted(earlier.profile.name))}, {}});
      return;
    }
  }
  ArrivedProfile a;
  a.profile = std::move(*report.profile);
  a.source = source;
  // Every framework the batch brought that this profile uses and this browser lacks.
  for (const Framework& fw : b.carried) {
    const FrameworkRef* ref = a.profile.FindFramework(fw.id);
    if (ref && ref->version == fw.version && !b.here.Find(fw.id, fw.version)) a.embedded.push_back(fw);
  }
  a.notes = std::move(report.notes);
  a.notes.insert(a.notes.end(), report.warnings.begin(), report.warnings.end());
  out.profiles.push_back(std::move(a));
}

// A profile: its text, or "" to write it from `doc`, its parsed document (null when it
// did not parse).
void ReadProfileText(Batch& b, const std::string& text, json* doc, const std::string& source) {
  const bool dropped = doc && doc->is_object() && DropCheckedFrameworks(*doc, b);
  Arrive(b, ImportProfile(dropped || text.empty() ? Dump(*doc) : text, source, b.available), source);
}

void ReadTeamFile(Batch& b, json& doc, const std::string& name) {
  PeopleArrival& out = b.out;
  JsonReader r;
  const auto version = r.Integer(doc, "", "formatVersion", true, 1, 1000000);
  if (version && *version > kTeamFormatVersion) {
    // Versions as the file writes them: plain digits.
    out.refused.push_back({name,
                           {Tr(MSG("team_export.team_file_newer"), name, std::to_string(*version),
                               std::to_string(kTeamFormatVersion))},
                           {}});
    return;
  }
  r.Object(doc, "", {"format", "formatVersion", "app", "exported", "frameworks", "members"});
  if (const json* members = r.Field(doc, "", "members", true); members && !members->is_array())
    r.Report("members", Tr(MSG("team_export.team_file_members_not_list"), DescribeJsonType(*members)));
  if (!r.ok()) {
    std::vector<std::string> reasons;
    for (const Problem& p : r.problems()) reasons.push_back(name + ": " + p.ToString());
    out.refused.push_back({name, std::move(reasons), {}});
    return;
  }
  // Frameworks first: the members are checked against them.
  if (const auto it = doc.find("frameworks"); it != doc.end() && it->is_array()) {
    for (std::size_t i = 0; i < it->size(); ++i) {
      const std::string source = Tr(MSG("team_export.team_file_framework"), name, i + 1);
      FrameworkLoad load = LoadFramework(Dump((*it)[i]), source);
      if (!load.ok()) {
        out.refused.push_back({source, std::move(load.errors), {}});
        continue;
      }
      if (const CatalogEntry* e = b.available.Find(load.framework->id, load.framework->version);
          e && e->framework.content_hash() != load.framework->content_hash()) {
        out.refused.push_back({source,
                               {Tr(MSG("team_export.team_file_framework_differs"), source, load.framework->id,
                                   load.framework->version)},
                               {}});
        continue;
      }
      b.Carry(*load.framework);
    }
  }
  json& members = doc["members"];
  for (std::size_t i = 0; i < members.size(); ++i) {
    json& m = members[i];
    const std::string source =
        m.is_object() && m.contains("name") && m["name"].is_string()
            ? Tr(MSG("team_export.team_file_named_member"), name, i + 1, Quoted(m["name"].get<std::string>()))
            : Tr(MSG("team_export.team_file_member"), name, i + 1);
    ReadProfileText(b, "", &m, source);
  }
}

}  // namespace

PeopleArrival ReadPeopleFiles(const std::vector<IncomingFile>& files, const Catalog& catalog) {
  Batch b(catalog);
  for (const IncomingFile& file : files) {
    JsonLimits limits;
    limits.max_bytes = kMaxTeamFileBytes;
    ParsedJson parsed = ParseUntrustedJson(file.text, limits);
    if (parsed.ok() && HasFormat(parsed.value, kTeamFormat)) {
      ReadTeamFile(b, parsed.value, file.name);
      continue;
    }
    // Anything else is read as a profile, which says what is wrong with it.
    ReadProfileText(b, file.text, parsed.ok() ? &parsed.value : nullptr, file.name);
  }
  return std::move(b.out);
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
