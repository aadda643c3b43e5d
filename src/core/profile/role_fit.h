#pragma once
// Which roles fit: for each role of a framework the profile uses, how many of the
// role's skills the person holds at or above the level the role expects, and why,
// skill by skill. The rule (docs/framework-format.md, "Roles"):
// - a skill the person marked not applicable to their work is left out of the count;
// - so is a skill the profile's version of the framework lacks;
// - a skill not chosen, not answered or skipped counts, as not met (nothing says it is);
// - the skills a role does not name are not part of it, whatever the person answered.
// Roles are listed by fit: the share of counted skills met, then the number met, then
// by name.
#include <string>
#include <vector>

#include "core/framework/catalog.h"
#include "core/profile/profile.h"

namespace skillscope {

enum class RoleFitStatus { Met, Below, NotAnswered, NotChosen, NotApplicable, NotInFramework };

struct RoleFitSkill {
  std::string key;
  std::string code;
  std::string name;
  int expected = 0;
  int level = 0;  // the person's, 0: none
  RoleFitStatus status = RoleFitStatus::NotChosen;
  bool counted() const { return status != RoleFitStatus::NotApplicable && status != RoleFitStatus::NotInFramework; }
};

struct RoleFit {
  std::string key;    // RoleKey
  std::string label;  // "Platform engineer (ACME platform team skills 2026.1)"
  int met = 0;
  int counted = 0;
  std::vector<RoleFitSkill> skills;  // in the framework's order
  double share() const { return counted > 0 ? static_cast<double>(met) / counted : 0.0; }
};

std::vector<RoleFit> RoleFits(const Profile& profile, const Catalog& catalog);

// "4 of 5 skills at or above the role's level" (and ", 1 not applicable").
std::string RoleFitText(const RoleFit& fit);
// Why, for one skill: "Level 3, the role expects 4", "Not answered; the role expects 3".
std::string RoleFitReason(const RoleFitSkill& skill);

}  // namespace skillscope
