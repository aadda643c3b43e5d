// Changing answers: only valid changes happen, ratings fit the statements, and the
// override mark follows the statement-based suggestion.
#include <doctest/doctest.h>

#include "core/profile/assessment.h"

using namespace skillscope;

namespace {
const std::string kNow = "2026-11-22T09:00:00Z";

Framework MakeFramework() {
  Framework fw;
  fw.id = "team";
  fw.version = "1";
  fw.SetContentHash("sha256:x");
  fw.scale.levels = {{1, "One", ""}, {2, "Two", ""}, {3, "Three", ""}, {4, "", ""}};
  Skill a;
  a.code = "A";
  a.statements[1] = {"a1", "a2"};
  a.statements[2] = {"b1"};
  a.statements[4] = {"d1", "d2", "d3"};
  Skill b;
  b.code = "B";
  b.statements[2] = {"x"};
  fw.skills = {a, b};
  return fw;
}
}  // namespace

TEST_CASE("a level can only be chosen where the skill is defined") {
  const Framework fw = MakeFramework();
  Answer a;
  CHECK_FALSE(ChooseLevel(a, fw.skills[0], 3, kNow));
  CHECK(a.kind == AnswerKind::Unanswered);
  CHECK(ChooseLevel(a, fw.skills[0], 4, kNow));
  CHECK(a.kind == AnswerKind::Level);
  CHECK(a.level == 4);
  CHECK(a.updated == kNow);
}

TEST_CASE("not applicable and skip clear the level") {
  const Framework fw = MakeFramework();
  Answer a;
  ChooseLevel(a, fw.skills[0], 2, kNow);
  MarkNotApplicable(a, kNow);
  CHECK(a.kind == AnswerKind::NotApplicable);
  CHECK(a.level == 0);
  MarkSkipped(a, kNow);
  CHECK(a.kind == AnswerKind::Skipped);
}

TEST_CASE("ratings are sized to the level's statements and bounded") {
  const Framework fw = MakeFramework();
  Answer a;
  CHECK(RateStatement(a, fw.skills[0], 4, 2, Rating::Partly, kNow));
  CHECK(a.ratings[4] == std::vector<Rating>{Rating::Unrated, Rating::Unrated, Rating::Partly});
  CHECK_FALSE(RateStatement(a, fw.skills[0], 4, 3, Rating::Partly, kNow));
  CHECK_FALSE(RateStatement(a, fw.skills[0], 3, 0, Rating::Partly, kNow));
}

TEST_CASE("statement mode marks a chosen level that differs from the suggestion as an override") {
  const Framework fw = MakeFramework();
  const Skill& s = fw.skills[0];
  Answer a;
  SetMode(a, AnswerMode::Statements, kNow);
  RateStatement(a, s, 1, 0, Rating::Consistently, kNow);
  RateStatement(a, s, 1, 1, Rating::Consistently, kNow);
  CHECK(SuggestLevel(s, a.ratings).level == 1);
  ChooseLevel(a, s, 1, kNow);
  CHECK_FALSE(a.overridden);  // accepted the suggestion
  ChooseLevel(a, s, 2, kNow);
  CHECK(a.overridden);  // chose above it
  RateStatement(a, s, 2, 0, Rating::Consistently, kNow);
  CHECK_FALSE(a.overridden);  // the ratings caught up with the choice
  CHECK(a.level == 2);
  RateStatement(a, s, 1, 0, Rating::NotYet, kNow);
  CHECK(a.overridden);  // kept, and marked
  CHECK(a.level == 2);
  SetMode(a, AnswerMode::Quick, kNow);
  CHECK_FALSE(a.overridden);  // quick mode has no suggestion to override
}

TEST_CASE("targets must be levels the skill defines; 0 clears") {
  const Framework fw = MakeFramework();
  const Skill& s = fw.skills[0];  // defined at 1, 2 and 4 on a scale of 1-4
  Answer a;
  CHECK(SetTarget(a, s, 4, kNow));
  CHECK(a.target == 4);
  CHECK_FALSE(SetTarget(a, s, 3, kNow));  // on the scale, but not defined for this skill
  CHECK_FALSE(SetTarget(a, s, 5, kNow));  // off the scale
  CHECK(a.target == 4);
  CHECK(SetTarget(a, s, 0, kNow));
  CHECK(a.target == 0);
}

TEST_CASE("a new profile records each framework once, with its version and hash") {
  const Framework fw = MakeFramework();
  const Profile p = NewProfile("p1", "Review", "", kNow, {{&fw, "A"}, {&fw, "B"}});
  REQUIRE(p.frameworks.size() == 1);
  CHECK(p.frameworks[0] == FrameworkRef{"team", "1", "sha256:x"});
  CHECK(p.selection == std::vector<std::string>{"team/A", "team/B"});
  CHECK(p.created == kNow);
}

TEST_CASE("selection resolves through the catalog, and says when something is missing") {
  Catalog catalog;
  catalog.Add(MakeFramework(), FrameworkOrigin::BuiltIn);
  Profile p = NewProfile("p1", "Review", "", kNow, {{&catalog.entries()[0].framework, "A"}});
  p.selection.push_back("team/GONE");
  p.selection.push_back("other/X");
  const auto resolved = ResolveSelection(p, catalog);
  REQUIRE(resolved.size() == 3);
  CHECK(resolved[0].skill->code == "A");
  CHECK(resolved[1].framework != nullptr);
  CHECK(resolved[1].skill == nullptr);
  CHECK(resolved[2].framework == nullptr);
}

TEST_CASE("progress counts answered, skipped and not yet") {
  const Framework fw = MakeFramework();
  Profile p = NewProfile("p1", "Review", "", kNow, {{&fw, "A"}, {&fw, "B"}});
  CHECK(ProgressText(CountProgress(p)) == "0 of 2 skills answered");
  ChooseLevel(p.answers["team/A"], fw.skills[0], 1, kNow);
  MarkSkipped(p.answers["team/B"], kNow);
  const Progress pr = CountProgress(p);
  CHECK(pr.answered == 1);
  CHECK(pr.skipped == 1);
  CHECK(pr.not_yet == 0);
  MarkNotApplicable(p.answers["team/B"], kNow);
  CHECK(ProgressText(CountProgress(p)) == "2 of 2 skills answered");
}

TEST_CASE("time estimate grows with skills and statements") {
  CHECK(EstimateMinutes(0, 0) == 0);
  CHECK(EstimateMinutes(1, 2) == 1);
  CHECK(EstimateMinutes(10, 167) == 14);
}
