#pragma once
// Progress over time: a small chart per skill (its level at every snapshot and now),
// the skills that did not change folded away, and the changes between two points.
#include "model/timeline.h"
#include "ui/ui_context.h"

namespace skillscope::ui {

TimelineAction DrawTimelineScreen(const UiContext& ui, const TimelineModel& model);

}  // namespace skillscope::ui
