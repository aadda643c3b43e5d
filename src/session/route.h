#pragma once
// Where the person is, as the part of the address after '#', so that Back and
// Forward, a reload or a bookmark return there:
//   #/                                   the start screen
//   #/new                                setting up an assessment
//   #/help                               help
//   #/people, #/compare, #/team          people's profiles, compare, the team view
//   #/new-framework                      a framework from a spreadsheet or table
//   #/review/<person's profile id>/<framework>/<CODE>   reviewing someone's skill
//   #/p/<profile id>/skill/<framework>/<CODE>
//   #/p/<profile id>/summary
//   #/p/<profile id>/results
// Each segment is percent-encoded. A share link ("#p=...") is not a route.
#include <optional>
#include <string>
#include <string_view>

#include "model/place.h"

namespace skillscope {

struct Route {
  Screen screen = Screen::Start;
  std::string profile_id;  // Skill, Summary, Results; Review: the person's (People)
  std::string skill_key;   // Skill: "framework/CODE"
  bool operator==(const Route& o) const {
    return screen == o.screen && profile_id == o.profile_id && skill_key == o.skill_key;
  }
};

// The fragment (without '#') for a route: "/p/p-2026.../skill/sfia/ITOP".
std::string RouteFragment(const Route& route);
// The route a fragment names; nullopt when it names none (unknown, malformed).
// An empty fragment is the start screen.
std::optional<Route> ParseRoute(std::string_view fragment);
// "p=...": a profile carried in the link itself.
bool IsShareLinkFragment(std::string_view fragment);

}  // namespace skillscope
