#pragma once
// A scrolling box inside the scrolling page (the heatmap, a long list): ImGui 1.86 hands
// the wheel to the page only when the box has nothing to scroll, so a pointer resting
// on a tall box could never scroll the page past it. Called inside the box, this hands
// the wheel on once the box is at its end, as browsers do.
namespace skillscope::ui {

void PassWheelOnAtEnds();

}  // namespace skillscope::ui
