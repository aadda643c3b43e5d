// Team statistics: the grid of everyone's answers, per-skill figures (holders per
// level, median, coverage at a chosen level, single points of failure), role gaps,
// versions compared by statement hashes, per-person lines, sorting and filtering.
// The fixture is small enough to work out by hand; the expected figures are in the
// comments beside it.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iterator>

#include <nlohmann/json.hpp>

#include "core/profile/assessment.h"
#include "core/team/compare.h"
#include "core/framework/loader.h"
#include "core/chart/heat_style.h"
#include "core/team/stats.h"

using namespace skillscope;

namespace {
const std::string kNow = "2026-11-30T09:00:00Z";

// "ops": scale 1-4; A, B and C defined at every level, D only at 1-2. Version 2 has the
// same statements for A and different ones for B.
Framework Ops(const std::string& version) {
  Framework fw;
  fw.id = "ops";
  fw.version = version;
  fw.title = "Ops";
  fw.scale.levels = {{1, "", ""}, {2, "", ""}, {3, "", ""}, {4, "", ""}};
  for (const char* code : {"A", "B", "C", "D"}) {
    Skill s;
    s.code = code;
    s.name = std::string("Skill ") + code;
    const int top = s.code == "D" ? 2 : 4;
    for (int l = 1; l <= top; ++l) s.statements[l] = {s.code + std::to_string(l)};
    if (version == "2" && s.code == "B") s.statements[1] = {"B1 reworded"};
    s.category = s.code == "D" ? std::vector<std::string>{} : s.code == "C" ? std::vector<std::string>{"Ops"}
                                                                              : std::vector<std::string>{"Ops", "Run"};
    fw.skills.push_back(s);
  }
  return fw;
}

struct Person {
  std::string name;
  std::string version;
  // code -> level (1-4), 0 = not applicable, -1 = skipped, -2 = chosen but unanswered
  std::map<std::string, int> answers;
};

//            A        B           C            D
//   Ann      3 (→4)   1           n/a          2
//   Ben      2        4           ?            -
//   Cat      4        skipped     3            1
//   Dan v2   3        ≠ (v2)      -            -
// At level 3: A is covered by Ann, Cat, Dan (3); B by Ben only (single point); C by Cat
// only (single point); D is not defined at 3.
const std::vector<Person> kTeam = {
    {"Ann", "1", {{"A", 3}, {"B", 1}, {"C", 0}, {"D", 2}}},
    {"Ben", "1", {{"A", 2}, {"B", 4}, {"C", -2}}},
    {"Cat", "1", {{"A", 4}, {"B", -1}, {"C", 3}, {"D", 1}}},
    {"Dan", "2", {{"A", 3}, {"B", 2}}},
};

struct Team {
  Catalog catalog;
  std::vector<Profile> profiles;
  Team() {
    catalog.Add(Ops("1"), FrameworkOrigin::Custom);
    catalog.Add(Ops("2"), FrameworkOrigin::Custom);
    for (const Person& person : kTeam) {
      const Framework& fw = catalog.Find("ops", person.version)->framework;
      std::vector<std::pair<const Framework*, std::string>> chosen;
      for (const auto& [code, level] : person.answers) chosen.push_back({&fw, code});
      Profile p = NewProfile("p-" + person.name, person.name + "'s review", person.name, kNow, chosen);
      for (const auto& [code, level] : person.answers) {
        Answer& a = p.answers["ops/" + code];
        if (level > 0) REQUIRE(ChooseLevel(a, *fw.FindSkill(code), level, kNow));
        if (level == 0) MarkNotApplicable(a, kNow);
        if (level == -1) MarkSkipped(a, kNow);
      }
      if (person.name == "Ann") REQUIRE(SetTarget(p.answers["ops/A"], *fw.FindSkill("A"), 4, kNow));
      profiles.push_back(std::move(p));
    }
  }
  std::vector<AnswerSet> Sets() const {
    std::vector<AnswerSet> sets;
    for (const Profile& p : profiles) sets.push_back(CurrentAnswers(p, "person:" + p.id, p.person));
    return sets;
  }
  TeamGrid Grid(TeamOptions options = {}) const { return BuildTeamGrid(Sets(), catalog, options); }
};

std::size_t Row(const TeamGrid& g, const std::string& code) {
  for (std::size_t i = 0; i < g.skills.size(); ++i)
    if (g.skills[i].code == code) return i;
  FAIL("no row for " << code);
  return 0;
}

}  // namespace

