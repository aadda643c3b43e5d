#include "core/profile/scoring.h"

namespace skillscope {

const char* const kSuggestionRule =
    "A level counts as met when more than half of its statements are \xE2\x80\x9C" "Consistently\xE2\x80\x9D "
    "and every lower level is met. The suggestion is the highest level met.";

std::size_t MajorityOf(std::size_t n) { return n / 2 + 1; }

Suggestion SuggestLevel(const Skill& skill, const std::map<int, std::vector<Rating>>& ratings) {
  Suggestion out;
  bool all_lower_met = true;
  int first_unmet = 0;
  for (const auto& [level, statements] : skill.statements) {
    LevelTally t;
    t.level = level;
    t.statements = statements.size();
    if (const auto it = ratings.find(level); it != ratings.end()) {
      // Ratings beyond the statements (a framework that shrank) are ignored.
      for (std::size_t i = 0; i < it->second.size() && i < statements.size(); ++i) {
        switch (it->second[i]) {
          case Rating::Consistently: ++t.consistently; break;
          case Rating::Partly: ++t.partly; break;
          case Rating::NotYet: ++t.not_yet; break;
          case Rating::Unrated: break;
        }
      }
    }
    if (t.consistently + t.partly + t.not_yet > 0) out.any_rated = true;
    t.majority = t.statements > 0 && t.consistently >= MajorityOf(t.statements);
    t.met = t.majority && all_lower_met;
    if (t.met) out.level = level;

    const std::string counts = std::to_string(t.consistently) + " of " + std::to_string(t.statements) + " consistently";
    std::string reason = "Level " + std::to_string(level);
    if (t.met) {
      reason += " met: " + counts;
    } else if (all_lower_met) {
      reason += " not met: " + counts + " (needs " + std::to_string(MajorityOf(t.statements)) + ")";
      first_unmet = level;
    } else {
      reason += ": " + counts + ", but level " + std::to_string(first_unmet) + " is not met";
    }
    out.reasons.push_back(std::move(reason));
    if (!t.met) all_lower_met = false;
    out.levels.push_back(t);
  }
  return out;
}

}  // namespace skillscope
