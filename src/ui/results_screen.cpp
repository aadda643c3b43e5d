// Sections
//   [SECTION] Header, summaries, exports
//   [SECTION] Chart and legend
//   [SECTION] Table
//   [SECTION] Where to grow
//   [SECTION] DrawResultsScreen
#include "ui/results_screen.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/text/messages.h"
#include "core/text/wording.h"
#include "imgui_internal.h"
#include "ui/chart_view.h"
#include "imgui_stdlib.h"
#include "ui/controls.h"
#include "ui/glyphs.h"
#include "ui/page_tools.h"
#include "ui/semantics.h"
#include "ui/virtual_rows.h"
#include "ui/widget_registry.h"
#include "ui/widgets.h"

namespace skillscope::ui {

namespace {

const char* kDash = "\xE2\x80\x94";

// ---------------------------------------------------------------------------
// [SECTION] Header, summaries, exports
// ---------------------------------------------------------------------------
void DrawHeader(const UiContext& ui, const ResultsModel& m, float width, ResultsAction& action) {
  const Palette& p = ui.palette();
  const float left = ImGui::GetCursorPosX();
  if (Button(ui, (Tr(MSG("results.back_to_questions")) + "##back_to_questions").c_str()))
    action.kind = ResultsAction::Kind::BackToQuestions;
  ImGui::SameLine();
  if (Button(ui, (Tr(MSG("results.home")) + "##home").c_str())) action.kind = ResultsAction::Kind::Home;
  switch (DrawPageToolsAtRight(ui, left, width)) {
    case PageTool::None: break;
    case PageTool::Help: action.kind = ResultsAction::Kind::ShowHelp; break;
    case PageTool::Theme: action.kind = ResultsAction::Kind::ToggleTheme; break;
  }
  ImGui::Dummy(ImVec2(0, ui.px(6)));
  Heading(ui, 1, Tr(MSG("results.title"), Quoted(m.profile_name)).c_str());
  Paragraph(ui.fonts.body, ToImVec4(p.text_muted), m.subtitle.c_str());
  ImGui::Spacing();
  for (const std::string& line : m.summaries) {
    BulletParagraph(ui.fonts.body, ToImVec4(p.text), line.c_str());
  }
}

void DrawExports(const UiContext& ui, const ResultsModel& m, ResultsAction& action) {
  const Palette& p = ui.palette();
  Heading(ui, 2, Tr(MSG("results.exports.heading")).c_str());
  const int clicked = Segmented(ui, {Tr(MSG("results.exports.svg")) + "##export_svg",
                                     Tr(MSG("results.exports.png")) + "##export_png",
                                     Tr(MSG("results.exports.report")) + "##export_report",
                                     Tr(MSG("results.exports.profile")) + "##export_profile",
                                     Tr(MSG("results.exports.share_link")) + "##share_link"}, -1, nullptr, 40);
  const ResultsAction::Kind kinds[] = {ResultsAction::Kind::ExportSvg, ResultsAction::Kind::ExportPng, ResultsAction::Kind::ExportReport,
                                       ResultsAction::Kind::ExportProfile, ResultsAction::Kind::ShareLink};
  if (clicked >= 0) action.kind = kinds[clicked];
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted), Tr(MSG("results.exports.note")).c_str());
  if (!m.share_message.empty()) {
    SetNextTextLive(Live::Polite);
    Paragraph(ui.fonts.body, ToImVec4(p.text), m.share_message.c_str());
  }
}

