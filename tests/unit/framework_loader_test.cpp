// Loading framework files: valid ones become data with a stable hash; every kind of
// bad file gets one precise message naming the file, the JSON path and the problem.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>

#include "core/framework/loader.h"

using namespace skillscope;
using nlohmann::json;

namespace {

json Valid() {
  return json::parse(R"({
    "format": "skillscope-framework",
    "formatVersion": 1,
    "id": "team",
    "version": "1",
    "title": "Team skills",
    "source": "Our handbook",
    "attribution": "© Us",
    "scale": {"levels": [{"level": 1, "name": "Learning"}, {"level": 2}, {"level": 3}, {"level": 4}]},
    "skills": [
      {"code": "OBS", "name": "Observability", "category": ["Operations"],
       "levels": {"1": ["Reads dashboards."], "3": ["Defines standards.", "Coaches others."]}},
      {"code": "NET", "name": "Networking", "levels": {"2": ["Configures VLANs."]}},
      {"code": "SEC", "name": "Security", "levels": {"4": ["Owns the threat model."]}}
    ]
  })");
}

// The one error of a file that must fail, or a failed CHECK listing what came back.
std::string OnlyError(const json& doc, const std::string& file = "team.json") {
  const FrameworkLoad load = LoadFramework(doc.dump(), file);
  CHECK_FALSE(load.ok());
  if (load.errors.size() != 1) {
    std::string all;
    for (const auto& e : load.errors) all += e + "\n";
    FAIL_CHECK("expected exactly one error, got " << load.errors.size() << ":\n" << all);
    return load.errors.empty() ? "" : load.errors.front();
  }
  return load.errors.front();
}

std::string OnlyErrorText(const std::string& text) {
  const FrameworkLoad load = LoadFramework(text, "team.json");
  CHECK_FALSE(load.ok());
  REQUIRE(load.errors.size() == 1);
  return load.errors.front();
}

}  // namespace

TEST_CASE("a valid framework loads with its scale, skills and statements") {
  const FrameworkLoad load = LoadFramework(Valid().dump(2), "team.json");
  REQUIRE(load.ok());
  const Framework& fw = *load.framework;
  CHECK(fw.id == "team");
  CHECK(fw.scale.levels.size() == 4);
  CHECK(fw.scale.Find(1)->name == "Learning");
  CHECK(fw.scale.Find(2)->name.empty());
  REQUIRE(fw.skills.size() == 3);
  CHECK(fw.skills[0].DefinedAt(1));
  CHECK_FALSE(fw.skills[0].DefinedAt(2));
  CHECK(fw.skills[0].statements.at(3) == std::vector<std::string>{"Defines standards.", "Coaches others."});
  CHECK(fw.skills[0].category == std::vector<std::string>{"Operations"});
  CHECK(fw.StatementCount() == 5);
  CHECK(LevelLabel(fw.scale, 1) == "Level 1 \xC2\xB7 Learning");
  CHECK(LevelLabel(fw.scale, 2) == "Level 2");
}

TEST_CASE("the content hash is stable across loads and reformatting, and changes with content") {
  const std::string a = LoadFramework(Valid().dump(), "a.json").framework->content_hash();
  const std::string b = LoadFramework(Valid().dump(4), "b.json").framework->content_hash();
  CHECK(a.rfind("sha256:", 0) == 0);
  CHECK(a.size() == 7 + 64);
  CHECK(a == b);
  json changed = Valid();
  changed["skills"][0]["levels"]["1"][0] = "Reads dashboards!";
  CHECK(LoadFramework(changed.dump(), "c.json").framework->content_hash() != a);
}

TEST_CASE("a framework read at start-up works out the same canonical JSON and hash, when first asked") {
  const std::string text = Valid().dump(2);
  const FrameworkLoad now = LoadFramework(text, "a.json");
  const FrameworkLoad later = LoadFramework(text, "a.json", DeriveHash::Later);
  REQUIRE(now.ok());
  REQUIRE(later.ok());
  const Framework copy = *later.framework;  // a copy asks first: the original sees the same answer
  CHECK(copy.content_hash() == now.framework->content_hash());
  CHECK(later.framework->canonical_json() == now.framework->canonical_json());
  CHECK(now.framework->canonical_json() == Valid().dump());
  // Asked in the other order: the text is let go once the canonical JSON is known.
  const FrameworkLoad json_first = LoadFramework(text, "a.json", DeriveHash::Later);
  REQUIRE(json_first.ok());
  CHECK(json_first.framework->canonical_json() == now.framework->canonical_json());
  CHECK(json_first.framework->content_hash() == now.framework->content_hash());
}

