#pragma once
// Starting an assessment: name the profile, then choose which skills to assess
// (a whole framework, a category, or single skills; a filter for long frameworks).
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/catalog.h"
#include "ui/ui_context.h"

namespace skillscope::ui {

struct SetupState {
  std::string name;
  std::string person;
  std::string filter;
  std::set<std::string> chosen;  // ChoiceKey(framework, code)
};

std::string ChoiceKey(const Framework& framework, const std::string& code);

struct SetupAction {
  enum Kind { None, Begin, Back } kind = None;
};

SetupAction DrawSetupScreen(const UiContext& ui, const Catalog& catalog, SetupState& state);

// The chosen skills in catalog order, one framework version per id (a later choice of
// another version replaces the earlier one's skills).
std::vector<std::pair<const Framework*, std::string>> ChosenSkills(const Catalog& catalog, const SetupState& state);

}  // namespace skillscope::ui
