#pragma once
// Cards laid out in as many columns as fit (one on a phone, up to max_columns on a
// wide screen), with the cards of a row drawn at the same height.
#include <cstddef>

#include "imgui.h"
#include "ui/ui_context.h"

namespace skillscope::ui {

struct CardLook {
  bool clickable = false;  // the whole card is one button
  bool selected = false;  // the chosen card (a checked radio when the grid is in a radio group)
  bool muted = false;      // e.g. a level where the skill is not defined
  const char* label = nullptr;  // widget label with id, for clickable cards
};

class CardGrid {
 public:
  // id: unique per grid on the screen; min_card_css: narrowest card before fewer columns.
  CardGrid(const UiContext& ui, const char* id, float width, int count, float min_card_css, int max_columns);
  ~CardGrid();
  CardGrid(const CardGrid&) = delete;
  CardGrid& operator=(const CardGrid&) = delete;

  void BeginCell(int index);
  // Returns true when a clickable card was pressed (mouse, touch, Space or Enter).
  bool EndCell(const CardLook& look);

  int columns() const { return columns_; }

 private:
  const UiContext& ui_;
  ImGuiID id_;
  ImVec2 origin_;
  float width_;
  float card_w_;
  float gap_;
  float pad_;
  int columns_;
  int count_;
  int index_ = -1;
  float row_top_ = 0;
  float row_bottom_ = 0;
  ImVec2 cell_min_;
  std::size_t slot_ = 0;  // the card's place in the widget registry
};

}  // namespace skillscope::ui