TEST_CASE("levels outside the scale name the skill, the level and the scale") {
  json doc = Valid();
  doc["skills"][2]["levels"]["9"] = {"Too high."};
  CHECK(OnlyError(doc) == "team.json: skills[2].levels[\"9\"]: level 9 is not on this framework's scale (1-4)");
}

TEST_CASE("structural problems are reported with their JSON path") {
  SUBCASE("duplicate skill codes") {
    json doc = Valid();
    doc["skills"][2]["code"] = "OBS";
    CHECK(OnlyError(doc) == "team.json: skills[2].code: duplicate skill code \"OBS\" (also skills[0])");
  }
  SUBCASE("empty statement") {
    json doc = Valid();
    doc["skills"][0]["levels"]["3"][1] = "   ";
    CHECK(OnlyError(doc) == "team.json: skills[0].levels[\"3\"][1]: statement is empty");
  }
  SUBCASE("typo in a field name") {
    json doc = Valid();
    doc["skills"][1]["nmae"] = "x";
    CHECK(OnlyError(doc) == "team.json: skills[1].nmae: unknown field \"nmae\" (did you mean \"name\"?)");
  }
  SUBCASE("typo in a top-level field name also reports the missing field") {
    json doc = Valid();
    doc["skils"] = doc["skills"];
    doc.erase("skills");
    const FrameworkLoad load = LoadFramework(doc.dump(), "team.json");
    REQUIRE(load.errors.size() == 2);
    CHECK(load.errors[0] == "team.json: skils: unknown field \"skils\" (did you mean \"skills\"?)");
    CHECK(load.errors[1] == "team.json: missing required field \"skills\"");
  }
  SUBCASE("unrelated unknown field") {
    json doc = Valid();
    doc["colour"] = "blue";
    CHECK(OnlyError(doc) == "team.json: colour: unknown field \"colour\" (fields of your own must start with \"x-\")");
  }
  SUBCASE("x- fields are the author's own and allowed") {
    json doc = Valid();
    doc["x-owner"] = "platform team";
    doc["skills"][0]["x-weight"] = 2;
    CHECK(LoadFramework(doc.dump(), "team.json").ok());
  }
  SUBCASE("wrong types") {
    json doc = Valid();
    doc["skills"][0]["name"] = 42;
    CHECK(OnlyError(doc) == "team.json: skills[0].name: expected name (a string), found a number");
    doc = Valid();
    doc["skills"][0]["levels"]["1"] = "Reads dashboards.";
    CHECK(OnlyError(doc) == "team.json: skills[0].levels[\"1\"]: expected a non-empty list of statements, found a string");
    doc = Valid();
    doc["scale"]["levels"][1]["level"] = 2.5;
    CHECK(OnlyError(doc) == "team.json: scale.levels[1].level: expected a whole number from 0 to 99, found 2.5");
    doc = Valid();
    doc["skills"] = json::object();
    CHECK(OnlyError(doc) == "team.json: skills: expected a non-empty list of skills, found an object");
  }
  SUBCASE("missing required fields") {
    json doc = Valid();
    doc["skills"][1].erase("code");
    CHECK(OnlyError(doc) == "team.json: skills[1]: missing required field \"code\"");
    doc = Valid();
    doc.erase("attribution");
    CHECK(OnlyError(doc) == "team.json: missing required field \"attribution\"");
  }
  SUBCASE("a skill defined at no level") {
    json doc = Valid();
    doc["skills"][1]["levels"] = json::object();
    CHECK(OnlyError(doc) ==
          "team.json: skills[1].levels: the skill is not defined at any level (add statements for at least one level)");
  }
  SUBCASE("level keys must be plain numbers") {
    json doc = Valid();
    doc["skills"][1]["levels"]["02"] = {"x"};
    CHECK(OnlyError(doc) == "team.json: skills[1].levels[\"02\"]: level keys must be whole numbers written like \"1\"");
  }
  SUBCASE("scale out of order or repeated") {
    json doc = Valid();
    doc["scale"]["levels"][2]["level"] = 2;
    CHECK(OnlyError(doc) == "team.json: scale.levels[2].level: level 2 appears twice on the scale");
    doc = Valid();
    doc["scale"]["levels"][2]["level"] = 1;
    CHECK(OnlyError(doc) == "team.json: scale.levels[2].level: levels must be in increasing order (1 comes after 2)");
  }
  SUBCASE("bad id and code") {
    json doc = Valid();
    doc["id"] = "Team Skills";
    CHECK(OnlyError(doc) ==
          "team.json: id: expected an id of 1-64 lower-case letters, digits and '-' (not first), found \"Team Skills\"");
    doc = Valid();
    doc["skills"][0]["code"] = "a b";
    CHECK(OnlyError(doc) == "team.json: skills[0].code: skill codes are 1-32 letters, digits, '_', '.' or '-', "
                            "starting with a letter or digit; found \"a b\"");
  }
}