void DrawSnapshots(const UiContext& ui, const ResultsModel& m, ResultsState& state, float width, ResultsAction& action) {
  const Palette& p = ui.palette();
  ImGui::Dummy(ImVec2(0, ui.px(8)));
  Heading(ui, 2, Tr(MSG("results.snapshots.heading")).c_str());
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted),
            (m.snapshot_ids.empty() ? Tr(MSG("results.snapshots.intro_first")) : Tr(MSG("results.snapshots.intro")))
                .c_str());
  const std::string& save = Tr(MSG("results.snapshots.save"));
  ImGui::PushFont(ui.fonts.strong);
  const float button_w = ButtonWidth(save.c_str());
  ImGui::PopFont();
  // The field shares the line with its button where both fit; on a phone the button goes below.
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const bool one_line = width >= ui.px(240) + spacing + button_w;
  ImGui::SetNextItemWidth(one_line ? std::min(width - spacing - button_w, ui.px(360)) : width);
  ImGui::PushFont(ui.fonts.body);
  ImGui::InputTextWithHint("##snapshot_name", Tr(MSG("results.snapshots.name_hint")).c_str(), &state.snapshot_name);
  NeedGlyphs(state.snapshot_name);
  DescribeTextField("##snapshot_name", Tr(MSG("results.snapshots.name")), state.snapshot_name, false,
                    Tr(MSG("results.snapshots.name_example")));
  ImGui::PopFont();
  if (one_line) ImGui::SameLine();
  if (Button(ui, (save + "##save_snapshot").c_str())) {
    action.kind = ResultsAction::Kind::SaveSnapshot;
    action.text = state.snapshot_name;
    state.snapshot_name.clear();
  }
  for (std::size_t i = m.snapshot_ids.size(); i-- > 0;) {
    ImGui::PushID(static_cast<int>(i));
    Paragraph(ui.fonts.body, ToImVec4(p.text), (m.overlays[i] + " \xC2\xB7 " + m.snapshot_dates[i]).c_str());
    ImGui::SameLine();
    const std::string label = Tr(MSG("results.snapshots.delete")) + "##delete_snapshot:" + m.snapshot_ids[i];
    if (Button(ui, label.c_str(), ImVec2(0, ui.px(32)))) {
      action.kind = ResultsAction::Kind::DeleteSnapshot;
      action.text = m.snapshot_ids[i];
    }
    ItemState named;
    named.name = Tr(MSG("results.snapshots.delete_named"), m.overlays[i]);  // one "Delete" per snapshot: say which
    DescribeItem(label.c_str(), Role::Button, named);
    ImGui::PopID();
  }
}

// ---------------------------------------------------------------------------
// [SECTION] Reviews received
// ---------------------------------------------------------------------------
void DrawReviewRow(const UiContext& ui, const ReviewSection& review, const ReviewRow& row, ResultsState& state,
                   ResultsAction& action) {
  const Palette& p = ui.palette();
  Paragraph(ui.fonts.strong, ToImVec4(p.text), row.skill.c_str());
  const std::string sides = Tr(MSG("results.review.levels"), row.self, review.reviewer, row.reviewer);
  Paragraph(row.differs ? ui.fonts.strong : ui.fonts.body, ToImVec4(row.differs ? p.accent : p.text), sides.c_str());
  if (!row.comment.empty()) {
    Paragraph(ui.fonts.body, ToImVec4(p.text_muted), Quoted(row.comment).c_str());
    NeedGlyphs(row.comment);
  }
  if (!row.reply.empty()) {
    Paragraph(ui.fonts.small, ToImVec4(p.text_muted), row.reply.c_str());
    NeedGlyphs(row.reply);
  }
  if (!row.differs) return;
  const std::string id = review.id + "/" + row.key;
  if (row.can_accept && Button(ui, (Tr(MSG("results.review.accept")) + "##accept_review:" + id).c_str())) {
    action.kind = ResultsAction::Kind::AcceptReviewedLevel;
    action.review_id = review.id;
    action.skill_key = row.key;
  }
  std::string& reply = state.replies[id];
  ImGui::PushFont(ui.fonts.body);
  // Inside the card's padding, which the content region does not leave out.
  ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x - ui.px(16), ui.px(480)));
  ImGui::InputTextWithHint(("##reply_review:" + id).c_str(), Tr(MSG("results.review.reply_hint")).c_str(), &reply);
  DescribeTextField(("##reply_review:" + id).c_str(), Tr(MSG("results.review.reply_name"), row.skill), reply);
  NeedGlyphs(reply);
  ImGui::PopFont();
  const std::string& keep = Tr(MSG("results.review.keep"));
  FlowNext(ButtonWidth(keep.c_str()) + ui.px(8), false);
  if (Button(ui, (keep + "##keep_review:" + id).c_str())) {
    action.kind = ResultsAction::Kind::KeepOwnLevel;
    action.review_id = review.id;
    action.skill_key = row.key;
    action.text = reply;
  }
}

