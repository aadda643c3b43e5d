#pragma once
// Starting an assessment: the setup screen's model and actions.
#include <cstdint>
#include <set>
#include <string>

#include "core/framework/catalog.h"

namespace skillscope {

struct SetupModel {
  const Catalog* catalog = nullptr;  // the frameworks to choose from
  std::uint64_t catalog_revision = 0;  // changes whenever the catalog does
  std::string suggested_name;        // "Assessment 30 Nov 2026"
  // Counts arrivals at the setup screen: a new arrival starts a fresh form.
  int visit = 0;
};

struct SetupAction {
  enum class Kind { None, Begin, Back, ToggleTheme, ShowHelp } kind = Kind::None;
  // With Begin: the form as filled in.
  std::string name;
  std::string person;
  std::set<std::string> chosen;  // ChoiceKey(framework, code)
};

}  // namespace skillscope
