#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "core/profile_json.h"

using namespace skillscope;
using nlohmann::json;

TEST_CASE("an empty profile exports the versioned envelope") {
  Profile p;
  p.id = "p1";
  p.name = "Autumn review";
  const json j = json::parse(ProfileToJson(p));
  CHECK(j["format"] == "skillscope-profile");
  CHECK(j["schemaVersion"] == 1);
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
