// Importing exported profiles: round trip, migration, changed and missing frameworks,
// custom frameworks carried inside the file.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "core/profile/assessment.h"
#include "core/framework/loader.h"
#include "core/profile/import.h"
#include "core/profile/json.h"

using namespace skillscope;
using nlohmann::json;

namespace {
const std::string kNow = "2026-11-22T09:00:00Z";

std::string TeamJson(const std::string& version, int levels_for_b) {
  json fw = {{"format", "skillscope-framework"}, {"formatVersion", 1}, {"id", "team"}, {"version", version},
             {"title", "Team"}, {"source", "s"}, {"attribution", "a"},
             {"scale", {{"levels", {{{"level", 1}}, {{"level", 2}}, {{"level", 3}}}}}}};
  json levels_b = json::object();
  for (int l = 1; l <= levels_for_b; ++l) levels_b[std::to_string(l)] = json::array({"b" + std::to_string(l)});
  json levels_a = json::object();
  levels_a["1"] = json::array({"a1", "a1b"});
  levels_a["2"] = json::array({"a2"});
  levels_a["3"] = json::array({"a3"});
  json a = json::object(), b = json::object();
  a["code"] = "A";
  a["name"] = "A";
  a["levels"] = levels_a;
  b["code"] = "B";
  b["name"] = "B";
  b["levels"] = levels_b;
  fw["skills"] = json::array({a, b});
  return fw.dump();
}

Framework Load(const std::string& text) { return *LoadFramework(text, "team.json").framework; }

Profile Sample(const Framework& fw) {
  Profile p = NewProfile("p-1", "Q4 review", "Kim", kNow, {{&fw, "A"}, {&fw, "B"}});
  ChooseLevel(p.answers["team/A"], fw.skills[0], 2, kNow);
  RateStatement(p.answers["team/A"], fw.skills[0], 1, 1, Rating::Partly, kNow);
  ChooseLevel(p.answers["team/B"], fw.skills[1], 3, kNow);
  REQUIRE(SetTarget(p.answers["team/B"], fw.skills[1], 3, kNow));
  p.answers["team/B"].notes = "notes \xE2\x80\x94 with a link https://example.org";
  Snapshot snap{"s-1", "Before training", kNow, p.answers};
  p.snapshots.push_back(snap);
  return p;
}
}  // namespace

TEST_CASE("export then import gives back the same profile") {
  Catalog catalog;
  catalog.Add(Load(TeamJson("1", 3)), FrameworkOrigin::BuiltIn);
  const Profile p = Sample(catalog.entries()[0].framework);
  const ImportReport r = ImportProfile(ExportProfileJson(p, {}), "q4.json", catalog);
  for (const auto& e : r.errors) FAIL_CHECK(e);
  REQUIRE(r.ok());
  CHECK(*r.profile == p);
  CHECK(r.warnings.empty());
  CHECK(r.notes.empty());
}

TEST_CASE("a custom framework travels inside the export and opens on another machine") {
  Catalog mine;
  mine.Add(Load(TeamJson("1", 3)), FrameworkOrigin::Custom);
  const Framework& fw = mine.entries()[0].framework;
  const std::string file = ExportProfileJson(Sample(fw), {fw.canonical_json()});
  CHECK(json::parse(file)["frameworks"][0]["embedded"]["id"] == "team");
  const Catalog theirs;  // has never seen "team"
  const ImportReport r = ImportProfile(file, "q4.json", theirs);
  for (const auto& e : r.errors) FAIL_CHECK(e);
  REQUIRE(r.ok());
  REQUIRE(r.embedded.size() == 1);
  CHECK(r.embedded[0].content_hash() == fw.content_hash());
}

TEST_CASE("an unknown framework is named, and nothing is imported") {
  Catalog catalog;
  catalog.Add(Load(TeamJson("1", 3)), FrameworkOrigin::BuiltIn);
  const std::string file = ExportProfileJson(Sample(catalog.entries()[0].framework), {});
  const ImportReport r = ImportProfile(file, "q4.json", Catalog{});
  CHECK_FALSE(r.ok());
  REQUIRE(r.missing.size() == 1);
  CHECK(r.missing[0].id == "team");
  CHECK(r.errors.at(0) == "q4.json: uses the framework \"team\" version 1, which is not loaded in this browser. "
                          "Load that framework, then import again.");
}