TEST_CASE("files that are not frameworks at all get one clear message") {
  CHECK(OnlyErrorText("") == "team.json: the file is empty");
  CHECK(OnlyErrorText("{\"format\": \"skillscope-framework\", ") ==
        "team.json: not valid JSON: the file ends too early, at line 1, column 36 (was it cut off?)");
  CHECK(OnlyErrorText("[1, 2]") == "team.json: expected a framework (a JSON object) at the top level, found an array");
  CHECK(OnlyErrorText(R"({"format": "skillscope-profile", "schemaVersion": 1})") ==
        "team.json: not a skillscope framework file: expected \"format\": \"skillscope-framework\", found format "
        "\"skillscope-profile\" (this is a saved profile; import it with Import profile)");
  CHECK(OnlyErrorText(R"({"title": "x"})") ==
        "team.json: not a skillscope framework file: expected \"format\": \"skillscope-framework\", found no \"format\" field");
  json newer = Valid();
  newer["formatVersion"] = 2;
  CHECK(OnlyError(newer) == "team.json: formatVersion: this app reads version 1; the file is version 2 (made for a newer skillscope)");
}

TEST_CASE("hostile input is refused without crashing") {
  SUBCASE("invalid UTF-8") {
    std::string text = Valid().dump();
    text.replace(text.find("Observability"), 1, "\xC3\x28");
    CHECK(OnlyErrorText(text) ==
          "team.json: not a UTF-8 text file: invalid byte at line 1, column 312 (is it a binary file, or saved in another encoding?)");
  }
  SUBCASE("binary garbage") {
    std::string garbage;
    for (int i = 0; i < 4096; ++i) garbage.push_back(static_cast<char>((i * 7919) & 0xFF));
    CHECK(OnlyErrorText(garbage).find("team.json: not a UTF-8 text file") == 0);
  }
  SUBCASE("10 000-deep nesting") {
    const std::string deep = std::string(10000, '[') + std::string(10000, ']');
    CHECK(OnlyErrorText(deep) == "team.json: nested more than 64 levels deep at line 1, column 65");
  }
  SUBCASE("larger than 5 MB") {
    std::string big = "{\"x-pad\": \"" + std::string(6 * 1024 * 1024, 'a') + "\"}";
    CHECK(OnlyErrorText(big) == "team.json: the file is 6.0 MB; the limit is 5.0 MB");
  }
  SUBCASE("duplicate keys") {
    const std::string text = R"({"format": "skillscope-framework", "formatVersion": 1, "id": "a", "id": "b"})";
    CHECK(OnlyErrorText(text) == "team.json: duplicate key \"id\" at the top level (each key may appear only once)");
    const std::string nested = R"({"skills": [{"code": "A"}, {"code": "B", "code": "C"}]})";
    CHECK(OnlyErrorText(nested) == "team.json: duplicate key \"code\" in skills[1] (each key may appear only once)");
  }
  SUBCASE("too many skills") {
    json doc = Valid();
    json skills = json::array();
    for (int i = 0; i < 10001; ++i)
      skills.push_back({{"code", "S" + std::to_string(i)}, {"name", "n"}, {"levels", {{"1", {"s"}}}}});
    doc["skills"] = skills;
    CHECK(OnlyError(doc) == "team.json: skills: 10001 skills is more than the limit of 10000");
  }
  SUBCASE("huge numbers") {
    json doc = Valid();
    doc["scale"]["levels"][0]["level"] = 18446744073709551615ull;
    CHECK(OnlyError(doc) == "team.json: scale.levels[0].level: 18446744073709551615 is above the highest allowed value 99");
    std::string text = Valid().dump();
    const std::string from = "{\"level\":1,";
    text.replace(text.find(from), from.size(), "{\"level\":1e999,");
    const FrameworkLoad load = LoadFramework(text, "team.json");
    CHECK_FALSE(load.ok());
  }
}

TEST_CASE("many problems are all listed, up to a limit") {
  json doc = Valid();
  json skills = json::array();
  for (int i = 0; i < 80; ++i) skills.push_back({{"code", "S" + std::to_string(i)}, {"name", ""}, {"levels", {{"1", {"s"}}}}});
  doc["skills"] = skills;
  const FrameworkLoad load = LoadFramework(doc.dump(), "team.json");
  CHECK(load.errors.size() == 51);
  CHECK(load.errors.front() == "team.json: skills[0].name: name is empty");
  CHECK(load.errors.back() == "team.json: (further problems not listed)");
}
