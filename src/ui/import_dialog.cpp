#include "ui/import_dialog.h"

#include "core/text/messages.h"
#include "core/text/wording.h"
#include "ui/widgets.h"

namespace skillscope::ui {

ImportDialogAction DrawImportDialog(const UiContext& ui, const ImportDialogModel& m) {
  ImportDialogAction action;
  if (!BeginDialog(ui, (Tr(MSG("import_dialog.title")) + "##import_dialog").c_str(), 560)) return action;
  const Palette& p = ui.palette();
  Paragraph(ui.fonts.strong, ToImVec4(p.text),
            Tr(MSG("import_dialog.profile_from"), Quoted(m.profile_name), m.source).c_str());
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted), m.detail.c_str());
  for (const std::string& note : m.notes) {
    BulletParagraph(ui.fonts.body, ToImVec4(p.text), note.c_str());
  }
  if (!m.replace_name.empty()) {
    Paragraph(ui.fonts.body, ToImVec4(p.text), Tr(MSG("import_dialog.same_profile"), Quoted(m.replace_name)).c_str());
  }
  ImGui::Spacing();
  if (PrimaryButton(ui, (Tr(MSG("import_dialog.import_as_new")) + "##import_new").c_str()))
    action.kind = ImportDialogAction::Kind::ImportAsNew;
  if (!m.replace_name.empty()) {
    if (Button(ui, (Tr(MSG("import_dialog.replace"), Quoted(m.replace_name)) + "##import_replace").c_str()))
      action.kind = ImportDialogAction::Kind::Replace;
  }
  if (Button(ui, (Tr(MSG("import_dialog.cancel")) + "##import_cancel").c_str()))
    action.kind = ImportDialogAction::Kind::Cancel;
  if (action.kind != ImportDialogAction::Kind::None) ImGui::CloseCurrentPopup();
  EndDialog();
  return action;
}

}  // namespace skillscope::ui
