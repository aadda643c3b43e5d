#include "core/profile/role_fit.h"

#include <algorithm>

#include "core/framework/roles.h"

namespace skillscope {

std::vector<RoleFit> RoleFits(const Profile& profile, const Catalog& catalog) {
  std::vector<RoleFit> fits;
  for (const RoleRef& ref : AllRoles(catalog)) {
    const FrameworkRef* used = profile.FindFramework(ref.framework->id);
    if (!used || used->version != ref.framework->version) continue;
    RoleFit fit;
    fit.key = ref.key;
    fit.label = ref.label;
    for (const Skill& skill : ref.framework->skills) {
      const auto expected = ref.role->levels.find(skill.code);
      if (expected == ref.role->levels.end()) continue;
      RoleFitSkill s;
      s.key = SkillKey(ref.framework->id, skill.code);
      s.code = skill.code;
      s.name = skill.name;
      s.expected = expected->second;
      const bool chosen = std::find(profile.selection.begin(), profile.selection.end(), s.key) != profile.selection.end();
      const auto answer = profile.answers.find(s.key);
      if (!chosen) {
        s.status = RoleFitStatus::NotChosen;
      } else if (answer == profile.answers.end() || answer->second.kind == AnswerKind::Unanswered ||
                 answer->second.kind == AnswerKind::Skipped) {
        s.status = RoleFitStatus::NotAnswered;
      } else if (answer->second.kind == AnswerKind::NotApplicable) {
        s.status = RoleFitStatus::NotApplicable;
      } else {
        s.level = answer->second.level;
        s.status = s.level >= s.expected ? RoleFitStatus::Met : RoleFitStatus::Below;
      }
      if (s.counted()) ++fit.counted;
      if (s.status == RoleFitStatus::Met) ++fit.met;
      fit.skills.push_back(std::move(s));
    }
    // A role naming skills this version lacks (the role came with another version).
    for (const auto& [code, level] : ref.role->levels)
      if (!ref.framework->FindSkill(code))
        fit.skills.push_back({SkillKey(ref.framework->id, code), code, code, level, 0, RoleFitStatus::NotInFramework});
    fits.push_back(std::move(fit));
  }
  std::stable_sort(fits.begin(), fits.end(), [](const RoleFit& a, const RoleFit& b) {
    if (a.share() != b.share()) return a.share() > b.share();
    if (a.met != b.met) return a.met > b.met;
    return a.label < b.label;
  });
  return fits;
}

std::string RoleFitText(const RoleFit& fit) {
  std::string out = std::to_string(fit.met) + " of " + std::to_string(fit.counted) +
                    (fit.counted == 1 ? " skill" : " skills") + " at or above the role\xE2\x80\x99s level";
  const auto left = std::count_if(fit.skills.begin(), fit.skills.end(),
                                  [](const RoleFitSkill& s) { return s.status == RoleFitStatus::NotApplicable; });
  if (left > 0) out += ", " + std::to_string(left) + " not applicable";
  return out;
}

std::string RoleFitReason(const RoleFitSkill& s) {
  const std::string expects = "the role expects " + std::to_string(s.expected);
  switch (s.status) {
    case RoleFitStatus::Met: return "Level " + std::to_string(s.level) + ", " + expects + ": met";
    case RoleFitStatus::Below: return "Level " + std::to_string(s.level) + ", " + expects;
    case RoleFitStatus::NotAnswered: return "Not answered; " + expects;
    case RoleFitStatus::NotChosen: return "Not in this assessment; " + expects;
    case RoleFitStatus::NotApplicable: return "Not applicable to your work: not counted";
    case RoleFitStatus::NotInFramework: return "Not in this version of the framework: not counted";
  }
  return "";
}

}  // namespace skillscope