TEST_CASE("the grid: a row per chosen skill, a cell per person, kinds told apart") {
  const Team team;
  const TeamGrid g = team.Grid();
  REQUIRE(g.skills.size() == 4);
  CHECK(g.skills[0].code == "A");  // the framework's order
  CHECK(g.skills[3].code == "D");
  CHECK(g.member_names == std::vector<std::string>{"Ann", "Ben", "Cat", "Dan"});
  CHECK(g.member_ids[0] == "person:p-Ann");

  const TeamCell& ann_a = g.At(Row(g, "A"), 0);
  CHECK(ann_a.kind == CellKind::Level);
  CHECK(ann_a.level == 3);
  CHECK(ann_a.target == 4);
  CHECK(CellText(ann_a) == "3 \xE2\x80\xBA 4");
  CHECK(g.At(Row(g, "C"), 0).kind == CellKind::NotApplicable);
  CHECK(CellText(g.At(Row(g, "C"), 0)) == "n/a");
  CHECK(g.At(Row(g, "C"), 1).kind == CellKind::Unanswered);
  CHECK(CellText(g.At(Row(g, "C"), 1)) == "?");
  CHECK(g.At(Row(g, "B"), 2).kind == CellKind::Skipped);
  CHECK(g.At(Row(g, "D"), 1).kind == CellKind::NotAssessed);
  CHECK(CellText(g.At(Row(g, "D"), 1)).empty());
  // Dan answered version 2: A has the same statements there (compared), B does not.
  CHECK(g.At(Row(g, "A"), 3).kind == CellKind::Level);
  CHECK(g.At(Row(g, "B"), 3).kind == CellKind::OtherVersion);
  CHECK(g.skills[Row(g, "B")].version == "1");  // most people used version 1
  REQUIRE(g.differences.size() == 1);
  CHECK(g.differences[0] ==
        "B \xC2\xB7 Skill B: Dan answered Ops version 2, whose statements for this skill differ from version 1; not "
        "compared.");
}

TEST_CASE("per-skill figures at a chosen level") {
  const Team team;
  TeamOptions options;
  options.threshold = 3;
  const TeamGrid g = team.Grid(options);
  const TeamSkill& a = g.skills[Row(g, "A")];
  CHECK(a.holders == 4);
  CHECK(a.holders_at == std::vector<int>{0, 1, 2, 1});
  CHECK(MedianText(a) == "3");
  CHECK(a.covered == 3);
  CHECK_FALSE(a.single_point);
  CHECK(HoldersText(a) == "L1 0 \xC2\xB7 L2 1 \xC2\xB7 L3 2 \xC2\xB7 L4 1");

  const TeamSkill& b = g.skills[Row(g, "B")];
  CHECK(b.holders == 2);  // Dan's other version is not counted
  CHECK(MedianText(b) == "2.5");
  CHECK(b.covered == 1);
  CHECK(b.single_point);
  CHECK(b.single_holder == "Ben");

  const TeamSkill& c = g.skills[Row(g, "C")];
  CHECK(c.holders == 1);
  CHECK(c.single_point);
  CHECK(c.single_holder == "Cat");

  const TeamSkill& d = g.skills[Row(g, "D")];
  CHECK_FALSE(d.threshold_defined);  // D stops at level 2: nobody can be at 3
  CHECK(d.covered == 0);
  CHECK_FALSE(d.single_point);
  CHECK(MedianText(d) == "1.5");
  CHECK(HoldersText(d) == "L1 1 \xC2\xB7 L2 1");  // only the levels D defines

  SUBCASE("at level 4 only Cat covers A, and B rests on Ben") {
    options.threshold = 4;
    const TeamGrid g4 = team.Grid(options);
    CHECK(g4.skills[Row(g4, "A")].covered == 1);
    CHECK(g4.skills[Row(g4, "A")].single_holder == "Cat");
    CHECK(g4.skills[Row(g4, "C")].covered == 0);
    CHECK_FALSE(g4.skills[Row(g4, "C")].single_point);
  }
}

