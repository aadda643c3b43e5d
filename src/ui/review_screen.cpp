// Sections
//   [SECTION] Their answer
//   [SECTION] The verdict
//   [SECTION] DrawReviewScreen
#include "ui/review_screen.h"

#include "imgui_stdlib.h"
#include "ui/controls.h"
#include "ui/glyphs.h"
#include "ui/keyboard_nav.h"
#include "ui/people_screen.h"
#include "ui/semantics.h"
#include "ui/widgets.h"

namespace skillscope::ui {
namespace {

// ---------------------------------------------------------------------------
// [SECTION] Their answer
// ---------------------------------------------------------------------------
void Field(const UiContext& ui, const char* label, const std::string& value) {
  if (value.empty()) return;
  Paragraph(ui.fonts.strong, ToImVec4(ui.palette().text), label);
  Paragraph(ui.fonts.body, ToImVec4(ui.palette().text), value.c_str());
  NeedGlyphs(value);
}

void DrawTheirAnswer(const UiContext& ui, float width, const ReviewPageModel& m) {
  const Palette& p = ui.palette();
  BeginCard(ui, width, p.surface, p.border);
  Heading(ui, 2, ("What " + m.person + " answered").c_str());
  Field(ui, "Level", m.their_level);
  Field(ui, "Target", m.their_target);
  Field(ui, "Confidence", m.their_confidence);
  Field(ui, "Evidence and notes", m.their_notes);
  if (!m.ticked.empty()) {
    Paragraph(ui.fonts.strong, ToImVec4(p.text), "Statements rated");
    for (const std::string& t : m.ticked) {
      BulletParagraph(ui.fonts.body, ToImVec4(p.text), t.c_str());
      NeedGlyphs(t);
    }
  }
  EndCard();
}

// ---------------------------------------------------------------------------
// [SECTION] The verdict
// ---------------------------------------------------------------------------
void DrawVerdict(const UiContext& ui, float width, const ReviewPageModel& m, ReviewScreenState& state,
                 ReviewPageAction& action) {
  const Palette& p = ui.palette();
  Heading(ui, 2, "Your review");
  const int selected = m.verdict == Verdict::Agree ? 0 : m.verdict == Verdict::Propose ? 1 : 2;
  int clicked = -1;
  {
    SemanticGroup group(Role::RadioGroup, "Your verdict");
    clicked = Segmented(ui, {"Agree##verdict:agree", "Propose another level##verdict:propose",
                             "Leave for discussion##verdict:discuss"},
                        selected);
  }
  if (clicked == 0) action.kind = ReviewPageAction::Kind::Agree;
  if (clicked == 2) action.kind = ReviewPageAction::Kind::Discuss;
  if (clicked == 1 && !m.levels.empty()) {
    action.kind = ReviewPageAction::Kind::Propose;
    action.level = m.proposed > 0 ? m.proposed : m.suggested;
  }
  if (m.verdict == Verdict::Propose) {
    Paragraph(ui.fonts.strong, ToImVec4(p.text), "The level you propose");
    std::vector<std::string> labels;
    int chosen = -1;
    for (std::size_t i = 0; i < m.levels.size(); ++i) {
      labels.push_back(m.levels[i].label + "##propose:" + std::to_string(m.levels[i].level));
      if (m.levels[i].level == m.proposed) chosen = static_cast<int>(i);
    }
    SemanticGroup group(Role::RadioGroup, "The level you propose");
    const int level = Segmented(ui, labels, chosen, ui.fonts.body);
    if (level >= 0) {
      action.kind = ReviewPageAction::Kind::Propose;
      action.level = m.levels[static_cast<std::size_t>(level)].level;
    }
  }
  ImGui::Dummy(ImVec2(0, ui.px(4)));
  Paragraph(ui.fonts.strong, ToImVec4(p.text), "Comment");
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted), "Why, and what you would like to talk about. Kept exactly as typed.");
  const bool editing = ImGui::GetActiveID() == ImGui::GetID("##review_comment");
  if (state.comment_for != m.index || (m.comment != state.comment_from && !editing)) {
    state.comment = m.comment;
    state.comment_from = m.comment;
    state.comment_for = m.index;
  }
  ImGui::PushFont(ui.fonts.body);
  const bool changed = ImGui::InputTextMultiline("##review_comment", &state.comment, ImVec2(width, ui.px(120)));
  FixMultilineTabbing();
  NeedGlyphs(state.comment);
  DescribeTextField("##review_comment", "Comment", state.comment, true);
  ImGui::PopFont();
  if (changed) {
    action.kind = ReviewPageAction::Kind::SetComment;
    action.text = state.comment;
    state.comment_from = state.comment;
  }
}

