#pragma once
// The team view: choices (framework, category, coverage level, role), the heatmap, the
// risks, a line per person, version differences and the exports.
#include "model/team.h"
#include "ui/ui_context.h"

namespace skillscope::ui {

TeamAction DrawTeamScreen(const UiContext& ui, const TeamModel& model);

}  // namespace skillscope::ui