TEST_CASE("a role as a benchmark counts the gaps per skill and per person") {
  const Team team;
  TeamOptions options;
  options.role_levels = {{"ops/A", 4}, {"ops/B", 3}};
  const TeamGrid g = team.Grid(options);
  CHECK(g.skills[Row(g, "A")].role_level == 4);
  CHECK(g.skills[Row(g, "A")].gaps == 3);  // Ann 3, Ben 2, Dan 3 are below 4
  CHECK(g.skills[Row(g, "B")].gaps == 2);  // Ann 1, Cat skipped; Dan's version is not compared
  CHECK(g.skills[Row(g, "C")].role_level == 0);
  CHECK(g.skills[Row(g, "C")].gaps == 0);
  CHECK(SummariseMember(g, 0).gaps == 2);
  CHECK(SummariseMember(g, 2).gaps == 1);
  CHECK(MemberSummaryLine(g, 1, true) == "Ben: 2 of 3 skills at a level (median 3), 1 not answered; 1 gap to the role.");
}

TEST_CASE("one line per person") {
  const Team team;
  const TeamGrid g = team.Grid();
  CHECK(MemberSummaryLine(g, 0, false) == "Ann: 3 of 4 skills at a level (median 2), 1 not applicable.");
  CHECK(MemberSummaryLine(g, 2, false) == "Cat: 3 of 4 skills at a level (median 3), 1 not answered.");
  CHECK(MemberSummaryLine(g, 3, false) == "Dan: 1 of 1 skill at a level (median 3), 1 in another version.");
}

TEST_CASE("rows: filtered by framework and category, sorted, ties in the framework's order") {
  const Team team;
  const TeamGrid g = team.Grid();
  auto codes = [&](const std::vector<std::size_t>& rows) {
    std::string out;
    for (std::size_t i : rows) out += g.skills[i].code;
    return out;
  };
  CHECK(codes(SkillRows(g, {}, {})) == "ABCD");
  CHECK(codes(SkillRows(g, {"other", ""}, {})).empty());
  CHECK(GridCategories(g, "ops") == std::vector<std::string>{"Ops", "Ops \xE2\x80\xBA Run"});
  CHECK(codes(SkillRows(g, {"ops", "Ops"}, {})) == "ABC");
  CHECK(codes(SkillRows(g, {"ops", "Ops \xE2\x80\xBA Run"}, {})) == "AB");

  TeamSort sort;
  sort.key = TeamSortKey::Coverage;
  sort.descending = true;
  CHECK(codes(SkillRows(g, {}, sort)) == "ABCD");  // 3, 1, 1, then D (not defined at 3)
  sort.descending = false;
  CHECK(codes(SkillRows(g, {}, sort)) == "BCAD");  // the undefined one stays last
  sort.key = TeamSortKey::Member;
  sort.member = 1;  // Ben: B 4, A 2, C unanswered, D not assessed
  sort.descending = true;
  CHECK(codes(SkillRows(g, {}, sort)) == "BACD");
  sort.key = TeamSortKey::Median;
  CHECK(codes(SkillRows(g, {}, sort)) == "ACBD");  // 3, 3, 2.5, 1.5
  sort.key = TeamSortKey::Skill;
  CHECK(codes(SkillRows(g, {}, sort)) == "DCBA");
}