void DrawReviews(const UiContext& ui, const ResultsModel& m, ResultsState& state, float width, ResultsAction& action) {
  if (m.reviews.empty()) return;
  const Palette& p = ui.palette();
  ImGui::Dummy(ImVec2(0, ui.px(8)));
  Heading(ui, 2, TrN(MSG("results.reviews.heading"), static_cast<long long>(m.reviews.size())).c_str());
  if (m.reveal_reviews != state.reviews_revealed) {
    ImGui::SetScrollHereY(0.0f);
    state.reviews_revealed = m.reveal_reviews;
  }
  bool comments = m.review_comments_in_exports;
  if (WrappedCheckbox(Tr(MSG("results.reviews.comments_in_report")).c_str(), "review_comments_in_exports", &comments))
    action.kind = ResultsAction::Kind::ToggleReviewComments;
  for (const ReviewSection& review : m.reviews) {
    ImGui::PushID(review.id.c_str());
    BeginCard(ui, width, p.surface, p.border);
    Heading(ui, 3, review.title.c_str());
    NeedGlyphs(review.title);
    if (!review.stale.empty()) Paragraph(ui.fonts.body, ToImVec4(p.danger), review.stale.c_str());
    for (const ReviewRow& row : review.rows) {
      ImGui::PushID(row.key.c_str());
      DrawReviewRow(ui, review, row, state, action);
      ImGui::Dummy(ImVec2(0, ui.px(4)));
      ImGui::PopID();
    }
    if (!review.agreed.empty()) Paragraph(ui.fonts.small, ToImVec4(p.text_muted), review.agreed.c_str());
    if (Button(ui, (Tr(MSG("results.reviews.save_agreed")) + "##save_agreed:" + review.id).c_str())) {
      action.kind = ResultsAction::Kind::SaveAgreedLevels;
      action.review_id = review.id;
    }
    EndCard();
    ImGui::PopID();
  }
}

// ---------------------------------------------------------------------------
// [SECTION] Chart and legend
// ---------------------------------------------------------------------------
void DrawChartSection(const UiContext& ui, const ResultsModel& m, ResultsState& state, float width,
                      ResultsAction& action) {
  const Palette& p = ui.palette();
  ImGui::Dummy(ImVec2(0, ui.px(8)));
  Heading(ui, 2, Tr(MSG("results.chart.heading")).c_str());
  if (m.groups.size() > 1) {
    Paragraph(ui.fonts.small, ToImVec4(p.text_muted), Tr(MSG("results.chart.groups")).c_str());
    std::vector<std::string> labels;
    for (std::size_t i = 0; i < m.groups.size(); ++i)
      labels.push_back(m.groups[i].name + " (" + FormatInteger(static_cast<long long>(m.groups[i].axes.size())) +
                       ")##group:" + std::to_string(i));
    SemanticGroup group(Role::RadioGroup, Tr(MSG("results.chart.group_shown")));
    const int clicked = Segmented(ui, labels, state.group, ui.fonts.small, 34);
    if (clicked >= 0) state.group = clicked;
  }
  if (!m.overlay_labels.empty()) {
    std::vector<std::string> labels{Tr(MSG("results.chart.no_overlay")) + "##overlay:none"};
    for (std::size_t i = 0; i < m.overlay_labels.size(); ++i)
      labels.push_back(m.overlay_labels[i] + "##overlay:" + std::to_string(i));
    SemanticGroup group(Role::RadioGroup, Tr(MSG("results.chart.overlay")));
    const int clicked = Segmented(ui, labels, m.overlay + 1, ui.fonts.small, 34);
    if (clicked >= 0) {
      action.kind = ResultsAction::Kind::ChooseOverlay;
      action.overlay = clicked - 1;
    }
  }
  const ChartData shown = GroupChart(m, state.group);
  const float chart_w = std::min(width, ui.px(900));
  const float chart_indent = std::max(0.0f, (width - chart_w) * 0.5f);
  if (chart_indent > 0) ImGui::Indent(chart_indent);
  const ImVec2 viewport = ImGui::GetMainViewport()->WorkSize;
  const ChartViewResult clicked = DrawChart(ui, "##profile_chart", shown, m.results, chart_w,
                                            std::max(ui.px(360), std::min(viewport.y * 0.8f, ui.px(760))));
  if (!clicked.open_skill.empty()) {
    action.kind = ResultsAction::Kind::OpenSkill;
    action.skill_key = clicked.open_skill;
  }
  ImGui::PushFont(ui.fonts.body);
  DrawLegend(ui, shown);
  ImGui::PopFont();
  if (chart_indent > 0) ImGui::Unindent(chart_indent);
  const bool any_gap = std::any_of(shown.axes.begin(), shown.axes.end(), [](const ChartAxisInput& a) { return a.gap; });
  // Sentences one after another.
  std::string note =
      shown.answered >= kMinRadarAxes ? Tr(MSG("results.chart.note_radar")) : Tr(MSG("results.chart.note_bars"));
  if (any_gap) note += " " + Tr(MSG("results.chart.note_gaps"));
  note += " " + Tr(MSG("results.chart.note_hover"));
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted), note.c_str());
}

