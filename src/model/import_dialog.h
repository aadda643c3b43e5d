#pragma once
// Asking what to do with a profile that was just read from a file, a drop, a paste or
// a link. Importing never overwrites silently: new profile, or an explicit replace.
#include <string>
#include <vector>

namespace skillscope {

struct ImportDialogModel {
  std::string source;        // "q4-review.json", "pasted text", "a shared link"
  std::string profile_name;
  std::string detail;        // "10 skills, 8 answered, 2 snapshots"
  std::vector<std::string> notes;  // migrations, changed frameworks, answers left out
  std::string replace_name;  // a profile here with the same id; empty when none
};

struct ImportDialogAction {
  enum class Kind { None, ImportAsNew, Replace, Cancel } kind = Kind::None;
};

}  // namespace skillscope
