#pragma once
// A role applied to a person's answers: the levels it expects by skill key (what
// compare and the team view hold answers against), and targets set from it.
#include <map>
#include <string>
#include <vector>

#include "core/framework/catalog.h"
#include "core/framework/roles.h"
#include "core/profile/profile.h"

namespace skillscope {

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
