#include "ui/summary_screen.h"

#include <algorithm>

#include "ui/page_tools.h"
#include "ui/semantics.h"
#include "ui/skill_list.h"
#include "ui/virtual_rows.h"
#include "ui/widget_registry.h"
#include "ui/widgets.h"

namespace skillscope::ui {
namespace {

void DrawOpenItems(const UiContext& ui, const SummaryModel& m, SummaryAction& action) {
  const Palette& p = ui.palette();
  int open = 0;
  for (const SummaryRow& r : m.rows)
    if (r.kind == AnswerKind::Unanswered || r.kind == AnswerKind::Skipped) ++open;
  if (open == 0) {
    Paragraph(ui.fonts.body, ToImVec4(p.text), "Every chosen skill has an answer.");
    return;
  }
  Heading(ui, 2, (std::to_string(open) + (open == 1 ? " skill still needs" : " skills still need") + " an answer").c_str());
  for (int i = 0; i < static_cast<int>(m.rows.size()); ++i) {
    const SummaryRow& r = m.rows[i];
    if (r.kind != AnswerKind::Unanswered && r.kind != AnswerKind::Skipped) continue;
    ImGui::PushID(i);
    const std::string label = r.code + " \xC2\xB7 " + r.name + (r.kind == AnswerKind::Skipped ? " (skipped)" : "") +
                              "##open:" + r.code;
    if (Button(ui, label.c_str())) action = {SummaryAction::Kind::Jump, i};
    ImGui::PopID();
  }
}

// Wide: a table in the column, the skill and level columns widest. Narrow: one block
// per skill, since four columns do not fit a phone.
void DrawTable(const UiContext& ui, const SummaryModel& m, float width) {
  const Palette& p = ui.palette();
  const std::string dash = "\xE2\x80\x94";
  if (width < ui.px(560)) {
    for (const SummaryRow& r : m.rows) {
      BeginCard(ui, width, p.surface, p.border);
      Heading(ui, 3, (r.code + " \xC2\xB7 " + r.name).c_str());
      Paragraph(ui.fonts.small, ToImVec4(p.text_muted), r.framework.c_str());
      Paragraph(ui.fonts.body, ToImVec4(r.kind == AnswerKind::Level ? p.text : p.text_muted), r.level.c_str());
      Paragraph(ui.fonts.small, ToImVec4(p.text_muted),
                ("Target: " + (r.target.empty() ? dash : r.target) + " \xC2\xB7 Confidence: " +
                 (r.confidence.empty() ? dash : r.confidence)).c_str());
      EndCard();
    }
    return;
  }
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX;
  if (!ImGui::BeginTable("##answers", 4, flags, ImVec2(width, 0))) return;
  ImGui::TableSetupColumn("Skill", ImGuiTableColumnFlags_WidthStretch, 3.2f);
  ImGui::TableSetupColumn("Level", ImGuiTableColumnFlags_WidthStretch, 2.6f);
  ImGui::TableSetupColumn("Target", ImGuiTableColumnFlags_WidthStretch, 1.6f);
  ImGui::TableSetupColumn("Confidence", ImGuiTableColumnFlags_WidthStretch, 1.1f);
  ImGui::PushFont(ui.fonts.strong);
  ImGui::TableHeadersRow();
  ImGui::PopFont();
  DrawVirtualTableRows("##answer_rows", static_cast<int>(m.rows.size()), [&](int i) {
    const SummaryRow& r = m.rows[static_cast<std::size_t>(i)];
    ImGui::TableNextColumn();
    Paragraph(ui.fonts.body, ToImVec4(p.text), (r.code + " \xC2\xB7 " + r.name).c_str());
    Paragraph(ui.fonts.small, ToImVec4(p.text_muted), r.framework.c_str());
    ImGui::TableNextColumn();
    Paragraph(ui.fonts.body, ToImVec4(r.kind == AnswerKind::Level ? p.text : p.text_muted), r.level.c_str());
    ImGui::TableNextColumn();
    Paragraph(ui.fonts.body, ToImVec4(p.text), r.target.empty() ? dash.c_str() : r.target.c_str());
    ImGui::TableNextColumn();
    Paragraph(ui.fonts.body, ToImVec4(p.text), r.confidence.empty() ? dash.c_str() : r.confidence.c_str());
  });
  ImGui::EndTable();
}

}  // namespace

SummaryAction DrawSummaryScreen(const UiContext& ui, const SummaryModel& m) {
  SummaryAction action;
  const Palette& p = ui.palette();
  if (BeginPage("##summary")) {
    ImGui::Dummy(ImVec2(0, ui.px(8)));
    const float width = BeginColumn(ui, kPageMaxCss);
    SemanticGroup main(Role::Main);
    const float left = ImGui::GetCursorPosX();
    if (Button(ui, "\xE2\x80\xB9 Questions##back_to_questions")) action.kind = SummaryAction::Kind::BackToQuestions;
    ImGui::SameLine();
    if (Button(ui, "Home##home")) action.kind = SummaryAction::Kind::Home;
    switch (DrawPageToolsAtRight(ui, left, width)) {
      case PageTool::None: break;
      case PageTool::Help: action.kind = SummaryAction::Kind::ShowHelp; break;
      case PageTool::Theme: action.kind = SummaryAction::Kind::ToggleTheme; break;
    }
    ImGui::Dummy(ImVec2(0, ui.px(6)));
    Heading(ui, 1, ("Summary of \xE2\x80\x9C" + m.profile_name + "\xE2\x80\x9D").c_str());
    Paragraph(ui.fonts.body, ToImVec4(p.text_muted), m.progress_text.c_str());
    ImGui::Spacing();
    if (PrimaryButton(ui, "See your results##results", ImVec2(std::min(width, ui.px(260)), ui.px(48))))
      action.kind = SummaryAction::Kind::Results;
    Paragraph(ui.fonts.small, ToImVec4(p.text_muted),
              "The radar chart, where to grow, and exports (SVG, PNG, printable report).");
    ImGui::Dummy(ImVec2(0, ui.px(8)));
    DrawOpenItems(ui, m, action);
    ImGui::Dummy(ImVec2(0, ui.px(12)));
    Heading(ui, 2, "Your answers");
    DrawTable(ui, m, width);
    ImGui::Dummy(ImVec2(0, ui.px(24)));
    EndColumn();
  }
  EndPage();
  return action;
}

}  // namespace skillscope::ui
