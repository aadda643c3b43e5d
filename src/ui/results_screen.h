#pragma once
// Results: the radar-chart profile, a sortable table, where to grow, and exports.
#include <string>

#include "model/results.h"
#include "ui/ui_context.h"

namespace skillscope::ui {

// Screen-local state kept between frames.
struct ResultsState {
  int group = 0;              // the chart group on show (more than 30 skills)
  std::string snapshot_name;  // being typed for "Save snapshot"
};

ResultsAction DrawResultsScreen(const UiContext& ui, const ResultsModel& model, ResultsState& state);

}  // namespace skillscope::ui
