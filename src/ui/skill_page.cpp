// Sections
//   [SECTION] Layout helpers
//   [SECTION] Top and bottom bars
//   [SECTION] The skill: header, description, guidance
//   [SECTION] Quick mode: level cards
//   [SECTION] Statement mode: ratings and the suggestion
//   [SECTION] Target, confidence, notes
//   [SECTION] Keyboard shortcuts
//   [SECTION] DrawSkillPage
#include "ui/skill_page.h"

#include <algorithm>
#include <utility>

#include "core/text/messages.h"
#include "core/text/wording.h"
#include "imgui_internal.h"
#include "imgui_stdlib.h"
#include "ui/card_grid.h"
#include "ui/skill_list.h"
#include "ui/controls.h"
#include "ui/glyphs.h"
#include "ui/keyboard_nav.h"
#include "ui/page_tools.h"
#include "ui/semantics.h"
#include "ui/widget_registry.h"
#include "ui/widgets.h"

namespace skillscope::ui {
namespace {

// ---------------------------------------------------------------------------
// [SECTION] Layout helpers
// ---------------------------------------------------------------------------
constexpr float kWideLayoutCss = 900;   // side list beside the page from here up
constexpr float kSideListCss = 300;
constexpr float kContentMaxCss = 1200;  // cards may spread this wide...
constexpr float kReadableCss = 760;     // ...but running text wraps here
constexpr float kFrameMaxCss = 1560;    // bars, list and page together, centred beyond this

// A thin line across the frame between the bars and the scrolling page.
void Rule(const UiContext& ui, float left_local, float width) {
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const float x = ImGui::GetWindowPos().x + left_local;
  ImGui::GetWindowDrawList()->AddLine(ImVec2(x, at.y), ImVec2(x + width, at.y), ToU32(ui.palette().border),
                                      ui.px(1));
  ImGui::Dummy(ImVec2(0, ui.px(1)));
}

// Wraps at the column edge or at a readable line length, whichever comes first.
void PushReadableWrap(const UiContext& ui) {
  const ImGuiWindow* w = ImGui::GetCurrentWindowRead();
  const float column_right = w->DC.TextWrapPos;
  const float readable_right = ImGui::GetCursorPosX() + ui.px(kReadableCss);
  ImGui::PushTextWrapPos(column_right > 0 ? std::min(column_right, readable_right) : readable_right);
}

void ReadableParagraph(const UiContext& ui, ImFont* font, const ImVec4& color, const char* text) {
  PushReadableWrap(ui);
  Paragraph(font, color, text);
  ImGui::PopTextWrapPos();
}

void SectionHeading(const UiContext& ui, const char* text) {
  ImGui::Dummy(ImVec2(0, ui.px(6)));
  Heading(ui, 2, text);
}

// ---------------------------------------------------------------------------
// [SECTION] Top and bottom bars
// ---------------------------------------------------------------------------
void DrawProgress(const UiContext& ui, const SkillPageModel& m, float width) {
  const Palette& p = ui.palette();
  ImGui::BeginGroup();
  Paragraph(ui.fonts.small, ToImVec4(p.text), m.progress_text.c_str());
  const float fraction = m.count > 0 ? static_cast<float>(m.answered) / static_cast<float>(m.count) : 0.0f;
  ImGui::PushStyleColor(ImGuiCol_FrameBg, ToImVec4(p.border));
  ImGui::PushStyleColor(ImGuiCol_PlotHistogram, ToImVec4(p.success));
  ImGui::ProgressBar(fraction, ImVec2(width, ui.px(6)), "");
  RecordProgress(Tr(MSG("skill_page.progress_name")).c_str(), static_cast<int>(m.answered), m.count, m.progress_text);
  ImGui::PopStyleColor(2);
  ImGui::EndGroup();
}

// Home, progress, theme. On a phone the progress gets its own row under the buttons.
void DrawTopBar(const UiContext& ui, const SkillPageModel& m, float frame_w, SkillPageAction& action) {
  ImGui::PushFont(ui.fonts.strong);
  const float home_w = ButtonWidth("skillscope");
  ImGui::PopFont();
  const float tools_w = PageToolsWidth(ui);
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float middle = frame_w - home_w - tools_w - 4 * gap;
  // Inside the frame's group SameLine positions count from the group's left edge.
  if (Button(ui, "skillscope##home")) action.kind = SkillPageAction::Kind::Home;
  auto tools = [&] {
    ImGui::SameLine(frame_w - tools_w);
    switch (DrawPageTools(ui)) {
      case PageTool::None: break;
      case PageTool::Help: action.kind = SkillPageAction::Kind::ShowHelp; break;
      case PageTool::Theme: action.kind = SkillPageAction::Kind::ToggleTheme; break;
    }
  };
  if (middle >= ui.px(220)) {
    ImGui::SameLine(0, 2 * gap);
    DrawProgress(ui, m, middle);
    tools();
  } else {
    tools();
    DrawProgress(ui, m, frame_w);
  }
}

// Back, where we are, Next/Finish: one row, vertically centred, equal button widths.
void DrawBottomBar(const UiContext& ui, const SkillPageModel& m, float frame_w, SkillPageAction& action) {
  const bool first = m.index == 0;
  const bool last = m.index + 1 >= m.count;
  const std::string back = Tr(MSG("skill_page.back")) + "##back";
  const std::string forward = last ? Tr(MSG("skill_page.finish")) + "##finish" : Tr(MSG("skill_page.next")) + "##next";
  // Equal widths, at least as wide as the longer label needs.
  const float button_w = std::max({ui.px(120), ButtonWidth(ui, back.c_str()), ButtonWidth(ui, forward.c_str())});
  const float button_h = ui.px(44);
  const float x0 = ImGui::GetCursorPosX(), y0 = ImGui::GetCursorPosY();
  if (first) ImGui::BeginDisabled();
  if (Button(ui, back.c_str(), ImVec2(button_w, button_h))) action.kind = SkillPageAction::Kind::Back;
  if (first) ImGui::EndDisabled();

  const std::string long_where = Tr(MSG("skill_page.position"), m.index + 1, m.count);
  const std::string short_where = FormatInteger(m.index + 1) + "/" + FormatInteger(m.count);
  ImGui::PushFont(ui.fonts.small);
  const float room = frame_w - 2 * button_w;
  const std::string& where = ImGui::CalcTextSize(long_where.c_str()).x + ui.px(16) <= room ? long_where : short_where;
  const ImVec2 where_size = ImGui::CalcTextSize(where.c_str());
  ImGui::SetCursorPos(ImVec2(x0 + (frame_w - where_size.x) * 0.5f, y0 + (button_h - where_size.y) * 0.5f));
  ImGui::TextUnformatted(where.c_str());
  RecordText(where.c_str(), ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  ImGui::PopFont();

  ImGui::SetCursorPos(ImVec2(x0 + frame_w - button_w, y0));
  if (PrimaryButton(ui, forward.c_str(), ImVec2(button_w, button_h)))
    action.kind = last ? SkillPageAction::Kind::Finish : SkillPageAction::Kind::Next;
}

// ---------------------------------------------------------------------------
// [SECTION] The skill: header, description, guidance
// ---------------------------------------------------------------------------
void DrawSkillHeader(const UiContext& ui, const SkillPageModel& m) {
  const Palette& p = ui.palette();
  const Skill& s = *m.skill;
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted), m.framework->title.c_str());
  Heading(ui, 1, (s.code + " \xC2\xB7 " + s.name).c_str());
  if (!s.category.empty()) {
    std::string path;
    for (const std::string& c : s.category) path += (path.empty() ? "" : " \xE2\x80\xBA ") + c;
    Paragraph(ui.fonts.small, ToImVec4(p.text_muted), path.c_str());
  }
  if (!s.description.empty()) {
    ImGui::Spacing();
    ReadableParagraph(ui, ui.fonts.body, ToImVec4(p.text), s.description.c_str());
  }
  if (s.guidance.empty() && s.activities.empty()) return;
  ImGui::Spacing();
  ImGui::PushFont(ui.fonts.strong);
  const std::string guidance = Tr(MSG("skill_page.guidance")) + "##guidance";
  const bool open = ImGui::TreeNodeEx(guidance.c_str(), ImGuiTreeNodeFlags_SpanAvailWidth);
  DescribeDisclosure(guidance.c_str(), open);
  ImGui::PopFont();
  if (!open) return;
  // Guidance is running text: kept to a readable line length.
  PushReadableWrap(ui);
  for (const std::string& para : s.guidance) Paragraph(ui.fonts.body, ToImVec4(p.text), para.c_str());
  if (!s.activities_intro.empty()) Paragraph(ui.fonts.strong, ToImVec4(p.text), s.activities_intro.c_str());
  for (const std::string& a : s.activities) BulletParagraph(ui.fonts.body, ToImVec4(p.text), a.c_str());
  ImGui::PopTextWrapPos();
  ImGui::TreePop();
}

void DrawModeSwitch(const UiContext& ui, const Answer& a, SkillPageAction& action) {
  const std::string& question = Tr(MSG("skill_page.mode_question"));
  SectionHeading(ui, question.c_str());
  SemanticGroup group(Role::RadioGroup, question);
  const int clicked = Segmented(ui,
                                {Tr(MSG("skill_page.mode_quick")) + "##mode:quick",
                                 Tr(MSG("skill_page.mode_statements")) + "##mode:statements"},
                                a.mode == AnswerMode::Quick ? 0 : 1);
  if (clicked >= 0) {
    action.kind = SkillPageAction::Kind::SetMode;
    action.mode = clicked == 0 ? AnswerMode::Quick : AnswerMode::Statements;
  }
}

// ---------------------------------------------------------------------------
// [SECTION] Quick mode: level cards
// ---------------------------------------------------------------------------
// `ratings`: the level's ratings, if any. A statement rated "consistently" (ticked in
// the development plan, or in statement mode) says so under it: the plan's ticks show
// in quick mode too.
void DrawStatementsList(const UiContext& ui, const std::vector<std::string>& statements,
                        const std::vector<Rating>* ratings = nullptr) {
  const Palette& p = ui.palette();
  for (std::size_t i = 0; i < statements.size(); ++i) {
    BulletParagraph(ui.fonts.body, ToImVec4(p.text), statements[i].c_str());
    if (ratings && i < ratings->size() && (*ratings)[i] == Rating::Consistently)
      Paragraph(ui.fonts.small, ToImVec4(p.success), Tr(MSG("skill_page.statement_done")).c_str());
  }
}

// People paste a level's descriptors into review documents: a small Copy button on
// each card (it takes the click before the card itself).
void DrawCopyButton(const UiContext& ui, int level, int copied_level, const std::string& level_label,
                    SkillPageAction& action) {
  ImGui::PushFont(ui.fonts.small);
  const bool copied = level == copied_level;
  const std::string label =
      (copied ? Tr(MSG("skill_page.copied")) : Tr(MSG("skill_page.copy"))) + "##copy:" + std::to_string(level);
  if (ImGui::Button(label.c_str(), ImVec2(0, ui.px(30)))) {
    action.kind = SkillPageAction::Kind::CopyLevel;
    action.level = level;
  }
  ItemState state;
  // One per card: say which.
  state.name = copied ? Tr(MSG("skill_page.copied_level"), level_label) : Tr(MSG("skill_page.copy_level"), level_label);
  DescribeItem(label.c_str(), Role::Button, state);
  if (copied) {  // said once, when the button turns to "Copied"
    SetNextTextLive(Live::Polite);
    RecordAlternativeText(Tr(MSG("skill_page.level_copied"), level_label).c_str(), ImGui::GetItemRectMin(),
                          ImGui::GetItemRectMax(), Role::Paragraph);
  }
  ImGui::PopFont();
}

// Ctrl+C (Cmd+C) while a level card has the keyboard focus copies its descriptors.
void CopyFocusedCard(int level, SkillPageAction& action) {
  const ImGuiIO& io = ImGui::GetIO();
  if (!ImGui::IsItemFocused() || !(io.KeyCtrl || io.KeySuper) || !KeyPressedOnce(ImGuiKey_C)) return;
  action.kind = SkillPageAction::Kind::CopyLevel;
  action.level = level;
}

// header: a heading, or Role::None on a clickable card (the card is named after it).
void DrawCardHeader(const UiContext& ui, const Scale& scale, int level, const Answer& a, Role header) {
  const Palette& p = ui.palette();
  SetNextTextRole(header, 3);
  Paragraph(ui.fonts.strong, ToImVec4(p.text), LevelLabel(scale, level).c_str());
  std::string tags;
  if (a.kind == AnswerKind::Level && a.level == level)
    tags += a.overridden ? Tr(MSG("skill_page.your_level_overridden")) : Tr(MSG("skill_page.your_level"));
  if (a.target == level) tags += (tags.empty() ? "" : " \xC2\xB7 ") + Tr(MSG("skill_page.your_target"));
  if (!tags.empty()) Paragraph(ui.fonts.small, ToImVec4(p.accent), tags.c_str());
}

// Levels of the scale where the skill has no statements, said in one line
// ("Levels 6–7 are not defined for this skill.") rather than as empty cards.
void DrawUndefinedLevels(const UiContext& ui, const Scale& scale, const Skill& skill) {
  std::vector<std::pair<int, int>> runs;
  for (const ScaleLevel& l : scale.levels) {
    if (skill.DefinedAt(l.number)) continue;
    if (!runs.empty() && runs.back().second + 1 == l.number) runs.back().second = l.number;
    else runs.emplace_back(l.number, l.number);
  }
  if (runs.empty()) return;
  std::string levels;
  int count = 0;
  for (const auto& [a, b] : runs) {
    if (!levels.empty()) levels += ", ";
    levels += a == b ? std::to_string(a) : std::to_string(a) + "\xE2\x80\x93" + std::to_string(b);
    count += b - a + 1;
  }
  Paragraph(ui.fonts.small, ToImVec4(ui.palette().text_muted),
            TrN(MSG("skill_page.undefined_levels"), count, levels).c_str());
}

std::vector<int> DefinedLevels(const Skill& skill) {
  std::vector<int> out;
  for (const auto& entry : skill.statements) out.push_back(entry.first);
  return out;
}

void DrawQuickLevels(const UiContext& ui, const SkillPageModel& m, float width, SkillPageAction& action) {
  const Palette& p = ui.palette();
  const Skill& s = *m.skill;
  const Answer& a = *m.answer;
  const Scale& scale = m.framework->scale;
  const std::string& question = Tr(MSG("skill_page.levels_question"));
  SectionHeading(ui, question.c_str());
  // Number keys only where there is room for a keyboard, and a digit per level.
  const bool keys = scale.Highest() <= 9 && width >= ui.px(600);
  ReadableParagraph(ui, ui.fonts.small, ToImVec4(p.text_muted),
                    Tr(keys ? MSG("skill_page.levels_hint_keys") : MSG("skill_page.levels_hint")).c_str());

  const std::vector<int> levels = DefinedLevels(s);
  {
    SemanticGroup group(Role::RadioGroup, question);
    CardGrid grid(ui, ("##levels:" + s.code).c_str(), width, static_cast<int>(levels.size()), 300, 3);
    for (int i = 0; i < static_cast<int>(levels.size()); ++i) {
      const int level = levels[i];
      grid.BeginCell(i);
      DrawCardHeader(ui, scale, level, a, Role::None);
      const auto rated = a.ratings.find(level);
      DrawStatementsList(ui, s.statements.at(level), rated == a.ratings.end() ? nullptr : &rated->second);
      DrawCopyButton(ui, level, m.copied_level, LevelLabel(scale, level), action);
      CardLook look;
      look.clickable = true;
      look.selected = a.kind == AnswerKind::Level && a.level == level;
      const std::string label = LevelLabel(scale, level) + "##level:" + std::to_string(level);
      look.label = label.c_str();
      if (grid.EndCell(look)) {
        action.kind = SkillPageAction::Kind::ChooseLevel;
        action.level = level;
      }
      CopyFocusedCard(level, action);
    }
  }
  DrawUndefinedLevels(ui, scale, s);
}

void DrawOtherAnswers(const UiContext& ui, const Answer& a, SkillPageAction& action) {
  ImGui::Dummy(ImVec2(0, ui.px(4)));
  SemanticGroup group(Role::ToggleGroup, Tr(MSG("skill_page.other_answers")));
  const int choice = Segmented(ui,
                               {Tr(MSG("skill_page.not_applicable")) + "##not_applicable",
                                Tr(MSG("skill_page.skip")) + "##skip"},
                               a.kind == AnswerKind::NotApplicable ? 0 : a.kind == AnswerKind::Skipped ? 1 : -1);
  if (choice == 0) action.kind = SkillPageAction::Kind::NotApplicable;
  if (choice == 1) action.kind = SkillPageAction::Kind::Skip;
  if (a.kind != AnswerKind::Unanswered) {
    const std::string clear = Tr(MSG("skill_page.clear_answer")) + "##clear_answer";
    FlowNextButton(ui, clear.c_str());  // beside the choices, or under them on a phone
    if (Button(ui, clear.c_str(), ImVec2(0, ui.px(36)))) action.kind = SkillPageAction::Kind::ClearAnswer;
  }
}

// ---------------------------------------------------------------------------
// [SECTION] Statement mode: ratings and the suggestion
// ---------------------------------------------------------------------------
Rating RatingAt(const Answer& a, int level, std::size_t i) {
  const auto it = a.ratings.find(level);
  if (it == a.ratings.end() || i >= it->second.size()) return Rating::Unrated;
  return it->second[i];
}

void DrawRatedStatements(const UiContext& ui, int level, const std::vector<std::string>& statements, const Answer& a,
                         SkillPageAction& action) {
  const Palette& p = ui.palette();
  for (std::size_t i = 0; i < statements.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    Paragraph(ui.fonts.body, ToImVec4(p.text), statements[i].c_str());
    const Rating r = RatingAt(a, level, i);
    const std::string id = ":" + std::to_string(level) + ":" + std::to_string(i);
    const int selected = r == Rating::NotYet ? 0 : r == Rating::Partly ? 1 : r == Rating::Consistently ? 2 : -1;
    SemanticGroup group(Role::RadioGroup, statements[i]);
    const int clicked = Segmented(ui,
                                  {Tr(MSG("skill_page.rating.not_yet")) + "##rate_notyet" + id,
                                   Tr(MSG("skill_page.rating.partly")) + "##rate_partly" + id,
                                   Tr(MSG("skill_page.rating.consistently")) + "##rate_consistently" + id},
                                  selected, ui.fonts.small, 32);
    if (clicked >= 0) {
      action.kind = SkillPageAction::Kind::Rate;
      action.level = level;
      action.statement = i;
      action.rating = clicked == 0 ? Rating::NotYet : clicked == 1 ? Rating::Partly : Rating::Consistently;
    }
    ImGui::Dummy(ImVec2(0, ui.px(4)));
    ImGui::PopID();
  }
}

void DrawSuggestion(const UiContext& ui, const SkillPageModel& m, float width, SkillPageAction& action) {
  const Palette& p = ui.palette();
  const Answer& a = *m.answer;
  const Scale& scale = m.framework->scale;
  const Suggestion& sug = m.suggestion;
  BeginCard(ui, width, p.surface, p.accent);
  if (sug.level > 0) {
    Paragraph(ui.fonts.strong, ToImVec4(p.text), Tr(MSG("skill_page.suggested"), LevelLabel(scale, sug.level)).c_str());
  } else {
    Paragraph(ui.fonts.strong, ToImVec4(p.text),
              Tr(sug.any_rated ? MSG("skill_page.suggested_none") : MSG("skill_page.rate_for_suggestion")).c_str());
  }
  for (const std::string& reason : sug.reasons) Paragraph(ui.fonts.small, ToImVec4(p.text_muted), reason.c_str());
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted), SuggestionRule().c_str());
  if (sug.level > 0 && !(a.kind == AnswerKind::Level && a.level == sug.level)) {
    const std::string accept =
        Tr(MSG("skill_page.use_suggestion"), LevelLabel(scale, sug.level)) + "##accept_suggestion";
    if (PrimaryButton(ui, accept.c_str())) {
      action.kind = SkillPageAction::Kind::ChooseLevel;
      action.level = sug.level;
    }
  }
  ImGui::Spacing();
  Paragraph(ui.fonts.body, ToImVec4(p.text), Tr(MSG("skill_page.your_level_colon")).c_str());
  std::vector<std::string> labels;
  std::vector<int> levels;
  int selected = -1;
  for (const auto& [level, statements] : m.skill->statements) {
    if (a.kind == AnswerKind::Level && a.level == level) selected = static_cast<int>(levels.size());
    labels.push_back(LevelLabel(scale, level) + "##choose:" + std::to_string(level));
    levels.push_back(level);
  }
  BeginSemanticGroup(Role::RadioGroup, Tr(MSG("skill_page.your_level")));
  const int clicked = Segmented(ui, labels, selected);
  EndSemanticGroup();
  if (clicked >= 0) {
    action.kind = SkillPageAction::Kind::ChooseLevel;
    action.level = levels[clicked];
  }
  if (a.kind == AnswerKind::Level && a.overridden) {
    const std::string note = sug.level > 0 ? Tr(MSG("skill_page.overridden"), LevelLabel(scale, a.level),
                                                 LevelLabel(scale, sug.level))
                                           : Tr(MSG("skill_page.overridden_no_suggestion"), LevelLabel(scale, a.level));
    Paragraph(ui.fonts.small, ToImVec4(p.accent), note.c_str());
  }
  EndCard();
}

