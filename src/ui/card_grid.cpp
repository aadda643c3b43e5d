#include "ui/card_grid.h"

#include <algorithm>

#include "imgui_internal.h"
#include "ui/widget_registry.h"

namespace skillscope::ui {

CardGrid::CardGrid(const UiContext& ui, const char* id, float width, int count, float min_card_css, int max_columns)
    : ui_(ui), id_(ImGui::GetID(id)), width_(width), count_(count) {
  gap_ = ui.px(12);
  pad_ = ui.px(14);
  const int fit = static_cast<int>((width + gap_) / (ui.px(min_card_css) + gap_));
  columns_ = std::max(1, std::min({fit, max_columns, std::max(1, count)}));
  card_w_ = (width - gap_ * static_cast<float>(columns_ - 1)) / static_cast<float>(columns_);
  origin_ = ImGui::GetCursorScreenPos();
  row_top_ = row_bottom_ = origin_.y;
}

CardGrid::~CardGrid() {
  ImGui::SetCursorScreenPos(ImVec2(origin_.x, row_bottom_));
  ImGui::Dummy(ImVec2(width_, 0));
}

void CardGrid::BeginCell(int index) {
  index_ = index;
  const int col = index % columns_;
  if (col == 0 && index > 0) row_top_ = row_bottom_ + gap_;
  cell_min_ = ImVec2(origin_.x + static_cast<float>(col) * (card_w_ + gap_), row_top_);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->ChannelsSplit(2);
  dl->ChannelsSetCurrent(1);
  ImGui::SetCursorScreenPos(ImVec2(cell_min_.x + pad_, cell_min_.y + pad_));
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + card_w_ - 2 * pad_);
  ImGui::BeginGroup();
  slot_ = ReserveItem();  // a clickable card comes before what it shows, to assistive technology
}

bool CardGrid::EndCell(const CardLook& look) {
  ImGui::EndGroup();
  ImGui::PopTextWrapPos();
  const float content_bottom = ImGui::GetItemRectMax().y + pad_;
  // Cards in a row share the tallest height seen last frame, so rows look even;
  // layout settles within the frames drawn after any change.
  ImGuiStorage* storage = ImGui::GetStateStorage();
  const int row = index_ / columns_;
  const ImGuiID row_key = id_ + static_cast<ImGuiID>(row * 977 + columns_);
  const float remembered = storage->GetFloat(row_key, 0.0f);
  const float own_height = content_bottom - cell_min_.y;
  const float height = std::max(own_height, remembered);
  const ImVec2 cell_max(cell_min_.x + card_w_, cell_min_.y + height);

  bool pressed = false, hovered = false, focused = false;
  if (look.clickable) {
    ImGui::SetCursorScreenPos(cell_min_);
    ImGui::PushID(index_);
    pressed = ImGui::InvisibleButton("##card", ImVec2(card_w_, height));
    ImGui::PopID();
    hovered = ImGui::IsItemHovered();
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    focused = ImGui::IsItemFocused() && !g.NavDisableHighlight;
    ItemState state;
    state.chosen = look.selected ? Tri::True : Tri::False;  // a checked radio when the grid is in a radio group
    if (look.label) RecordWidgetAt(slot_, look.label, cell_min_, cell_max, Role::Button, ImGui::GetItemID(), state);
  }

  const Palette& p = ui_.palette();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->ChannelsSetCurrent(0);
  const float rounding = ui_.px(10);
  Rgb fill = look.muted ? p.background : p.surface;
  if (hovered) fill = p.surface_hover;
  dl->AddRectFilled(cell_min_, cell_max, ToU32(fill), rounding);
  if (look.selected) {
    dl->AddRectFilled(cell_min_, cell_max, ToU32(p.accent, 0.08f), rounding);
    dl->AddRect(cell_min_, cell_max, ToU32(p.accent), rounding, 0, ui_.px(2.5f));
  } else {
    dl->AddRect(cell_min_, cell_max, ToU32(look.muted ? p.border : p.border), rounding, 0, ui_.px(1));
  }
  if (focused) {
    const float o = ui_.px(3);
    dl->AddRect(ImVec2(cell_min_.x - o, cell_min_.y - o), ImVec2(cell_max.x + o, cell_max.y + o), ToU32(p.accent),
                rounding + o, 0, ui_.px(2));
  }
  dl->ChannelsMerge();

  // Remember this row's height for the next frame: the tallest card of the row.
  const bool first_in_row = index_ % columns_ == 0;
  const float row_so_far = first_in_row ? own_height : std::max(own_height, storage->GetFloat(row_key + 1, 0.0f));
  storage->SetFloat(row_key + 1, row_so_far);
  const bool last_in_row = index_ % columns_ == columns_ - 1 || index_ == count_ - 1;
  if (last_in_row) storage->SetFloat(row_key, row_so_far);
  row_bottom_ = std::max(row_bottom_, cell_max.y);
  ImGui::SetCursorScreenPos(ImVec2(origin_.x, row_bottom_));
  return pressed;
}

}  // namespace skillscope::ui
