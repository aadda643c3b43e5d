#pragma once
// Roles in a framework file (optional): a name, a description and the level expected in
// some of the framework's skills. ReadRoles checks them with the loader's JsonReader,
// so every problem is reported with its place like the rest of the file; the other
// functions name and find roles. What a role does to answers is profile/role_targets.h's.
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/framework/catalog.h"
#include "core/framework/framework.h"
#include "core/json/reader.h"

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

}  // namespace skillscope
