#pragma once
// The profile file format (schemas/profile.schema.json): what Export writes, Import
// and the saved state read, and window.skillscope.state() returns.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/profile.h"

namespace skillscope {

inline constexpr const char* kProfileFormat = "skillscope-profile";
inline constexpr int kProfileSchemaVersion = 1;
inline constexpr std::size_t kMaxProfileBytes = 5u * 1024u * 1024u;

std::string ProfileToJson(const Profile& profile, int indent = -1);

struct ProfileRead {
  std::optional<Profile> profile;
  std::vector<std::string> errors;  // "<source>: <json path>: <message>"
  bool ok() const { return profile.has_value(); }
};

// Structural checks only (types, required fields, known values); checking answers
// against the frameworks they refer to is CheckProfileAgainstCatalog's job.
ProfileRead ReadProfile(std::string_view text, const std::string& source_name);

}  // namespace skillscope
