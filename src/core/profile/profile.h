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
  bool overridden = false;  // statement mode: the chosen level differs from the suggestion
  int target = 0;           // 0: no target set
  Confidence confidence = Confidence::Unset;
  std::string notes;
  std::string updated;  // ISO 8601 UTC

  bool operator==(const Answer& o) const;
  bool operator!=(const Answer& o) const { return !(*this == o); }
};

// Which version of a framework a profile was made against.
struct FrameworkRef {
  std::string id;
  std::string version;
  std::string content_hash;
  bool operator==(const FrameworkRef& o) const {
    return id == o.id && version == o.version && content_hash == o.content_hash;
  }
};

// "framework-id/SKILLCODE": how answers and selections name a skill.
std::string SkillKey(const std::string& framework_id, const std::string& skill_code);
// Splits a key at its first '/'; false when there is none.
bool SplitSkillKey(const std::string& key, std::string* framework_id, std::string* skill_code);

// A dated, named copy of the answers, kept to compare against later.
struct Snapshot {
  std::string id;
  std::string name;
  std::string taken;  // ISO 8601 UTC
  std::map<std::string, Answer> answers;
  bool operator==(const Snapshot& o) const {
    return id == o.id && name == o.name && taken == o.taken && answers == o.answers;
  }
};

// What the person added to their development plan (profile/plan.h derives the plan
// itself from the answers): their own note and due month per action, their order of
// the skills, and the role they aim for.
struct PlanNote {
  std::string note;  // a course, a project, a mentor: their words
  std::string due;   // "2027-03", or ""
  bool operator==(const PlanNote& o) const { return note == o.note && due == o.due; }
};
struct PlanChoices {
  std::map<std::string, PlanNote> notes;  // by action id (profile/plan.h PlanActionId)
  std::vector<std::string> order;         // skill keys in the person's order; empty: the plan's own
  std::string role;                       // the benchmark role's key (RoleKey), "" for none
  bool empty() const { return notes.empty() && order.empty() && role.empty(); }
  bool operator==(const PlanChoices& o) const { return notes == o.notes && order == o.order && role == o.role; }
};

struct Profile {
  std::string id;
  std::string name;
  std::string person;  // optional
  std::string created;
  std::string updated;
  std::vector<FrameworkRef> frameworks;   // one version per framework id
  std::vector<std::string> selection;     // skill keys, in assessment order
  std::map<std::string, Answer> answers;  // by skill key
  std::vector<Snapshot> snapshots;        // oldest first
  PlanChoices plan;

  const FrameworkRef* FindFramework(const std::string& id) const;
  bool operator==(const Profile& o) const;
};

const char* ToString(AnswerKind kind);
const char* ToString(AnswerMode mode);
const char* ToString(Rating rating);
const char* ToString(Confidence confidence);
// "Low", "Medium", "High" as shown to people; "" when not set.
std::string ConfidenceLabel(Confidence confidence);

// Adds the snapshots of `more` that `into` does not hold yet (by id): a newer export of a
// profile repeats its older snapshots.
void MergeSnapshots(std::vector<Snapshot>& into, std::vector<Snapshot> more);

}  // namespace skillscope
