#pragma once
// Across the people one reviewed: per skill, how many rated themselves above the
// review's level, below it, or the same. Where a team over- or under-rates itself.
#include <string>
#include <vector>

#include "core/framework/catalog.h"
#include "core/profile/review.h"
#include "core/team/stats.h"

namespace skillscope {

struct ReviewGap {
  std::string key;    // skill key
  std::string skill;  // "ITOP Infrastructure operations"
  int above = 0;      // people whose own level is above the reviewer's
  int below = 0;
  int same = 0;
};

// `reviewed`: each person's profile with the review of it. A skill counts for a person
// when both they and the reviewer have a level for it (a point to discuss has none).
// Rows in order of the most differences, then by skill.
std::vector<ReviewGap> ReviewGaps(const std::vector<std::pair<const Profile*, const Review*>>& reviewed,
                                  const Catalog& catalog);

// Puts one's own reviews into the team grid: `reviews[m]` is the review of member m's
// profile `profiles[m]` (null for none). Sets each reviewed cell's level and
// member_reviewed.
void AddReviewedLevels(TeamGrid& grid, const std::vector<const Profile*>& profiles,
                       const std::vector<const Review*>& reviews);

}  // namespace skillscope