void DrawStatementLevels(const UiContext& ui, const SkillPageModel& m, float width, SkillPageAction& action) {
  const Palette& p = ui.palette();
  const Skill& s = *m.skill;
  const Scale& scale = m.framework->scale;
  SectionHeading(ui, Tr(MSG("skill_page.statements_question")).c_str());
  ReadableParagraph(ui, ui.fonts.small, ToImVec4(p.text_muted), Tr(MSG("skill_page.statements_hint")).c_str());
  const std::vector<int> levels = DefinedLevels(s);
  {
    // Scoped: the grid moves the cursor below itself when it ends.
    CardGrid grid(ui, ("##rated:" + s.code).c_str(), width, static_cast<int>(levels.size()), 340, 2);
    for (int i = 0; i < static_cast<int>(levels.size()); ++i) {
      const int level = levels[i];
      grid.BeginCell(i);
      ImGui::PushID(level);
      DrawCardHeader(ui, scale, level, *m.answer, Role::Heading);
      DrawRatedStatements(ui, level, s.statements.at(level), *m.answer, action);
      DrawCopyButton(ui, level, m.copied_level, LevelLabel(scale, level), action);
      ImGui::PopID();
      CardLook look;
      look.selected = m.answer->kind == AnswerKind::Level && m.answer->level == level;
      grid.EndCell(look);
    }
  }
  DrawUndefinedLevels(ui, scale, s);
  ImGui::Dummy(ImVec2(0, ui.px(4)));
  DrawSuggestion(ui, m, width, action);
  DrawOtherAnswers(ui, *m.answer, action);
}

