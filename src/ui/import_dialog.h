#pragma once
// Asking what to do with a profile that was just read from a file, a drop, a paste or
// a link: a new profile, or an explicit replace.
#include "model/import_dialog.h"
#include "ui/ui_context.h"

namespace skillscope::ui {

ImportDialogAction DrawImportDialog(const UiContext& ui, const ImportDialogModel& model);

}  // namespace skillscope::ui
