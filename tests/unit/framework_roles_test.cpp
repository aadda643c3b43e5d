// Roles in framework files: optional; each problem reported at its place with what was
// expected; a person's targets set from a role where the skill allows it.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <iterator>

#include "core/profile/assessment.h"
#include "core/framework/loader.h"
#include "core/framework/roles.h"
#include "core/profile/role_targets.h"
#include "core/team/stats.h"

using namespace skillscope;
using nlohmann::json;

namespace {

json WithRoles(const json& roles) {
  json doc = json::parse(R"({
    "format": "skillscope-framework", "formatVersion": 1, "id": "team", "version": "1",
    "title": "Team skills", "source": "Our handbook", "attribution": "© Us",
    "scale": {"levels": [{"level": 1}, {"level": 2}, {"level": 3}, {"level": 4}]},
    "skills": [
      {"code": "OBS", "name": "Observability", "levels": {"1": ["Reads dashboards."], "3": ["Defines standards."]}},
      {"code": "NET", "name": "Networking", "levels": {"2": ["Configures VLANs."], "4": ["Designs networks."]}}
    ]
  })");
  doc["roles"] = roles;
  return doc;
}

std::vector<std::string> Errors(const json& doc) { return LoadFramework(doc.dump(), "team.json").errors; }

}  // namespace

TEST_CASE("roles are optional, and read when present") {
  json doc = WithRoles(json::array());
  doc.erase("roles");
  const FrameworkLoad without = LoadFramework(doc.dump(), "team.json");
  REQUIRE(without.ok());
  CHECK(without.framework->roles.empty());

  const FrameworkLoad with = LoadFramework(
      WithRoles(json::parse(R"([{"name": "Operator", "description": "Runs it.", "levels": {"OBS": 3, "NET": 2}},
                               {"name": "Network lead", "levels": {"NET": 4}}])"))
          .dump(),
      "team.json");
  REQUIRE(with.ok());
  REQUIRE(with.framework->roles.size() == 2);
  const Role* op = with.framework->FindRole("Operator");
  REQUIRE(op);
  CHECK(op->description == "Runs it.");
  CHECK(op->levels == std::map<std::string, int>{{"NET", 2}, {"OBS", 3}});
  // Roles are content: adding one changes the framework's hash.
  CHECK(with.framework->content_hash() != without.framework->content_hash());
}

TEST_CASE("each role problem is reported precisely") {
  CHECK(Errors(WithRoles(json::parse(R"([{"name": "Op", "levels": {"OBX": 1}}])"))) ==
        std::vector<std::string>{"team.json: roles[0].levels.OBX: the framework has no skill \"OBX\" (did you mean \"OBS\"?)"});
  CHECK(Errors(WithRoles(json::parse(R"([{"name": "Op", "levels": {"OBS": 2}}])"))) ==
        std::vector<std::string>{"team.json: roles[0].levels.OBS: OBS is not defined at level 2 (it is defined at 1, 3)"});
  CHECK(Errors(WithRoles(json::parse(R"([{"name": "Op", "levels": {"NET": 9}}])"))) ==
        std::vector<std::string>{"team.json: roles[0].levels.NET: level 9 is not on this framework's scale (1-4)"});
  CHECK(Errors(WithRoles(json::parse(R"([{"name": "Op", "levels": {"NET": "2"}}])"))) ==
        std::vector<std::string>{"team.json: roles[0].levels.NET: expected a level number, found a string"});
  CHECK(Errors(WithRoles(json::parse(R"([{"name": "Op", "levels": {}}])"))) ==
        std::vector<std::string>{"team.json: roles[0].levels: expected an object from skill code to the level the role "
                                 "expects, found an empty object"});
  CHECK(Errors(WithRoles(json::parse(R"([{"name": "Op", "levels": {"OBS": 1}}, {"name": "op", "levels": {"NET": 2}}])"))) ==
        std::vector<std::string>{"team.json: roles[1].name: duplicate role name \"op\" (also roles[0])"});
  CHECK(Errors(WithRoles(json::parse(R"([{"name": "Op", "level": {"OBS": 1}}])"))) ==
        std::vector<std::string>{"team.json: roles[0].level: unknown field \"level\" (did you mean \"levels\"?)",
                                 "team.json: roles[0]: missing required field \"levels\""});
  CHECK(Errors(WithRoles(json::parse(R"({"name": "Op"})"))) ==
        std::vector<std::string>{"team.json: roles: expected a list of roles, found an object"});
}