// ---------------------------------------------------------------------------
// [SECTION] Table
// ---------------------------------------------------------------------------
// kReviewed only when the profile has reviews.
enum Column { kSkill, kFramework, kLevel, kTarget, kGap, kConfidence, kEvidence, kReviewed, kColumns };

struct ColumnHeading {
  MessageKey text;
  const char* id;  // what tests and tools find the heading by, whatever the language
  float weight;    // a long column's share of the width the short ones leave; 0: a short column
};
const ColumnHeading kHeadings[kColumns] = {
    {MSG("results.column.skill"), "Skill", 3.0f},
    {MSG("results.column.framework"), "Framework", 2.0f},
    {MSG("results.column.level"), "Level", 2.0f},
    {MSG("results.column.target"), "Target", 1.8f},
    {MSG("results.column.gap"), "Gap", 0.0f},
    {MSG("results.column.confidence"), "Confidence", 0.0f},
    {MSG("results.column.evidence"), "Evidence", 0.0f},
    {MSG("results.column.reviewed"), "Reviewed", 2.4f},
};

// The columns' widths (the long ones' as weights), so that no heading is cut, in any
// language: the short columns are as wide as their headings (and the sort arrow); the
// long ones share the rest by weight, but a column whose share is narrower than its
// heading gets its heading's width and the others share what is left. Empty when the
// headings alone are wider than the table.
std::vector<float> ColumnWidths(const UiContext& ui, int columns, float width) {
  ImGui::PushFont(ui.fonts.strong);
  const ImGuiStyle& style = ImGui::GetStyle();
  // What ImGui::TableHeader keeps free for the sort arrow, sorted or not.
  const float arrow = std::floor(ImGui::GetFontSize() * 0.65f + style.FramePadding.x);
  std::vector<float> needs;
  for (int c = 0; c < columns; ++c) {
    const float text = ImGui::CalcTextSize(Tr(kHeadings[c].text).c_str()).x;
    needs.push_back(kHeadings[c].weight == 0 ? text + ImGui::GetFontSize() + style.CellPadding.x * 2 : text + arrow);
  }
  ImGui::PopFont();
  // The table pads each column on both sides.
  float shared = width - style.CellPadding.x * 2 * static_cast<float>(columns);
  for (int c = 0; c < columns; ++c)
    if (kHeadings[c].weight == 0) shared -= needs[c];
  std::vector<float> widths = needs;
  std::vector<bool> at_heading(static_cast<std::size_t>(columns), false);
  for (bool again = true; again;) {
    again = false;
    float left = shared, weights = 0;
    for (int c = 0; c < columns; ++c) {
      if (kHeadings[c].weight == 0) continue;
      if (at_heading[c]) left -= needs[c];
      else weights += kHeadings[c].weight;
    }
    if (left < 0) return {};
    for (int c = 0; c < columns; ++c) {
      if (kHeadings[c].weight == 0 || at_heading[c]) continue;
      widths[c] = left * kHeadings[c].weight / weights;
      if (widths[c] < needs[c]) {
        widths[c] = needs[c];
        at_heading[c] = again = true;
      }
    }
  }
  return widths;
}

