#pragma once
// The language picker of the start screen and Help: the browser's language or one of the
// app's, each named in its own words so that anyone can find their own.
#include <optional>
#include <string>

#include "model/language.h"
#include "ui/ui_context.h"

namespace skillscope::ui {

// Draws "Language" and the choices (a radio group that wraps). The code of the option
// picked this frame ("" for the browser's), when it is another than the chosen one.
std::optional<std::string> LanguagePicker(const UiContext& ui, const LanguagePickerModel& model);

}  // namespace skillscope::ui
