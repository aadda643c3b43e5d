#pragma once
// What next: the roles that fit (one may be the benchmark), and the development plan,
// a checkable action per next-level statement with the person's note and due month.
#include <string>

#include "model/plan.h"
#include "ui/ui_context.h"

namespace skillscope::ui {

struct PlanScreenState {
  std::string editing;    // the action whose note and due month are open ("" none)
  std::string note;       // the note field's text
  std::string note_from;  // the saved note it was last set from
  std::string due;        // the due month field's text
};

PlanScreenAction DrawPlanScreen(const UiContext& ui, const PlanModel& model, PlanScreenState& state);

}  // namespace skillscope::ui
