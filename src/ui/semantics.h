#pragma once
// Saying what the screens draw, for the accessibility mirror (README "The accessibility
// mirror"): headings, and the names of what has no visible words. Built on the widget
// registry (ui/widget_registry.h), which also has the groups (SemanticGroup).
#include <string>

#include "ui/ui_context.h"
#include "ui/widget_registry.h"

namespace skillscope::ui {

// A heading in the page's outline: level 1 is the screen's title (title font), 2 a
// section (heading font), 3 a card's title (strong font).
void Heading(const UiContext& ui, int level, const char* text);

// The text field just drawn with ImGui::InputText...(label): its accessible name and
// what it holds (hint: the placeholder shown while empty).
void DescribeTextField(const char* label, const std::string& name, const std::string& value, bool multiline = false,
                       const std::string& hint = {});

// The tree node or collapsing header just drawn, open or folded.
void DescribeDisclosure(const char* label, bool open);

// One of a set of choices just drawn (a selectable in a combo's list): a radio, checked
// when chosen, inside a SemanticGroup(Role::RadioGroup).
void DescribeChoice(const char* label, bool chosen);

}  // namespace skillscope::ui
