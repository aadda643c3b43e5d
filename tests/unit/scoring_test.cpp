// The level suggestion rule on its edge cases.
#include <doctest/doctest.h>

#include "core/profile/scoring.h"

using namespace skillscope;

namespace {
constexpr Rating C = Rating::Consistently;
constexpr Rating P = Rating::Partly;
constexpr Rating N = Rating::NotYet;
constexpr Rating U = Rating::Unrated;

Skill SkillWith(std::map<int, std::size_t> counts) {
  Skill s;
  s.code = "X";
  for (const auto& [level, n] : counts) s.statements[level] = std::vector<std::string>(n, "statement");
  return s;
}
}  // namespace

TEST_CASE("majority means more than half") {
  CHECK(MajorityOf(1) == 1);
  CHECK(MajorityOf(2) == 2);
  CHECK(MajorityOf(3) == 2);
  CHECK(MajorityOf(4) == 3);
  CHECK(MajorityOf(6) == 4);
}

TEST_CASE("nothing rated: no suggestion, and it says so per level") {
  const Skill s = SkillWith({{1, 2}, {2, 3}});
  const Suggestion got = SuggestLevel(s, {});
  CHECK(got.level == 0);
  CHECK_FALSE(got.any_rated);
  REQUIRE(got.reasons.size() == 2);
  CHECK(got.reasons[0] == "Level 1 not met: 0 of 2 consistently (needs 2)");
  CHECK(got.reasons[1] == "Level 2: 0 of 3 consistently, but level 1 is not met");
}

TEST_CASE("all Not yet: no level is met") {
  const Skill s = SkillWith({{1, 2}, {2, 2}});
  const Suggestion got = SuggestLevel(s, {{1, {N, N}}, {2, {N, N}}});
  CHECK(got.level == 0);
  CHECK(got.any_rated);
}

TEST_CASE("the issue's example: level 3 met with 5 of 6, level 4 only 1 of 4") {
  const Skill s = SkillWith({{1, 2}, {2, 3}, {3, 6}, {4, 4}});
  const Suggestion got = SuggestLevel(s, {{1, {C, C}}, {2, {C, C, P}}, {3, {C, C, C, C, C, N}}, {4, {C, N, N, U}}});
  CHECK(got.level == 3);
  CHECK(got.reasons[2] == "Level 3 met: 5 of 6 consistently");
  CHECK(got.reasons[3] == "Level 4 not met: 1 of 4 consistently (needs 3)");
}

TEST_CASE("a top level only partly met does not count") {
  const Skill s = SkillWith({{1, 1}, {2, 2}});
  const Suggestion got = SuggestLevel(s, {{1, {C}}, {2, {C, P}}});
  CHECK(got.level == 1);
}

TEST_CASE("a higher level met above an unmet one is not the suggestion") {
  const Skill s = SkillWith({{1, 2}, {2, 2}, {3, 1}});
  const Suggestion got = SuggestLevel(s, {{1, {C, C}}, {2, {N, C}}, {3, {C}}});
  CHECK(got.level == 1);
  CHECK(got.levels[2].majority);
  CHECK_FALSE(got.levels[2].met);
  CHECK(got.reasons[2] == "Level 3: 1 of 1 consistently, but level 2 is not met");
}

TEST_CASE("gaps in defined levels are skipped, not counted as unmet") {
  // Defined at 2 and 5 only (like a SFIA skill with gaps).
  const Skill s = SkillWith({{2, 3}, {5, 1}});
  const Suggestion got = SuggestLevel(s, {{2, {C, C, N}}, {5, {C}}});
  CHECK(got.level == 5);
  REQUIRE(got.levels.size() == 2);
  CHECK(got.levels[0].level == 2);
  CHECK(got.levels[1].level == 5);
}

TEST_CASE("a skill with no defined levels suggests nothing") {
  const Skill s;
  const Suggestion got = SuggestLevel(s, {});
  CHECK(got.level == 0);
  CHECK(got.levels.empty());
  CHECK(got.reasons.empty());
}

TEST_CASE("extra ratings beyond the statements are ignored") {
  const Skill s = SkillWith({{1, 1}});
  const Suggestion got = SuggestLevel(s, {{1, {N, C, C, C}}, {7, {C}}});
  CHECK(got.level == 0);
  CHECK(got.levels[0].consistently == 0);
}
