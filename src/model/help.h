#pragma once
// The help screen: what skillscope is and how it works, shortcuts, credits.
#include <string>
#include <vector>

#include "model/language.h"

namespace skillscope {

struct HelpModel {
  std::string version;     // "0.1.0"
  bool storage_available = true;
  // Where this browser keeps skillscope's data, how much, whether it may clear it, and
  // the last backup: one sentence each.
  std::vector<std::string> storage;
  // A backup file on disk, rewritten after each change, where the browser can link one.
  bool can_link_backup = false;
  enum class Linked { None, Writable, Paused } linked_backup = Linked::None;
  std::string linked_backup_line;
  LanguagePickerModel language;
};

struct HelpAction {
  enum class Kind { None, Back, ToggleTheme, BackUpEverything, Restore, LinkBackup, ResumeLinkedBackup, UnlinkBackup,
                    ChooseLanguage } kind = Kind::None;
  std::string language;  // ChooseLanguage: the code, "" for the browser's
};

}  // namespace skillscope
