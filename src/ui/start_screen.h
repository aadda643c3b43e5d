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

struct StartScreenModel {
  std::vector<FrameworkRow> frameworks;
  // "Your assessment “Q4 review” · 3 of 10 skills answered"; empty when there is nothing
  // to continue.
  std::string continue_label;
  // The outcome of the last load, shown until dismissed.
  bool banner_visible = false;
  bool banner_is_error = false;
  std::string banner_title;
  std::vector<std::string> banner_lines;
};

// Screen-local state the app keeps between frames.
struct StartScreenState {
  std::string confirm_remove_key;  // a removal waiting for the person's answer
};

struct StartAction {
  enum Kind { None, Start, Continue, LoadFramework, RemoveFramework, DismissBanner } kind = None;
  std::string framework_key;
};

StartAction DrawStartScreen(const UiContext& ui, const StartScreenModel& model, StartScreenState& state);

}  // namespace skillscope::ui
