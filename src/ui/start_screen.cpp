#include "ui/start_screen.h"

#include <algorithm>

#include "ui/widgets.h"

namespace skillscope::ui {

StartAction DrawStartScreen(const UiContext& ui) {
  StartAction action = StartAction::None;
  const Palette& p = ui.palette();
  if (BeginPage("##start")) {
    // Sit the block a little above the middle; on short screens start at the top.
    const float top = std::max(ui.px(24), ImGui::GetContentRegionAvail().y * 0.22f);
    ImGui::Dummy(ImVec2(0, top));
    const float width = BeginColumn(ui, 640);

    Paragraph(ui.fonts.title, ToImVec4(p.text), "skillscope");
    ImGui::Spacing();
    Paragraph(ui.fonts.heading, ToImVec4(p.text),
              "See where your skills stand \xE2\x80\x94 and where you want them to go.");
    ImGui::Spacing();
    Paragraph(ui.fonts.body, ToImVec4(p.text_muted),
              "Pick a skills framework, read each skill\xE2\x80\x99s level descriptions, say which level "
              "describes your work and where you want to be, and get a radar-chart profile. "
              "Everything stays in this browser unless you export it.");
    ImGui::Dummy(ImVec2(0, ui.px(12)));
    const float button_w = std::min(width, ui.px(220));
    if (PrimaryButton(ui, "Start##start", ImVec2(button_w, ui.px(48)))) action = StartAction::Start;

    ImGui::Dummy(ImVec2(0, ui.px(28)));
    Paragraph(ui.fonts.small, ToImVec4(p.text_muted),
              "Includes the SFIA skill \xE2\x80\x9CInfrastructure operations\xE2\x80\x9D (ITOP). "
              "SFIA content \xC2\xA9 SFIA Foundation, sfia-online.org.");
    EndColumn();
  }
  EndPage();
  return action;
}

}  // namespace skillscope::ui
