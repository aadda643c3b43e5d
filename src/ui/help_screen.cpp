// Sections
//   [SECTION] The words
//   [SECTION] DrawHelpScreen
#include "ui/help_screen.h"

#include <algorithm>
#include <string>

#include "core/text/messages.h"
#include "ui/language_picker.h"
#include "ui/page_tools.h"
#include "ui/semantics.h"
#include "ui/widgets.h"

namespace skillscope::ui {
namespace {

// ---------------------------------------------------------------------------
// [SECTION] The words
// ---------------------------------------------------------------------------
struct Shortcut {
  MessageKey keys;
  MessageKey does;
};

constexpr Shortcut kShortcuts[] = {
    {MSG("help.shortcut.help_keys"), MSG("help.shortcut.help")},
    {MSG("help.shortcut.move_keys"), MSG("help.shortcut.move")},
    {MSG("help.shortcut.press_keys"), MSG("help.shortcut.press")},
    {MSG("help.shortcut.level_keys"), MSG("help.shortcut.level")},
    {MSG("help.shortcut.turn_keys"), MSG("help.shortcut.turn")},
    {MSG("help.shortcut.enter_keys"), MSG("help.shortcut.enter")},
    {MSG("help.shortcut.copy_keys"), MSG("help.shortcut.copy")},
    {MSG("help.shortcut.esc_keys"), MSG("help.shortcut.esc")},
    {MSG("help.shortcut.history_keys"), MSG("help.shortcut.history")},
};

void Section(const UiContext& ui, MessageKey heading) {
  ImGui::Dummy(ImVec2(0, ui.px(10)));
  Heading(ui, 2, Tr(heading).c_str());
}

void Text(const UiContext& ui, MessageKey text) {
  Paragraph(ui.fonts.body, ToImVec4(ui.palette().text), Tr(text).c_str());
}

void Point(const UiContext& ui, MessageKey text) {
  BulletParagraph(ui.fonts.body, ToImVec4(ui.palette().text), Tr(text).c_str());
}

void DrawShortcuts(const UiContext& ui, float width) {
  const Palette& p = ui.palette();
  // Two columns where they fit; on a phone each shortcut is a line of its own.
  if (width < ui.px(480)) {
    for (const Shortcut& s : kShortcuts) {
      Paragraph(ui.fonts.strong, ToImVec4(p.text), Tr(s.keys).c_str());
      Paragraph(ui.fonts.body, ToImVec4(p.text_muted), Tr(s.does).c_str());
    }
    return;
  }
  // The keys column as wide as its longest line (key names are longer in some
  // languages), up to half the table; a longer one wraps.
  ImGui::PushFont(ui.fonts.strong);
  float keys_w = ui.px(200);
  for (const Shortcut& s : kShortcuts)
    keys_w = std::max(keys_w, ImGui::CalcTextSize(Tr(s.keys).c_str()).x + ui.px(16));
  ImGui::PopFont();
  keys_w = std::min(keys_w, width * 0.5f);
  if (!ImGui::BeginTable("##shortcuts", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_PadOuterX, ImVec2(width, 0))) return;
  ImGui::TableSetupColumn("Keys", ImGuiTableColumnFlags_WidthFixed, keys_w);
  ImGui::TableSetupColumn("What they do", ImGuiTableColumnFlags_WidthStretch);
  for (const Shortcut& s : kShortcuts) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    Paragraph(ui.fonts.strong, ToImVec4(p.text), Tr(s.keys).c_str());
    ImGui::TableNextColumn();
    Paragraph(ui.fonts.body, ToImVec4(p.text), Tr(s.does).c_str());
  }
  ImGui::EndTable();
}

void DrawStorage(const UiContext& ui, const HelpModel& m, float width, HelpAction& action) {
  const Palette& p = ui.palette();
  for (const std::string& line : m.storage) Paragraph(ui.fonts.body, ToImVec4(p.text), line.c_str());
  ImGui::Spacing();
  // A backup holds everything (profiles, people, frameworks, settings); a restore asks
  // before it changes anything.
  if (Button(ui, (Tr(MSG("help.back_up_everything")) + "##backup_all").c_str()))
    action.kind = HelpAction::Kind::BackUpEverything;
  if (width >= ui.px(480)) ImGui::SameLine();  // on a phone, one under the other
  if (Button(ui, (Tr(MSG("help.restore")) + "##restore").c_str())) action.kind = HelpAction::Kind::Restore;
  if (!m.can_link_backup) return;  // elsewhere, a reminder suggests a backup after 30 days
  ImGui::Spacing();
  Paragraph(ui.fonts.body, ToImVec4(p.text), m.linked_backup_line.c_str());
  switch (m.linked_backup) {
    case HelpModel::Linked::None:
      if (Button(ui, (Tr(MSG("help.link_backup")) + "##link_backup").c_str()))
        action.kind = HelpAction::Kind::LinkBackup;
      return;
    case HelpModel::Linked::Paused:
      if (Button(ui, (Tr(MSG("help.resume_linked_backup")) + "##help_resume_linked_backup").c_str()))
        action.kind = HelpAction::Kind::ResumeLinkedBackup;
      if (width >= ui.px(480)) ImGui::SameLine();
      break;
    case HelpModel::Linked::Writable: break;
  }
  if (Button(ui, (Tr(MSG("help.unlink_backup")) + "##unlink_backup").c_str()))
    action.kind = HelpAction::Kind::UnlinkBackup;
}

void DrawWords(const UiContext& ui, const HelpModel& m, float width, HelpAction& action) {
  const Palette& p = ui.palette();
  Section(ui, MSG("help.about.heading"));
  Text(ui, MSG("help.about.text"));

  Section(ui, MSG("help.levels.heading"));
  Point(ui, MSG("help.levels.cards"));
  Point(ui, MSG("help.levels.undefined"));
  Point(ui, MSG("help.levels.target"));
  Point(ui, MSG("help.levels.statements"));
  Point(ui, MSG("help.levels.other_answers"));

  Section(ui, MSG("help.people.heading"));
  Point(ui, MSG("help.people.people"));
  Point(ui, MSG("help.people.compare"));
  Point(ui, MSG("help.people.team"));

  Section(ui, MSG("help.data.heading"));
  Text(ui, MSG("help.data.browser"));
  Point(ui, MSG("help.data.move"));
  Point(ui, MSG("help.data.share_link"));
  Point(ui, MSG("help.data.frameworks"));
  DrawStorage(ui, m, width, action);
  if (!m.storage_available)
    Paragraph(ui.fonts.strong, ToImVec4(p.danger), Tr(MSG("help.data.cannot_save")).c_str());

  Section(ui, MSG("help.keyboard.heading"));
  DrawShortcuts(ui, width);

  Section(ui, MSG("help.credits.heading"));
  Point(ui, MSG("help.credits.sfia"));
  Point(ui, MSG("help.credits.frameworks"));
  Point(ui, MSG("help.credits.open_sans"));
  Point(ui, MSG("help.credits.imgui"));
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted), ("skillscope " + m.version).c_str());
}

}  // namespace

