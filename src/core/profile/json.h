#pragma once
// The profile file format (schemas/profile.schema.json): what Export writes, Import
// and the saved state read, and window.skillscope.state() returns.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/profile/profile.h"

namespace skillscope {

inline constexpr const char* kProfileFormat = "skillscope-profile";
// Version 2 added snapshots; version 1 files are read and migrated (no snapshots).
// The newest schema this app reads and writes (3 added the plan); a profile without a
// plan is still written as 2, which apps from before plans read.
inline constexpr int kProfileSchemaVersion = 3;
inline constexpr int kProfileSchemaVersionWithoutPlan = 2;
inline constexpr std::size_t kMaxProfileBytes = 5u * 1024u * 1024u;

std::string ProfileToJson(const Profile& profile, int indent = -1);

struct ProfileRead {
  std::optional<Profile> profile;
  std::vector<std::string> errors;  // "<source>: <json path>: <message>"
  int schema_version = 0;           // as found in the file (older ones are migrated)
  // Custom frameworks carried in an exported file, by framework id (canonical JSON).
  std::vector<std::pair<std::string, std::string>> embedded_frameworks;
  bool ok() const { return profile.has_value(); }
};

// As exported: the profile plus, for each framework that is not built in, its whole
// definition, so the person receiving the file can open it.
std::string ExportProfileJson(const Profile& profile, const std::vector<std::string>& embedded_framework_json,
                              int indent = 2);

// Structural checks only (types, required fields, known values); checking answers
// against the frameworks they refer to is CheckProfileAgainstCatalog's job.
ProfileRead ReadProfile(std::string_view text, const std::string& source_name);

}  // namespace skillscope
