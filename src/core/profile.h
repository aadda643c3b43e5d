#pragma once
// A person's assessment: which skills they chose and what they answered.
#include <map>
#include <string>
#include <vector>

namespace skillscope {

enum class AnswerKind { Unanswered, Level, NotApplicable, Skipped };
enum class AnswerMode { Quick, Statements };
enum class Rating { Unrated, NotYet, Partly, Consistently };
enum class Confidence { Unset, Low, Medium, High };

struct Answer {
  AnswerKind kind = AnswerKind::Unanswered;
  int level = 0;  // valid when kind == Level
  AnswerMode mode = AnswerMode::Quick;
  std::map<int, std::vector<Rating>> ratings;  // level -> one rating per statement
  bool overridden = false;  // the level was chosen against the suggestion from ratings
  int target = 0;           // 0: no target set
  Confidence confidence = Confidence::Unset;
  std::string notes;
  std::string updated;  // ISO 8601 UTC
};

// "framework-id/SKILLCODE": how answers and selections name a skill.
std::string SkillKey(const std::string& framework_id, const std::string& skill_code);

struct Profile {
  std::string id;
  std::string name;
  std::string person;  // optional
  std::string created;
  std::string updated;
  std::vector<std::string> selection;     // skill keys, in assessment order
  std::map<std::string, Answer> answers;  // by skill key
};

}  // namespace skillscope
