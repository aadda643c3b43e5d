#pragma once
// Names for downloaded files: the profile's name and the date, safe on every system.
#include <string>

namespace skillscope {

// "Q4 review / team" + "2026-11-22T09:00:00Z" + "svg" -> "Q4-review-team-2026-11-22.svg".
// Letters (any script), digits, '-' and '_' are kept; runs of anything else become '-'.
std::string DownloadName(const std::string& profile_name, const std::string& now_iso, const std::string& extension);

}  // namespace skillscope
