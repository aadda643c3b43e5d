#include "ui/restore_dialog.h"

#include "core/text/messages.h"
#include "core/text/wording.h"
#include "ui/widgets.h"

namespace skillscope::ui {

RestoreDialogAction DrawRestoreDialog(const UiContext& ui, const RestoreDialogModel& m) {
  RestoreDialogAction action;
  if (!BeginDialog(ui, (Tr(MSG("restore.title")) + "##restore_dialog").c_str(), 600)) return action;
  const Palette& p = ui.palette();
  Paragraph(ui.fonts.strong, ToImVec4(p.text),
            (m.made.empty() ? Quoted(m.source) : Tr(MSG("restore.file_made"), Quoted(m.source), m.made)).c_str());
  if (m.anything) {
    Paragraph(ui.fonts.body, ToImVec4(p.text), Tr(MSG("restore.changes_intro")).c_str());
    for (const std::string& change : m.changes) BulletParagraph(ui.fonts.body, ToImVec4(p.text), change.c_str());
  } else {
    Paragraph(ui.fonts.body, ToImVec4(p.text), Tr(MSG("restore.nothing_to_change")).c_str());
  }
  if (!m.unchanged.empty()) Paragraph(ui.fonts.small, ToImVec4(p.text_muted), m.unchanged.c_str());
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted), Tr(MSG("restore.rest_stays")).c_str());
  ImGui::Spacing();
  if (m.anything && PrimaryButton(ui, (Tr(MSG("restore.restore")) + "##restore_confirm").c_str()))
    action.kind = RestoreDialogAction::Kind::Restore;
  if (Button(ui, ((m.anything ? Tr(MSG("restore.cancel")) : Tr(MSG("restore.close"))) + "##restore_cancel").c_str()))
    action.kind = RestoreDialogAction::Kind::Cancel;
  if (action.kind != RestoreDialogAction::Kind::None) ImGui::CloseCurrentPopup();
  EndDialog();
  return action;
}

}  // namespace skillscope::ui
