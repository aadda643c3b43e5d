#pragma once
#include "ui/ui_context.h"

namespace skillscope::ui {

enum class StartAction { None, Start };

// The first screen: what skillscope is, and the way in.
StartAction DrawStartScreen(const UiContext& ui);

}  // namespace skillscope::ui
