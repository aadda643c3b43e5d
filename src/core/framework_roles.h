#pragma once
// Roles in a framework file (optional): a name, a description and the level expected in
// some of the framework's skills. ReadRoles checks them with the loader's JsonReader,
// so every problem is reported with its place like the rest of the file; the other
// functions use roles: targets from a role, and a role's expected levels by skill key.
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/catalog.h"
#include "core/framework.h"
#include "core/json_reader.h"
#include "core/profile.h"

namespace skillscope {

inline constexpr std::size_t kMaxRoles = 200;

// Reads doc["roles"] (when present) against the framework's scale and skills, which
// must be read already. Problems go to the reader; valid roles to fw.roles.
void ReadRoles(JsonReader& reader, const nlohmann::json& doc, Framework& fw);

// How a role is named in actions and settings: "framework-id@version/Role name".
std::string RoleKey(const Framework& fw, const Role& role);

// Every role of every framework here, with its framework.
struct RoleRef {
  std::string key;
  std::string label;  // "Platform engineer (ACME platform team skills 2026.1)"
  const Framework* framework = nullptr;
  const Role* role = nullptr;
};
std::vector<RoleRef> AllRoles(const Catalog& catalog);
const RoleRef* FindRoleRef(const std::vector<RoleRef>& roles, const std::string& key);

// A role's expected levels by skill key ("framework-id/CODE").
std::map<std::string, int> RoleLevelsByKey(const RoleRef& role);

// Sets the targets of a profile's selected skills in the role's framework to the levels
// the role expects. Only where the skill (in the profile's version of the framework) is
// defined at that level, and never for a skill marked not applicable; the rest is left
// as it was and listed.
struct RoleTargets {
  std::size_t set = 0;         // targets set (or already at the role's level)
  std::vector<std::string> left;  // "ITOP: not applicable", "OBS: not defined at level 4"
};
RoleTargets SetTargetsFromRole(Profile& profile, const Catalog& catalog, const RoleRef& role, const std::string& now);

}  // namespace skillscope
