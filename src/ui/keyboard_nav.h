#pragma once
// Keyboard use as people expect it from web pages, on top of ImGui 1.86's navigation:
// - Tab / Shift+Tab move through every widget (1.86 only stops at text fields, and
//   from a focused button jumps back to the first field);
// - Enter presses the focused button, checkbox or card (1.86 only uses Space);
// - Space and the arrow keys keep working as ImGui defines them.
namespace skillscope::ui {

// Call right after ImGui::NewFrame(), before any widget.
void ExtendKeyboardNavigation();

// Call right after an InputTextMultiline. In 1.86 such a field registers its id twice
// (the field, then its child window), so Tab from it lands on itself again; this lets
// the request go on to the next item instead.
void FixMultilineTabbing();

}  // namespace skillscope::ui