void DrawNameFirst(const UiContext& ui, ReviewScreenState& state, ReviewPageAction& action) {
  const Palette& p = ui.palette();
  Paragraph(ui.fonts.body, ToImVec4(p.text),
            "Your name goes into the review, so that the person knows who it is from.");
  Paragraph(ui.fonts.strong, ToImVec4(p.text), "Your name");
  ImGui::PushFont(ui.fonts.body);
  ImGui::SetNextItemWidth(ui.px(320));
  const bool entered = ImGui::InputText("##reviewer_name", &state.name, ImGuiInputTextFlags_EnterReturnsTrue);
  DescribeTextField("##reviewer_name", "Your name", state.name);
  NeedGlyphs(state.name);
  ImGui::PopFont();
  const bool named = state.name.find_first_not_of(" \t") != std::string::npos;
  if ((PrimaryButton(ui, "Begin the review##begin_review", ImVec2(0, 0), named) || entered) && named) {
    action.kind = ReviewPageAction::Kind::SetReviewer;
    action.text = state.name;
  }
}

}  // namespace

// ---------------------------------------------------------------------------
// [SECTION] DrawReviewScreen
// ---------------------------------------------------------------------------
ReviewPageAction DrawReviewScreen(const UiContext& ui, const ReviewPageModel& m, ReviewScreenState& state) {
  ReviewPageAction action;
  const Palette& p = ui.palette();
  if (BeginPage("##review")) {
    ImGui::Dummy(ImVec2(0, ui.px(8)));
    const float width = BeginColumn(ui, kPageMaxCss);
    const float left = ImGui::GetCursorPosX();
    switch (DrawPeopleHeader(ui, left, width, {"People##back_to_people"})) {
      case 0: action.kind = ReviewPageAction::Kind::Back; break;
      case kHelpPressed: action.kind = ReviewPageAction::Kind::ShowHelp; break;
      case kThemePressed: action.kind = ReviewPageAction::Kind::ToggleTheme; break;
      default: break;
    }
    Heading(ui, 1, ("Reviewing " + m.person).c_str());
    Paragraph(ui.fonts.body, ToImVec4(p.text_muted), m.profile_name.c_str());
    NeedGlyphs(m.person + m.profile_name);
    if (m.reviewer.empty()) {
      DrawNameFirst(ui, state, action);
    } else {
      Paragraph(ui.fonts.small, ToImVec4(p.text_muted), (m.progress + " \xC2\xB7 by " + m.reviewer).c_str());
      ImGui::Dummy(ImVec2(0, ui.px(4)));
      Heading(ui, 2, m.skill_title.c_str());
      Paragraph(ui.fonts.small, ToImVec4(p.text_muted), m.framework.c_str());
      NeedGlyphs(m.skill_title + m.framework);
      DrawTheirAnswer(ui, width, m);
      ImGui::Dummy(ImVec2(0, ui.px(6)));
      DrawVerdict(ui, width, m, state, action);
      ImGui::Dummy(ImVec2(0, ui.px(8)));
      if (Button(ui, "Previous skill##review_previous") && m.index > 0) action.kind = ReviewPageAction::Kind::Previous;
      FlowNext(ButtonWidth("Next skill") + ui.px(8), false);
      if (Button(ui, "Next skill##review_next") && m.index + 1 < m.count) action.kind = ReviewPageAction::Kind::Next;
      FlowNext(ButtonWidth("Export the review\xE2\x80\xA6") + ui.px(8), false);
      if (PrimaryButton(ui, "Export the review##export_review")) action.kind = ReviewPageAction::Kind::Export;
      FlowNext(ButtonWidth("Copy a share link") + ui.px(8), false);
      if (Button(ui, "Copy a share link##share_review")) action.kind = ReviewPageAction::Kind::ShareLink;
      if (!m.share_message.empty()) Paragraph(ui.fonts.small, ToImVec4(p.text), m.share_message.c_str());
      Paragraph(ui.fonts.small, ToImVec4(p.text_muted), m.saved_note.c_str());
    }
    ImGui::Dummy(ImVec2(0, ui.px(24)));
    EndColumn();
  }
  EndPage();
  return action;
}

}  // namespace skillscope::ui
