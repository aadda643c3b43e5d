// Sections
//   [SECTION] Header, summaries, exports
//   [SECTION] Chart and legend
//   [SECTION] Table
//   [SECTION] Where to grow
//   [SECTION] DrawResultsScreen
#include "ui/results_screen.h"

#include <algorithm>
#include <numeric>

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
  if (Button(ui, "\xE2\x80\xB9 Questions##back_to_questions")) action.kind = ResultsAction::Kind::BackToQuestions;
  ImGui::SameLine();
  if (Button(ui, "Home##home")) action.kind = ResultsAction::Kind::Home;
  switch (DrawPageToolsAtRight(ui, left, width)) {
    case PageTool::None: break;
    case PageTool::Help: action.kind = ResultsAction::Kind::ShowHelp; break;
    case PageTool::Theme: action.kind = ResultsAction::Kind::ToggleTheme; break;
  }
  ImGui::Dummy(ImVec2(0, ui.px(6)));
  Heading(ui, 1, ("Your profile: \xE2\x80\x9C" + m.profile_name + "\xE2\x80\x9D").c_str());
  Paragraph(ui.fonts.body, ToImVec4(p.text_muted), m.subtitle.c_str());
  ImGui::Spacing();
  for (const std::string& line : m.summaries) {
    BulletParagraph(ui.fonts.body, ToImVec4(p.text), line.c_str());
  }
}

void DrawExports(const UiContext& ui, const ResultsModel& m, ResultsAction& action) {
  const Palette& p = ui.palette();
  Heading(ui, 2, "Keep or share it");
  const int clicked = Segmented(ui, {"Chart as SVG##export_svg", "Chart as PNG##export_png",
                                     "Printable report (HTML)##export_report", "Profile file (JSON)##export_profile",
                                     "Share link##share_link"}, -1, nullptr, 40);
  const ResultsAction::Kind kinds[] = {ResultsAction::Kind::ExportSvg, ResultsAction::Kind::ExportPng, ResultsAction::Kind::ExportReport,
                                       ResultsAction::Kind::ExportProfile, ResultsAction::Kind::ShareLink};
  if (clicked >= 0) action.kind = kinds[clicked];
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted),
            "Files are made in this browser and saved to your downloads; nothing is uploaded. A share link carries "
            "the profile inside the link itself (after the #), which is never sent to a server.");
  if (!m.share_message.empty()) {
    SetNextTextLive(Live::Polite);
    Paragraph(ui.fonts.body, ToImVec4(p.text), m.share_message.c_str());
  }
}

