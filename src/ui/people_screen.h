#pragma once
// The People screen: profiles others shared, kept apart from one's own; import many at
// once, paste links, remove, export all; the way to compare and the team view.
#include <string>
#include <vector>

#include "model/people.h"
#include "ui/ui_context.h"

namespace skillscope::ui {

struct PeopleScreenState {
  bool paste_open = false;
  std::string paste_text;
  std::string notice_shown;
};

PeopleAction DrawPeopleScreen(const UiContext& ui, const PeopleModel& model, PeopleScreenState& state);

// The header row of the people, compare and team screens: its buttons (labels with
// ids), then Help and the theme at the right. Returns the index of the button pressed,
// or kHelp / kTheme.
inline constexpr int kHelpPressed = -2;
inline constexpr int kThemePressed = -3;
int DrawPeopleHeader(const UiContext& ui, float column_left, float width, const std::vector<std::string>& buttons);

}  // namespace skillscope::ui