TEST_CASE("targets from a role: where the skill is defined, never where not applicable") {
  Catalog catalog;
  const FrameworkLoad load = LoadFramework(
      WithRoles(json::parse(R"([{"name": "Lead", "levels": {"OBS": 3, "NET": 4}}])")).dump(), "team.json");
  REQUIRE(load.ok());
  catalog.Add(*load.framework, FrameworkOrigin::Custom);
  const Framework& fw = catalog.entries()[0].framework;
  const std::vector<RoleRef> roles = AllRoles(catalog);
  REQUIRE(roles.size() == 1);
  CHECK(roles[0].key == "team@1/Lead");
  CHECK(roles[0].label == "Lead (Team skills)");
  CHECK(RoleLevelsByKey(roles[0]) == std::map<std::string, int>{{"team/NET", 4}, {"team/OBS", 3}});
  CHECK(FindRoleRef(roles, "team@1/Lead") == &roles[0]);
  CHECK(FindRoleRef(roles, "team@1/Nobody") == nullptr);

  Profile p = NewProfile("p", "Mine", "", "2026-11-30T09:00:00Z", {{&fw, "OBS"}, {&fw, "NET"}});
  SUBCASE("both set") {
    const RoleTargets t = SetTargetsFromRole(p, catalog, roles[0], "2026-12-01T09:00:00Z");
    CHECK(t.set == 2);
    CHECK(t.left.empty());
    CHECK(p.answers["team/OBS"].target == 3);
    CHECK(p.answers["team/NET"].target == 4);
    CHECK(p.answers["team/NET"].updated == "2026-12-01T09:00:00Z");
  }
  SUBCASE("not applicable stays without a target") {
    MarkNotApplicable(p.answers["team/NET"], "2026-11-30T09:00:00Z");
    const RoleTargets t = SetTargetsFromRole(p, catalog, roles[0], "2026-12-01T09:00:00Z");
    CHECK(t.set == 1);
    CHECK(t.left == std::vector<std::string>{"NET: marked not applicable"});
    CHECK(p.answers["team/NET"].target == 0);
  }
  SUBCASE("skills the profile did not choose are not touched") {
    p.selection = {"team/OBS"};
    p.answers.clear();
    SetTargetsFromRole(p, catalog, roles[0], "2026-12-01T09:00:00Z");
    CHECK(p.answers.count("team/NET") == 0);
  }
}

TEST_CASE("the example roles in docs/examples load, and say they are examples") {
  std::ifstream in(std::string(SKILLSCOPE_SOURCE_DIR) + "/docs/examples/it-operations-matrix-example-roles.json");
  REQUIRE(in);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const FrameworkLoad load = LoadFramework(text, "example");
  REQUIRE(load.ok());
  REQUIRE(load.framework->roles.size() == 3);
  for (const Role& role : load.framework->roles) {
    CHECK(role.name.find("(example)") != std::string::npos);
    CHECK(role.description.rfind("Example only, not from the source document", 0) == 0);
  }
  CHECK(load.framework->notes.find("EXAMPLE ROLES ONLY") != std::string::npos);
  // The same statements as the built-in version, so answers to either are compared.
  std::ifstream built_in_file(std::string(SKILLSCOPE_SOURCE_DIR) + "/frameworks/it-operations-matrix.json");
  const std::string built_in((std::istreambuf_iterator<char>(built_in_file)), std::istreambuf_iterator<char>());
  const FrameworkLoad shipped = LoadFramework(built_in, "shipped");
  REQUIRE(shipped.ok());
  REQUIRE(shipped.framework->skills.size() == load.framework->skills.size());
  for (std::size_t i = 0; i < shipped.framework->skills.size(); ++i)
    CHECK(SkillStatementsHash(shipped.framework->skills[i]) == SkillStatementsHash(load.framework->skills[i]));
}
