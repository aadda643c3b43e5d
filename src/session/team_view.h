#pragma once
// What the person chose on the compare and team screens, kept in localStorage
// ("skillscope.v1.teamview") so that a reload, Back and Forward find the same view.
// Cheap to lose: anything unreadable reads as the defaults.
#include <string>
#include <vector>

#include "core/team/stats.h"
#include "platform/platform.h"

namespace skillscope {

inline constexpr const char* kTeamViewKey = "skillscope.v1.teamview";

struct TeamView {
  std::vector<std::string> compare;  // refs of the sets compared, in the order chosen
  std::string compare_role;          // role key, "" for none
  std::string framework;             // team filter: framework id, "" = all
  std::string category;              // team filter: category path, "" = all
  int threshold = 3;                 // coverage counts this level and above
  std::string team_role;             // role key, "" for none
  TeamSortKey sort = TeamSortKey::Default;
  std::string sort_member;           // member id, with TeamSortKey::Member
  bool descending = false;
  bool initials = false;             // exports show initials instead of names

  bool operator==(const TeamView& o) const;
};

TeamView LoadTeamView(Platform& platform);
void SaveTeamView(Platform& platform, const TeamView& view);

}  // namespace skillscope
