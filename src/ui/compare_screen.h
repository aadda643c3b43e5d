#pragma once
// Compare: choose two to five sets of answers (own, people's, snapshots) and a role,
// see them overlaid on one radar with a legend, and side by side per skill.
#include "model/compare.h"
#include "ui/ui_context.h"

namespace skillscope::ui {

struct CompareScreenState {
  int group = 0;            // the chart group on show (more than 30 skills)
  float choices_height = 0; // the list of choices as drawn last frame (it scrolls when long)
};

CompareAction DrawCompareScreen(const UiContext& ui, const CompareModel& model, CompareScreenState& state);

}  // namespace skillscope::ui
