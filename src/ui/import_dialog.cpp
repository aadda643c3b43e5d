#include "ui/import_dialog.h"

#include "ui/widgets.h"

namespace skillscope::ui {

ImportDialogAction DrawImportDialog(const UiContext& ui, const ImportDialogModel& m) {
  ImportDialogAction action;
  if (!BeginDialog(ui, "Import a profile##import_dialog", 560)) return action;
  const Palette& p = ui.palette();
  Paragraph(ui.fonts.strong, ToImVec4(p.text), ("\xE2\x80\x9C" + m.profile_name + "\xE2\x80\x9D from " + m.source).c_str());
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted), m.detail.c_str());
  for (const std::string& note : m.notes) {
    BulletParagraph(ui.fonts.body, ToImVec4(p.text), note.c_str());
  }
  if (!m.replace_name.empty()) {
    Paragraph(ui.fonts.body, ToImVec4(p.text),
              ("You already have \xE2\x80\x9C" + m.replace_name + "\xE2\x80\x9D, the same profile. Replacing it keeps its "
               "current answers as a snapshot, so nothing is lost.").c_str());
  }
  ImGui::Spacing();
  if (PrimaryButton(ui, "Import as a new profile##import_new")) action.kind = ImportDialogAction::Kind::ImportAsNew;
  if (!m.replace_name.empty()) {
    if (Button(ui, ("Replace \xE2\x80\x9C" + m.replace_name + "\xE2\x80\x9D##import_replace").c_str()))
      action.kind = ImportDialogAction::Kind::Replace;
  }
  if (Button(ui, "Cancel##import_cancel")) action.kind = ImportDialogAction::Kind::Cancel;
  if (action.kind != ImportDialogAction::Kind::None) ImGui::CloseCurrentPopup();
  EndDialog();
  return action;
}

}  // namespace skillscope::ui
