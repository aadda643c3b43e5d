#include "core/profile/scoring.h"

#include "core/text/messages.h"

namespace skillscope {

const std::string& SuggestionRule() { return Tr(MSG("profile.suggestion_rule")); }

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

    if (t.met) {
      out.reasons.push_back(Tr(MSG("profile.suggestion.met"), level, t.consistently, t.statements));
    } else if (all_lower_met) {
      out.reasons.push_back(
          Tr(MSG("profile.suggestion.not_met"), level, t.consistently, t.statements, MajorityOf(t.statements)));
      first_unmet = level;
    } else {
      out.reasons.push_back(Tr(MSG("profile.suggestion.lower_not_met"), level, t.consistently, t.statements, first_unmet));
    }
    if (!t.met) all_lower_met = false;
    out.levels.push_back(t);
  }
  return out;
}

}  // namespace skillscope
