// The SVG chart and the HTML report: well-formed, complete, and never running user text.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/profile/assessment.h"
#include "core/chart/data.h"
#include "core/text/markup.h"
#include "core/chart/report.h"
#include "core/chart/svg.h"
#include "xml_check.h"

using namespace skillscope;

namespace {
const std::string kNow = "2026-11-22T09:00:00Z";
const std::string kHostile = "<script>alert('x')</script> & \"quotes\" \x01\x02 end";

Framework Team(int skills) {
  Framework fw;
  fw.id = "team";
  fw.version = "1";
  fw.title = "Team & <Co>";
  fw.attribution = "\xC2\xA9 Team";
  fw.scale.levels = {{1, "One", ""}, {2, "Two", ""}, {3, "Three", ""}, {4, "", ""}};
  for (int i = 0; i < skills; ++i) {
    Skill s;
    s.code = "S" + std::to_string(i);
    s.name = "Skill <" + std::to_string(i) + "> \xE2\x80\x9Cquoted\xE2\x80\x9D";
    for (int l = 1; l <= 4; ++l) s.statements[l] = {s.code + " level " + std::to_string(l) + " does & <things>"};
    fw.skills.push_back(s);
  }
  return fw;
}

struct Setup {
  Catalog catalog;
  Profile profile;
  explicit Setup(int skills, int answered) {
    catalog.Add(Team(skills), FrameworkOrigin::BuiltIn);
    const Framework& fw = catalog.entries()[0].framework;
    std::vector<std::pair<const Framework*, std::string>> chosen;
    for (const Skill& s : fw.skills) chosen.emplace_back(&fw, s.code);
    profile = NewProfile("p", "Q4 <review>", "Zo\xC3\xAB", kNow, chosen);
    for (int i = 0; i < answered; ++i) {
      Answer& a = profile.answers[SkillKey("team", fw.skills[i].code)];
      ChooseLevel(a, fw.skills[i], 1 + i % 3, kNow);
      REQUIRE(SetTarget(a, fw.skills[i], 4, kNow));
      a.notes = kHostile;
    }
    if (skills > answered) MarkNotApplicable(profile.answers[SkillKey("team", fw.skills[answered].code)], kNow);
  }
  SvgDocument Chart() const {
    const ChartData d = BuildChartData(BuildResults(profile, catalog));
    SvgChart chart{"Chart of " + profile.name, "desc", d.axes, d.series};
    return ChartSvg(chart);
  }
  std::string Svg() const { return Chart().text; }

  ReportInput Report() const {
    ReportInput in;
    in.profile_name = profile.name;
    in.person = profile.person;
    in.date = "22 Nov 2026";
    in.results = BuildResults(profile, catalog);
    in.summaries = FrameworkSummaries(in.results);
    in.growth = WhereToGrow(in.results, catalog, profile, 3);
    const SvgDocument doc = Chart();
    in.charts.push_back({doc.text, doc.radar});
    return in;
  }
};

std::size_t Count(const std::vector<std::string>& v, const std::string& x) {
  return static_cast<std::size_t>(std::count(v.begin(), v.end(), x));
}
}  // namespace

TEST_CASE("markup escaping keeps user text as text") {
  CHECK(EscapeMarkup(kHostile) == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;  end");
  CHECK(EscapeMarkup("caf\xC3\xA9 \xE2\x80\x93 ok") == "caf\xC3\xA9 \xE2\x80\x93 ok");
}

TEST_CASE("the radar SVG is well-formed and has every skill, series and legend") {
  const Setup s(5, 4);
  const std::string svg = s.Svg();
  const xmlcheck::Result xml = xmlcheck::Check(svg);
  REQUIRE(xml.error == "");
  CHECK(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0) == 0);
  for (int i = 0; i < 5; ++i) CHECK(xml.text.find("S" + std::to_string(i)) != std::string::npos);
  CHECK(xml.text.find("Skill <0>") != std::string::npos);  // escaped in the source, readable as text
  CHECK(svg.find("<script") == std::string::npos);
  CHECK(xml.text.find("Your level") != std::string::npos);
  CHECK(xml.text.find("Your target") != std::string::npos);
  CHECK(Count(xml.elements, "title") == 1);
  CHECK(Count(xml.elements, "g") >= 4);
  CHECK(svg.find("stroke-dasharray=\"4 4\"") != std::string::npos);  // the not-applicable axis
}

