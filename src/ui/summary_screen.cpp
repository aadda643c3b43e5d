#include "ui/summary_screen.h"

#include <algorithm>

#include "core/text/messages.h"
#include "core/text/wording.h"
#include "ui/controls.h"
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
    Paragraph(ui.fonts.body, ToImVec4(p.text), Tr(MSG("summary.all_answered")).c_str());
    return;
  }
  Heading(ui, 2, TrN(MSG("summary.open_count"), open).c_str());
  for (int i = 0; i < static_cast<int>(m.rows.size()); ++i) {
    const SummaryRow& r = m.rows[i];
    if (r.kind != AnswerKind::Unanswered && r.kind != AnswerKind::Skipped) continue;
    ImGui::PushID(i);
    const std::string skill = r.code + " \xC2\xB7 " + r.name;
    const std::string label =
        (r.kind == AnswerKind::Skipped ? Tr(MSG("summary.skipped_skill"), skill) : skill) + "##open:" + r.code;
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
                Tr(MSG("summary.target_and_confidence"), r.target.empty() ? dash : r.target,
                   r.confidence.empty() ? dash : r.confidence).c_str());
      EndCard();
    }
    return;
  }
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX;
  if (!ImGui::BeginTable("##answers", 4, flags, ImVec2(width, 0))) return;
  ImGui::TableSetupColumn(Tr(MSG("summary.column.skill")).c_str(), ImGuiTableColumnFlags_WidthStretch, 3.2f);
  ImGui::TableSetupColumn(Tr(MSG("summary.column.level")).c_str(), ImGuiTableColumnFlags_WidthStretch, 2.6f);
  ImGui::TableSetupColumn(Tr(MSG("summary.column.target")).c_str(), ImGuiTableColumnFlags_WidthStretch, 1.6f);
  ImGui::TableSetupColumn(Tr(MSG("summary.column.confidence")).c_str(), ImGuiTableColumnFlags_WidthStretch, 1.1f);
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
    if (Button(ui, (Tr(MSG("summary.back_to_questions")) + "##back_to_questions").c_str()))
      action.kind = SummaryAction::Kind::BackToQuestions;
    ImGui::SameLine();
    if (Button(ui, (Tr(MSG("summary.home")) + "##home").c_str())) action.kind = SummaryAction::Kind::Home;
    switch (DrawPageToolsAtRight(ui, left, width)) {
      case PageTool::None: break;
      case PageTool::Help: action.kind = SummaryAction::Kind::ShowHelp; break;
      case PageTool::Theme: action.kind = SummaryAction::Kind::ToggleTheme; break;
    }
    ImGui::Dummy(ImVec2(0, ui.px(6)));
    Heading(ui, 1, Tr(MSG("summary.title"), Quoted(m.profile_name)).c_str());
    Paragraph(ui.fonts.body, ToImVec4(p.text_muted), m.progress_text.c_str());
    ImGui::Spacing();
    const std::string results = Tr(MSG("summary.see_results")) + "##results";
    const float results_w = std::min(width, std::max(ui.px(260), ButtonWidth(ui, results.c_str())));
    if (PrimaryButton(ui, results.c_str(), ImVec2(results_w, ui.px(48)))) action.kind = SummaryAction::Kind::Results;
    Paragraph(ui.fonts.small, ToImVec4(p.text_muted), Tr(MSG("summary.results_hint")).c_str());
    ImGui::Dummy(ImVec2(0, ui.px(8)));
    DrawOpenItems(ui, m, action);
    ImGui::Dummy(ImVec2(0, ui.px(12)));
    Heading(ui, 2, Tr(MSG("summary.your_answers")).c_str());
    DrawTable(ui, m, width);
    ImGui::Dummy(ImVec2(0, ui.px(24)));
    EndColumn();
  }
  EndPage();
  return action;
}

}  // namespace skillscope::ui
