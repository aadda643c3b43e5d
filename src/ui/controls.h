#pragma once
// Compact choice controls that wrap in narrow windows.
#include <string>
#include <vector>

#include "ui/ui_context.h"

namespace skillscope::ui {

// Places the next item of width w on this line if it fits before the right edge of the
// current column (the text wrap position), otherwise on a new line.
void FlowNext(float item_width, bool first);

// A row of buttons where one may be selected (filled). Labels carry their ids
// ("Low##confidence:low"). Returns the index clicked this frame, or -1. Inside a
// SemanticGroup(Role::RadioGroup or ToggleGroup) the buttons are radios or toggle
// buttons to assistive technology, the selected one checked or pressed.
// font: defaults to the strong body font.
int Segmented(const UiContext& ui, const std::vector<std::string>& labels, int selected, ImFont* font = nullptr,
              float height_css = 36);

// A checkbox whose label wraps in narrow windows; clicking the label toggles it too.
// mixed: draw the "some chosen" dash. Returns true when toggled (*value is flipped).
bool WrappedCheckbox(const char* visible, const std::string& id, bool* value, bool mixed = false);

// Width of a button showing this label in the current font.
float ButtonWidth(const char* label);

// Width of a Button (ui/widgets.h) showing this label, in the font it draws in.
float ButtonWidth(const UiContext& ui, const char* label);
// FlowNext for such a Button.
void FlowNextButton(const UiContext& ui, const char* label);

}  // namespace skillscope::ui
