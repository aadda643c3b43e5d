// Sections
//   [SECTION] The header shared by the people screens
//   [SECTION] The list
//   [SECTION] Paste dialog
//   [SECTION] DrawPeopleScreen
#include "ui/people_screen.h"

#include "core/text/messages.h"
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
    FlowNext(ButtonWidth(ui, buttons[i].c_str()), i == 0);  // a phone may need two rows
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
  const std::string& review_label = Tr(row.reviewing ? MSG("people.continue_review") : MSG("people.review"));
  if (Button(ui, (review_label + "##review_person:" + row.id).c_str(), ImVec2(0, ui.px(34)))) {
    action.kind = PeopleAction::Kind::Review;
    action.id = row.id;
  }
  const std::string& remove = Tr(MSG("people.remove"));
  FlowNext(ButtonWidth(ui, remove.c_str()) + ui.px(8), false);
  if (Button(ui, (remove + "##remove_person:" + row.id).c_str(), ImVec2(0, ui.px(34)))) {
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
  if (!BeginDialog(ui, (Tr(MSG("people.paste_title")) + "##paste_people_dialog").c_str(), 640)) return;
  Paragraph(ui.fonts.body, ToImVec4(ui.palette().text), Tr(MSG("people.paste_prompt")).c_str());
  ImGui::InputTextMultiline("##paste_people_text", &state.paste_text, ImVec2(-1, ui.px(200)));
  FixMultilineTabbing();
  if (PrimaryButton(ui, (Tr(MSG("people.paste_import")) + "##paste_people_ok").c_str(), ImVec2(0, 0),
                    !state.paste_text.empty())) {
    action.kind = PeopleAction::Kind::ImportText;
    action.text = state.paste_text;
    state.paste_open = false;
    state.paste_text.clear();
    ImGui::CloseCurrentPopup();
  }
  ImGui::SameLine();
  if (Button(ui, (Tr(MSG("people.paste_cancel")) + "##paste_people_cancel").c_str())) {
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
    switch (DrawPeopleHeader(ui, left, width, {Tr(MSG("people.home")) + "##home"})) {
      case 0: action.kind = PeopleAction::Kind::Home; break;
      case kHelpPressed: action.kind = PeopleAction::Kind::ShowHelp; break;
      case kThemePressed: action.kind = PeopleAction::Kind::ToggleTheme; break;
      default: break;
    }
    Heading(ui, 1, Tr(MSG("people.title")).c_str());
    Paragraph(ui.fonts.body, ToImVec4(p.text_muted), Tr(MSG("people.intro")).c_str());
    Paragraph(ui.fonts.small, ToImVec4(p.text_muted), PrivacyNote().c_str());
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
    if (PrimaryButton(ui, (Tr(MSG("people.import_profiles")) + "##import_people").c_str()))
      action.kind = PeopleAction::Kind::ImportFiles;
    const std::string& paste = Tr(MSG("people.paste_links"));
    FlowNext(ButtonWidth(ui, paste.c_str()) + ui.px(8), false);
    if (Button(ui, (paste + "##paste_people").c_str())) state.paste_open = true;
    if (m.can_compare) {
      const std::string& compare = Tr(MSG("compare.title"));
      FlowNext(ButtonWidth(ui, compare.c_str()) + ui.px(8), false);
      if (Button(ui, (compare + "##open_compare").c_str())) action.kind = PeopleAction::Kind::OpenCompare;
    }
    if (!m.people.empty()) {
      const std::string& team = Tr(MSG("people.team_view"));
      FlowNext(ButtonWidth(ui, team.c_str()) + ui.px(8), false);
      if (Button(ui, (team + "##open_team").c_str())) action.kind = PeopleAction::Kind::OpenTeam;
    }
    ImGui::Dummy(ImVec2(0, ui.px(8)));
    Heading(ui, 2,
            m.people.empty() ? Tr(MSG("people.nobody")).c_str()
                             : TrN(MSG("people.profile_count"), static_cast<long long>(m.people.size())).c_str());
    if (m.people.empty()) Paragraph(ui.fonts.body, ToImVec4(p.text_muted), Tr(MSG("people.how_to_get")).c_str());
    for (const PersonRow& row : m.people) DrawPerson(ui, width, row, action);
    if (!m.review_gaps.empty()) {
      ImGui::Dummy(ImVec2(0, ui.px(8)));
      Heading(ui, 2, Tr(MSG("people.review_gaps")).c_str());
      Paragraph(ui.fonts.body, ToImVec4(p.text_muted),
                TrN(MSG("people.review_gaps_intro"), static_cast<long long>(m.reviewed_people)).c_str());
      for (const ReviewGap& gap : m.review_gaps) {
        Paragraph(ui.fonts.strong, ToImVec4(p.text), gap.skill.c_str());
        NeedGlyphs(gap.skill);
        Paragraph(ui.fonts.body, ToImVec4(gap.above + gap.below > 0 ? p.accent : p.text),
                  Tr(MSG("people.review_gap_counts"), gap.above, gap.below, gap.same).c_str());
      }
    }
    if (!m.people.empty()) {
      ImGui::Dummy(ImVec2(0, ui.px(4)));
      if (Button(ui, (Tr(MSG("people.export_all")) + "##export_people").c_str()))
        action.kind = PeopleAction::Kind::ExportAll;
      Paragraph(ui.fonts.small, ToImVec4(p.text_muted), Tr(MSG("people.export_all_hint")).c_str());
    }
    ImGui::Dummy(ImVec2(0, ui.px(24)));
    EndColumn();
    DrawPasteDialog(ui, state, action);
  }
  EndPage();
  return action;
}

}  // namespace skillscope::ui
