#pragma once
// Starting an assessment: name the profile, then choose which skills to assess
// (a whole framework, a category, or single skills; a filter for long frameworks).
#include <set>
#include <string>

#include "model/setup.h"
#include "ui/ui_context.h"

namespace skillscope::ui {

// The form while it is filled in. A new arrival at the screen (model.visit) starts a
// fresh one with the suggested name.
struct SetupState {
  int visit = -1;
  std::string name;
  std::string person;
  std::string filter;
  std::set<std::string> chosen;  // ChoiceKey(framework, code)
};

SetupAction DrawSetupScreen(const UiContext& ui, const SetupModel& model, SetupState& state);

}  // namespace skillscope::ui
