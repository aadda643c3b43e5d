#include "core/profile/role_targets.h"

#include "core/profile/assessment.h"
#include "core/text/messages.h"

namespace skillscope {

std::map<std::string, int> RoleLevelsByKey(const RoleRef& role) {
  std::map<std::string, int> out;
  for (const auto& [code, level] : role.role->levels) out[SkillKey(role.framework->id, code)] = level;
  return out;
}

RoleTargets SetTargetsFromRole(Profile& profile, const Catalog& catalog, const RoleRef& role, const std::string& now) {
  RoleTargets out;
  const FrameworkRef* ref = profile.FindFramework(role.framework->id);
  const CatalogEntry* entry = ref ? catalog.Find(ref->id, ref->version) : nullptr;
  if (!entry) return out;
  const Framework& fw = entry->framework;  // the version the profile was answered against
  for (const std::string& key : profile.selection) {
    std::string fw_id, code;
    if (!SplitSkillKey(key, &fw_id, &code) || fw_id != fw.id) continue;
    const auto expected = role.role->levels.find(code);
    if (expected == role.role->levels.end()) continue;
    const Skill* skill = fw.FindSkill(code);
    const auto found = profile.answers.find(key);
    Answer answer = found == profile.answers.end() ? Answer{} : found->second;
    if (!skill) {
      out.left.push_back(Tr(MSG("profile.role_targets.not_in_version"), code, fw.version, fw.title));
    } else if (answer.kind == AnswerKind::NotApplicable) {
      out.left.push_back(Tr(MSG("profile.role_targets.not_applicable"), code));
    } else if (answer.target == expected->second) {
      ++out.set;
    } else if (SetTarget(answer, *skill, expected->second, now)) {
      profile.answers[key] = std::move(answer);
      ++out.set;
    } else {
      out.left.push_back(Tr(MSG("profile.role_targets.not_defined"), code, expected->second, fw.version));
    }
  }
  return out;
}

}  // namespace skillscope