// ---------------------------------------------------------------------------
// [SECTION] DrawHelpScreen
// ---------------------------------------------------------------------------
HelpAction DrawHelpScreen(const UiContext& ui, const HelpModel& m) {
  HelpAction action;
  if (BeginPage("##help")) {
    ImGui::Dummy(ImVec2(0, ui.px(8)));
    const float width = BeginColumn(ui, kPageMaxCss);
    SemanticGroup main(Role::Main);
    const float left = ImGui::GetCursorPosX();
    if (Button(ui, (Tr(MSG("help.back")) + "##back").c_str())) action.kind = HelpAction::Kind::Back;
    if (DrawPageToolsAtRight(ui, left, width, false) == PageTool::Theme) action.kind = HelpAction::Kind::ToggleTheme;
    ImGui::Dummy(ImVec2(0, ui.px(6)));
    Heading(ui, 1, Tr(MSG("help.title")).c_str());
    // First, where someone who cannot read the language in use looks for another.
    if (auto language = LanguagePicker(ui, m.language)) {
      action.kind = HelpAction::Kind::ChooseLanguage;
      action.language = *language;
    }
    DrawWords(ui, m, width, action);
    ImGui::Dummy(ImVec2(0, ui.px(24)));
    EndColumn();
    // Esc leaves help, as it would close a dialog.
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false) && !ImGui::GetIO().WantTextInput)
      action.kind = HelpAction::Kind::Back;
  }
  EndPage();
  return action;
}

}  // namespace skillscope::ui
