// Sections
//   [SECTION] Their answer
//   [SECTION] The verdict
//   [SECTION] DrawReviewScreen
#include "ui/review_screen.h"

#include "core/text/messages.h"
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
void Field(const UiContext& ui, const std::string& label, const std::string& value) {
  if (value.empty()) return;
  Paragraph(ui.fonts.strong, ToImVec4(ui.palette().text), label.c_str());
  Paragraph(ui.fonts.body, ToImVec4(ui.palette().text), value.c_str());
  NeedGlyphs(value);
}

void DrawTheirAnswer(const UiContext& ui, float width, const ReviewPageModel& m) {
  const Palette& p = ui.palette();
  BeginCard(ui, width, p.surface, p.border);
  Heading(ui, 2, Tr(MSG("review_screen.their_answer"), m.person).c_str());
  Field(ui, Tr(MSG("review_screen.level")), m.their_level);
  Field(ui, Tr(MSG("review_screen.target")), m.their_target);
  Field(ui, Tr(MSG("review_screen.confidence")), m.their_confidence);
  Field(ui, Tr(MSG("review_screen.notes")), m.their_notes);
  if (!m.ticked.empty()) {
    Paragraph(ui.fonts.strong, ToImVec4(p.text), Tr(MSG("review_screen.statements_rated")).c_str());
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
  Heading(ui, 2, Tr(MSG("review_screen.your_review")).c_str());
  const int selected = m.verdict == Verdict::Agree ? 0 : m.verdict == Verdict::Propose ? 1 : 2;
  int clicked = -1;
  {
    SemanticGroup group(Role::RadioGroup, Tr(MSG("review_screen.verdict")));
    clicked = Segmented(
        ui,
        {Tr(MSG("review_screen.agree")) + "##verdict:agree", Tr(MSG("review_screen.propose")) + "##verdict:propose",
         Tr(MSG("review_screen.discuss")) + "##verdict:discuss"},
        selected);
  }
  if (clicked == 0) action.kind = ReviewPageAction::Kind::Agree;
  if (clicked == 2) action.kind = ReviewPageAction::Kind::Discuss;
  if (clicked == 1 && !m.levels.empty()) {
    action.kind = ReviewPageAction::Kind::Propose;
    action.level = m.proposed > 0 ? m.proposed : m.suggested;
  }
  if (m.verdict == Verdict::Propose) {
    Paragraph(ui.fonts.strong, ToImVec4(p.text), Tr(MSG("review_screen.proposed_level")).c_str());
    std::vector<std::string> labels;
    int chosen = -1;
    for (std::size_t i = 0; i < m.levels.size(); ++i) {
      labels.push_back(m.levels[i].label + "##propose:" + std::to_string(m.levels[i].level));
      if (m.levels[i].level == m.proposed) chosen = static_cast<int>(i);
    }
    SemanticGroup group(Role::RadioGroup, Tr(MSG("review_screen.proposed_level")));
    const int level = Segmented(ui, labels, chosen, ui.fonts.body);
    if (level >= 0) {
      action.kind = ReviewPageAction::Kind::Propose;
      action.level = m.levels[static_cast<std::size_t>(level)].level;
    }
  }
  ImGui::Dummy(ImVec2(0, ui.px(4)));
  Paragraph(ui.fonts.strong, ToImVec4(p.text), Tr(MSG("review_screen.comment")).c_str());
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted), Tr(MSG("review_screen.comment_help")).c_str());
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
  DescribeTextField("##review_comment", Tr(MSG("review_screen.comment")), state.comment, true);
  ImGui::PopFont();
  if (changed) {
    action.kind = ReviewPageAction::Kind::SetComment;
    action.text = state.comment;
    state.comment_from = state.comment;
  }
}

void DrawNameFirst(const UiContext& ui, ReviewScreenState& state, ReviewPageAction& action) {
  const Palette& p = ui.palette();
  Paragraph(ui.fonts.body, ToImVec4(p.text), Tr(MSG("review_screen.name_why")).c_str());
  Paragraph(ui.fonts.strong, ToImVec4(p.text), Tr(MSG("review_screen.your_name")).c_str());
  ImGui::PushFont(ui.fonts.body);
  ImGui::SetNextItemWidth(ui.px(320));
  const bool entered = ImGui::InputText("##reviewer_name", &state.name, ImGuiInputTextFlags_EnterReturnsTrue);
  DescribeTextField("##reviewer_name", Tr(MSG("review_screen.your_name")), state.name);
  NeedGlyphs(state.name);
  ImGui::PopFont();
  const bool named = state.name.find_first_not_of(" \t") != std::string::npos;
  const std::string begin = Tr(MSG("review_screen.begin")) + "##begin_review";
  if ((PrimaryButton(ui, begin.c_str(), ImVec2(0, 0), named) || entered) && named) {
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
    switch (DrawPeopleHeader(ui, left, width, {Tr(MSG("review_screen.people")) + "##back_to_people"})) {
      case 0: action.kind = ReviewPageAction::Kind::Back; break;
      case kHelpPressed: action.kind = ReviewPageAction::Kind::ShowHelp; break;
      case kThemePressed: action.kind = ReviewPageAction::Kind::ToggleTheme; break;
      default: break;
    }
    Heading(ui, 1, Tr(MSG("review_screen.title"), m.person).c_str());
    Paragraph(ui.fonts.body, ToImVec4(p.text_muted), m.profile_name.c_str());
    NeedGlyphs(m.person + m.profile_name);
    if (m.reviewer.empty()) {
      DrawNameFirst(ui, state, action);
    } else {
      Paragraph(ui.fonts.small, ToImVec4(p.text_muted),
                Tr(MSG("review_screen.progress_by"), m.progress, m.reviewer).c_str());
      ImGui::Dummy(ImVec2(0, ui.px(4)));
      Heading(ui, 2, m.skill_title.c_str());
      Paragraph(ui.fonts.small, ToImVec4(p.text_muted), m.framework.c_str());
      NeedGlyphs(m.skill_title + m.framework);
      DrawTheirAnswer(ui, width, m);
      ImGui::Dummy(ImVec2(0, ui.px(6)));
      DrawVerdict(ui, width, m, state, action);
      ImGui::Dummy(ImVec2(0, ui.px(8)));
      const std::string previous = Tr(MSG("review_screen.previous")) + "##review_previous";
      const std::string next = Tr(MSG("review_screen.next")) + "##review_next";
      const std::string export_review = Tr(MSG("review_screen.export")) + "##export_review";
      const std::string share = Tr(MSG("review_screen.share_link")) + "##share_review";
      if (Button(ui, previous.c_str()) && m.index > 0) action.kind = ReviewPageAction::Kind::Previous;
      FlowNextButton(ui, next.c_str());
      if (Button(ui, next.c_str()) && m.index + 1 < m.count) action.kind = ReviewPageAction::Kind::Next;
      FlowNextButton(ui, export_review.c_str());
      if (PrimaryButton(ui, export_review.c_str())) action.kind = ReviewPageAction::Kind::Export;
      FlowNextButton(ui, share.c_str());
      if (Button(ui, share.c_str())) action.kind = ReviewPageAction::Kind::ShareLink;
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
