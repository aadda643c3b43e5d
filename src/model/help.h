#pragma once
// The help screen: what skillscope is and how it works, shortcuts, credits.
#include <string>
#include <vector>

namespace skillscope {

struct HelpModel {
  std::string version;     // "0.1.0"
  bool storage_available = true;
  // Where this browser keeps skillscope's data, how much, whether it may clear it, and
  // the last backup: one sentence each.
  std::vector<std::string> storage;
};

struct HelpAction {
  enum class Kind { None, Back, ToggleTheme, BackUpEverything, Restore } kind = Kind::None;
};

}  // namespace skillscope
