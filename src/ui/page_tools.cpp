#include "ui/page_tools.h"

#include <string>

#include "core/text/messages.h"
#include "imgui_internal.h"
#include "ui/controls.h"
#include "ui/widgets.h"

namespace skillscope::ui {
namespace {

std::string HelpLabel() { return Tr(MSG("page.help")) + "##help"; }

std::string ThemeLabel(const UiContext& ui) {
  return (ui.theme == Theme::Dark ? Tr(MSG("page.light_theme")) : Tr(MSG("page.dark_theme"))) + "##theme";
}

// '?' typed with no text field active (characters typed into a field are the field's).
bool HelpKeyTyped() {
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  if (g.IO.WantTextInput || g.ActiveId != 0) return false;
  for (const ImWchar c : g.IO.InputQueueCharacters)
    if (c == '?') return true;
  return false;
}

}  // namespace

float PageToolsWidth(const UiContext& ui, bool with_help) {
  ImGui::PushFont(ui.fonts.strong);
  const float help = with_help ? ButtonWidth(HelpLabel().c_str()) + ImGui::GetStyle().ItemSpacing.x : 0.0f;
  const float w = help + ButtonWidth(ThemeLabel(ui).c_str());
  ImGui::PopFont();
  return w;
}

PageTool DrawPageTools(const UiContext& ui, bool with_help) {
  PageTool tool = with_help && HelpKeyTyped() ? PageTool::Help : PageTool::None;
  if (with_help) {
    if (Button(ui, HelpLabel().c_str())) tool = PageTool::Help;
    ImGui::SameLine();
  }
  if (Button(ui, ThemeLabel(ui).c_str())) tool = PageTool::Theme;
  return tool;
}

PageTool DrawPageToolsAtRight(const UiContext& ui, float column_left, float width, bool with_help) {
  const float tools_w = PageToolsWidth(ui, with_help);
  ImGui::SameLine();
  if (ImGui::GetCursorPosX() + tools_w > column_left + width) ImGui::NewLine();
  ImGui::SetCursorPosX(column_left + width - tools_w);
  return DrawPageTools(ui, with_help);
}

}  // namespace skillscope::ui
