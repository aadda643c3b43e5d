#include "ui/skill_list.h"

#include "imgui_internal.h"
#include "ui/widget_registry.h"
#include "ui/widgets.h"

namespace skillscope::ui {

void DrawAnswerMark(const UiContext& ui, ImDrawList* dl, ImVec2 c, float r, AnswerKind kind) {
  const Palette& p = ui.palette();
  switch (kind) {
    case AnswerKind::Level:
    case AnswerKind::NotApplicable: {
      dl->AddCircleFilled(c, r, ToU32(p.success), 20);
      const float s = r * 0.55f;
      const float t = ui.px(2.0f);
      dl->AddLine(ImVec2(c.x - s, c.y), ImVec2(c.x - s * 0.25f, c.y + s * 0.7f), ToU32(p.background), t);
      dl->AddLine(ImVec2(c.x - s * 0.25f, c.y + s * 0.7f), ImVec2(c.x + s, c.y - s * 0.6f), ToU32(p.background), t);
      break;
    }
    case AnswerKind::Skipped:
      dl->AddCircle(c, r, ToU32(p.text_muted), 20, ui.px(1.5f));
      dl->AddLine(ImVec2(c.x - r * 0.5f, c.y), ImVec2(c.x + r * 0.5f, c.y), ToU32(p.text_muted), ui.px(2.0f));
      break;
    case AnswerKind::Unanswered:
      dl->AddCircle(c, r, ToU32(p.text_muted), 20, ui.px(1.5f));
      break;
  }
}

int DrawSkillList(const UiContext& ui, const std::vector<SkillListItem>& items, int current) {
  int clicked = -1;
  const float mark = ui.px(9);
  const float indent = mark * 2 + ui.px(10);
  for (int i = 0; i < static_cast<int>(items.size()); ++i) {
    const SkillListItem& item = items[i];
    ImGui::PushID(i);
    const std::string status = item.kind == AnswerKind::Level           ? "answered"
                               : item.kind == AnswerKind::NotApplicable ? "not applicable"
                               : item.kind == AnswerKind::Skipped       ? "skipped"
                                                                         : "not yet";
    const std::string text = item.code + "  " + item.name;
    const std::string id = "##goto:" + item.code;
    const ImVec2 start = ImGui::GetCursorScreenPos();
    ImGui::Indent(indent);
    ImGui::PushFont(ui.fonts.body);
    // A Selectable draws its label on one line; drawing wrapped text over an unlabelled
    // one keeps long names readable in a narrow list.
    const float wrap_w = ImGui::GetContentRegionAvail().x;
    const ImVec2 text_size = ImGui::CalcTextSize(text.c_str(), nullptr, false, wrap_w);
    if (ImGui::Selectable(id.c_str(), i == current, 0, ImVec2(0, text_size.y + ui.px(8)))) clicked = i;
    const ImVec2 min = ImGui::GetItemRectMin();
    RecordWidget((text + id).c_str(), min, ImGui::GetItemRectMax());
    ImGui::GetWindowDrawList()->AddText(nullptr, 0.0f, ImVec2(min.x, min.y + ui.px(4)), ImGui::GetColorU32(ImGuiCol_Text),
                                        text.c_str(), nullptr, wrap_w);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s: %s", item.code.c_str(), status.c_str());
    ImGui::PopFont();
    ImGui::Unindent(indent);
    DrawAnswerMark(ui, ImGui::GetWindowDrawList(),
                   ImVec2(start.x + mark + ui.px(2), min.y + ui.px(4) + ImGui::GetFontSize() * 0.5f), mark * 0.85f,
                   item.kind);
    ImGui::PopID();
  }
  return clicked;
}

}  // namespace skillscope::ui
