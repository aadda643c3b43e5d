// Reviews: the person takes in a reviewer's file and answers it; the reviewer writes
// one of a profile they received and sends it back as a file (docs/review-format.md).
//
// Sections
//   [SECTION] The person's side
//   [SECTION] The reviewer's side
#include "core/json/input.h"
#include "core/profile/assessment.h"
#include "core/text/file_names.h"
#include "core/text/wording.h"
#include "session/session.h"

namespace skillscope {
namespace {

const Skill* SkillOf(const Profile& profile, const Catalog& catalog, const std::string& key) {
  std::string framework_id, code;
  if (!SplitSkillKey(key, &framework_id, &code)) return nullptr;
  const FrameworkRef* ref = profile.FindFramework(framework_id);
  const CatalogEntry* entry = ref ? catalog.Find(ref->id, ref->version) : nullptr;
  return entry ? entry->framework.FindSkill(code) : nullptr;
}

}  // namespace

// ---------------------------------------------------------------------------
// [SECTION] The person's side
// ---------------------------------------------------------------------------
bool Session::LooksLikeReview(const std::string& bytes) {
  const ParsedJson parsed = ParseUntrustedJson(bytes);
  return parsed.ok() && HasFormat(parsed.value, kReviewFormat);
}

void Session::ImportReviewText(const std::string& text, const std::string& source) {
  const std::string refused = "The review from " + source + " was not imported; nothing was changed";
  ReviewRead read = ReadReview(text, source);
  if (!read.ok()) {
    ShowNotice(Notice::Kind::Error, refused, std::move(read.errors));
    return;
  }
  const Review& review = *read.review;
  const Profile* mine = store_.Find(review.profile.id);
  if (!mine) {
    const std::string whose = review.profile.person.empty() ? "" : " of " + Quoted(review.profile.person);
    ShowNotice(Notice::Kind::Error, refused,
               {source + ": this review is of the profile " + Quoted(review.profile.name) + whose +
                ", which is not among your profiles here. A review is imported where its profile is kept."});
    return;
  }
  std::vector<std::string> problems = CheckReviewForProfile(review, *mine, frameworks_.catalog());
  if (!problems.empty()) {
    for (std::string& p : problems) p = source + ": " + p;
    ShowNotice(Notice::Kind::Error, refused, std::move(problems));
    return;
  }
  const bool again = reviews_.FindReceived(review.id) != nullptr;
  if (!reviews_.SaveReceived(review)) {
    ShowNotice(Notice::Kind::Error, refused,
               {"This browser's storage is full or refused it; your profiles are as they were."},
               {NoticeButton::DownloadBackup});
    return;
  }
  const std::string title = std::string(again ? "A newer version of the review by " : "The review by ") +
                            Quoted(review.reviewer) + " of " + Quoted(mine->name) + " was imported";
  std::vector<std::string> changes = ChangesSinceReview(review, *mine, frameworks_.catalog());
  if (changes.empty()) {
    ShowNotice(Notice::Kind::Info, title);
    return;
  }
  changes.insert(changes.begin(), "It is of an older version of your profile (" + ShortDate(review.reviewed) +
                                      "). What changed since:");
  ShowNotice(Notice::Kind::Info, title, std::move(changes));
}

bool Session::AcceptReviewedLevel(const std::string& review_id, const std::string& skill_key) {
  const ReceivedReview* received = reviews_.FindReceived(review_id);
  if (!received) return false;
  const auto it = received->review.skills.find(skill_key);
  const Profile* mine = store_.Find(received->review.profile.id);
  if (it == received->review.skills.end() || it->second.verdict != Verdict::Propose || !mine) return false;
  const Skill* skill = SkillOf(*mine, frameworks_.catalog(), skill_key);
  if (!skill) return false;
  Profile next = *mine;
  if (!ChooseLevel(next.answers[skill_key], *skill, it->second.level, platform_.NowIso8601())) return false;
  ReceivedReview replied = *received;
  replied.replies[skill_key] = {ReplyKind::Accepted, ""};
  if (!reviews_.SaveReplies(replied)) return false;
  SaveOpenProfile(std::move(next));
  return true;
}

bool Session::KeepOwnLevel(const std::string& review_id, const std::string& skill_key, const std::string& reply) {
  const ReceivedReview* received = reviews_.FindReceived(review_id);
  if (!received || !received->review.skills.count(skill_key)) return false;
  ReceivedReview replied = *received;
  replied.replies[skill_key] = {ReplyKind::Kept, reply};
  return reviews_.SaveReplies(replied);
}

bool Session::SaveAgreedLevels(const std::string& review_id) {
  const ReceivedReview* received = reviews_.FindReceived(review_id);
  const Profile* mine = received ? store_.Find(received->review.profile.id) : nullptr;
  if (!mine) return false;
  Snapshot snap;
  snap.id = "s-" + platform_.RandomHex(8);
  snap.name = "Agreed with " + received->review.reviewer + ", " + ShortDate(platform_.NowIso8601());
  snap.taken = platform_.NowIso8601();
  snap.answers = mine->answers;
  ReceivedReview concluded = *received;
  concluded.agreed_snapshot = snap.id;
  if (!reviews_.SaveReplies(concluded)) return false;
  Profile next = *mine;
  next.snapshots.push_back(std::move(snap));
  SaveOpenProfile(std::move(next));
  return true;
}

// ---------------------------------------------------------------------------
// [SECTION] The reviewer's side
// ---------------------------------------------------------------------------
bool Session::BeginReview(const std::string& person_id, const std::string& reviewer) {
  const Profile* theirs = people_.Find(person_id);
  if (!theirs || reviewer.find_first_not_of(" \t") == std::string::npos) return false;
  const Review* before = reviews_.Written(person_id);
  if (before && before->profile.revision == ProfileRevision(*theirs)) return true;  // carry on with it
  std::string digits;
  for (char c : platform_.NowIso8601())
    if (c >= '0' && c <= '9') digits.push_back(c);
  Review review = skillscope::BeginReview(*theirs, reviewer, "r-" + digits + "-" + platform_.RandomHex(6),
                                          platform_.NowIso8601());
  // A newer export of their profile: what was already said carries over, skill by skill.
  if (before) {
    review.id = before->id;
    for (auto& [key, skill] : review.skills) {
      const auto old = before->skills.find(key);
      if (old == before->skills.end()) continue;
      skill.verdict = old->second.verdict;
      skill.level = old->second.level;
      skill.comment = old->second.comment;
    }
  }
  return reviews_.SaveWritten(review);
}

bool Session::SetReviewVerdict(const std::string& person_id, const std::string& skill_key, Verdict verdict,
                               int level) {
  const Review* written = reviews_.Written(person_id);
  const Profile* theirs = people_.Find(person_id);
  if (!written || !theirs || !written->skills.count(skill_key)) return false;
  if (verdict == Verdict::Propose) {
    const Skill* skill = SkillOf(*theirs, frameworks_.catalog(), skill_key);
    if (!skill || !skill->DefinedAt(level)) return false;
  }
  Review next = *written;
  SkillReview& s = next.skills[skill_key];
  s.verdict = verdict;
  s.level = verdict == Verdict::Propose ? level : 0;
  next.reviewed = platform_.NowIso8601();
  return reviews_.SaveWritten(next);
}

bool Session::SetReviewComment(const std::string& person_id, const std::string& skill_key, const std::string& comment) {
  const Review* written = reviews_.Written(person_id);
  if (!written || !written->skills.count(skill_key)) return false;
  Review next = *written;
  next.skills[skill_key].comment = comment;
  next.reviewed = platform_.NowIso8601();
  return reviews_.SaveWritten(next);
}

void Session::ExportReview(const std::string& person_id) {
  const Review* written = reviews_.Written(person_id);
  if (!written) return;
  const std::string about = written->profile.person.empty() ? written->profile.name : written->profile.person;
  platform_.DownloadFile(DownloadName("review of " + about, platform_.NowIso8601(), "json"), "application/json",
                         ReviewToJson(*written) + "\n");
}

}  // namespace skillscope
