#include "core/profile/role_fit.h"

#include <algorithm>

#include "core/framework/roles.h"
#include "core/text/messages.h"

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
  const auto left = std::count_if(fit.skills.begin(), fit.skills.end(),
                                  [](const RoleFitSkill& s) { return s.status == RoleFitStatus::NotApplicable; });
  if (left > 0) return TrN(MSG("profile.role_fit.met_with_not_applicable"), fit.counted, fit.met, left);
  return TrN(MSG("profile.role_fit.met"), fit.counted, fit.met);
}

std::string RoleFitReason(const RoleFitSkill& s) {
  switch (s.status) {
    case RoleFitStatus::Met: return Tr(MSG("profile.role_fit.reason_met"), s.level, s.expected);
    case RoleFitStatus::Below: return Tr(MSG("profile.role_fit.reason_below"), s.level, s.expected);
    case RoleFitStatus::NotAnswered: return Tr(MSG("profile.role_fit.reason_not_answered"), s.expected);
    case RoleFitStatus::NotChosen: return Tr(MSG("profile.role_fit.reason_not_chosen"), s.expected);
    case RoleFitStatus::NotApplicable: return Tr(MSG("profile.role_fit.reason_not_applicable"));
    case RoleFitStatus::NotInFramework: return Tr(MSG("profile.role_fit.reason_not_in_framework"));
  }
  return "";
}

}  // namespace skillscope
