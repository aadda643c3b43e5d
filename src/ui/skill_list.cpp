#include "ui/skill_list.h"

#include <algorithm>

#include "core/text/messages.h"
#include "imgui_internal.h"
#include "ui/text_layout.h"
#include "ui/virtual_rows.h"
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

namespace {
const std::string& AnswerStatus(AnswerKind kind) {
  switch (kind) {
    case AnswerKind::Level: return Tr(MSG("skill_list.answered"));
    case AnswerKind::NotApplicable: return Tr(MSG("skill_list.not_applicable"));
    case AnswerKind::Skipped: return Tr(MSG("skill_list.skipped"));
    case AnswerKind::Unanswered: break;
  }
  return Tr(MSG("skill_list.not_answered"));
}
}  // namespace

int DrawSkillList(const UiContext& ui, const std::vector<SkillListItem>& items, int current) {
  SemanticGroup list(Role::List, Tr(MSG("skill_list.name")));
  int clicked = -1;
  const Palette& p = ui.palette();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImFont* font = ui.fonts.body;
  const float size = font->FontSize;
  const float pad = ui.px(6), mark_r = ui.px(8), text_x = pad + 2 * mark_r + ui.px(10);
  ImGuiStorage* storage = ImGui::GetStateStorage();
  const ImGuiID clicked_key = ImGui::GetID("##clicked_row");
  DrawVirtualRows("##skill_list_rows", static_cast<int>(items.size()), [&](int i) {
    const SkillListItem& item = items[i];
    const std::string text = item.code + " \xC2\xB7 " + item.name;
    const std::string id = "##goto:" + item.code;
    const ImVec2 min = ImGui::GetCursorScreenPos();
    const float width = std::max(ui.px(40), ImGui::GetContentRegionAvail().x);
    const float text_w = width - text_x - pad;
    const TextLayout layout = LayOutText(font, size, text.c_str(), text.c_str() + text.size(), text_w);
    const float row_h = size * static_cast<float>(layout.lines.size()) + 2 * pad;
    ImGui::PushID(i);
    if (ImGui::InvisibleButton(id.c_str(), ImVec2(width, row_h))) clicked = i;
    const bool hovered = ImGui::IsItemHovered();
    // Like a web page's title tooltip: a click puts it away until the pointer leaves
    // the row (the page changes under a pointer that has not moved).
    const int row_id = static_cast<int>(ImGui::GetItemID());
    if (clicked == i) storage->SetInt(clicked_key, row_id);
    else if (!hovered && storage->GetInt(clicked_key) == row_id) storage->SetInt(clicked_key, 0);
    const bool note_put_away = storage->GetInt(clicked_key) == row_id;
    const bool focused = ImGui::IsItemFocused() && !ImGui::GetCurrentContext()->NavDisableHighlight;
    const ImVec2 max(min.x + width, min.y + row_h);
    ItemState state;
    state.current = i == current;
    state.description = AnswerStatus(item.kind);  // what the mark beside it shows
    RecordWidget((text + id).c_str(), min, max, Role::Button, ImGui::GetItemID(), state);
    // The whole row, mark included, is highlighted; the current skill also gets a bar.
    if (i == current) {
      dl->AddRectFilled(min, max, ToU32(p.accent, ui.theme == Theme::Dark ? 0.28f : 0.16f), ui.px(6));
      dl->AddRectFilled(min, ImVec2(min.x + ui.px(3), max.y), ToU32(p.accent), ui.px(2));
    } else if (hovered) {
      dl->AddRectFilled(min, max, ToU32(p.surface_hover), ui.px(6));
    }
    if (focused) dl->AddRect(min, max, ToU32(p.accent), ui.px(6), 0, ui.px(2));
    DrawAnswerMark(ui, dl, ImVec2(min.x + pad + mark_r + ui.px(2), min.y + pad + size * 0.5f), mark_r, item.kind);
    DrawTextLayout(dl, font, size, ImVec2(min.x + text_x, min.y + pad), ToU32(p.text), layout, text_w);
    if (hovered && !note_put_away) {
      ImGui::BeginTooltip();
      Paragraph(ui.fonts.small, ToImVec4(p.text),
                Tr(MSG("skill_list.status_tip"), item.code, AnswerStatus(item.kind)).c_str());
      ImGui::EndTooltip();
    }
    ImGui::PopID();
  });
  return clicked;
}

}  // namespace skillscope::ui
