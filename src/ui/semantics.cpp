#include "ui/semantics.h"

#include "ui/widgets.h"

namespace skillscope::ui {

void Heading(const UiContext& ui, int level, const char* text) {
  ImFont* font = level <= 1 ? ui.fonts.title : level == 2 ? ui.fonts.heading : ui.fonts.strong;
  SetNextTextRole(Role::Heading, level);
  Paragraph(font, ToImVec4(ui.palette().text), text);
}

void DescribeTextField(const char* label, const std::string& name, const std::string& value, bool multiline,
                       const std::string& hint) {
  ItemState state;
  state.name = name;
  state.value = value;
  state.multiline = multiline;
  state.description = hint;
  DescribeItem(label, Role::TextField, state);
}

void DescribeChoice(const char* label, bool chosen) {
  ItemState state;
  state.chosen = chosen ? Tri::True : Tri::False;
  DescribeItem(label, Role::Button, state);
}

void DescribeDisclosure(const char* label, bool open) {
  ItemState state;
  state.expanded = open ? Tri::True : Tri::False;
  DescribeItem(label, Role::Button, state);
}

}  // namespace skillscope::ui
