#pragma once
// Importing a profile file someone exported: structure (profile/json.h), then every
// answer against the frameworks it refers to. Nothing is imported when the file is
// broken; when a framework changed since the export, what still matches is imported
// and the rest is listed.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/framework/catalog.h"
#include "core/profile/profile.h"

namespace skillscope {

struct ImportReport {
  std::optional<Profile> profile;      // set when something can be imported
  std::vector<std::string> errors;     // nothing was imported, because of these
  std::vector<std::string> warnings;   // imported, but these answers were left out
  std::vector<std::string> notes;      // e.g. "migrated from schema version 1"
  std::vector<FrameworkRef> missing;   // frameworks this browser does not have
  std::vector<Framework> embedded;     // custom frameworks carried in the file, validated
  bool ok() const { return profile.has_value(); }
};

// `catalog`: the frameworks available here; embedded ones from the file are also used.
ImportReport ImportProfile(std::string_view text, const std::string& file_name, const Catalog& catalog);

// Checks a profile's answers against its frameworks. Problems are "path: message"
// strings; with `lenient` the offending answers are removed instead of failing.
std::vector<std::string> CheckAnswers(Profile& profile, const Catalog& catalog, bool lenient);

}  // namespace skillscope
