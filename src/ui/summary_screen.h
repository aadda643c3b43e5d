#pragma once
// The end of the questionnaire: what is still unanswered, and a table of answers.
#include "model/summary.h"
#include "ui/ui_context.h"

namespace skillscope::ui {

SummaryAction DrawSummaryScreen(const UiContext& ui, const SummaryModel& model);

}  // namespace skillscope::ui