TEST_CASE("a version nobody here has is listed, not guessed at") {
  Team team;
  team.profiles[3].frameworks[0].version = "3";  // Dan's version is not loaded
  const TeamGrid g = team.Grid();
  CHECK(g.At(Row(g, "A"), 3).kind == CellKind::OtherVersion);
  REQUIRE(g.differences.size() == 2);
  CHECK(g.differences[0] ==
        "A \xC2\xB7 Skill A: Dan answered Ops version 3, which is not loaded in this browser; not compared.");
}

TEST_CASE("snapshots are answer sets too") {
  Team team;
  Profile& ann = team.profiles[0];
  Snapshot before{"s-1", "Before", kNow, ann.answers};
  before.answers["ops/A"].level = 1;
  ann.snapshots.push_back(before);
  const TeamGrid g = BuildTeamGrid({CurrentAnswers(ann, "now", "Ann"), SnapshotAnswers(ann, ann.snapshots[0], "then", "Ann, before")},
                                   team.catalog, {});
  CHECK(g.At(Row(g, "A"), 0).level == 3);
  CHECK(g.At(Row(g, "A"), 1).level == 1);
}

TEST_CASE("initials for exports: one letter per word, repeats numbered") {
  CHECK(InitialsOf({"Kim Lee", "ana mar\xC3\xAD" "a", "\xC3\x89lodie Roux", ""}) ==
        std::vector<std::string>{"K.L.", "A.M.", "\xC3\x89.R.", "?"});
  CHECK(InitialsOf({"Kim Lee", "Kai Li", "Ann"}) == std::vector<std::string>{"K.L. (1)", "K.L. (2)", "A."});
}

TEST_CASE("statement hashes change with any statement and nothing else") {
  Framework one = Ops("1"), two = Ops("2");
  CHECK(SkillStatementsHash(one.skills[0]) == SkillStatementsHash(two.skills[0]));
  CHECK(SkillStatementsHash(one.skills[1]) != SkillStatementsHash(two.skills[1]));
  Skill renamed = one.skills[0];
  renamed.name = "Another name";
  CHECK(SkillStatementsHash(renamed) == SkillStatementsHash(one.skills[0]));
  Skill moved = one.skills[0];
  moved.statements[2].push_back(moved.statements[1][0]);
  moved.statements[1].clear();
  CHECK(SkillStatementsHash(moved) != SkillStatementsHash(one.skills[0]));
}

TEST_CASE("compare: a series per set, the role's last, gaps per set") {
  const Team team;
  const std::vector<AnswerSet> sets = team.Sets();
  const Comparison c = BuildComparison({sets[0], sets[1], sets[2]}, team.catalog, {{"ops/A", 4}, {"ops/B", 3}}, "Lead");
  REQUIRE(c.chart.series.size() == 4);
  CHECK(c.chart.series[0].name == "Ann");
  CHECK(c.chart.series[3].name == "Role: Lead");
  REQUIRE(c.chart.axes.size() == 4);
  CHECK(c.chart.axes[0].key == "ops/A");
  CHECK(c.chart.series[0].levels == std::vector<int>{3, 1, 0, 2});
  CHECK(c.chart.series[2].levels == std::vector<int>{4, 0, 3, 1});
  CHECK(c.chart.series[3].levels == std::vector<int>{4, 3, 0, 0});
  CHECK(c.chart.answered == 4);
  CHECK(c.gaps == std::vector<int>{2, 1, 1});

  const Comparison without = BuildComparison({sets[1], sets[3]}, team.catalog, {}, "");
  CHECK(without.chart.series.size() == 2);
  // C was chosen by Ben only and he did not answer it: no level there, a gap in every shape.
  CHECK(without.chart.axes[2].key == "ops/C");
  CHECK(without.chart.axes[2].gap);
  CHECK(without.gaps == std::vector<int>{0, 0});
}

