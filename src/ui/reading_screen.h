#pragma once
// The moment at start-up when the place the person opened needs the saved frameworks or
// people, and the database is still being read: it says so instead of drawing a screen
// without them.
#include "ui/ui_context.h"

namespace skillscope::ui {

void DrawReadingScreen(const UiContext& ui);

}  // namespace skillscope::ui
