#pragma once
// What every screen offers at its top right: Help and the theme switch. The '?' key
// opens Help anywhere outside a text field.
#include "ui/ui_context.h"

namespace skillscope::ui {

enum class PageTool { None, Help, Theme };

// Width of the two buttons side by side (to place them at the right of a row).
float PageToolsWidth(const UiContext& ui, bool with_help = true);

// Draws the buttons where the cursor is. Also answers '?' (Shift+/ on most keyboards)
// typed while no text field has the keyboard. with_help: false on the Help screen.
PageTool DrawPageTools(const UiContext& ui, bool with_help = true);

// Places the tools at the right end of the current row of a column `width` wide
// (after an item, on its line when there is room, otherwise on the next line).
PageTool DrawPageToolsAtRight(const UiContext& ui, float column_left, float width, bool with_help = true);

}  // namespace skillscope::ui
