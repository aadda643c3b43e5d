#pragma once
// Where the person is in the app. The session keeps it; the app draws the screen it
// names; settings remember it per profile.
namespace skillscope {

enum class Screen {
  Start, Setup, Skill, Summary, Results, Help, TableImport,
  People, Compare, Team,  // other people's profiles: the collection, compare, the team view
  Review,   // reviewing one of them, a skill at a time
  Plan, Timeline,  // what next for the open profile: the plan and the roles, progress over time
  Reading,  // the saved frameworks and people are being read (start-up, a moment)
};

// The screens about other people's profiles: they need no open profile of one's own.
inline bool IsPeopleScreen(Screen s) {
  return s == Screen::People || s == Screen::Compare || s == Screen::Team || s == Screen::Review;
}

}  // namespace skillscope