TEST_CASE("a framework changed since the export: what still fits is imported, the rest listed") {
  Catalog before;
  before.Add(Load(TeamJson("1", 3)), FrameworkOrigin::BuiltIn);
  const std::string file = ExportProfileJson(Sample(before.entries()[0].framework), {});
  Catalog after;  // same id and version, but B lost level 3
  after.Add(Load(TeamJson("1", 2)), FrameworkOrigin::BuiltIn);
  const ImportReport r = ImportProfile(file, "q4.json", after);
  for (const auto& e : r.errors) FAIL_CHECK(e);
  REQUIRE(r.ok());
  CHECK(r.profile->answers.count("team/A") == 1);
  CHECK(r.profile->answers.count("team/B") == 0);
  CHECK(r.profile->snapshots[0].answers.count("team/B") == 0);
  REQUIRE(r.warnings.size() == 2);
  CHECK(r.warnings[0] == "q4.json: answers[\"team/B\"].level: 3 is above the highest level 2 (the framework changed "
                         "since the export; this was left out)");
  CHECK(r.notes.at(0) == "The framework \"team\" has changed since this profile was exported.");
  CHECK(r.profile->frameworks[0].content_hash == after.entries()[0].framework.content_hash());
}

TEST_CASE("an unchanged framework with an impossible answer means a broken file: nothing imported") {
  Catalog catalog;
  catalog.Add(Load(TeamJson("1", 3)), FrameworkOrigin::BuiltIn);
  json doc = json::parse(ExportProfileJson(Sample(catalog.entries()[0].framework), {}));
  doc["answers"]["team/A"]["level"] = 9;
  const ImportReport r = ImportProfile(doc.dump(), "q4.json", catalog);
  CHECK_FALSE(r.ok());
  CHECK(r.errors.at(0) == "q4.json: answers[\"team/A\"].level: 9 is above the highest level 3");
}

TEST_CASE("a version 1 file is migrated; a newer version is refused") {
  Catalog catalog;
  catalog.Add(Load(TeamJson("1", 3)), FrameworkOrigin::BuiltIn);
  Profile p = Sample(catalog.entries()[0].framework);
  p.snapshots.clear();  // version 1 had none
  json doc = json::parse(ExportProfileJson(p, {}));
  doc["schemaVersion"] = 1;
  doc.erase("snapshots");
  const ImportReport r = ImportProfile(doc.dump(), "old.json", catalog);
  for (const auto& e : r.errors) FAIL_CHECK(e);
  REQUIRE(r.ok());
  CHECK(*r.profile == p);
  CHECK(r.notes.at(0) == "Saved by an older skillscope (schema version 1); updated to version 2.");
  // A version 1 file with snapshots is not a version 1 file.
  doc["snapshots"] = json::array();
  CHECK(ImportProfile(doc.dump(), "old.json", catalog).errors.at(0) ==
        "old.json: snapshots: snapshots need schemaVersion 2; this file says schemaVersion 1");
}

#include <fstream>
#include <sstream>

// tests/data/sample-profile.json is an export as the app writes it (statement mode with
// an override, notes with typographic characters, a snapshot, a custom framework
// carried inside). It must import, and export back byte for byte: a change to the
// format shows here first. (The schema check of the same file is a CTest of its own.)
TEST_CASE("the sample export imports and writes back identically") {
  auto read = [](const std::string& rel) {
    std::ifstream in(std::string(SKILLSCOPE_SOURCE_DIR) + rel, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  };
  Catalog catalog;
  catalog.Add(*LoadFramework(read("/frameworks/sfia.json"), "sfia.json").framework, FrameworkOrigin::BuiltIn);
  std::string sample = read("/tests/data/sample-profile.json");
  REQUIRE_FALSE(sample.empty());
  const ImportReport r = ImportProfile(sample, "sample-profile.json", catalog);
  for (const auto& e : r.errors) FAIL_CHECK(e);
  REQUIRE(r.ok());
  REQUIRE(r.embedded.size() == 1);
  CHECK(r.embedded[0].id == "acme-platform-team");
  CHECK(r.profile->answers.at("sfia/ITOP").overridden);
  CHECK(r.profile->snapshots.at(0).name == "Before the course");
  std::string written = ExportProfileJson(*r.profile, {r.embedded[0].canonical_json()}) + "\n";
  // The writing app's version is the only thing allowed to differ.
  auto without_app = [](std::string s) {
    const auto at = s.find("\"app\": \"");
    return at == std::string::npos ? s : s.erase(at, s.find('\n', at) - at);
  };
  CHECK(without_app(written) == without_app(sample));
}