int Compare(const SkillResult& a, const SkillResult& b, int column) {
  auto cmp = [](auto x, auto y) { return x < y ? -1 : (y < x ? 1 : 0); };
  switch (column) {
    case kSkill: return cmp(a.code, b.code);
    case kFramework: return cmp(a.framework_title, b.framework_title);
    case kLevel: return cmp(a.kind == AnswerKind::Level ? a.level : -1, b.kind == AnswerKind::Level ? b.level : -1);
    case kTarget: return cmp(a.target, b.target);
    case kGap: return cmp(a.gap, b.gap);
    case kConfidence: return cmp(static_cast<int>(a.confidence), static_cast<int>(b.confidence));
    case kEvidence: return cmp(a.notes.empty() ? 0 : 1, b.notes.empty() ? 0 : 1);
    default: return 0;
  }
}

std::string ConfidenceText(Confidence c) { return c == Confidence::Unset ? kDash : ConfidenceLabel(c); }

// The rows' order for the table's sort (none: as the model lists them), worked out again
// only when the model or the sort changes.
const std::vector<std::size_t>& SortedRows(const ResultsModel& m, ResultsState::TableOrder& order) {
  const ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs();
  const bool sorted = specs && specs->SpecsCount > 0;
  const int column = sorted ? specs->Specs[0].ColumnIndex : -1;
  const int direction = sorted ? static_cast<int>(specs->Specs[0].SortDirection) : 0;
  if (order.revision == m.revision && order.column == column && order.direction == direction &&
      order.rows.size() == m.results.size())
    return order.rows;
  order.revision = m.revision;
  order.column = column;
  order.direction = direction;
  order.rows.resize(m.results.size());
  std::iota(order.rows.begin(), order.rows.end(), 0);
  if (sorted) {
    const std::vector<SkillResult>& rows = m.results;
    // The Reviewed column: differences first, then by what the reviewers said.
    auto reviewed = [&](std::size_t a, std::size_t b) {
      const auto &x = m.reviewed[a], &y = m.reviewed[b];
      if (x.differs != y.differs) return x.differs ? 1 : -1;
      return x.text < y.text ? -1 : (y.text < x.text ? 1 : 0);
    };
    std::stable_sort(order.rows.begin(), order.rows.end(), [&](std::size_t a, std::size_t b) {
      const int c = column == kReviewed && m.reviewed.size() == rows.size() ? reviewed(a, b)
                                                                          : Compare(rows[a], rows[b], column);
      return direction == ImGuiSortDirection_Descending ? c > 0 : c < 0;
    });
  }
  return order.rows;
}