TEST_CASE("heatmap colours: darker for higher levels, text readable on every fill") {
  auto lightness = [](std::uint32_t rgb) { return ((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF); };
  for (int i = 0; i < 100; ++i) {
    const double f = i / 100.0, g = (i + 1) / 100.0;
    CHECK(lightness(HeatFillRgb(g)) <= lightness(HeatFillRgb(f)));
    // WCAG AA for the level numbers over the fill.
    const std::uint32_t fill = HeatFillRgb(f), text = HeatTextRgb(f);
    auto lum = [](std::uint32_t c) {
      auto ch = [](double v) { v /= 255; return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
      return 0.2126 * ch((c >> 16) & 0xFF) + 0.7152 * ch((c >> 8) & 0xFF) + 0.0722 * ch(c & 0xFF);
    };
    const double hi = std::max(lum(fill), lum(text)), lo = std::min(lum(fill), lum(text));
    CHECK_MESSAGE((hi + 0.05) / (lo + 0.05) >= 4.5, "fraction " << f);
  }
}

// The browser test's fixture (twelve people, figures worked out by hand) agrees with
// the core, so a failure there points at the screen, not at the sums.
TEST_CASE("the twelve-person fixture of the browser tests: the hand-worked figures") {
  auto read = [](const std::string& relative) {
    std::ifstream in(std::string(SKILLSCOPE_SOURCE_DIR) + "/" + relative);
    REQUIRE_MESSAGE(in, relative);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  };
  const nlohmann::json fixture = nlohmann::json::parse(read("tests/e2e/fixtures/team-12.json"));
  Catalog catalog;
  const FrameworkLoad matrix = LoadFramework(read("frameworks/it-operations-matrix.json"), "matrix");
  REQUIRE(matrix.ok());
  catalog.Add(*matrix.framework, FrameworkOrigin::BuiltIn);
  const Framework& fw = catalog.entries()[0].framework;
  std::vector<Profile> people;
  for (const auto& person : fixture["people"]) {
    std::vector<std::pair<const Framework*, std::string>> chosen;
    for (const auto& [code, value] : person["levels"].items()) chosen.push_back({&fw, code});
    Profile p = NewProfile(person["id"], "review", person["person"], kNow, chosen);
    for (const auto& [code, value] : person["levels"].items()) {
      Answer& a = p.answers["it-operations-matrix/" + code];
      if (value.is_number()) REQUIRE(ChooseLevel(a, *fw.FindSkill(code), value.get<int>(), kNow));
      if (value.is_array()) {
        REQUIRE(ChooseLevel(a, *fw.FindSkill(code), value[0].get<int>(), kNow));
        REQUIRE(SetTarget(a, *fw.FindSkill(code), value[1].get<int>(), kNow));
      }
      if (value == "n/a") MarkNotApplicable(a, kNow);
      if (value == "skip") MarkSkipped(a, kNow);
    }
    people.push_back(std::move(p));
  }
  std::vector<AnswerSet> sets;
  for (const Profile& p : people) sets.push_back(CurrentAnswers(p, p.id, p.person));
  // (No structured binding here: clang 14 cannot capture one in CAPTURE.)
  for (const std::pair<std::string, int>& at : std::vector<std::pair<std::string, int>>{{"level 3", 3}, {"level 2", 2}}) {
    const std::string& name = at.first;
    const nlohmann::json& expected = fixture["expected"][name];
    TeamOptions options;
    options.threshold = at.second;
    const TeamGrid g = BuildTeamGrid(sets, catalog, options);
    for (const TeamSkill& s : g.skills) {
      CAPTURE(name);
      CAPTURE(s.code);
      CHECK(std::to_string(s.covered) == expected["coverage"][s.code].get<std::string>());
      const std::string single = s.single_point ? s.single_holder : s.threshold_defined && s.covered == 0 ? "nobody" : "";
      CHECK(single == expected["single"][s.code].get<std::string>());
      if (expected.contains("median")) CHECK(MedianText(s) == expected["median"][s.code].get<std::string>());
      if (expected.contains("holders") && expected["holders"].contains(s.code))
        CHECK(HoldersText(s) == expected["holders"][s.code].get<std::string>());
    }
  }
}
