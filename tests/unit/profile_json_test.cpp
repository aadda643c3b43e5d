#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "core/profile/json.h"

using namespace skillscope;
using nlohmann::json;

TEST_CASE("an empty profile exports the versioned envelope") {
  Profile p;
  p.id = "p1";
  p.name = "Autumn review";
  const json j = json::parse(ProfileToJson(p));
  CHECK(j["format"] == "skillscope-profile");
  CHECK(j["schemaVersion"] == 2);
  CHECK(j["name"] == "Autumn review");
  CHECK(j["answers"].is_object());
  CHECK(j["answers"].empty());
  CHECK(j["selection"].is_array());
}

TEST_CASE("answers are keyed by framework id and skill code") {
  Profile p;
  Answer a;
  a.kind = AnswerKind::Level;
  a.level = 3;
  a.target = 4;
  a.confidence = Confidence::High;
  a.notes = "Runbook \xE2\x80\x9Cpatch night\xE2\x80\x9D: https://example.org/x?a=1&b=<2>";
  p.answers[SkillKey("sfia", "ITOP")] = a;
  const json j = json::parse(ProfileToJson(p));
  const json& got = j["answers"]["sfia/ITOP"];
  CHECK(got["status"] == "level");
  CHECK(got["level"] == 3);
  CHECK(got["target"] == 4);
  CHECK(got["confidence"] == "high");
  CHECK(got["notes"] == a.notes);
}

TEST_CASE("invalid UTF-8 in user text does not stop an export") {
  Profile p;
  p.name = std::string("bad \xC3\x28 byte");
  const std::string text = ProfileToJson(p);
  const json j = json::parse(text);
  CHECK(j["name"] == "bad \xEF\xBF\xBD( byte");  // replaced by U+FFFD
}

TEST_CASE("a profile survives a write and a read unchanged") {
  Profile p;
  p.id = "p-1";
  p.name = "Q4 review";
  p.person = "Zoë Ångström";
  p.created = "2026-11-22T09:00:00Z";
  p.updated = "2026-11-22T09:05:00Z";
  p.frameworks = {{"sfia", "1.0.0", "sha256:" + std::string(64, 'a')}, {"team", "2", "sha256:" + std::string(64, 'd')}};
  p.selection = {"sfia/ITOP", "team/A"};
  Answer a;
  a.kind = AnswerKind::Level;
  a.level = 3;
  a.mode = AnswerMode::Statements;
  a.ratings[3] = {Rating::Consistently, Rating::Partly, Rating::Unrated};
  a.overridden = true;
  a.target = 4;
  a.confidence = Confidence::Medium;
  a.notes = "Line one\nline two: https://example.org/?q=\xE2\x80\x9Cx\xE2\x80\x9D";
  a.updated = "2026-11-22T09:04:00Z";
  p.answers["sfia/ITOP"] = a;
  Answer skipped;
  skipped.kind = AnswerKind::Skipped;
  p.answers["team/A"] = skipped;

  const ProfileRead read = ReadProfile(ProfileToJson(p, 2), "saved");
  for (const auto& e : read.errors) FAIL_CHECK(e);
  REQUIRE(read.ok());
  CHECK(*read.profile == p);
}

TEST_CASE("reading a profile reports precise problems") {
  Profile p;
  p.id = "p-1";
  p.name = "Q4 review";
  p.frameworks = {{"sfia", "1.0.0", ""}};
  p.selection = {"sfia/ITOP"};
  json doc = json::parse(ProfileToJson(p));
  auto only = [](const json& d) {
    const ProfileRead read = ReadProfile(d.dump(), "x.json");
    CHECK_FALSE(read.ok());
    REQUIRE(read.errors.size() == 1);
    return read.errors[0];
  };
  json bad = doc;
  bad["answers"]["sfia/ITOP"] = {{"status", "level"}};
  CHECK(only(bad) == "x.json: answers[\"sfia/ITOP\"]: missing required field \"level\"");
  bad = doc;
  bad["answers"]["sfia/ITOP"] = {{"status", "great"}};
  CHECK(only(bad) == "x.json: answers[\"sfia/ITOP\"].status: expected one of \"unanswered\", \"level\", "
                     "\"not-applicable\", \"skipped\", found \"great\"");
  bad = doc;
  bad["answers"]["sfia/ITOP"] = {{"status", "skipped"}, {"ratings", {{"1", {"sometimes"}}}}};
  CHECK(only(bad) == "x.json: answers[\"sfia/ITOP\"].ratings[\"1\"][0]: expected one of \"unrated\", \"not-yet\", "
                     "\"partly\", \"consistently\", found \"sometimes\"");
  bad = doc;
  bad["schemaVersion"] = 7;
  CHECK(only(bad) == "x.json: schemaVersion: this profile was saved by a newer skillscope (schema version 7; this app "
                     "reads up to 3). Nothing was imported; open it with a newer version of the app.");
  bad = doc;
  bad["selection"].push_back("other/X");
  CHECK(only(bad) == "x.json: selection[1]: framework \"other\" is not in the profile's list of frameworks");
  bad = doc;
  bad["format"] = "skillscope-framework";
  CHECK(only(bad) == "x.json: not a skillscope profile: expected \"format\": \"skillscope-profile\", found format "
                     "\"skillscope-framework\" (this is a framework; load it with Load framework)");
}

TEST_CASE("confidence is labelled for people, and unset says nothing") {
  CHECK(ConfidenceLabel(Confidence::High) == "High");
  CHECK(ConfidenceLabel(Confidence::Low) == "Low");
  CHECK(ConfidenceLabel(Confidence::Unset).empty());
}