void DrawTable(const UiContext& ui, const ResultsModel& m, ResultsState& state, float width) {
  const std::vector<SkillResult>& rows = m.results;
  const Palette& p = ui.palette();
  ImGui::Dummy(ImVec2(0, ui.px(8)));
  Heading(ui, 2, Tr(MSG("results.table.heading")).c_str());
  const bool with_reviews = m.reviewed.size() == rows.size() && !m.reviews.empty();
  const int columns = with_reviews ? kColumns : kReviewed;
  const std::vector<float> widths = ColumnWidths(ui, columns, width);
  if (width < ui.px(640) || widths.empty()) {
    // A phone (or headings too long for the width): one block per skill.
    for (const SkillResult& r : rows) {
      BeginCard(ui, width, p.surface, p.border);
      Heading(ui, 3, (r.code + " \xC2\xB7 " + r.name).c_str());
      Paragraph(ui.fonts.small, ToImVec4(p.text_muted), r.framework_title.c_str());
      Paragraph(ui.fonts.body, ToImVec4(p.text), r.level_label.c_str());
      const std::string line =
          Tr(MSG("results.table.card_line"), r.target_label.empty() ? std::string(kDash) : r.target_label,
             r.gap > 0 ? FormatInteger(r.gap) : std::string(kDash), ConfidenceText(r.confidence),
             r.notes.empty() ? Tr(MSG("results.table.card_evidence_no")) : Tr(MSG("results.table.card_evidence_yes")));
      Paragraph(ui.fonts.small, ToImVec4(p.text_muted), line.c_str());
      const std::size_t i = static_cast<std::size_t>(&r - rows.data());
      if (i < m.reviewed.size() && !m.reviewed[i].text.empty())
        Paragraph(m.reviewed[i].differs ? ui.fonts.strong : ui.fonts.small,
                  ToImVec4(m.reviewed[i].differs ? p.accent : p.text_muted),
                  Tr(MSG("results.table.card_reviewed"), m.reviewed[i].text).c_str());
      EndCard();
    }
    return;
  }
  const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                ImGuiTableFlags_PadOuterX | ImGuiTableFlags_SortTristate;
  // Another id with the extra column: ImGui keeps a table's columns by its id.
  if (!ImGui::BeginTable(with_reviews ? "##skills_table_reviewed" : "##skills_table", columns, flags,
                         ImVec2(width, 0)))
    return;
  // A table that is not resizable takes these widths and weights again every frame.
  for (int column = 0; column < columns; ++column) {
    ImGuiTableColumnFlags sizing =
        kHeadings[column].weight == 0 ? ImGuiTableColumnFlags_WidthFixed : ImGuiTableColumnFlags_WidthStretch;
    if (column == kSkill) sizing |= ImGuiTableColumnFlags_DefaultSort;
    ImGui::TableSetupColumn(Tr(kHeadings[column].text).c_str(), sizing, widths[column]);
  }
  // Headings one by one, so each can be recorded (tests check that none is cut).
  ImGui::PushFont(ui.fonts.strong);
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
  for (int column = 0; column < columns; ++column) {
    if (!ImGui::TableSetColumnIndex(column)) continue;
    const char* heading = ImGui::TableGetColumnName(column);
    ImGui::TableHeader(heading);
    // The heading as a widget (its cell: click to sort) and as text (its full width).
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    RecordWidget((std::string(heading) + "##heading:" + kHeadings[column].id).c_str(), min, max, Role::Button,
                 ImGui::GetItemID());
    RecordText(heading, min, ImVec2(min.x + ImGui::CalcTextSize(heading).x, max.y), Role::None);
  }
  ImGui::PopFont();

  const std::vector<std::size_t>& order = SortedRows(m, state.table_order);
  DrawVirtualTableRows("##skills_rows", static_cast<int>(order.size()), [&](int k) {
    const SkillResult& r = rows[order[static_cast<std::size_t>(k)]];
    ImGui::TableNextColumn();
    Paragraph(ui.fonts.body, ToImVec4(p.text), (r.code + " \xC2\xB7 " + r.name).c_str());
    ImGui::TableNextColumn();
    Paragraph(ui.fonts.small, ToImVec4(p.text_muted), r.framework_title.c_str());
    ImGui::TableNextColumn();
    Paragraph(ui.fonts.body, ToImVec4(r.kind == AnswerKind::Level ? p.text : p.text_muted), r.level_label.c_str());
    ImGui::TableNextColumn();
    Paragraph(ui.fonts.body, ToImVec4(p.text), r.target_label.empty() ? kDash : r.target_label.c_str());
    ImGui::TableNextColumn();
    Paragraph(ui.fonts.body, ToImVec4(p.text), r.gap > 0 ? FormatInteger(r.gap).c_str() : kDash);
    ImGui::TableNextColumn();
    Paragraph(ui.fonts.body, ToImVec4(p.text), ConfidenceText(r.confidence).c_str());
    ImGui::TableNextColumn();
    Paragraph(ui.fonts.body, ToImVec4(p.text),
              (r.notes.empty() ? Tr(MSG("results.table.evidence_no")) : Tr(MSG("results.table.evidence_yes"))).c_str());
    if (with_reviews) {
      const ResultsModel::ReviewedCell& cell = m.reviewed[order[static_cast<std::size_t>(k)]];
      ImGui::TableNextColumn();
      Paragraph(cell.differs ? ui.fonts.strong : ui.fonts.body, ToImVec4(cell.differs ? p.accent : p.text_muted),
                cell.text.empty() ? kDash : cell.text.c_str());
    }
  });
  ImGui::EndTable();
}

// Roles of this profile's frameworks: set every target from one.
void DrawRoleTargets(const UiContext& ui, const ResultsModel& m, ResultsAction& action) {
  if (m.roles.empty()) return;
  const Palette& p = ui.palette();
  ImGui::Dummy(ImVec2(0, ui.px(8)));
  Paragraph(ui.fonts.heading, ToImVec4(p.text), Tr(MSG("results.roles.heading")).c_str());
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted), Tr(MSG("results.roles.intro")).c_str());
  std::vector<std::string> labels;
  for (const RoleChoice& r : m.roles) labels.push_back(r.label + "##role_targets:" + r.key);
  const int clicked = Segmented(ui, labels, -1, ui.fonts.small, 34);
  if (clicked >= 0) {
    action.kind = ResultsAction::Kind::SetTargetsFromRole;
    action.text = m.roles[static_cast<std::size_t>(clicked)].key;
  }
  if (!m.targets_message.empty()) Paragraph(ui.fonts.body, ToImVec4(p.text), m.targets_message.c_str());
}

