// Sections
//   [SECTION] The header shared by the people screens
//   [SECTION] The list
//   [SECTION] Paste dialog
//   [SECTION] DrawPeopleScreen
#include "ui/people_screen.h"

#include "imgui_stdlib.h"
#include "ui/controls.h"
#include "ui/glyphs.h"
#include "ui/keyboard_nav.h"
#include "ui/notice_view.h"
#include "ui/page_tools.h"
#include "ui/semantics.h"
#include "ui/widgets.h"

namespace skillscope::ui {

// ---------------------------------------------------------------------------
// [SECTION] The header shared by the people screens
// ---------------------------------------------------------------------------
int DrawPeopleHeader(const UiContext& ui, float column_left, float width, const std::vector<std::string>& buttons) {
  int pressed = -1;
  for (std::size_t i = 0; i < buttons.size(); ++i) {
    if (i > 0) ImGui::SameLine();
    if (Button(ui, buttons[i].c_str())) pressed = static_cast<int>(i);
  }
  switch (DrawPageToolsAtRight(ui, column_left, width)) {
    case PageTool::None: break;
    case PageTool::Help: pressed = kHelpPressed; break;
    case PageTool::Theme: pressed = kThemePressed; break;
  }
  ImGui::Dummy(ImVec2(0, ui.px(6)));
  return pressed;
}

namespace {

// ---------------------------------------------------------------------------
// [SECTION] The list
// ---------------------------------------------------------------------------
void DrawPerson(const UiContext& ui, float width, const PersonRow& row, PeopleAction& action) {
  const Palette& p = ui.palette();
  ImGui::PushID(row.id.c_str());
  BeginCard(ui, width, p.surface, p.border);
  Heading(ui, 3, row.person.c_str());
  Paragraph(ui.fonts.body, ToImVec4(p.text), (row.profile_name + " \xC2\xB7 " + row.date).c_str());
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted), (row.frameworks + " \xC2\xB7 " + row.detail).c_str());
  const char* review_label = row.reviewing ? "Continue the review" : "Review this assessment";
  if (Button(ui, (std::string(review_label) + "##review_person:" + row.id).c_str(), ImVec2(0, ui.px(34)))) {
    action.kind = PeopleAction::Kind::Review;
    action.id = row.id;
  }
  FlowNext(ButtonWidth("Remove") + ui.px(8), false);
  if (Button(ui, ("Remove##remove_person:" + row.id).c_str(), ImVec2(0, ui.px(34)))) {
    action.kind = PeopleAction::Kind::Remove;
    action.id = row.id;
  }
  EndCard();
  ImGui::PopID();
}

