#include "core/team/review_gaps.h"

#include <algorithm>
#include <map>

namespace skillscope {

std::vector<ReviewGap> ReviewGaps(const std::vector<std::pair<const Profile*, const Review*>>& reviewed,
                                  const Catalog& catalog) {
  std::map<std::string, ReviewGap> by_key;
  for (const auto& [profile, review] : reviewed) {
    for (const auto& [key, skill_review] : review->skills) {
      const ReviewedLevel level = CompareWithReview(*review, *profile, key);
      if (level.self == 0 || level.reviewer == 0) continue;
      ReviewGap& gap = by_key[key];
      if (gap.key.empty()) {
        gap.key = key;
        gap.skill = key;
        std::string framework_id, code;
        if (SplitSkillKey(key, &framework_id, &code)) {
          gap.skill = code;
          if (const FrameworkRef* ref = profile->FindFramework(framework_id))
            if (const CatalogEntry* entry = catalog.Find(ref->id, ref->version))
              if (const Skill* skill = entry->framework.FindSkill(code)) gap.skill = code + " " + skill->name;
        }
      }
      if (level.self > level.reviewer) ++gap.above;
      else if (level.self < level.reviewer) ++gap.below;
      else ++gap.same;
    }
  }
  std::vector<ReviewGap> out;
  for (auto& [key, gap] : by_key) out.push_back(std::move(gap));
  std::stable_sort(out.begin(), out.end(), [](const ReviewGap& a, const ReviewGap& b) {
    return a.above + a.below > b.above + b.below;
  });
  return out;
}

void AddReviewedLevels(TeamGrid& grid, const std::vector<const Profile*>& profiles,
                       const std::vector<const Review*>& reviews) {
  grid.member_reviewed.assign(grid.members(), false);
  for (std::size_t m = 0; m < grid.members() && m < reviews.size() && m < profiles.size(); ++m) {
    if (!reviews[m] || !profiles[m]) continue;
    grid.member_reviewed[m] = true;
    for (std::size_t i = 0; i < grid.skills.size(); ++i) {
      const ReviewedLevel level = CompareWithReview(*reviews[m], *profiles[m], grid.skills[i].key);
      TeamCell& cell = grid.cells[i * grid.members() + m];
      if (!level.reviewed || !Comparable(cell)) continue;
      cell.reviewed = level.reviewer;
      cell.reviewed_differs = level.differs();
    }
  }
}

}  // namespace skillscope