// ---------------------------------------------------------------------------
// [SECTION] Target, confidence, notes
// ---------------------------------------------------------------------------
// Only levels the skill defines can be a target; a skill that is not applicable has none.
void DrawTarget(const UiContext& ui, const SkillPageModel& m, SkillPageAction& action) {
  if (m.answer->kind == AnswerKind::NotApplicable) return;
  const std::string& question = Tr(MSG("skill_page.target_question"));
  SectionHeading(ui, question.c_str());
  ReadableParagraph(ui, ui.fonts.small, ToImVec4(ui.palette().text_muted), Tr(MSG("skill_page.target_hint")).c_str());
  std::vector<std::string> labels{Tr(MSG("skill_page.no_target")) + "##target:0"};
  std::vector<int> levels{0};
  int selected = m.answer->target == 0 ? 0 : -1;
  for (const auto& [level, statements] : m.skill->statements) {
    if (m.answer->target == level) selected = static_cast<int>(levels.size());
    labels.push_back(LevelLabel(m.framework->scale, level) + "##target:" + std::to_string(level));
    levels.push_back(level);
  }
  BeginSemanticGroup(Role::RadioGroup, question);
  const int clicked = Segmented(ui, labels, selected);
  EndSemanticGroup();
  if (clicked >= 0) {
    action.kind = SkillPageAction::Kind::SetTarget;
    action.level = levels[clicked];
  }
}