// ---------------------------------------------------------------------------
// [SECTION] Paste dialog
// ---------------------------------------------------------------------------
void DrawPasteDialog(const UiContext& ui, PeopleScreenState& state, PeopleAction& action) {
  if (!state.paste_open) return;
  if (!BeginDialog(ui, "Paste share links##paste_people_dialog", 640)) return;
  Paragraph(ui.fonts.body, ToImVec4(ui.palette().text),
            "Paste share links, one a line, or the text of a profile or team file:");
  ImGui::InputTextMultiline("##paste_people_text", &state.paste_text, ImVec2(-1, ui.px(200)));
  FixMultilineTabbing();
  if (PrimaryButton(ui, "Import##paste_people_ok", ImVec2(0, 0), !state.paste_text.empty())) {
    action.kind = PeopleAction::Kind::ImportText;
    action.text = state.paste_text;
    state.paste_open = false;
    state.paste_text.clear();
    ImGui::CloseCurrentPopup();
  }
  ImGui::SameLine();
  if (Button(ui, "Cancel##paste_people_cancel")) {
    state.paste_open = false;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

}  // namespace

// ---------------------------------------------------------------------------
// [SECTION] DrawPeopleScreen
// ---------------------------------------------------------------------------
PeopleAction DrawPeopleScreen(const UiContext& ui, const PeopleModel& m, PeopleScreenState& state) {
  PeopleAction action;
  const Palette& p = ui.palette();
  if (BeginPage("##people")) {
    ImGui::Dummy(ImVec2(0, ui.px(8)));
    const float width = BeginColumn(ui, kPageMaxCss);
    const float left = ImGui::GetCursorPosX();
    switch (DrawPeopleHeader(ui, left, width, {"Home##home"})) {
      case 0: action.kind = PeopleAction::Kind::Home; break;
      case kHelpPressed: action.kind = PeopleAction::Kind::ShowHelp; break;
      case kThemePressed: action.kind = PeopleAction::Kind::ToggleTheme; break;
      default: break;
    }
    Heading(ui, 1, "People");
    Paragraph(ui.fonts.body, ToImVec4(p.text_muted),
              "Profiles other people shared with you, kept apart from your own assessments: importing here never "
              "changes yours. Choose many files at once, drop them on this page, or paste share links. A newer file "
              "of a profile already here replaces it and keeps the older answers as a snapshot.");
    Paragraph(ui.fonts.small, ToImVec4(p.text_muted), kPrivacyNote);
    ImGui::Dummy(ImVec2(0, ui.px(6)));
    if (!m.storage_notice.empty()) Paragraph(ui.fonts.strong, ToImVec4(p.danger), m.storage_notice.c_str());
    if (m.notice) {
      const NoticeResult r = DrawNotice(ui, width, *m.notice, state.notice_shown);
      if (r.dismissed) action.kind = PeopleAction::Kind::DismissNotice;
      if (r.pressed) {
        action.kind = PeopleAction::Kind::PressNoticeButton;
        action.button = *r.pressed;
      }
    } else {
      state.notice_shown.clear();
    }
    if (PrimaryButton(ui, "Import profiles\xE2\x80\xA6##import_people")) action.kind = PeopleAction::Kind::ImportFiles;
    FlowNext(ButtonWidth("Paste links\xE2\x80\xA6") + ui.px(8), false);
    if (Button(ui, "Paste links\xE2\x80\xA6##paste_people")) state.paste_open = true;
    if (m.can_compare) {
      FlowNext(ButtonWidth("Compare") + ui.px(8), false);
      if (Button(ui, "Compare##open_compare")) action.kind = PeopleAction::Kind::OpenCompare;
    }
    if (!m.people.empty()) {
      FlowNext(ButtonWidth("Team view") + ui.px(8), false);
      if (Button(ui, "Team view##open_team")) action.kind = PeopleAction::Kind::OpenTeam;
    }
    ImGui::Dummy(ImVec2(0, ui.px(8)));
    Heading(ui, 2,
              m.people.empty() ? "Nobody yet"
                               : (std::to_string(m.people.size()) + (m.people.size() == 1 ? " profile" : " profiles")).c_str());
    if (m.people.empty())
      Paragraph(ui.fonts.body, ToImVec4(p.text_muted),
                "Ask people to export their profile (results screen, \xE2\x80\x9CProfile file (JSON)\xE2\x80\x9D) or to "
                "send a share link, then import the files here.");
    for (const PersonRow& row : m.people) DrawPerson(ui, width, row, action);
    if (!m.review_gaps.empty()) {
      ImGui::Dummy(ImVec2(0, ui.px(8)));
      Heading(ui, 2, "Self-assessment against your reviews");
      Paragraph(ui.fonts.body, ToImVec4(p.text_muted),
                ("Across the " + std::to_string(m.reviewed_people) +
                 " people you reviewed: for each skill, how many rated themselves above your level, below it, "
                 "or the same.").c_str());
      for (const ReviewGap& gap : m.review_gaps) {
        Paragraph(ui.fonts.strong, ToImVec4(p.text), gap.skill.c_str());
        NeedGlyphs(gap.skill);
        Paragraph(ui.fonts.body, ToImVec4(gap.above + gap.below > 0 ? p.accent : p.text),
                  (std::to_string(gap.above) + " above \xC2\xB7 " + std::to_string(gap.below) + " below \xC2\xB7 " +
                   std::to_string(gap.same) + " the same").c_str());
      }
    }
    if (!m.people.empty()) {
      ImGui::Dummy(ImVec2(0, ui.px(4)));
      if (Button(ui, "Export all as one team file##export_people")) action.kind = PeopleAction::Kind::ExportAll;
      Paragraph(ui.fonts.small, ToImVec4(p.text_muted),
                "One file with every profile here and the frameworks they need, to keep or to move to another "
                "browser; import it here again the same way.");
    }
    ImGui::Dummy(ImVec2(0, ui.px(24)));
    EndColumn();
    DrawPasteDialog(ui, state, action);
  }
  EndPage();
  return action;
}

}  // namespace skillscope::ui
