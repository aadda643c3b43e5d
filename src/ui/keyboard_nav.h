#pragma once
// Keyboard use as people expect it from web pages, on top of ImGui 1.86's navigation:
// - Tab / Shift+Tab move through every widget (1.86 only stops at text fields, and
//   from a focused button jumps back to the first field);
// - Enter presses the focused button, checkbox or card (1.86 only uses Space);
// - Space and the arrow keys keep working as ImGui defines them.
#include "imgui.h"

namespace skillscope::ui {

// A named key went down this frame (no auto-repeat). The platform owns the key
// numbering; the ui asks through ImGui's key map.
bool KeyPressedOnce(ImGuiKey key);
// A digit key 0-9 went down this frame. Digits sit at their ASCII codes, the numbering
// every ImGui 1.86 backend uses (GLFW, SDL, Win32, and ours).
bool DigitPressedOnce(int digit);

// Call right after ImGui::NewFrame(), before any widget.
void ExtendKeyboardNavigation();

// Call right after an InputTextMultiline. In 1.86 such a field registers its id twice
// (the field, then its child window), so Tab from it lands on itself again; this lets
// the request go on to the next item instead.
void FixMultilineTabbing();

}  // namespace skillscope::ui
