#include "ui/widgets.h"

#include <algorithm>

namespace skillscope::ui {

bool BeginPage(const char* name) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
  // NoDecoration hides the scrollbar too; long pages need it back.
  return ImGui::Begin(name, nullptr, flags & ~ImGuiWindowFlags_NoScrollbar);
}

void EndPage() { ImGui::End(); }

float BeginColumn(const UiContext& ui, float max_css) {
  const float avail = ImGui::GetContentRegionAvail().x;
  const float width = std::max(1.0f, std::min(avail - 1.0f, ui.px(max_css)));
  // At least 1 px: ImGui::Indent(0) means "the default indent", not none.
  const float indent = std::max(1.0f, (avail - width) * 0.5f);
  ImGui::Indent(indent);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  // Remember the indent for EndColumn.
  ImGui::GetStateStorage()->SetFloat(ImGui::GetID("##column_indent"), indent);
  return width;
}

void EndColumn() {
  ImGui::PopTextWrapPos();
  const float indent = ImGui::GetStateStorage()->GetFloat(ImGui::GetID("##column_indent"), 0.0f);
  ImGui::Unindent(indent);
}

void Paragraph(ImFont* font, const ImVec4& color, const char* text) {
  ImGui::PushFont(font);
  ImGui::PushStyleColor(ImGuiCol_Text, color);
  ImGui::TextWrapped("%s", text);
  ImGui::PopStyleColor();
  ImGui::PopFont();
}

bool PrimaryButton(const UiContext& ui, const char* label, const ImVec2& size) {
  const Palette& p = ui.palette();
  ImGui::PushStyleColor(ImGuiCol_Button, ToImVec4(p.accent_fill));
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ToImVec4(p.accent_fill_hover));
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, ToImVec4(p.accent_fill_hover));
  ImGui::PushStyleColor(ImGuiCol_Text, ToImVec4(p.on_accent));
  ImGui::PushStyleColor(ImGuiCol_Border, ToImVec4(p.accent_fill));
  ImGui::PushFont(ui.fonts.strong);
  const bool pressed = ImGui::Button(label, size);
  ImGui::PopFont();
  ImGui::PopStyleColor(5);
  return pressed;
}

}  // namespace skillscope::ui
