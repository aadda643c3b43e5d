#pragma once
// Asking before a backup is restored: what it would add and replace.
#include "model/restore_dialog.h"
#include "ui/ui_context.h"

namespace skillscope::ui {

RestoreDialogAction DrawRestoreDialog(const UiContext& ui, const RestoreDialogModel& model);

}  // namespace skillscope::ui
