#pragma once
// The first screen: what skillscope is, the frameworks on offer, and the way in.
#include <string>

#include "model/start.h"
#include "ui/ui_context.h"

namespace skillscope::ui {

// Screen-local state the app keeps between frames.
struct StartScreenState {
  std::string confirm_remove_key;  // a removal waiting for the person's answer
  std::string rename_id;           // the profile being renamed
  std::string rename_text;
  bool paste_open = false;         // the "paste profile" dialog
  std::string paste_text;
  std::string notice_shown;        // the notice last drawn: a new one is scrolled into view
  std::string preview_key;         // the framework being previewed
};

StartAction DrawStartScreen(const UiContext& ui, const StartScreenModel& model, StartScreenState& state);

}  // namespace skillscope::ui
