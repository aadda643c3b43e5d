#pragma once
// Suggesting a level from statement-by-statement ratings.
//
// The rule, as the app states it on screen (SuggestionRule): a level counts as met
// when more than half of its statements are rated "Consistently" and every lower
// level at which the skill is defined is met. The suggestion is the highest level
// met. Levels where the skill is not defined are neither met nor in the way.
#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "core/framework/framework.h"
#include "core/profile/profile.h"

namespace skillscope {

// The rule in the person's language, for the screen.
const std::string& SuggestionRule();

struct LevelTally {
  int level = 0;
  std::size_t statements = 0;
  std::size_t consistently = 0;
  std::size_t partly = 0;
  std::size_t not_yet = 0;
  bool majority = false;  // more than half consistently
  bool met = false;       // majority and every lower defined level met
};

struct Suggestion {
  int level = 0;  // 0: no level met (yet)
  bool any_rated = false;
  std::vector<LevelTally> levels;    // one per defined level, ascending
  std::vector<std::string> reasons;  // one line per defined level, for the screen
};

// Statements needed for a majority of n: more than half.
std::size_t MajorityOf(std::size_t n);

Suggestion SuggestLevel(const Skill& skill, const std::map<int, std::vector<Rating>>& ratings);

}  // namespace skillscope
