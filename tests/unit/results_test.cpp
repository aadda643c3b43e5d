// What an assessment adds up to: rows, per-framework lines, where to grow.
#include <doctest/doctest.h>

#include "core/profile/assessment.h"
#include "core/profile/results.h"

using namespace skillscope;

namespace {
const std::string kNow = "2026-11-22T09:00:00Z";

Framework Sfia() {
  Framework fw;
  fw.id = "sfia";
  fw.version = "1";
  fw.title = "SFIA: Infrastructure operations (ITOP)";
  fw.attribution = "SFIA content \xC2\xA9 SFIA Foundation";
  fw.scale.levels = {{1, "Follow", ""}, {2, "Assist", ""}, {3, "Apply", ""}, {4, "Enable", ""},
                     {5, "Ensure, advise", ""}, {6, "", ""}, {7, "", ""}};
  Skill s;
  s.code = "ITOP";
  s.name = "Infrastructure operations";
  s.category = {"Delivery and operation", "Technology management"};
  for (int l = 1; l <= 5; ++l) s.statements[l] = {"L" + std::to_string(l) + " first", "L" + std::to_string(l) + " second"};
  fw.skills = {s};
  return fw;
}

Framework Matrix() {
  Framework fw;
  fw.id = "matrix";
  fw.version = "1";
  fw.title = "Matrix";
  fw.scale.levels = {{1, "", ""}, {2, "", ""}, {3, "", ""}, {4, "", ""}};
  for (const char* code : {"A", "B", "C"}) {
    Skill s;
    s.code = code;
    s.name = std::string("Skill ") + code;
    for (int l = 1; l <= 4; ++l) s.statements[l] = {std::string(code) + std::to_string(l)};
    fw.skills.push_back(s);
  }
  return fw;
}

struct Fixture {
  Catalog catalog;
  Profile profile;
  Fixture() {
    catalog.Add(Sfia(), FrameworkOrigin::BuiltIn);
    catalog.Add(Matrix(), FrameworkOrigin::BuiltIn);
    const Framework& sfia = catalog.entries()[0].framework;
    const Framework& matrix = catalog.entries()[1].framework;
    profile = NewProfile("p", "Review", "", kNow, {{&sfia, "ITOP"}, {&matrix, "A"}, {&matrix, "B"}, {&matrix, "C"}});
    Answer& itop = profile.answers["sfia/ITOP"];
    ChooseLevel(itop, sfia.skills[0], 3, kNow);
    REQUIRE(SetTarget(itop, sfia.skills[0], 4, kNow));
    Answer& a = profile.answers["matrix/A"];
    ChooseLevel(a, matrix.skills[0], 1, kNow);
    REQUIRE(SetTarget(a, matrix.skills[0], 4, kNow));
    a.notes = "evidence";
    Answer& b = profile.answers["matrix/B"];
    ChooseLevel(b, matrix.skills[1], 2, kNow);
    REQUIRE(SetTarget(b, matrix.skills[1], 3, kNow));
    MarkNotApplicable(profile.answers["matrix/C"], kNow);
  }
};
}  // namespace

TEST_CASE("one row per assessed skill with level, target and gap") {
  Fixture f;
  const auto rows = BuildResults(f.profile, f.catalog);
  REQUIRE(rows.size() == 4);
  CHECK(rows[0].level_label == "Level 3 \xC2\xB7 Apply");
  CHECK(rows[0].target_label == "Level 4 \xC2\xB7 Enable");
  CHECK(rows[0].gap == 1);
  CHECK(rows[0].category == "Delivery and operation \xE2\x80\xBA Technology management");
  CHECK(rows[0].level_statements == std::vector<std::string>{"L3 first", "L3 second"});
  CHECK(rows[0].scale_high == 7);
  CHECK(rows[0].defined_levels == std::vector<int>{1, 2, 3, 4, 5});
  CHECK(rows[1].gap == 3);
  CHECK(rows[1].notes == "evidence");
  CHECK(rows[3].kind == AnswerKind::NotApplicable);
  CHECK(rows[3].level_label == "Not applicable");
  CHECK(rows[3].gap == 0);
}

TEST_CASE("a line per framework") {
  Fixture f;
  const auto lines = FrameworkSummaries(BuildResults(f.profile, f.catalog));
  REQUIRE(lines.size() == 2);
  CHECK(lines[0] == "SFIA: Infrastructure operations (ITOP) \xE2\x80\x94 level 3 Apply, target 4 Enable");
  CHECK(lines[1] == "Matrix \xE2\x80\x94 2 of 3 skills at a level, average level 1.5, 2 targets above the current level");
}

TEST_CASE("where to grow: largest gaps first, with the next level's statements") {
  Fixture f;
  const auto rows = BuildResults(f.profile, f.catalog);
  const auto grow = WhereToGrow(rows, f.catalog, f.profile, 2);
  REQUIRE(grow.size() == 2);
  CHECK(grow[0].key == "matrix/A");  // gap 3
  CHECK(grow[0].next_level == 2);
  CHECK(grow[0].next_statements == std::vector<std::string>{"A2"});
  CHECK(grow[1].key == "sfia/ITOP");  // gap 1, before matrix/B (gap 1) in assessment order
  CHECK(grow[1].next_level_label == "Level 4 \xC2\xB7 Enable");
  CHECK(grow[1].next_statements == std::vector<std::string>{"L4 first", "L4 second"});
}

#include "core/text/file_names.h"

TEST_CASE("download names are the profile name and date, safe for any system") {
  CHECK(DownloadName("Q4 review / team", "2026-11-22T09:00:00Z", "svg") == "Q4-review-team-2026-11-22.svg");
  CHECK(DownloadName("../../etc/passwd", "2026-11-22T09:00:00Z", "html") == "etc-passwd-2026-11-22.html");
  CHECK(DownloadName("Zo\xC3\xAB", "2026-11-22T09:00:00Z", "png") == "Zo\xC3\xAB-2026-11-22.png");
  CHECK(DownloadName("   ", "2026-11-22T09:00:00Z", "json") == "skillscope-profile-2026-11-22.json");
}