void DrawSnapshots(const UiContext& ui, const ResultsModel& m, ResultsState& state, float width, ResultsAction& action) {
  const Palette& p = ui.palette();
  ImGui::Dummy(ImVec2(0, ui.px(8)));
  Heading(ui, 2, "Snapshots");
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted),
            m.snapshot_ids.empty()
                ? "A snapshot keeps today\xE2\x80\x99s answers under a name, to compare with later."
                : "A snapshot keeps today\xE2\x80\x99s answers under a name. Show one over the chart with the "
                  "buttons just above the chart.");
  ImGui::PushFont(ui.fonts.strong);
  const float button_w = ButtonWidth("Save snapshot");
  ImGui::PopFont();
  // The field shares the line with its button where both fit; on a phone the button goes below.
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const bool one_line = width >= ui.px(240) + spacing + button_w;
  ImGui::SetNextItemWidth(one_line ? std::min(width - spacing - button_w, ui.px(360)) : width);
  ImGui::PushFont(ui.fonts.body);
  ImGui::InputTextWithHint("##snapshot_name", "Name, e.g. Before the training", &state.snapshot_name);
  NeedGlyphs(state.snapshot_name);
  DescribeTextField("##snapshot_name", "Snapshot name", state.snapshot_name, false, "For example: Before the training");
  ImGui::PopFont();
  if (one_line) ImGui::SameLine();
  if (Button(ui, "Save snapshot##save_snapshot")) {
    action.kind = ResultsAction::Kind::SaveSnapshot;
    action.text = state.snapshot_name;
    state.snapshot_name.clear();
  }
  for (std::size_t i = m.snapshot_ids.size(); i-- > 0;) {
    ImGui::PushID(static_cast<int>(i));
    Paragraph(ui.fonts.body, ToImVec4(p.text), (m.overlays[i] + " \xC2\xB7 " + m.snapshot_dates[i]).c_str());
    ImGui::SameLine();
    const std::string label = "Delete##delete_snapshot:" + m.snapshot_ids[i];
    if (Button(ui, label.c_str(), ImVec2(0, ui.px(32)))) {
      action.kind = ResultsAction::Kind::DeleteSnapshot;
      action.text = m.snapshot_ids[i];
    }
    ItemState named;
    named.name = "Delete the snapshot " + m.overlays[i];  // one "Delete" per snapshot: say which
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
  const std::string sides = "You: " + row.self + " \xC2\xB7 " + review.reviewer + ": " + row.reviewer;
  Paragraph(row.differs ? ui.fonts.strong : ui.fonts.body, ToImVec4(row.differs ? p.accent : p.text), sides.c_str());
  if (!row.comment.empty()) {
    Paragraph(ui.fonts.body, ToImVec4(p.text_muted), ("\xE2\x80\x9C" + row.comment + "\xE2\x80\x9D").c_str());
    NeedGlyphs(row.comment);
  }
  if (!row.reply.empty()) {
    Paragraph(ui.fonts.small, ToImVec4(p.text_muted), row.reply.c_str());
    NeedGlyphs(row.reply);
  }
  if (!row.differs) return;
  const std::string id = review.id + "/" + row.key;
  if (row.can_accept && Button(ui, ("Take this level##accept_review:" + id).c_str())) {
    action.kind = ResultsAction::Kind::AcceptReviewedLevel;
    action.review_id = review.id;
    action.skill_key = row.key;
  }
  std::string& reply = state.replies[id];
  ImGui::PushFont(ui.fonts.body);
  // Inside the card's padding, which the content region does not leave out.
  ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x - ui.px(16), ui.px(480)));
  ImGui::InputTextWithHint(("##reply_review:" + id).c_str(), "Your reply, if you keep your level", &reply);
  DescribeTextField(("##reply_review:" + id).c_str(), "Your reply to " + row.skill, reply);
  NeedGlyphs(reply);
  ImGui::PopFont();
  FlowNext(ButtonWidth("Keep mine") + ui.px(8), false);
  if (Button(ui, ("Keep mine##keep_review:" + id).c_str())) {
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
  Heading(ui, 2, m.reviews.size() == 1 ? "Review" : "Reviews");
  if (m.reveal_reviews != state.reviews_revealed) {
    ImGui::SetScrollHereY(0.0f);
    state.reviews_revealed = m.reveal_reviews;
  }
  bool comments = m.review_comments_in_exports;
  if (WrappedCheckbox("Put the reviewers\xE2\x80\x99 comments and my replies in the report", "review_comments_in_exports",
                      &comments))
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
    if (Button(ui, ("Save the agreed levels##save_agreed:" + review.id).c_str())) {
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
  Heading(ui, 2, "Profile chart");
  if (m.groups.size() > 1) {
    Paragraph(ui.fonts.small, ToImVec4(p.text_muted),
              "More than 30 skills: one chart per framework or category. Choose which to show:");
    std::vector<std::string> labels;
    for (std::size_t i = 0; i < m.groups.size(); ++i)
      labels.push_back(m.groups[i].name + " (" + std::to_string(m.groups[i].axes.size()) + ")##group:" + std::to_string(i));
    SemanticGroup group(Role::RadioGroup, "Chart shown");
    const int clicked = Segmented(ui, labels, state.group, ui.fonts.small, 34);
    if (clicked >= 0) state.group = clicked;
  }
  if (!m.overlay_labels.empty()) {
    std::vector<std::string> labels{"No overlay##overlay:none"};
    for (std::size_t i = 0; i < m.overlay_labels.size(); ++i)
      labels.push_back(m.overlay_labels[i] + "##overlay:" + std::to_string(i));
    SemanticGroup group(Role::RadioGroup, "Snapshot or review over the chart");
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
  std::string note = shown.answered >= kMinRadarAxes
                         ? "Each axis is one skill on its own framework\xE2\x80\x99s scale, from the centre (no level) "
                           "to its highest level, numbered at the end. Dotted ring pieces mark levels where a skill "
                           "is not defined."
                         : "With fewer than three answered skills, bars show each skill on its own scale.";
  if (any_gap)
    note += " Skipped, not applicable and unanswered skills are greyed with a cross and are not drawn as zero: "
            "the shapes are broken at their axes.";
  note += " Hover or focus a point for details; click an axis to revisit that skill.";
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted), note.c_str());
}

