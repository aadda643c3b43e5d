#pragma once
// The start screen's model and the actions it returns: what skillscope is, the
// frameworks on offer, the person's assessments, and the way in.
#include <optional>
#include <string>
#include <vector>

#include "core/framework/framework.h"
#include "model/language.h"
#include "model/notice.h"

namespace skillscope {

struct FrameworkRow {
  std::string key;  // identifies the framework in actions ("id@version")
  const Framework* framework = nullptr;  // for the preview of its skills and levels
  std::string title;
  std::string version;
  std::string size_text;
  std::string source;
  std::string attribution;
  bool custom = false;
  std::string used_by;  // names of saved profiles using it; removal asks first
};

struct ProfileRow {
  std::string id;
  std::string name;
  std::string detail;  // "3 of 10 skills answered · 22 Nov 2026"
  bool current = false;
};

struct StartScreenModel {
  std::vector<FrameworkRow> frameworks;
  std::vector<ProfileRow> profiles;
  // "Your assessment “Q4 review” · 3 of 10 skills answered"; empty when there is nothing
  // to continue.
  std::string continue_label;
  bool continue_complete = false;  // every skill answered: the way back in is the results
  std::optional<Notice> notice;
  std::string storage_notice;  // shown while this browser cannot save
  std::size_t people = 0;      // profiles others shared (the People collection)
  LanguagePickerModel language;
};

struct StartAction {
  enum class Kind {
    None,
    Start,
    Continue,
    LoadFramework,
    RemoveFramework,
    DismissNotice,
    PressNoticeButton,
    OpenProfile,
    RenameProfile,
    DuplicateProfile,
    DeleteProfile,
    ExportProfile,
    ImportProfileFile,
    ImportProfileText,
    ToggleTheme,
    ShowHelp,
    OpenPeople,
    OpenCompare,
    OpenTeam,
    FrameworkFromTable,
    ChooseLanguage,  // text: the language's code, "" for the browser's
  } kind = Kind::None;
  std::string framework_key;
  std::string profile_id;
  std::string text;  // new name, or pasted JSON
  NoticeButton button = NoticeButton::UndoDelete;
};

}  // namespace skillscope
