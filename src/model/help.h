#pragma once
// The help screen: what skillscope is and how it works, shortcuts, credits.
#include <string>

namespace skillscope {

struct HelpModel {
  std::string version;     // "0.1.0"
  bool storage_available = true;
};

struct HelpAction {
  enum class Kind { None, Back, ToggleTheme } kind = Kind::None;
};

}  // namespace skillscope
