#pragma once
// The exported profile format (schemas/profile.schema.json), also what
// window.skillscope.state() returns.
#include <string>

#include "core/profile.h"

namespace skillscope {

inline constexpr const char* kProfileFormat = "skillscope-profile";
inline constexpr int kProfileSchemaVersion = 1;

std::string ProfileToJson(const Profile& profile, int indent = -1);

}  // namespace skillscope
