#pragma once
// A reviewer's answer to someone's self-assessment: for each skill, agreement, another
// level proposed with a reason, or a point left for the conversation. It travels as a
// file of its own (review_json.h) and names the revision of the profile it reviewed
// by a content hash, so a review of an older revision is known as such.
#include <map>
#include <string>
#include <vector>

#include "core/framework/catalog.h"
#include "core/profile/profile.h"

namespace skillscope {

enum class Verdict { Agree, Propose, Discuss };
const char* ToString(Verdict verdict);  // "agree", "propose", "discuss"

struct SkillReview {
  Verdict verdict = Verdict::Agree;
  int level = 0;        // Propose: the level proposed (on the skill's scale); 0 otherwise
  std::string comment;  // kept exactly as written
  // What the reviewer was shown of the person's answer, so that a later revision of the
  // profile can say what changed since.
  AnswerKind seen_kind = AnswerKind::Unanswered;
  int seen_level = 0;
  bool operator==(const SkillReview& o) const {
    return verdict == o.verdict && level == o.level && comment == o.comment && seen_kind == o.seen_kind &&
           seen_level == o.seen_level;
  }
};

// Which profile, and which revision of it, a review is of.
struct ReviewedProfile {
  std::string id;
  std::string name;
  std::string person;
  std::string revision;  // ProfileRevision() of what the reviewer read
  bool operator==(const ReviewedProfile& o) const {
    return id == o.id && name == o.name && person == o.person && revision == o.revision;
  }
};

struct Review {
  std::string id;
  std::string reviewer;  // the reviewer's own name, required
  std::string reviewed;  // ISO 8601 UTC, when it was last changed
  ReviewedProfile profile;
  std::vector<FrameworkRef> frameworks;       // as the reviewed profile named them
  std::map<std::string, SkillReview> skills;  // by skill key; a skill not here was not reviewed
  bool operator==(const Review& o) const {
    return id == o.id && reviewer == o.reviewer && reviewed == o.reviewed && profile == o.profile &&
           frameworks == o.frameworks && skills == o.skills;
  }
};

// The person's answer to one skill's review: the proposed level taken as the agreed
// one, or their own kept, with a reply.
enum class ReplyKind { Accepted, Kept };
const char* ToString(ReplyKind kind);  // "accepted", "kept"
struct ReviewReply {
  ReplyKind kind = ReplyKind::Kept;
  std::string text;  // kept exactly as written
  bool operator==(const ReviewReply& o) const { return kind == o.kind && text == o.text; }
};

// A review as the person keeps it: the file as it arrived, and their replies.
struct ReceivedReview {
  Review review;
  std::map<std::string, ReviewReply> replies;  // by skill key
  std::string agreed_snapshot;                 // the snapshot saved from it, once saved
  std::map<std::string, Answer> reviewer_answers;  // ReviewerAnswers(review), to compare like a profile
};

// The review as answers, to draw and compare like a profile's: a proposed level, the
// person's answer where the reviewer agreed, nothing for a point to discuss.
std::map<std::string, Answer> ReviewerAnswers(const Review& review);

// The content hash of what a reviewer judges: the frameworks, the selection and every
// answer's level, target, confidence, notes and ticked statements ("sha256:<hex>").
// Names, dates and snapshots are left out, so renaming a profile or taking a snapshot
// does not make its reviews out of date.
std::string ProfileRevision(const Profile& profile);

// A review to begin: every selected skill, agreed, with what the person answered.
Review BeginReview(const Profile& theirs, const std::string& reviewer, const std::string& id,
                   const std::string& now);

// Whether a review can be taken in by the person whose profile is `mine`: every problem,
// in the person's words ("" ends none). Structure is ReadReview's job; this checks it
// against the profile and the frameworks: the same profile, frameworks it uses, skills
// those frameworks have, and proposed levels on their scales.
std::vector<std::string> CheckReviewForProfile(const Review& review, const Profile& mine, const Catalog& catalog);

// What changed in `mine` since the revision `review` read, one line per skill ("" when
// the revision is the same): a level changed, a skill removed or added, or, when no
// level changed, that other parts of the answers did.
std::vector<std::string> ChangesSinceReview(const Review& review, const Profile& mine, const Catalog& catalog);

// How the person's level and the reviewer's compare for one skill, for tables, the
// radar's third series and the team view.
struct ReviewedLevel {
  bool reviewed = false;  // the review has this skill
  Verdict verdict = Verdict::Agree;
  int self = 0;      // the person's level now (0: none)
  int reviewer = 0;  // the reviewer's: the proposed level, or the person's when agreed (0: none)
  bool differs() const { return reviewed && verdict == Verdict::Propose && reviewer != self; }
};
ReviewedLevel CompareWithReview(const Review& review, const Profile& mine, const std::string& skill_key);

}  // namespace skillscope
