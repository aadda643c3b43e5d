#include "ui/restore_dialog.h"

#include "ui/widgets.h"

namespace skillscope::ui {

RestoreDialogAction DrawRestoreDialog(const UiContext& ui, const RestoreDialogModel& m) {
  RestoreDialogAction action;
  if (!BeginDialog(ui, "Restore from a backup##restore_dialog", 600)) return action;
  const Palette& p = ui.palette();
  Paragraph(ui.fonts.strong, ToImVec4(p.text),
            ("\xE2\x80\x9C" + m.source + "\xE2\x80\x9D" + (m.made.empty() ? "" : ", " + m.made)).c_str());
  if (m.anything) {
    Paragraph(ui.fonts.body, ToImVec4(p.text), "Restoring it here:");
    for (const std::string& change : m.changes) BulletParagraph(ui.fonts.body, ToImVec4(p.text), change.c_str());
  } else {
    Paragraph(ui.fonts.body, ToImVec4(p.text), "Restoring it would change nothing: everything in it is here already.");
  }
  if (!m.unchanged.empty()) Paragraph(ui.fonts.small, ToImVec4(p.text_muted), m.unchanged.c_str());
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted),
            "What is here and not in the backup stays as it is.");
  ImGui::Spacing();
  if (m.anything && PrimaryButton(ui, "Restore##restore_confirm")) action.kind = RestoreDialogAction::Kind::Restore;
  if (Button(ui, (m.anything ? "Cancel##restore_cancel" : "Close##restore_cancel"))) action.kind = RestoreDialogAction::Kind::Cancel;
  if (action.kind != RestoreDialogAction::Kind::None) ImGui::CloseCurrentPopup();
  EndDialog();
  return action;
}

}  // namespace skillscope::ui
