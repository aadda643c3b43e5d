#include "ui/reading_screen.h"

#include "core/text/messages.h"
#include "ui/page_tools.h"
#include "ui/semantics.h"
#include "ui/widgets.h"

namespace skillscope::ui {

void DrawReadingScreen(const UiContext& ui) {
  if (BeginPage("##reading")) {
    ImGui::Dummy(ImVec2(0, ui.px(24)));
    BeginColumn(ui, kPageMaxCss);
    SemanticGroup main(Role::Main);
    Heading(ui, 1, "skillscope");
    Paragraph(ui.fonts.body, ToImVec4(ui.palette().text_muted), Tr(MSG("reading.saved")).c_str());
    EndColumn();
  }
  EndPage();
}

}  // namespace skillscope::ui
