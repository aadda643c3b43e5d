#pragma once
// Asking before a backup is restored: what it would add and replace here. A restore
// never overwrites silently, and never removes what the backup does not hold.
#include <string>
#include <vector>

namespace skillscope {

struct RestoreDialogModel {
  std::string source;    // "skillscope backup 2026-12-03.json"
  std::string made;      // "made 3 Dec 2026"; "" when the file does not say
  std::vector<std::string> changes;  // one line per profile, person, framework added or replaced
  std::string unchanged;  // "4 profiles and 1 framework are here already, unchanged."
  bool anything = false;  // false: restoring would change nothing
};

struct RestoreDialogAction {
  enum class Kind { None, Restore, Cancel } kind = Kind::None;
};

}  // namespace skillscope
