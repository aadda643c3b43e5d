#include "ui/controls.h"

#include "imgui_internal.h"
#include "ui/text_layout.h"
#include "ui/widget_registry.h"
#include "ui/widgets.h"

namespace skillscope::ui {

float ButtonWidth(const char* label) {
  return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2.0f;
}

float ButtonWidth(const UiContext& ui, const char* label) {
  ImGui::PushFont(ui.fonts.strong);
  const float width = ButtonWidth(label);
  ImGui::PopFont();
  return width;
}

void FlowNextButton(const UiContext& ui, const char* label) { FlowNext(ButtonWidth(ui, label), false); }

void FlowNext(float item_width, bool first) {
  if (first) return;
  const ImGuiWindow* window = ImGui::GetCurrentWindowRead();
  const float wrap = window->DC.TextWrapPos;
  const float right = wrap > 0 ? window->Pos.x - window->Scroll.x + wrap : ImGui::GetContentRegionMaxAbs().x;
  ImGui::SameLine();
  if (ImGui::GetCursorScreenPos().x + item_width > right) ImGui::NewLine();
}

bool WrappedCheckbox(const char* visible, const std::string& id, bool* value, bool mixed) {
  const std::string box_id = "##" + id;
  // A box about the size of the text, with a border that stands out from the card
  // (3:1 for a control's outline) in both themes.
  const ImGuiStyle& style = ImGui::GetStyle();
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(style.FramePadding.x, style.FramePadding.y * 0.45f));
  ImGui::PushStyleColor(ImGuiCol_Border, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  if (mixed) ImGui::PushItemFlag(ImGuiItemFlags_MixedValue, true);
  bool toggled = ImGui::Checkbox(box_id.c_str(), value);
  const ImGuiID box = ImGui::GetItemID();
  if (mixed) ImGui::PopItemFlag();
  ImGui::PopStyleColor();
  ImGui::PopStyleVar();
  const ImVec2 box_min = ImGui::GetItemRectMin();
  ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(ImGui::GetCurrentWindowRead()->DC.TextWrapPos < 0 ? 0.0f
                                                                            : ImGui::GetCurrentWindowRead()->DC.TextWrapPos);
  ImGui::TextUnformatted(DrawnText(visible).c_str());
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
  if (!toggled && ImGui::IsItemClicked()) {
    *value = !*value;
    toggled = true;
  }
  ItemState state;
  state.checked = mixed ? Tri::Mixed : *value ? Tri::True : Tri::False;
  RecordWidget((std::string(visible) + box_id).c_str(), box_min, ImGui::GetItemRectMax(), Role::Checkbox, box, state);
  return toggled;
}

int Segmented(const UiContext& ui, const std::vector<std::string>& labels, int selected, ImFont* font,
              float height_css) {
  const Palette& p = ui.palette();
  int clicked = -1;
  ImGui::PushFont(font ? font : ui.fonts.strong);
  for (int i = 0; i < static_cast<int>(labels.size()); ++i) {
    const char* label = labels[i].c_str();
    FlowNext(ButtonWidth(label), i == 0);
    const bool on = i == selected;
    if (on) {
      ImGui::PushStyleColor(ImGuiCol_Button, ToImVec4(p.accent_fill));
      ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ToImVec4(p.accent_fill_hover));
      ImGui::PushStyleColor(ImGuiCol_ButtonActive, ToImVec4(p.accent_fill_hover));
      ImGui::PushStyleColor(ImGuiCol_Text, ToImVec4(p.on_accent));
    }
    if (ImGui::Button(label, ImVec2(0, ui.px(height_css)))) clicked = i;
    ItemState state;
    state.chosen = on ? Tri::True : Tri::False;  // a radio or toggle when the caller groups them so
    DescribeItem(label, Role::Button, state);
    if (on) ImGui::PopStyleColor(4);
  }
  ImGui::PopFont();
  return clicked;
}

}  // namespace skillscope::ui
