#include "core/chart/report.h"

#include <set>

#include "core/text/markup.h"
#include "core/text/messages.h"

namespace skillscope {
namespace {

// Print-first styling: A4/Letter margins, no colour needed to read it, tables that
// keep rows together across pages.
constexpr const char* kStyle = R"(
@page { size: auto; margin: 16mm 14mm; }
html { font-family: 'Open Sans', Arial, Helvetica, sans-serif; color: #1e2228; background: #fff; }
body { margin: 0 auto; max-width: 52rem; padding: 1.5rem; line-height: 1.45; font-size: 11pt; }
ul.plan { list-style: none; padding-left: .4rem; }
h1 { font-size: 1.7rem; margin: 0 0 .2rem; }
h2 { font-size: 1.25rem; margin: 1.6rem 0 .5rem; border-bottom: 1px solid #d3d6dc; padding-bottom: .2rem; }
h3 { font-size: 1.05rem; margin: 1.1rem 0 .3rem; }
.meta { color: #555d68; margin: 0 0 1rem; }
figure { margin: 0; }
figure svg { width: 100%; height: auto; }
figcaption { color: #555d68; font-size: .9rem; }
table { border-collapse: collapse; width: 100%; font-size: .95rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid #e2e4e8; }
th { background: #f1f2f4; }
tr { break-inside: avoid; }
.notes { white-space: pre-wrap; background: #f7f6f2; padding: .5rem .7rem; border-left: 3px solid #c9cdd4; }
.skill { break-inside: avoid-page; }
.muted { color: #555d68; }
@media print { body { padding: 0; max-width: none; } h2 { break-after: avoid; } }
)";

std::string E(const std::string& s) { return EscapeMarkup(s); }

// A message with markup in its placeholders: its words escaped, the markup kept.
template <typename... Args>
std::string MarkedUp(MessageKey key, const Args&... markup) {
  return FormatMessage(E(Tr(key)), {MessageArg(markup)...});
}

void StatementList(TextOut& o, const std::vector<std::string>& statements) {
  o << "<ul>\n";
  for (const std::string& s : statements) o << "<li>" << E(s) << "</li>\n";
  o << "</ul>\n";
}

void SkillsTable(TextOut& o, const std::vector<SkillResult>& results) {
  o << "<table>\n<caption class=\"muted\">" << E(Tr(MSG("report.skills_table_caption"))) << "</caption>\n<thead><tr>";
  for (MessageKey heading : {MSG("report.column_skill"), MSG("report.column_framework"), MSG("report.column_level"),
                             MSG("report.column_target"), MSG("report.column_gap"), MSG("report.column_confidence"),
                             MSG("report.column_evidence")})
    o << "<th scope=\"col\">" << E(Tr(heading)) << "</th>";
  o << "</tr></thead>\n<tbody>\n";
  for (const SkillResult& r : results) {
    o << "<tr><th scope=\"row\">" << E(r.code) << " " << E(r.name) << "</th><td>" << E(r.framework_title) << "</td><td>"
      << E(r.overridden ? Tr(MSG("report.level_over_suggestion"), r.level_label) : r.level_label) << "</td><td>"
      << (r.target_label.empty() ? "&#8212;" : E(r.target_label)) << "</td><td>"
      << (r.gap > 0 ? E(FormatInteger(r.gap)) : std::string("&#8212;")) << "</td><td>"
      << (r.confidence == Confidence::Unset ? std::string("&#8212;") : E(ConfidenceLabel(r.confidence))) << "</td><td>"
      << E(Tr(r.notes.empty() ? MSG("report.evidence_no") : MSG("report.evidence_yes"))) << "</td></tr>\n";
  }
  o << "</tbody>\n</table>\n";
}

}  // namespace

std::string ReportHtml(const ReportInput& in) {
  TextOut o;
  const std::string title = Tr(MSG("report.title"), in.profile_name);
  o << "<!DOCTYPE html>\n<html lang=\"" << E(CurrentLanguage().code) << "\">\n<head>\n<meta charset=\"utf-8\" />\n"
    << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"
    // Nothing in this file may load or run anything.
    << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\" />\n"
    << "<title>" << E(title) << "</title>\n<style>" << kStyle << "</style>\n</head>\n<body>\n<main>\n";
  o << "<h1 dir=\"auto\">" << E(in.profile_name) << "</h1>\n<p class=\"meta\">"
    << (in.person.empty() ? "" : E(in.person) + " &#183; ") << E(Tr(MSG("report.self_assessment_on"), in.date))
    << " &#183; " << E(Tr(MSG("report.made_with"))) << "</p>\n";

  o << "<section aria-labelledby=\"summary\">\n<h2 id=\"summary\">" << E(Tr(MSG("report.summary"))) << "</h2>\n<ul>\n";
  for (const std::string& s : in.summaries) o << "<li>" << E(s) << "</li>\n";
  o << "</ul>\n</section>\n";

  o << "<section aria-labelledby=\"chart\">\n<h2 id=\"chart\">" << E(Tr(MSG("report.profile_chart"))) << "</h2>\n";
  for (const ReportInput::Chart& chart : in.charts) {
    o << "<figure>\n" << chart.svg << "<figcaption>"
      << E(Tr(chart.radar ? MSG("report.radar_caption") : MSG("report.bars_caption")))
      << "</figcaption>\n</figure>\n";
  }
  o << "</section>\n";

  o << "<section aria-labelledby=\"skills\">\n<h2 id=\"skills\">" << E(Tr(MSG("report.skills"))) << "</h2>\n";
  SkillsTable(o, in.results);
  o << "</section>\n";

  if (!in.reviews.empty()) {
    o << "<section aria-labelledby=\"reviews\">\n<h2 id=\"reviews\">"
      << E(TrN(MSG("report.reviews"), static_cast<long long>(in.reviews.size()))) << "</h2>\n";
    for (const ReportInput::Review& review : in.reviews) {
      o << "<h3>" << E(review.title) << "</h3>\n";
      if (!review.stale.empty()) o << "<p>" << E(review.stale) << "</p>\n";
      o << "<table>\n<thead><tr>";
      for (MessageKey heading : {MSG("report.column_skill"), MSG("report.column_you"), MSG("report.column_reviewer"),
                                 MSG("report.column_comment_and_reply")})
        o << "<th scope=\"col\">" << E(Tr(heading)) << "</th>";
      o << "</tr></thead>\n<tbody>\n";
      for (const ReportInput::ReviewedSkill& s : review.skills) {
        o << "<tr><th scope=\"row\">" << E(s.skill) << "</th><td>" << E(s.self) << "</td><td>"
          << (s.differs ? "<strong>" + E(s.reviewer) + "</strong>" : E(s.reviewer)) << "</td><td dir=\"auto\">"
          << E(s.comment);
        if (!s.reply.empty()) o << (s.comment.empty() ? "" : "<br>") << "<em>" << E(s.reply) << "</em>";
        o << "</td></tr>\n";
      }
      o << "</tbody>\n</table>\n";
    }
    o << "</section>\n";
  }

  if (!in.plan.empty()) {
    o << "<section aria-labelledby=\"plan\">\n<h2 id=\"plan\">" << E(Tr(MSG("report.development_plan"))) << "</h2>\n";
    for (const PlanItem& item : in.plan) {
      o << "<div class=\"skill\">\n<h3>" << E(item.code) << " " << E(item.name) << "</h3>\n<p>"
        << E(Tr(MSG("report.plan_item"), item.level, item.goal, item.next_level_label, item.done(), item.actions.size()))
        << "</p>\n<ul class=\"plan\">\n";
      for (const PlanAction& a : item.actions) {
        o << "<li dir=\"auto\">" << (a.done ? "&#9745; " : "&#9744; ") << E(a.statement);
        if (!a.note.due.empty()) o << " <span class=\"muted\">" << E(Tr(MSG("report.due"), a.note.due)) << "</span>";
        if (!a.note.note.empty()) o << "<br><em>" << E(a.note.note) << "</em>";
        o << "</li>\n";
      }
      o << "</ul>\n</div>\n";
    }
    o << "</section>\n";
  } else if (!in.growth.empty()) {
    o << "<section aria-labelledby=\"grow\">\n<h2 id=\"grow\">" << E(Tr(MSG("report.where_to_grow"))) << "</h2>\n";
    for (const GrowthItem& g : in.growth) {
      o << "<div class=\"skill\">\n<h3>" << E(g.code) << " " << E(g.name) << "</h3>\n<p>"
        << E(g.next_level > 0 ? Tr(MSG("report.growth_item_next"), g.level, g.target, g.next_level_label)
                              : Tr(MSG("report.growth_item"), g.level, g.target))
        << "</p>\n";
      StatementList(o, g.next_statements);
      o << "</div>\n";
    }
    o << "</section>\n";
  }

  o << "<section aria-labelledby=\"detail\">\n<h2 id=\"detail\">" << E(Tr(MSG("report.skill_by_skill"))) << "</h2>\n";
  for (const SkillResult& r : in.results) {
    o << "<div class=\"skill\">\n<h3>" << E(r.code) << " " << E(r.name) << "</h3>\n<p class=\"muted\">"
      << E(r.framework_title) << (r.category.empty() ? "" : " &#183; " + E(r.category)) << "</p>\n<p>";
    const std::string level = "<strong>" + E(r.level_label) + "</strong>";
    o << (r.target_label.empty() ? level : MarkedUp(MSG("report.level_and_target"), level, E(r.target_label))) << "</p>\n";
    if (!r.level_statements.empty()) StatementList(o, r.level_statements);
    // dir="auto": a person's text in Hebrew or Arabic reads in its own direction.
    if (!r.notes.empty()) o << "<p class=\"notes\" dir=\"auto\">" << E(r.notes) << "</p>\n";
    o << "</div>\n";
  }
  o << "</section>\n";

  o << "<section aria-labelledby=\"sources\">\n<h2 id=\"sources\">" << E(Tr(MSG("report.sources"))) << "</h2>\n<ul>\n";
  std::set<std::string> seen;
  for (const SkillResult& r : in.results) {
    if (!seen.insert(r.framework_id).second) continue;
    o << "<li>" << E(Tr(MSG("report.source"), r.framework_title, r.attribution)) << "</li>\n";
  }
  o << "</ul>\n</section>\n</main>\n</body>\n</html>\n";
  return o.str();
}

}  // namespace skillscope
