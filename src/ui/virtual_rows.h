#pragma once
// Long lists of rows of varying height (a thousand skills), drawn only where they can
// be seen: rows far outside the window's visible area take their place as empty space
// of their remembered height. Heights are measured whenever a row is drawn; a row not
// drawn yet counts as the average of those measured.
//
// A screen's worth of rows above and below the visible area are drawn too, so the
// keyboard's next and previous items always exist (Tab and the arrows move on, and
// ImGui scrolls the focused row into view).
#include <functional>

namespace skillscope::ui {

// Draws rows [0, count) one below the other at the cursor: draw_row(i) for the rows
// near the visible area, space for the others. `id` names the list (heights are kept
// per list and per width).
void DrawVirtualRows(const char* id, int count, const std::function<void(int row)>& draw_row);

// The same for the rows of the ImGui table being drawn: draw_cells(i) fills row i's
// cells (the row itself is started here); rows far from view are empty rows of their
// remembered height.
void DrawVirtualTableRows(const char* id, int count, const std::function<void(int row)>& draw_cells);

}  // namespace skillscope::ui