void DrawConfidence(const UiContext& ui, const Answer& a, SkillPageAction& action) {
  const std::string& question = Tr(MSG("skill_page.confidence_question"));
  SectionHeading(ui, question.c_str());
  const Confidence values[] = {Confidence::Low, Confidence::Medium, Confidence::High};
  int selected = -1;
  for (int i = 0; i < 3; ++i)
    if (a.confidence == values[i]) selected = i;
  BeginSemanticGroup(Role::RadioGroup, question);
  const int clicked = Segmented(ui,
                                {Tr(MSG("skill_page.confidence.low")) + "##confidence:low",
                                 Tr(MSG("skill_page.confidence.medium")) + "##confidence:medium",
                                 Tr(MSG("skill_page.confidence.high")) + "##confidence:high"},
                                selected);
  EndSemanticGroup();
  if (clicked >= 0) {
    action.kind = SkillPageAction::Kind::SetConfidence;
    action.confidence = clicked == selected ? Confidence::Unset : values[clicked];  // a second click clears
  }
}

void DrawNotes(const UiContext& ui, float width, const std::string& key, const Answer& a, SkillPageState& state,
               SkillPageAction& action) {
  const std::string& heading = Tr(MSG("skill_page.notes"));
  SectionHeading(ui, heading.c_str());
  ReadableParagraph(ui, ui.fonts.small, ToImVec4(ui.palette().text_muted), Tr(MSG("skill_page.notes_hint")).c_str());
  // Another skill, or the saved notes changed under the field (another tab, an
  // import): show the saved text, unless the person is typing in the field.
  const bool editing = ImGui::GetActiveID() == ImGui::GetID("##notes");
  if (state.notes_for != key || (a.notes != state.notes_from && !editing)) {
    state.notes = a.notes;
    state.notes_from = a.notes;
    state.notes_for = key;
  }
  ImGui::PushFont(ui.fonts.body);
  // Right-to-left notes read in order when not being typed into (docs: typing order
  // while typing); the field then draws its text transparent under the ui's own.
  const bool reading_order = !editing && NeedsReadingOrder(state.notes);
  if (reading_order) ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0, 0, 0, 0));
  const bool changed = ImGui::InputTextMultiline("##notes", &state.notes,
                                                 ImVec2(std::min(width, ui.px(kReadableCss)), ui.px(140)));
  if (reading_order) {
    ImGui::PopStyleColor();
    DrawInReadingOrder(ui.fonts.body, state.notes, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  }
  FixMultilineTabbing();
  NeedGlyphs(state.notes);
  DescribeTextField("##notes", heading, state.notes, true);
  ImGui::PopFont();
  if (changed) {
    action.kind = SkillPageAction::Kind::SetNotes;
    action.notes = state.notes;
    state.notes_from = state.notes;
  }
}