// ---------------------------------------------------------------------------
// [SECTION] Table
// ---------------------------------------------------------------------------
// kReviewed only when the profile has reviews.
enum Column { kSkill, kFramework, kLevel, kTarget, kGap, kConfidence, kEvidence, kReviewed, kColumns };

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
  Heading(ui, 2, "Skills");
  if (width < ui.px(640)) {
    // A phone: one block per skill.
    for (const SkillResult& r : rows) {
      BeginCard(ui, width, p.surface, p.border);
      Heading(ui, 3, (r.code + " \xC2\xB7 " + r.name).c_str());
      Paragraph(ui.fonts.small, ToImVec4(p.text_muted), r.framework_title.c_str());
      Paragraph(ui.fonts.body, ToImVec4(p.text), r.level_label.c_str());
      const std::string line = "Target: " + (r.target_label.empty() ? std::string(kDash) : r.target_label) +
                               " \xC2\xB7 Gap: " + (r.gap > 0 ? std::to_string(r.gap) : std::string(kDash)) +
                               " \xC2\xB7 Confidence: " + ConfidenceText(r.confidence) +
                               " \xC2\xB7 Evidence: " + (r.notes.empty() ? "no" : "yes");
      Paragraph(ui.fonts.small, ToImVec4(p.text_muted), line.c_str());
      const std::size_t i = static_cast<std::size_t>(&r - rows.data());
      if (i < m.reviewed.size() && !m.reviewed[i].text.empty())
        Paragraph(m.reviewed[i].differs ? ui.fonts.strong : ui.fonts.small,
                  ToImVec4(m.reviewed[i].differs ? p.accent : p.text_muted),
                  ("Reviewed: " + m.reviewed[i].text).c_str());
      EndCard();
    }
    return;
  }
  const bool with_reviews = m.reviewed.size() == rows.size() && !m.reviews.empty();
  const int columns = with_reviews ? kColumns : kReviewed;
  const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                ImGuiTableFlags_PadOuterX | ImGuiTableFlags_SortTristate;
  // Another id with the extra column: ImGui keeps a table's columns by its id.
  if (!ImGui::BeginTable(with_reviews ? "##skills_table_reviewed" : "##skills_table", columns, flags,
                         ImVec2(width, 0)))
    return;
  ImGui::TableSetupColumn("Skill", ImGuiTableColumnFlags_WidthStretch | ImGuiTableColumnFlags_DefaultSort, 3.0f);
  ImGui::TableSetupColumn("Framework", ImGuiTableColumnFlags_WidthStretch, 2.0f);
  ImGui::TableSetupColumn("Level", ImGuiTableColumnFlags_WidthStretch, 2.0f);
  ImGui::TableSetupColumn("Target", ImGuiTableColumnFlags_WidthStretch, 1.8f);
  // The short columns are as wide as their headings (and the sort arrow), so the
  // headings are never cut to "G…" or "Confi…"; the long ones share the rest.
  ImGui::PushFont(ui.fonts.strong);
  auto heading_w = [&](const char* heading) {
    return ImGui::CalcTextSize(heading).x + ImGui::GetFontSize() + ImGui::GetStyle().CellPadding.x * 2;
  };
  ImGui::TableSetupColumn("Gap", ImGuiTableColumnFlags_WidthFixed, heading_w("Gap"));
  ImGui::TableSetupColumn("Confidence", ImGuiTableColumnFlags_WidthFixed, heading_w("Confidence"));
  ImGui::TableSetupColumn("Evidence", ImGuiTableColumnFlags_WidthFixed, heading_w("Evidence"));
  if (with_reviews) ImGui::TableSetupColumn("Reviewed", ImGuiTableColumnFlags_WidthStretch, 2.4f);
  // Headings one by one, so each can be recorded (tests check that none is cut).
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
  for (int column = 0; column < columns; ++column) {
    if (!ImGui::TableSetColumnIndex(column)) continue;
    const char* heading = ImGui::TableGetColumnName(column);
    ImGui::TableHeader(heading);
    // The heading as a widget (its cell: click to sort) and as text (its full width).
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    RecordWidget((std::string(heading) + "##heading:" + heading).c_str(), min, max, Role::Button, ImGui::GetItemID());
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
    Paragraph(ui.fonts.body, ToImVec4(p.text), r.gap > 0 ? std::to_string(r.gap).c_str() : kDash);
    ImGui::TableNextColumn();
    Paragraph(ui.fonts.body, ToImVec4(p.text), ConfidenceText(r.confidence).c_str());
    ImGui::TableNextColumn();
    Paragraph(ui.fonts.body, ToImVec4(p.text), r.notes.empty() ? "No" : "Yes");
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
  Paragraph(ui.fonts.heading, ToImVec4(p.text), "Targets from a role");
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted),
            "A role sets your target in each skill it lists to the level it expects (not for skills you marked not "
            "applicable). Targets can still be changed skill by skill.");
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
  Heading(ui, 2, "Where to grow");
  // What next: the whole plan with ticks and notes, the roles that fit, progress over time.
  {
    SemanticGroup group(Role::Group, "What next");
    const int clicked = Segmented(ui, {"Development plan and roles\xE2\x80\xA6##open_plan",
                                       "Progress over time\xE2\x80\xA6##open_timeline"}, -1);
    if (clicked == 0) action.kind = ResultsAction::Kind::OpenPlan;
    if (clicked == 1) action.kind = ResultsAction::Kind::OpenTimeline;
  }
  if (!m.benchmark.empty())
    Paragraph(ui.fonts.small, ToImVec4(p.text_muted), ("Benchmark: " + m.benchmark + ", drawn on the chart.").c_str());
  if (growth.empty()) {
    Paragraph(ui.fonts.body, ToImVec4(p.text_muted),
              "No skill has a target above its level. Set targets on the skill pages to see what to work on.");
    return;
  }
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted),
            "The skills with the largest gap to your target, and what the next level up asks for, in the "
            "framework\xE2\x80\x99s words.");
  for (const GrowthItem& g : growth) {
    BeginCard(ui, std::min(width, ui.px(900)), p.surface, p.border);
    Heading(ui, 3, (g.code + " \xC2\xB7 " + g.name).c_str());
    Paragraph(ui.fonts.small, ToImVec4(p.text_muted),
              ("Now level " + std::to_string(g.level) + ", target level " + std::to_string(g.target) +
               (g.next_level > 0 ? ". Next: " + g.next_level_label : std::string("."))).c_str());
    for (const std::string& st : g.next_statements) {
      BulletParagraph(ui.fonts.body, ToImVec4(p.text), st.c_str());
    }
    const std::string open = "Open this skill##grow:" + g.key;
    if (Button(ui, open.c_str())) {
      action.kind = ResultsAction::Kind::OpenSkill;
      action.skill_key = g.key;
    }
    ItemState named;
    named.name = "Open this skill: " + g.code;
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
