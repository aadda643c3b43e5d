#include "core/profile.h"

namespace skillscope {

std::string SkillKey(const std::string& framework_id, const std::string& skill_code) {
  return framework_id + "/" + skill_code;
}

}  // namespace skillscope
