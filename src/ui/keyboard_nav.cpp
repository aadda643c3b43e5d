#include "ui/keyboard_nav.h"

#include "imgui.h"
#include "imgui_internal.h"

namespace skillscope::ui {

bool KeyPressedOnce(ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), false); }

bool DigitPressedOnce(int digit) { return ImGui::IsKeyPressed('0' + digit, false); }

void ExtendKeyboardNavigation() {
  ImGuiContext& g = *ImGui::GetCurrentContext();

  // NewFrame() has just turned a Tab press into a tabbing request that only text
  // fields would answer. FocusApi makes every navigable item a candidate (what
  // SetKeyboardFocusHere uses); non-text items are focused, not activated.
  if (g.NavMoveScoringItems && (g.NavMoveFlags & ImGuiNavMoveFlags_Tabbing) &&
      !(g.NavMoveFlags & ImGuiNavMoveFlags_FocusApi)) {
    g.NavMoveFlags |= ImGuiNavMoveFlags_FocusApi;
    // Direction 0 means "from nothing: go to the first". From a visibly focused item,
    // go on to the next instead (ImGui keeps an invisible NavId after clicks and on
    // start-up; Tab from there starts at the top, like a fresh page).
    if (g.NavTabbingDir == 0 && g.NavId != 0 && !g.NavDisableHighlight) g.NavTabbingDir = +1;
  }

  // Esc leaves a text field keeping what was typed (ImGui 1.86 would revert the edit):
  // deactivate it before it sees the key, and leave the keyboard focus on it.
  if (g.ActiveId != 0 && g.InputTextState.ID == g.ActiveId && KeyPressedOnce(ImGuiKey_Escape)) {
    const ImGuiID field = g.ActiveId;
    ImGui::ClearActiveID();
    g.NavId = field;
    g.NavDisableHighlight = false;
    return;
  }

  // Enter activates the focused item the way Space does, unless text is being edited
  // (where Enter belongs to the text field).
  if (g.NavId != 0 && g.ActiveId == 0 && !g.IO.WantTextInput && !g.NavDisableHighlight &&
      (KeyPressedOnce(ImGuiKey_Enter) || KeyPressedOnce(ImGuiKey_KeyPadEnter))) {
    g.NavActivateId = g.NavActivateDownId = g.NavActivatePressedId = g.NavId;
  }
}

}  // namespace skillscope::ui

namespace skillscope::ui {

void FixMultilineTabbing() {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  const ImGuiID id = g.LastItemData.ID;
  if ((g.NavMoveFlags & ImGuiNavMoveFlags_Tabbing) && g.NavTabbingDir == +1 && g.NavId == id &&
      g.NavMoveResultLocal.ID == id && !g.NavMoveScoringItems) {
    g.NavMoveResultLocal.Clear();
    g.NavMoveScoringItems = true;
    g.NavTabbingCounter = 1;  // the next item resolves the request
    g.NavAnyRequest = true;
  }
}

}  // namespace skillscope::ui