// ---------------------------------------------------------------------------
// [SECTION] Where to grow
// ---------------------------------------------------------------------------
void DrawGrowth(const UiContext& ui, const ResultsModel& m, float width, ResultsAction& action) {
  const std::vector<GrowthItem>& growth = m.growth;
  const Palette& p = ui.palette();
  ImGui::Dummy(ImVec2(0, ui.px(8)));
  Heading(ui, 2, Tr(MSG("results.growth.heading")).c_str());
  // What next: the whole plan with ticks and notes, the roles that fit, progress over time.
  {
    SemanticGroup group(Role::Group, Tr(MSG("results.growth.what_next")));
    const int clicked = Segmented(ui, {Tr(MSG("results.growth.open_plan")) + "##open_plan",
                                       Tr(MSG("results.growth.open_timeline")) + "##open_timeline"}, -1);
    if (clicked == 0) action.kind = ResultsAction::Kind::OpenPlan;
    if (clicked == 1) action.kind = ResultsAction::Kind::OpenTimeline;
  }
  if (!m.benchmark.empty())
    Paragraph(ui.fonts.small, ToImVec4(p.text_muted), Tr(MSG("results.growth.benchmark"), m.benchmark).c_str());
  if (growth.empty()) {
    Paragraph(ui.fonts.body, ToImVec4(p.text_muted), Tr(MSG("results.growth.none")).c_str());
    return;
  }
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted), Tr(MSG("results.growth.intro")).c_str());
  for (const GrowthItem& g : growth) {
    BeginCard(ui, std::min(width, ui.px(900)), p.surface, p.border);
    Heading(ui, 3, (g.code + " \xC2\xB7 " + g.name).c_str());
    Paragraph(ui.fonts.small, ToImVec4(p.text_muted),
              (g.next_level > 0 ? Tr(MSG("results.growth.levels_next"), g.level, g.target, g.next_level_label)
                                : Tr(MSG("results.growth.levels"), g.level, g.target))
                  .c_str());
    for (const std::string& st : g.next_statements) {
      BulletParagraph(ui.fonts.body, ToImVec4(p.text), st.c_str());
    }
    const std::string open = Tr(MSG("results.growth.open_skill")) + "##grow:" + g.key;
    if (Button(ui, open.c_str())) {
      action.kind = ResultsAction::Kind::OpenSkill;
      action.skill_key = g.key;
    }
    ItemState named;
    named.name = Tr(MSG("results.growth.open_skill_named"), g.code);
    DescribeItem(open.c_str(), Role::Button, named);
    EndCard();
  }
}

}  // namespace

// ---------------------------------------------------------------------------
// [SECTION] DrawResultsScreen
// ---------------------------------------------------------------------------
ResultsAction DrawResultsScreen(const UiContext& ui, const ResultsModel& m, ResultsState& state) {
  ResultsAction action;
  if (BeginPage("##results")) {
    ImGui::Dummy(ImVec2(0, ui.px(8)));
    const float width = BeginColumn(ui, kPageMaxCss);
    SemanticGroup main(Role::Main);
    DrawHeader(ui, m, width, action);
    ImGui::Dummy(ImVec2(0, ui.px(6)));
    DrawExports(ui, m, action);
    action.group = state.group;  // the chart an SVG or PNG export shows
    DrawChartSection(ui, m, state, width, action);
    DrawReviews(ui, m, state, width, action);
    DrawSnapshots(ui, m, state, width, action);
    DrawRoleTargets(ui, m, action);
    DrawGrowth(ui, m, width, action);
    DrawTable(ui, m, state, width);
    ImGui::Dummy(ImVec2(0, ui.px(24)));
    EndColumn();
  }
  EndPage();
  return action;
}

}  // namespace skillscope::ui
