#pragma once
// The first screen: what skillscope is, the frameworks on offer, and the way in.
#include <string>
#include <vector>

#include "ui/ui_context.h"

namespace skillscope::ui {

struct FrameworkRow {
  std::string key;  // identifies the framework in actions ("id@version")
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

// A button in the outcome banner ("Undo", "Download the unreadable data", ...); its
// code comes back in StartAction::banner_button.
struct BannerButton {
  std::string label;  // with "##id"
  int code = 0;
};

struct StartScreenModel {
  std::vector<FrameworkRow> frameworks;
  std::vector<ProfileRow> profiles;
  // "Your assessment “Q4 review” · 3 of 10 skills answered"; empty when there is nothing
  // to continue.
  std::string continue_label;
  bool continue_complete = false;  // every skill answered: the way back in is the results
  // The outcome of the last load, shown until dismissed.
  bool banner_visible = false;
  bool banner_is_error = false;
  std::string banner_title;
  std::vector<std::string> banner_lines;
  std::vector<BannerButton> banner_buttons;
  std::string storage_notice;  // shown while this browser cannot save
};

// Screen-local state the app keeps between frames.
struct StartScreenState {
  std::string confirm_remove_key;  // a removal waiting for the person's answer
  std::string rename_id;           // the profile being renamed
  std::string rename_text;
  bool paste_open = false;         // the "paste profile" dialog
  std::string paste_text;
};

struct StartAction {
  enum Kind {
    None,
    Start,
    Continue,
    LoadFramework,
    RemoveFramework,
    DismissBanner,
    BannerButtonPressed,
    OpenProfile,
    RenameProfile,
    DuplicateProfile,
    DeleteProfile,
    ExportProfile,
    ImportProfileFile,
    ImportProfileText,
  } kind = None;
  std::string framework_key;
  std::string profile_id;
  std::string text;  // new name, or pasted JSON
  int banner_button = 0;
};

StartAction DrawStartScreen(const UiContext& ui, const StartScreenModel& model, StartScreenState& state);

}  // namespace skillscope::ui
