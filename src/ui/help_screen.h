#pragma once
// Help: what skillscope is, how levels, targets and statement mode work, where data
// lives and how to move it, the keyboard shortcuts, credits and licences.
#include "model/help.h"
#include "ui/ui_context.h"

namespace skillscope::ui {

HelpAction DrawHelpScreen(const UiContext& ui, const HelpModel& model);

}  // namespace skillscope::ui