// ---------------------------------------------------------------------------
// [SECTION] Keyboard shortcuts
// ---------------------------------------------------------------------------
// Digits choose a level in quick mode; Right arrow moves on and Left goes back; Enter
// moves on unless a widget has the keyboard focus (then it presses that widget). None
// of this while a text field is being edited.
void HandleShortcuts(const SkillPageModel& m, SkillPageAction& action) {
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  if (g.IO.WantTextInput || g.ActiveId != 0 || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return;
  if (g.IO.KeyCtrl || g.IO.KeyAlt || g.IO.KeySuper) return;
  if (m.answer->mode == AnswerMode::Quick) {
    for (int d = 0; d <= 9; ++d) {
      if (DigitPressedOnce(d) && m.skill->DefinedAt(d)) {
        action.kind = SkillPageAction::Kind::ChooseLevel;
        action.level = d;
      }
    }
  }
  const bool last = m.index + 1 >= m.count;
  const SkillPageAction::Kind forward = last ? SkillPageAction::Kind::Finish : SkillPageAction::Kind::Next;
  // Left and Right always turn the page (Tab and Up/Down move the focus); ImGui's own
  // sideways focus move for the same key press is cancelled.
  if (KeyPressedOnce(ImGuiKey_RightArrow)) {
    ImGui::NavMoveRequestCancel();
    action.kind = forward;
  } else if (KeyPressedOnce(ImGuiKey_LeftArrow) && m.index > 0) {
    ImGui::NavMoveRequestCancel();
    action.kind = SkillPageAction::Kind::Back;
  }
  // Enter presses the focused widget when there is one; otherwise it moves on.
  const bool focus_visible = g.NavId != 0 && !g.NavDisableHighlight;
  if (!focus_visible && (KeyPressedOnce(ImGuiKey_Enter) || KeyPressedOnce(ImGuiKey_KeyPadEnter)))
    action.kind = forward;
}

void DrawMain(const UiContext& ui, const SkillPageModel& m, SkillPageState& state, SkillPageAction& action) {
  const float width = BeginColumn(ui, kContentMaxCss);
  ImGui::Dummy(ImVec2(0, ui.px(4)));
  DrawSkillHeader(ui, m);
  DrawModeSwitch(ui, *m.answer, action);
  if (m.answer->mode == AnswerMode::Quick) {
    DrawQuickLevels(ui, m, width, action);
    DrawOtherAnswers(ui, *m.answer, action);
  } else {
    DrawStatementLevels(ui, m, width, action);
  }
  DrawTarget(ui, m, action);
  DrawConfidence(ui, *m.answer, action);
  DrawNotes(ui, width, m.key, *m.answer, state, action);
  ImGui::Dummy(ImVec2(0, ui.px(24)));
  EndColumn();
}

void DrawList(const UiContext& ui, const SkillPageModel& m, SkillPageAction& action) {
  SemanticGroup nav(Role::Navigation, Tr(MSG("skill_page.skills_in"), Quoted(m.profile_name)));
  const int clicked = DrawSkillList(ui, m.list, m.index);
  if (clicked >= 0) {
    action.kind = SkillPageAction::Kind::Jump;
    action.jump_to = clicked;
  }
}

}  // namespace

