#pragma once
// Asking what to do with a profile that was just read from a file, a drop, a paste or
// a link. Importing never overwrites silently: new profile, or an explicit replace.
#include <string>
#include <vector>

#include "ui/ui_context.h"

namespace skillscope::ui {

struct ImportDialogModel {
  std::string source;        // "q4-review.json", "pasted text", "a shared link"
  std::string profile_name;
  std::string detail;        // "10 skills, 8 answered, 2 snapshots"
  std::vector<std::string> notes;  // migrations, changed frameworks, answers left out
  std::string replace_name;  // a profile here with the same id; empty when none
};

struct ImportDialogAction {
  enum Kind { None, ImportAsNew, Replace, Cancel } kind = None;
};

ImportDialogAction DrawImportDialog(const UiContext& ui, const ImportDialogModel& model);

}  // namespace skillscope::ui
