#pragma once
// The reviewer's page: someone's assessment (received, in People), one skill at a time,
// their answer read-only beside the reviewer's verdict: agree, propose another level
// with a comment, or leave it for the conversation. The review leaves as a file.
#include <string>
#include <vector>

#include "core/profile/review.h"

namespace skillscope {

struct ReviewLevelOption {
  int level = 0;
  std::string label;  // "Level 3 · Apply"
};

struct ReviewPageModel {
  std::string person;        // whose assessment
  std::string profile_name;
  std::string reviewer;      // "" until the reviewer gave their name
  int index = 0;             // the skill shown, of `count`
  int count = 0;
  std::string skill_title;   // "ITOP Infrastructure operations"
  std::string framework;     // its framework's title
  // Their answer, as they gave it.
  std::string their_level;   // "Level 3 · Apply", "Not applicable", "Not answered"
  std::string their_target;  // "" when none
  std::string their_confidence;
  std::string their_notes;
  std::vector<std::string> ticked;  // "Consistently: <statement>" for the statements they rated
  std::vector<ReviewLevelOption> levels;  // the levels the skill describes
  Verdict verdict = Verdict::Agree;
  int proposed = 0;
  int suggested = 0;         // the level first offered to propose: the one above theirs
  std::string comment;
  std::string progress;      // "2 of 7 skills: 1 proposal, 1 to discuss"
  std::string saved_note;    // where the review is kept, and that it leaves only as a file
  std::string share_message; // the outcome of the last "Copy a share link"
};

struct ReviewPageAction {
  enum class Kind {
    None, SetReviewer, Agree, Propose, Discuss, SetComment, Previous, Next, Export, ShareLink, Back, ToggleTheme,
    ShowHelp,
  } kind = Kind::None;
  int level = 0;     // Propose
  std::string text;  // SetReviewer, SetComment
};

}  // namespace skillscope
