#pragma once
// Starting an assessment: name the profile, then choose which skills to assess
// (a whole framework, a category, or single skills; a filter for long frameworks).
#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "model/setup.h"
#include "ui/ui_context.h"

namespace skillscope::ui {

// What the list of skills shows for the catalog and the filter, with the choices
// counted: kept between frames, because matching, grouping and keying a thousand
// skills every frame cost milliseconds. Rebuilt when what it is derived from changes.
struct SetupListing {
  struct Row {
    std::string key;    // ChoiceKey(framework, code)
    std::string label;  // "CODE · name"
    std::string id;     // the widget's id
  };
  struct Group {
    std::string category;  // "A › B"; empty for skills without one
    std::vector<Row> rows;
    std::size_t chosen = 0;
  };
  struct Section {
    const Framework* framework = nullptr;
    std::string size_line;  // "12 skills · levels 1–5 · 60 statements · version 2"
    std::vector<Group> groups;
    std::size_t rows = 0, chosen = 0;
  };
  std::vector<Section> sections;  // the frameworks with a matching skill
  std::uint64_t catalog_revision = 0;
  std::string filter;           // lower case
  std::string language;         // the one its words are in
  std::uint64_t counted = ~std::uint64_t{0};  // the choices' revision the counts are of
  std::size_t chosen_skills = 0, chosen_statements = 0;  // over all frameworks, filter or not
  bool built = false;
};

// The form while it is filled in. A new arrival at the screen (model.visit) starts a
// fresh one with the suggested name.
struct SetupState {
  int visit = -1;
  std::string name;
  std::string person;
  std::string filter;
  std::set<std::string> chosen;  // ChoiceKey(framework, code)
  std::uint64_t chosen_revision = 0;  // counts changes to `chosen`
  SetupListing listing;
};

SetupAction DrawSetupScreen(const UiContext& ui, const SetupModel& model, SetupState& state);

}  // namespace skillscope::ui