// ---------------------------------------------------------------------------
// [SECTION] DrawSkillPage
// ---------------------------------------------------------------------------
SkillPageAction DrawSkillPage(const UiContext& ui, const SkillPageModel& m, SkillPageState& state) {
  SkillPageAction action;
  if (!m.framework || !m.skill || !m.answer) return action;
  if (BeginPage("##skill", ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse)) {
    // On very wide screens the whole frame (bars, list, page) stays together in the middle.
    const float avail_w = ImGui::GetContentRegionAvail().x;
    const float frame_w = std::min(avail_w, ui.px(kFrameMaxCss));
    const float inset = (avail_w - frame_w) * 0.5f;
    const float left = ImGui::GetCursorPosX() + inset;
    ImGui::SetCursorPosX(left);
    SemanticGroup main(Role::Main);
    ImGui::BeginGroup();
    DrawTopBar(ui, m, frame_w, action);
    if (!m.save_problem.empty()) {
      ImGui::PushTextWrapPos(left + frame_w);
      SetNextTextLive(Live::Assertive);
      Paragraph(ui.fonts.strong, ToImVec4(ui.palette().danger), m.save_problem.c_str());
      ImGui::PopTextWrapPos();
    }
    ImGui::EndGroup();
    Rule(ui, left, frame_w);

    const ImGuiStyle& style = ImGui::GetStyle();
    const float bottom_h = ui.px(44) + 2 * style.ItemSpacing.y + ui.px(1) + style.WindowPadding.y * 0.5f;
    const float body_h = std::max(ui.px(120), ImGui::GetContentRegionAvail().y - bottom_h);
    const bool wide = frame_w >= ui.px(kWideLayoutCss);
    const bool new_skill = state.scroll_to_top_for != m.index;
    state.scroll_to_top_for = m.index;

    ImGui::SetCursorPosX(left);
    if (wide) {
      // NavFlattened: Tab and the arrow keys move between the list, the page and the bars
      // as if they were one window (ImGui would otherwise keep the keyboard in one).
      ImGui::BeginChild("##list", ImVec2(ui.px(kSideListCss), body_h), true, ImGuiWindowFlags_NavFlattened);
      Paragraph(ui.fonts.strong, ToImVec4(ui.palette().text),
                Tr(MSG("skill_page.skills_in"), Quoted(m.profile_name)).c_str());
      DrawList(ui, m, action);
      ImGui::EndChild();
      ImGui::SameLine();
    }
    const float main_w = wide ? frame_w - ui.px(kSideListCss) - style.ItemSpacing.x : frame_w;
    ImGui::BeginChild("##main", ImVec2(main_w, body_h), false, ImGuiWindowFlags_NavFlattened);
    if (new_skill) ImGui::SetScrollY(0);
    if (!wide) {
      ImGui::PushFont(ui.fonts.strong);
      const std::string header = Tr(MSG("skill_page.all_skills"), m.count) + "##skill_list";
      ImGui::SetNextItemOpen(state.list_open);
      state.list_open = ImGui::CollapsingHeader(header.c_str());
      DescribeDisclosure(header.c_str(), state.list_open);
      ImGui::PopFont();
      if (state.list_open) DrawList(ui, m, action);
    }
    DrawMain(ui, m, state, action);
    ImGui::EndChild();
    Rule(ui, left, frame_w);
    ImGui::SetCursorPosX(left);
    DrawBottomBar(ui, m, frame_w, action);
    if (action.kind == SkillPageAction::Kind::None) HandleShortcuts(m, action);
  }
  EndPage();
  return action;
}

}  // namespace skillscope::ui
