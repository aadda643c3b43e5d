#pragma once
// The team heatmap: a row per skill, the per-skill figures, then a column per person.
// The skill column and the header row stay in place while the rest scrolls both ways,
// and only the cells in view are drawn, so 50 people x 200 skills cost what a
// screenful does. Every cell reads without colour: the level as a number (and the
// target), "n/a" hatched, "?" dashed, "skipped", blank, "other" (another version).
#include "model/team.h"
#include "ui/ui_context.h"

namespace skillscope::ui {

struct HeatmapResult {
  bool sort = false;  // a heading was clicked: sort by `sort_by`
  TeamSort sort_by;
};

HeatmapResult DrawHeatmap(const UiContext& ui, const TeamModel& model, float width, float max_height);

// A few sample cells with what they mean, as the heatmap draws them.
void DrawHeatmapKey(const UiContext& ui, const TeamModel& model);

}  // namespace skillscope::ui
