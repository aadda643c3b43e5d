// Sections
//   [SECTION] The words
//   [SECTION] DrawHelpScreen
#include "ui/help_screen.h"

#include <string>

#include "ui/page_tools.h"
#include "ui/semantics.h"
#include "ui/widgets.h"

namespace skillscope::ui {
namespace {

// ---------------------------------------------------------------------------
// [SECTION] The words
// ---------------------------------------------------------------------------
struct Shortcut {
  const char* keys;
  const char* does;
};

constexpr Shortcut kShortcuts[] = {
    {"?", "This help, from any screen"},
    {"Tab, Shift+Tab", "Move between buttons, cards and fields"},
    {"Enter or Space", "Press the focused button or card"},
    {"1 \xE2\x80\x93 9", "Choose that level (skill page, quick mode)"},
    {"Right and Left arrows", "Next and previous skill"},
    {"Enter", "Next skill, when nothing has the focus"},
    {"Ctrl+C", "Copy the focused level card\xE2\x80\x99s statements"},
    {"Esc", "Leave a text field; what you typed stays"},
    {"Alt+Left and Alt+Right", "Back and Forward, like the browser\xE2\x80\x99s buttons"},
};

void Section(const UiContext& ui, const char* heading) {
  ImGui::Dummy(ImVec2(0, ui.px(10)));
  Heading(ui, 2, heading);
}

void Text(const UiContext& ui, const char* text) { Paragraph(ui.fonts.body, ToImVec4(ui.palette().text), text); }

void Point(const UiContext& ui, const char* text) {
  BulletParagraph(ui.fonts.body, ToImVec4(ui.palette().text), text);
}

void DrawShortcuts(const UiContext& ui, float width) {
  const Palette& p = ui.palette();
  // Two columns where they fit; on a phone each shortcut is a line of its own.
  if (width < ui.px(480)) {
    for (const Shortcut& s : kShortcuts) {
      Paragraph(ui.fonts.strong, ToImVec4(p.text), s.keys);
      Paragraph(ui.fonts.body, ToImVec4(p.text_muted), s.does);
    }
    return;
  }
  if (!ImGui::BeginTable("##shortcuts", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_PadOuterX, ImVec2(width, 0))) return;
  ImGui::TableSetupColumn("Keys", ImGuiTableColumnFlags_WidthFixed, ui.px(200));
  ImGui::TableSetupColumn("What they do", ImGuiTableColumnFlags_WidthStretch);
  for (const Shortcut& s : kShortcuts) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    Paragraph(ui.fonts.strong, ToImVec4(p.text), s.keys);
    ImGui::TableNextColumn();
    Paragraph(ui.fonts.body, ToImVec4(p.text), s.does);
  }
  ImGui::EndTable();
}

void DrawStorage(const UiContext& ui, const HelpModel& m, float width, HelpAction& action) {
  const Palette& p = ui.palette();
  for (const std::string& line : m.storage) Paragraph(ui.fonts.body, ToImVec4(p.text), line.c_str());
  ImGui::Spacing();
  // A backup holds everything (profiles, people, frameworks, settings); a restore asks
  // before it changes anything.
  if (Button(ui, "Back up everything##backup_all")) action.kind = HelpAction::Kind::BackUpEverything;
  if (width >= ui.px(480)) ImGui::SameLine();  // on a phone, one under the other
  if (Button(ui, "Restore from a backup\xE2\x80\xA6##restore")) action.kind = HelpAction::Kind::Restore;
  if (!m.can_link_backup) return;  // elsewhere, a reminder suggests a backup after 30 days
  ImGui::Spacing();
  Paragraph(ui.fonts.body, ToImVec4(p.text), m.linked_backup_line.c_str());
  switch (m.linked_backup) {
    case HelpModel::Linked::None:
      if (Button(ui, "Link a backup file\xE2\x80\xA6##link_backup")) action.kind = HelpAction::Kind::LinkBackup;
      return;
    case HelpModel::Linked::Paused:
      if (Button(ui, "Keep writing to it##help_resume_linked_backup"))
        action.kind = HelpAction::Kind::ResumeLinkedBackup;
      if (width >= ui.px(480)) ImGui::SameLine();
      break;
    case HelpModel::Linked::Writable: break;
  }
  if (Button(ui, "Stop writing to it##unlink_backup")) action.kind = HelpAction::Kind::UnlinkBackup;
}

void DrawWords(const UiContext& ui, const HelpModel& m, float width, HelpAction& action) {
  const Palette& p = ui.palette();
  Section(ui, "What skillscope is");
  Text(ui, "skillscope shows where your skills stand and where you want them to go. Choose a skills framework, read "
           "each skill\xE2\x80\x99s level descriptions \xE2\x80\x94 the framework\xE2\x80\x99s own words \xE2\x80\x94 "
           "and say which level describes your work. You get a profile: a radar chart (bars for fewer than three "
           "skills), a table, and the skills with the most room to grow.");

  Section(ui, "Levels, targets and statement mode");
  Point(ui, "A level card holds the framework\xE2\x80\x99s statements for one level. Choose the card that describes "
            "the work you do consistently, not what you did once.");
  Point(ui, "Some skills are not defined at every level of their framework\xE2\x80\x99s scale. Those levels are "
            "named under the cards and cannot be chosen, as your level or as a target.");
  Point(ui, "Your target is the level you want to reach, or the one your role needs. The results show the gap, and "
            "under \xE2\x80\x9CWhere to grow\xE2\x80\x9D the statements of the next level up.");
  Point(ui, "Statement mode: rate each statement Not yet, Partly or Consistently. skillscope suggests the highest "
            "level where more than half of the statements are Consistently and every lower defined level is met. "
            "You decide: your choice is kept, and marked when it differs from the suggestion.");
  Point(ui, "Not applicable says the skill is not part of your work; Skip leaves it for later.");

  Section(ui, "People, compare and the team view");
  Point(ui, "People keeps the profiles others share with you, apart from your own: choose many files at once, drop "
            "them on the page, paste share links, or import a team file. A newer file of the same profile replaces "
            "it and keeps the older answers as a snapshot.");
  Point(ui, "Compare overlays two to five profiles (yours, people\xE2\x80\x99s, or snapshots) on one chart, each with "
            "its own colour, line and marker, and lists them side by side.");
  Point(ui, "The team view shows everyone\xE2\x80\x99s level in each skill, how many hold each level, the median, "
            "coverage at a level you choose, and the skills only one person holds. A role from a framework can be "
            "shown as a benchmark, with the gaps counted.");

  Section(ui, "Where your data lives");
  Text(ui, "Everything stays in this browser, on this device. Nothing is sent anywhere. Clearing this "
           "site\xE2\x80\x99s data in the browser deletes it: \xE2\x80\x9C" "Back up everything\xE2\x80\x9D keeps "
           "a copy as one file, and \xE2\x80\x9CRestore\xE2\x80\x9D brings it back here or to another browser.");
  Point(ui, "To move a profile to another browser or device: \xE2\x80\x9C" "Export\xE2\x80\x9D in the list of "
            "assessments (or \xE2\x80\x9CProfile file (JSON)\xE2\x80\x9D on the results screen) saves a file; "
            "\xE2\x80\x9CImport profile\xE2\x80\xA6\xE2\x80\x9D on the other device reads it.");
  Point(ui, "A share link carries the profile inside the link itself, after the #, which is never sent to a "
            "server. Whoever opens it is asked before anything is imported.");
  Point(ui, "Frameworks you load are kept here too, and travel inside the profile files you export.");
  DrawStorage(ui, m, width, action);
  if (!m.storage_available)
    Paragraph(ui.fonts.strong, ToImVec4(p.danger),
              "This browser does not let skillscope save right now (a private window, or storage turned off): "
              "export what you want to keep before you close the page.");

  Section(ui, "Keyboard");
  DrawShortcuts(ui, width);

  Section(ui, "Credits and licences");
  Point(ui, "The SFIA skill \xE2\x80\x9CInfrastructure operations\xE2\x80\x9D (ITOP) is SFIA content \xC2\xA9 SFIA "
            "Foundation (sfia-online.org), used under the SFIA Foundation\xE2\x80\x99s licence terms.");
  Point(ui, "Every framework\xE2\x80\x99s own credit is shown with it on the start screen and in reports.");
  Point(ui, "Open Sans, by Steve Matteson: Apache License 2.0.");
  Point(ui, "Dear ImGui, by Omar Cornut and contributors: MIT License.");
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
    if (Button(ui, "Back##back")) action.kind = HelpAction::Kind::Back;
    if (DrawPageToolsAtRight(ui, left, width, false) == PageTool::Theme) action.kind = HelpAction::Kind::ToggleTheme;
    ImGui::Dummy(ImVec2(0, ui.px(6)));
    Heading(ui, 1, "Help");
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
