// Sections
//   [SECTION] CSV
//   [SECTION] Team report (HTML)
#include "core/team/export.h"

#include <algorithm>
#include <cstdio>

#include "core/chart/heat_style.h"
#include "core/text/csv.h"
#include "core/text/markup.h"
#include "core/text/messages.h"
#include "core/chart/radar.h"

namespace skillscope {
namespace {

std::string CoverageText(const TeamSkill& s) {
  return s.threshold_defined ? std::to_string(s.covered) : Tr(MSG("team_export.coverage_not_defined"));
}

// ---------------------------------------------------------------------------
// [SECTION] CSV
// ---------------------------------------------------------------------------
// The level in words a spreadsheet can filter on.
std::string CsvLevel(const TeamCell& c) {
  switch (c.kind) {
    case CellKind::Level: return std::to_string(c.level);
    case CellKind::NotApplicable: return Tr(MSG("team_export.csv_not_applicable"));
    case CellKind::Skipped: return Tr(MSG("team_export.csv_skipped"));
    case CellKind::Unanswered: return Tr(MSG("team_export.csv_not_answered"));
    case CellKind::NotAssessed: return "";
    case CellKind::OtherVersion: return Tr(MSG("team_export.csv_other_version"));
  }
  return "";
}

// The median as data: digits and a point, whatever the language ("2.5").
std::string CsvMedian(const TeamSkill& s) {
  char buf[16];
  std::snprintf(buf, sizeof buf, s.median == static_cast<int>(s.median) ? "%.0f" : "%.1f", s.median);
  return buf;
}

}  // namespace

std::string TeamCsv(const TeamGrid& g, const std::vector<std::size_t>& rows, const std::string& role_name) {
  const bool role = !role_name.empty();
  std::string out = kCsvByteOrderMark;
  std::vector<std::string> head;
  for (MessageKey h : {MSG("team_export.csv_code"), MSG("team_export.csv_skill"), MSG("team_export.csv_framework"),
                       MSG("team_export.csv_version"), MSG("team_export.csv_category")})
    head.push_back(Tr(h));
  if (role) head.push_back(Tr(MSG("team_export.csv_role_level"), role_name));
  auto reviewed = [&](std::size_t m) { return m < g.member_reviewed.size() && g.member_reviewed[m]; };
  for (std::size_t m = 0; m < g.members(); ++m) {
    head.push_back(g.member_names[m]);
    head.push_back(Tr(MSG("team_export.csv_member_target"), g.member_names[m]));
    if (reviewed(m)) head.push_back(Tr(MSG("team_export.csv_member_review"), g.member_names[m]));
  }
  head.push_back(Tr(MSG("team_export.holders_by_level")));
  head.push_back(Tr(MSG("team_export.median")));
  head.push_back(Tr(MSG("team_export.csv_coverage"), g.threshold));
  head.push_back(Tr(MSG("team_export.single_point_of_failure")));
  if (role) head.push_back(Tr(MSG("team_export.csv_gaps_to_role")));
  CsvRow(out, head);
  for (std::size_t i : rows) {
    const TeamSkill& s = g.skills[i];
    std::vector<std::string> row{s.code, s.name, s.framework_title, s.version, s.category};
    if (role) row.push_back(s.role_level > 0 ? std::to_string(s.role_level) : "");
    for (std::size_t m = 0; m < g.members(); ++m) {
      const TeamCell& c = g.At(i, m);
      row.push_back(CsvLevel(c));
      row.push_back(Comparable(c) && c.target > 0 ? std::to_string(c.target) : "");
      if (reviewed(m)) row.push_back(c.reviewed > 0 ? std::to_string(c.reviewed) : "");
    }
    row.push_back(HoldersText(s));
    row.push_back(s.holders > 0 ? CsvMedian(s) : "");
    row.push_back(CoverageText(s));
    row.push_back(s.single_point ? Tr(MSG("team_export.csv_single_holder"), s.single_holder) : Tr(MSG("team_export.csv_no")));
    if (role) row.push_back(s.role_level > 0 ? std::to_string(s.gaps) : "");
    CsvRow(out, row);
  }
  return out;
}

// ---------------------------------------------------------------------------
// [SECTION] Team report (HTML)
// ---------------------------------------------------------------------------
namespace {

constexpr const char* kStyle = R"(
@page { size: auto; margin: 14mm 12mm; }
html { font-family: 'Open Sans', Arial, Helvetica, sans-serif; color: #1e2228; background: #fff; }
body { margin: 0 auto; max-width: 70rem; padding: 1.5rem; line-height: 1.45; font-size: 10.5pt; }
h1 { font-size: 1.6rem; margin: 0 0 .2rem; }
h2 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; border-bottom: 1px solid #d3d6dc; padding-bottom: .2rem; }
.meta, .muted { color: #555d68; }
.wrap { overflow-x: auto; }
table { border-collapse: collapse; font-size: .9rem; }
th, td { padding: .25rem .4rem; border: 1px solid #e2e4e8; text-align: center; vertical-align: middle; }
th { background: #f1f2f4; font-weight: 600; }
th[scope=row] { text-align: left; min-width: 14rem; }
td.lv { font-weight: 600; }
td.na { background: repeating-linear-gradient(135deg, #eceef1 0 4px, #fff 4px 8px); color: #555d68; }
td.un { border: 1px dashed #8a919c; color: #555d68; }
td.sk { color: #555d68; font-style: italic; }
td.ov { color: #8a5a00; }
td.spof { font-weight: 700; color: #b0241a; }
td.gap { outline: 2px solid #b0241a; outline-offset: -3px; }
td .rv { display: block; font-size: .75rem; font-weight: 400; color: #5b2a86; background: #fff; border-radius: 3px; }
ul.key li { margin: .1rem 0; }
tr { break-inside: avoid; }
@media print { body { padding: 0; max-width: none; } .wrap { overflow: visible; } }
)";

std::string E(const std::string& s) { return EscapeMarkup(s); }

// A message with markup in its placeholders: its words escaped, the markup kept.
template <typename... Args>
std::string MarkedUp(MessageKey key, const Args&... markup) {
  return FormatMessage(E(Tr(key)), {MessageArg(markup)...});
}

std::string Hex(std::uint32_t rgb) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%06X", rgb & 0xFFFFFFu);
  return buf;
}

void Cell(TextOut& o, const TeamSkill& s, const TeamCell& c, const std::string& person) {
  const std::string text = CellText(c);
  const bool gap = IsRoleGap(s, c);
  std::string title = person + ", " + s.code;
  if (c.reviewed_differs) title = Tr(MSG("team_export.cell_title_review"), title, c.reviewed);
  std::string cls;
  std::string style;
  switch (c.kind) {
    case CellKind::Level: {
      const double f = LevelFraction(s.scale_levels, c.level);
      cls = "lv";
      style = " style=\"background:" + Hex(HeatFillRgb(f)) + ";color:" + Hex(HeatTextRgb(f)) + "\"";
      break;
    }
    case CellKind::NotApplicable: cls = "na"; break;
    case CellKind::Skipped: cls = "sk"; break;
    case CellKind::Unanswered: cls = "un"; break;
    case CellKind::NotAssessed: break;
    case CellKind::OtherVersion: cls = "ov"; break;
  }
  if (gap) cls += cls.empty() ? "gap" : " gap";
  o << "<td" << (cls.empty() ? "" : " class=\"" + cls + "\"") << style << " title=\"" << E(title) << "\">"
    << (text.empty() ? std::string("&#160;") : E(text))
    << (c.reviewed_differs ? "<span class=\"rv\">" + E(Tr(MSG("team_export.review_level"), c.reviewed)) + "</span>"
                           : std::string())
    << "</td>";
}

void Heatmap(TextOut& o, const TeamReportInput& in) {
  const TeamGrid& g = *in.grid;
  const bool role = !in.role_name.empty();
  auto heading = [&](const std::string& text) { o << "<th scope=\"col\">" << E(text) << "</th>"; };
  o << "<div class=\"wrap\">\n<table>\n<caption class=\"muted\">" << E(Tr(MSG("team_export.heatmap_caption")))
    << "</caption>\n<thead><tr>";
  heading(Tr(MSG("team_export.column_skill")));
  if (role) heading(Tr(MSG("team_export.column_role")));
  for (const std::string& name : g.member_names) heading(name);
  heading(Tr(MSG("team_export.holders_by_level")));
  heading(Tr(MSG("team_export.median")));
  heading(Tr(MSG("team_export.column_coverage"), g.threshold));
  heading(Tr(MSG("team_export.single_point_of_failure")));
  if (role) heading(Tr(MSG("team_export.column_gaps")));
  o << "</tr></thead>\n<tbody>\n";
  for (std::size_t i : in.rows) {
    const TeamSkill& s = g.skills[i];
    o << "<tr><th scope=\"row\">" << E(s.code) << " &#183; " << E(s.name) << "<br /><span class=\"muted\">"
      << E(s.framework_title) << (s.category.empty() ? "" : " &#8250; " + E(s.category)) << "</span></th>";
    if (role) o << "<td>" << (s.role_level > 0 ? std::to_string(s.role_level) : std::string("&#8212;")) << "</td>";
    for (std::size_t m = 0; m < g.members(); ++m) Cell(o, s, g.At(i, m), g.member_names[m]);
    o << "<td>" << E(HoldersText(s)) << "</td><td>" << E(MedianText(s)) << "</td><td>" << E(CoverageText(s))
      << "</td>"
      << (s.single_point ? "<td class=\"spof\">" + E(Tr(MSG("team_export.single_holder"), s.single_holder))
                         : "<td>" + E(Tr(MSG("team_export.no_single_holder"))))
      << "</td>";
    if (role) o << "<td>" << (s.role_level > 0 ? std::to_string(s.gaps) : std::string("&#8212;")) << "</td>";
    o << "</tr>\n";
  }
  o << "</tbody>\n</table>\n</div>\n";
}

}  // namespace

std::string TeamReportHtml(const TeamReportInput& in) {
  const TeamGrid& g = *in.grid;
  TextOut o;
  o << "<!DOCTYPE html>\n<html lang=\"" << E(CurrentLanguage().code) << "\">\n<head>\n<meta charset=\"utf-8\" />\n"
    << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"
    // Nothing in this file may load or run anything.
    << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\" />\n"
    << "<title>" << E(in.title) << "</title>\n<style>" << kStyle << "</style>\n</head>\n<body>\n<main>\n";
  o << "<h1>" << E(in.title) << "</h1>\n<p class=\"meta\">"
    << E(TrN(MSG("team_export.people_count"), static_cast<long long>(g.members()))) << " &#183; "
    << E(TrN(MSG("team_export.skill_count"), static_cast<long long>(in.rows.size()), in.filter)) << " &#183; "
    << E(in.date) << " &#183; " << E(Tr(MSG("report.made_with"))) << "</p>\n";
  if (!in.privacy_note.empty()) o << "<p class=\"muted\">" << E(in.privacy_note) << "</p>\n";

  // The key names each cell as the heatmap writes it (CellText).
  auto cell = [](CellKind kind) { return E(CellText(TeamCell{kind})); };
  o << "<section aria-labelledby=\"grid\">\n<h2 id=\"grid\">" << E(Tr(MSG("team_export.skills_and_people")))
    << "</h2>\n<ul class=\"key\">\n"
    << "<li>" << E(Tr(MSG("team_export.key_levels"))) << "</li>\n"
    << "<li>"
    << MarkedUp(MSG("team_export.key_cells"), "<strong>" + cell(CellKind::NotApplicable) + "</strong>",
                "<strong>" + cell(CellKind::Unanswered) + "</strong>", "<em>" + cell(CellKind::Skipped) + "</em>",
                "<strong>" + cell(CellKind::OtherVersion) + "</strong>")
    << "</li>\n"
    << "<li>" << E(Tr(MSG("team_export.key_coverage"), g.threshold)) << "</li>\n";
  if (std::find(g.member_reviewed.begin(), g.member_reviewed.end(), true) != g.member_reviewed.end())
    o << "<li>"
      << MarkedUp(MSG("team_export.key_review"),
                  "<span class=\"rv\" style=\"display:inline\">" + E(Tr(MSG("team_export.review_level"), 2)) + "</span>",
                  FormatInteger(2))
      << "</li>\n";
  if (!in.role_name.empty()) o << "<li>" << E(Tr(MSG("team_export.key_role"), in.role_name)) << "</li>\n";
  o << "</ul>\n";
  Heatmap(o, in);
  o << "</section>\n";

  o << "<section aria-labelledby=\"risk\">\n<h2 id=\"risk\">" << E(Tr(MSG("team_export.risks"))) << "</h2>\n<ul>\n";
  const std::vector<std::string> risks = RiskLines(g, in.rows);
  for (const std::string& line : risks) o << "<li>" << E(line) << "</li>\n";
  if (risks.empty()) o << "<li>" << E(Tr(MSG("team_export.no_risks"), g.threshold)) << "</li>\n";
  o << "</ul>\n</section>\n\n";
  o << "<section aria-labelledby=\"people\">\n<h2 id=\"people\">" << E(Tr(MSG("team_export.people"))) << "</h2>\n<ul>\n";
  for (std::size_t m = 0; m < g.members(); ++m) o << "<li>" << E(MemberSummaryLine(g, m, !in.role_name.empty(), &in.rows)) << "</li>\n";
  o << "</ul>\n</section>\n";

  if (!g.differences.empty()) {
    o << "<section aria-labelledby=\"versions\">\n<h2 id=\"versions\">" << E(Tr(MSG("team_export.framework_versions")))
      << "</h2>\n<ul>\n";
    for (const std::string& d : g.differences) o << "<li>" << E(d) << "</li>\n";
    o << "</ul>\n</section>\n";
  }
  o << "<section aria-labelledby=\"sources\">\n<h2 id=\"sources\">" << E(Tr(MSG("report.sources"))) << "</h2>\n<ul>\n";
  for (const std::string& s : in.sources) o << "<li>" << E(s) << "</li>\n";
  o << "</ul>\n</section>\n</main>\n</body>\n</html>\n";
  return o.str();
}

}  // namespace skillscope
