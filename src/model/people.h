#pragma once
// The People screen: profiles other people shared, kept apart from the person's own
// assessments. Import many at once (chooser, drop, pasted links or a team file),
// remove one, export them all as one team file.
#include <optional>
#include <string>
#include <vector>

#include "core/team/review_gaps.h"
#include "core/text/messages.h"
#include "model/notice.h"

namespace skillscope {

// A one-line promise shown wherever people's data is on screen.
inline const std::string& PrivacyNote() { return Tr(MSG("model.people.privacy_note")); }

struct PersonRow {
  std::string id;            // the profile's id
  std::string person;        // "Kim Lee" (the profile's name when no person is given)
  std::string profile_name;  // "Q4 review"
  std::string date;          // "22 Nov 2026": when the profile was last changed
  std::string frameworks;    // "SFIA 1.0.0 · IT operations competency matrix 1.0.0"
  std::string detail;        // "7 skills, 6 answered, 1 snapshot"
  bool reviewing = false;    // one's own review of it is under way
};

struct PeopleModel {
  std::vector<PersonRow> people;  // by person, then profile name
  std::optional<Notice> notice;
  std::string storage_notice;  // shown while this browser cannot save
  bool can_compare = false;    // two or more profiles (own or people's) to compare
  // Across the people one has reviewed: where they rate themselves above or below.
  int reviewed_people = 0;
  std::vector<ReviewGap> review_gaps;
};

struct PeopleAction {
  enum class Kind {
    None,
    Home,
    ImportFiles,  // the chooser, several files at once
    ImportText,   // pasted share links (one a line) or a profile's or team file's JSON
    Remove,
    Review,       // "Review this assessment" (with id)
    ExportAll,    // the collection as one team file
    OpenCompare,
    OpenTeam,
    DismissNotice,
    PressNoticeButton,
    ToggleTheme,
    ShowHelp,
  } kind = Kind::None;
  std::string id;    // with Remove
  std::string text;  // with ImportText
  NoticeButton button = NoticeButton::UndoDelete;
};

}  // namespace skillscope
