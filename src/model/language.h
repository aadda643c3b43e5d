#pragma once
// The language picker on the start screen and in Help: follow the browser, or one of the
// languages the app offers, each named in its own words.
#include <string>
#include <vector>

namespace skillscope {

struct LanguageOption {
  std::string code;   // "" for the browser's language
  std::string label;  // "Same as the browser (Deutsch)", "Français"
};

struct LanguagePickerModel {
  std::vector<LanguageOption> options;  // the browser's first, then English, Français, ...
  int chosen = 0;                       // index into options
  std::string loading;                  // the language being fetched, in its own name; "" when none
};

}  // namespace skillscope
