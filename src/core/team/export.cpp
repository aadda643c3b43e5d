// Sections
//   [SECTION] CSV
//   [SECTION] Team report (HTML)
#include "core/team/export.h"

#include <algorithm>
#include <cstdio>

#include "core/chart/heat_style.h"
#include "core/text/csv.h"
#include "core/text/markup.h"
#include "core/chart/radar.h"

namespace skillscope {
namespace {

std::string CoverageText(const TeamSkill& s) {
  return s.threshold_defined ? std::to_string(s.covered) : std::string("not defined at that level");
}

// ---------------------------------------------------------------------------
// [SECTION] CSV
// ---------------------------------------------------------------------------
// The level in words a spreadsheet can filter on.
std::string CsvLevel(const TeamCell& c) {
  switch (c.kind) {
    case CellKind::Level: return std::to_string(c.level);
    case CellKind::NotApplicable: return "not applicable";
    case CellKind::Skipped: return "skipped";
    case CellKind::Unanswered: return "not answered";
    case CellKind::NotAssessed: return "";
    case CellKind::OtherVersion: return "other version";
  }
  return "";
}

}  // namespace

std::string TeamCsv(const TeamGrid& g, const std::vector<std::size_t>& rows, const std::string& role_name) {
  const bool role = !role_name.empty();
  std::string out = kCsvByteOrderMark;
  std::vector<std::string> head{"Code", "Skill", "Framework", "Version", "Category"};
  if (role) head.push_back("Role level (" + role_name + ")");
  auto reviewed = [&](std::size_t m) { return m < g.member_reviewed.size() && g.member_reviewed[m]; };
  for (std::size_t m = 0; m < g.members(); ++m) {
    head.push_back(g.member_names[m]);
    head.push_back(g.member_names[m] + " target");
    if (reviewed(m)) head.push_back(g.member_names[m] + " (your review)");
  }
  for (const char* h : {"Holders by level", "Median"}) head.push_back(h);
  head.push_back("Coverage at level " + std::to_string(g.threshold) + " or above");
  head.push_back("Single point of failure");
  if (role) head.push_back("Gaps to the role");
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
    row.push_back(s.holders > 0 ? MedianText(s) : "");
    row.push_back(CoverageText(s));
    row.push_back(s.single_point ? "yes (" + s.single_holder + ")" : "no");
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

std::string Hex(std::uint32_t rgb) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%06X", rgb & 0xFFFFFFu);
  return buf;
}

void Cell(TextOut& o, const TeamSkill& s, const TeamCell& c, const std::string& person) {
  const std::string text = CellText(c);
  const bool gap = IsRoleGap(s, c);
  std::string title = person + ", " + s.code;
  if (c.reviewed_differs) title += ", your review: level " + std::to_string(c.reviewed);
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
    << (c.reviewed_differs ? "<span class=\"rv\">review " + std::to_string(c.reviewed) + "</span>" : std::string())
    << "</td>";
}

void Heatmap(TextOut& o, const TeamReportInput& in) {
  const TeamGrid& g = *in.grid;
  const bool role = !in.role_name.empty();
  o << "<div class=\"wrap\">\n<table>\n<caption class=\"muted\">Levels per skill (rows) and person (columns), with "
       "the figures for each skill</caption>\n<thead><tr><th scope=\"col\">Skill</th>";
  if (role) o << "<th scope=\"col\">Role</th>";
  for (const std::string& name : g.member_names) o << "<th scope=\"col\">" << E(name) << "</th>";
  o << "<th scope=\"col\">Holders by level</th><th scope=\"col\">Median</th><th scope=\"col\">Coverage (level "
    << g.threshold << "+)</th><th scope=\"col\">Single point of failure</th>";
  if (role) o << "<th scope=\"col\">Gaps</th>";
  o << "</tr></thead>\n<tbody>\n";
  for (std::size_t i : in.rows) {
    const TeamSkill& s = g.skills[i];
    o << "<tr><th scope=\"row\">" << E(s.code) << " &#183; " << E(s.name) << "<br /><span class=\"muted\">"
      << E(s.framework_title) << (s.category.empty() ? "" : " &#8250; " + E(s.category)) << "</span></th>";
    if (role) o << "<td>" << (s.role_level > 0 ? std::to_string(s.role_level) : std::string("&#8212;")) << "</td>";
    for (std::size_t m = 0; m < g.members(); ++m) Cell(o, s, g.At(i, m), g.member_names[m]);
    o << "<td>" << E(HoldersText(s)) << "</td><td>" << E(MedianText(s)) << "</td><td>" << E(CoverageText(s))
      << "</td>" << (s.single_point ? "<td class=\"spof\">Yes: " + E(s.single_holder) : std::string("<td>No"))
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
  o << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n"
    << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"
    // Nothing in this file may load or run anything.
    << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\" />\n"
    << "<title>" << E(in.title) << "</title>\n<style>" << kStyle << "</style>\n</head>\n<body>\n<main>\n";
  o << "<h1>" << E(in.title) << "</h1>\n<p class=\"meta\">" << g.members() << (g.members() == 1 ? " person" : " people")
    << " &#183; " << in.rows.size() << (in.rows.size() == 1 ? " skill" : " skills") << " (" << E(in.filter)
    << ") &#183; " << E(in.date) << " &#183; made with skillscope</p>\n";
  if (!in.privacy_note.empty()) o << "<p class=\"muted\">" << E(in.privacy_note) << "</p>\n";

  o << "<section aria-labelledby=\"grid\">\n<h2 id=\"grid\">Skills and people</h2>\n<ul class=\"key\">\n"
    << "<li>A number is the level the person chose; &#8220;3 &#8250; 4&#8221; is level 3 with a target of 4. "
       "Darker cells are higher on the skill&#8217;s own scale.</li>\n"
    << "<li><strong>n/a</strong>: not applicable to their work (hatched); <strong>?</strong>: chosen but not "
       "answered (dashed); <em>skipped</em>; empty: the person did not assess this skill; <strong>other</strong>: "
       "answered in another version of the framework whose statements differ (see below).</li>\n"
    << "<li>Coverage counts the people at level " << g.threshold
    << " or above; a single point of failure is a skill only one person holds at that level.</li>\n";
  if (std::find(g.member_reviewed.begin(), g.member_reviewed.end(), true) != g.member_reviewed.end())
    o << "<li><span class=\"rv\" style=\"display:inline\">review 2</span> under a level: your review of that "
         "person proposed level 2 there.</li>\n";
  if (!in.role_name.empty())
    o << "<li>Role: " << E(in.role_name) << ". Cells outlined in red are gaps: below the role&#8217;s level, or "
                                            "not at a level at all.</li>\n";
  o << "</ul>\n";
  Heatmap(o, in);
  o << "</section>\n";

  o << "<section aria-labelledby=\"risk\">\n<h2 id=\"risk\">Single points of failure and gaps in coverage</h2>\n<ul>\n";
  const std::vector<std::string> risks = RiskLines(g, in.rows);
  for (const std::string& line : risks) o << "<li>" << E(line) << "</li>\n";
  if (risks.empty())
    o << "<li>None: every skill shown is held at level " << g.threshold << " or above by two people or more.</li>\n";
  o << "</ul>\n</section>\n\n";
  o << "<section aria-labelledby=\"people\">\n<h2 id=\"people\">People</h2>\n<ul>\n";
  for (std::size_t m = 0; m < g.members(); ++m) o << "<li>" << E(MemberSummaryLine(g, m, !in.role_name.empty(), &in.rows)) << "</li>\n";
  o << "</ul>\n</section>\n";

  if (!g.differences.empty()) {
    o << "<section aria-labelledby=\"versions\">\n<h2 id=\"versions\">Framework versions</h2>\n<ul>\n";
    for (const std::string& d : g.differences) o << "<li>" << E(d) << "</li>\n";
    o << "</ul>\n</section>\n";
  }
  o << "<section aria-labelledby=\"sources\">\n<h2 id=\"sources\">Sources</h2>\n<ul>\n";
  for (const std::string& s : in.sources) o << "<li>" << E(s) << "</li>\n";
  o << "</ul>\n</section>\n</main>\n</body>\n</html>\n";
  return o.str();
}

}  // namespace skillscope