TEST_CASE("with fewer than three answered skills the SVG shows bars") {
  const Setup s(2, 2);
  const std::string svg = s.Svg();
  REQUIRE(xmlcheck::Check(svg).error == "");
  CHECK(svg.find("class=\"rings\"") == std::string::npos);
  CHECK(svg.find("<rect x=") != std::string::npos);
}

TEST_CASE("the HTML report is well-formed, self-contained and escapes user text") {
  const Setup s(4, 3);
  const ReportInput in = s.Report();
  const std::string html = ReportHtml(in);
  const xmlcheck::Result xml = xmlcheck::Check(html);
  REQUIRE(xml.error == "");
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(html.find("<html lang=\"en\">") != std::string::npos);
  CHECK(Count(xml.elements, "script") == 0);
  CHECK(html.find("src=") == std::string::npos);
  CHECK(html.find("href=") == std::string::npos);
  CHECK(html.find("http://www.w3.org/2000/svg") != std::string::npos);  // the namespace, not a request
  CHECK(html.find("<script>alert") == std::string::npos);
  CHECK(xml.text.find("<script>alert('x')</script>") != std::string::npos);  // shown as text
  CHECK(Count(xml.elements, "svg") == 1);
  CHECK(Count(xml.elements, "table") == 1);
  CHECK(Count(xml.elements, "h1") == 1);
  // Every skill, and the chosen level's statements word for word (escaped).
  for (const SkillResult& r : in.results) {
    CHECK(xml.text.find(r.code + " Skill <") != std::string::npos);
    for (const std::string& st : r.level_statements) CHECK(xml.text.find(st) != std::string::npos);
  }
  CHECK(xml.text.find("S0 level 1 does & <things>") != std::string::npos);
  CHECK(xml.text.find("Where to grow") != std::string::npos);
  CHECK(xml.text.find("\xC2\xA9 Team") != std::string::npos);  // attribution
  CHECK(xml.text.find("Q4 <review>") != std::string::npos);
}

TEST_CASE("the report's chart caption describes the chart it shows: radar or bars") {
  const ReportInput radar = Setup(4, 3).Report();
  REQUIRE(radar.charts.size() == 1);
  CHECK(radar.charts[0].radar);
  const std::string radar_text = xmlcheck::Check(ReportHtml(radar)).text;
  CHECK(radar_text.find("the filled shape is your level") != std::string::npos);
  CHECK(radar_text.find("Each bar is one skill") == std::string::npos);

  const ReportInput bars = Setup(4, 2).Report();  // two answered skills: bars
  CHECK_FALSE(bars.charts[0].radar);
  const std::string bars_text = xmlcheck::Check(ReportHtml(bars)).text;
  CHECK(bars_text.find("Each bar is one skill") != std::string::npos);
  for (const char* radar_words : {"filled shape", "dashed outline", "gap in the shape"}) {
    CAPTURE(radar_words);
    CHECK(bars_text.find(radar_words) == std::string::npos);
  }
}

TEST_CASE("the report names confidence as the app does") {
  Setup s(3, 3);
  SetConfidence(s.profile.answers["team/S0"], Confidence::Medium, kNow);
  const std::string text = xmlcheck::Check(ReportHtml(s.Report())).text;
  CHECK(text.find("Medium") != std::string::npos);
  CHECK(text.find("medium") == std::string::npos);
}
