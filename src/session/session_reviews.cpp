// Reviews: the person takes in a reviewer's file and answers it; the reviewer writes
// one of a profile they received and sends it back as a file (docs/review-format.md).
//
// Sections
//   [SECTION] The person's side
//   [SECTION] The reviewer's side
//   [SECTION] The reviewer's page
#include <algorithm>

#include "core/json/input.h"
#include "core/profile/assessment.h"
#include "core/profile/results.h"
#include "core/profile/share_link.h"
#include "core/text/file_names.h"
#include "core/text/messages.h"
#include "core/text/wording.h"
#include "session/session.h"
#include "session/snapshot_names.h"

namespace skillscope {
namespace {

const Framework* FrameworkFor(const Profile& profile, const Catalog& catalog, const std::string& key) {
  std::string framework_id, code;
  if (!SplitSkillKey(key, &framework_id, &code)) return nullptr;
  const FrameworkRef* ref = profile.FindFramework(framework_id);
  const CatalogEntry* entry = ref ? catalog.Find(ref->id, ref->version) : nullptr;
  return entry ? &entry->framework : nullptr;
}

const Skill* SkillOf(const Profile& profile, const Catalog& catalog, const std::string& key) {
  const Framework* framework = FrameworkFor(profile, catalog, key);
  const std::size_t slash = key.find('/');
  return framework ? framework->FindSkill(key.substr(slash + 1)) : nullptr;
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
  const std::string refused = Tr(MSG("session.reviews.not_imported"), source);
  ReviewRead read = ReadReview(text, source);
  if (!read.ok()) {
    ShowNotice(Notice::Kind::Error, refused, std::move(read.errors));
    return;
  }
  const Review& review = *read.review;
  const Profile* mine = store_.Find(review.profile.id);
  if (!mine) {
    ShowNotice(Notice::Kind::Error, refused,
               {review.profile.person.empty()
                    ? Tr(MSG("session.reviews.profile_not_here"), source, Quoted(review.profile.name))
                    : Tr(MSG("session.reviews.persons_profile_not_here"), source, Quoted(review.profile.name),
                         Quoted(review.profile.person))});
    return;
  }
  std::vector<std::string> problems = CheckReviewForProfile(review, *mine, frameworks_.catalog());
  if (!problems.empty()) {
    for (std::string& p : problems) p = Tr(MSG("session.reviews.source_line"), source, p);
    ShowNotice(Notice::Kind::Error, refused, std::move(problems));
    return;
  }
  const bool again = reviews_.FindReceived(review.id) != nullptr;
  if (!reviews_.SaveReceived(review)) {
    ShowNotice(Notice::Kind::Error, refused,
               {Tr(MSG("session.reviews.storage_refused"))},
               {NoticeButton::DownloadBackup});
    return;
  }
  const std::string title = Tr(again ? MSG("session.reviews.imported_again") : MSG("session.reviews.imported"),
                               Quoted(review.reviewer), Quoted(mine->name));
  std::vector<std::string> changes = ChangesSinceReview(review, *mine, frameworks_.catalog());
  if (!changes.empty())
    changes.insert(changes.begin(), Tr(MSG("session.reviews.older_version"), ShortDate(review.reviewed)));
  arrived_review_profile_ = mine->id;
  ShowNotice(Notice::Kind::Info, title, std::move(changes), {NoticeButton::ShowReview});
}

void Session::ShowArrivedReview() {
  if (!store_.Find(arrived_review_profile_)) return;
  if (open_id_ != arrived_review_profile_) {
    SetOpenProfile(arrived_review_profile_, true);
    store_.SetCurrent(arrived_review_profile_);
  }
  notice_.reset();
  ++reveal_reviews_;
  GoTo(Screen::Results);
}

ReviewSection Session::ReviewSectionOf(const ReceivedReview& received, const Profile& mine) const {
  const Review& review = received.review;
  const Catalog& catalog = frameworks_.catalog();
  ReviewSection section;
  section.id = review.id;
  section.reviewer = review.reviewer;
  section.title = Tr(MSG("session.reviews.section_title"), review.reviewer, ShortDate(review.reviewed));
  const std::vector<std::string> changes = ChangesSinceReview(review, mine, catalog);
  if (!changes.empty()) {
    section.stale = Tr(MSG("session.reviews.stale"));
    for (const std::string& change : changes) section.stale += " " + change + (change.back() == '.' ? "" : ".");
  }
  const auto label = [&](const std::string& key, int level) {
    const Framework* framework = FrameworkFor(mine, catalog, key);
    return framework ? LevelLabel(framework->scale, level) : Tr(MSG("session.reviews.level"), level);
  };
  for (const std::string& key : mine.selection) {
    const auto it = review.skills.find(key);
    if (it == review.skills.end()) continue;
    const SkillReview& s = it->second;
    ReviewRow row;
    row.key = key;
    const Skill* skill = SkillOf(mine, catalog, key);
    row.skill = skill ? skill->code + " " + skill->name : key;
    const ReviewedLevel level = CompareWithReview(review, mine, key);
    const auto answer = mine.answers.find(key);
    const AnswerKind kind = answer == mine.answers.end() ? AnswerKind::Unanswered : answer->second.kind;
    row.self = kind == AnswerKind::Level ? label(key, level.self) : NotALevelLabel(kind);
    switch (s.verdict) {
      case Verdict::Agree: row.reviewer = Tr(MSG("session.reviews.agrees")); break;
      case Verdict::Propose: row.reviewer = Tr(MSG("session.reviews.proposes"), label(key, s.level)); break;
      case Verdict::Discuss: row.reviewer = Tr(MSG("session.reviews.to_discuss")); break;
    }
    row.comment = s.comment;
    row.differs = level.differs();
    const auto reply = received.replies.find(key);
    row.can_accept = row.differs && (reply == received.replies.end() || reply->second.kind != ReplyKind::Accepted);
    if (reply != received.replies.end())
      row.reply = reply->second.kind == ReplyKind::Accepted ? Tr(MSG("session.reviews.took_level"))
                  : reply->second.text.empty() ? Tr(MSG("session.reviews.kept_yours"))
                                               : Tr(MSG("session.reviews.kept_yours_because"), reply->second.text);
    section.rows.push_back(std::move(row));
  }
  for (const Snapshot& snap : mine.snapshots)
    if (snap.id == received.agreed_snapshot)
      section.agreed = Tr(MSG("session.reviews.saved_as_snapshot"), Quoted(ShownSnapshotName(snap)));
  return section;
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
  snap.taken = platform_.NowIso8601();
  snap.name = AgreedSnapshotName(received->review.reviewer, snap.taken);
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
  if (reviewer.find_first_not_of(" \t") != std::string::npos) reviewer_name_ = reviewer;
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
  platform_.DownloadFile(DownloadName(Tr(MSG("session.reviews.file_name"), about), platform_.NowIso8601(), "json"),
                         "application/json", ReviewToJson(*written) + "\n");
}

// ---------------------------------------------------------------------------
// [SECTION] The reviewer's page
// ---------------------------------------------------------------------------
// A review in a link, as a profile travels in one ("#p=", the same size and inflation
// limits): whoever opens it has it imported by ImportText, which knows a review.
void Session::ShareReview() {
  const Review* written = reviews_.Written(review_person_);
  if (!written) return;
  const std::string person = review_person_;
  CopyShareLink(ReviewToJson(*written, -1),
                {MSG("session.reviews.link_failed"), MSG("session.reviews.link_too_large"),
                 MSG("session.reviews.link_copied"), ""},
                // Another review on show meanwhile: not its link.
                [this, person] { return person == review_person_; },
                [this](std::string message) { review_share_message_ = std::move(message); });
}

void Session::OpenReview(const std::string& person_id) {
  const Profile* theirs = people_.Find(person_id);
  if (!theirs || theirs->selection.empty()) return;
  if (person_id != review_person_) review_share_message_.clear();
  review_person_ = person_id;
  if (reviewer_name_.empty()) reviewer_name_ = reviews_.LatestReviewer();
  if (!reviewer_name_.empty()) BeginReview(person_id, reviewer_name_);
  GoTo(Screen::Review, 0);
}

bool Session::FollowToReview(const Route& route, Address address, std::vector<std::string>* why) {
  const Profile* theirs = people_.Find(route.profile_id);
  const auto at = theirs ? std::find(theirs->selection.begin(), theirs->selection.end(), route.skill_key)
                         : std::vector<std::string>::const_iterator{};
  if (!theirs || at == theirs->selection.end()) {
    why->push_back(Tr(MSG("session.reviews.address_not_here"), route.profile_id, route.skill_key));
    return false;
  }
  review_person_ = theirs->id;
  if (reviewer_name_.empty()) reviewer_name_ = reviews_.LatestReviewer();
  GoTo(Screen::Review, static_cast<int>(at - theirs->selection.begin()), address);
  return true;
}

ReviewPageModel Session::ReviewPage() const {
  ReviewPageModel m;
  const Profile* theirs = people_.Find(review_person_);
  if (!theirs || theirs->selection.empty()) return m;
  const Review* written = reviews_.Written(review_person_);
  m.person = PeopleStore::NameOf(*theirs);
  m.profile_name = theirs->name;
  m.reviewer = written ? written->reviewer : std::string();
  m.count = static_cast<int>(theirs->selection.size());
  m.index = std::clamp(skill_index_, 0, m.count - 1);
  const std::string& key = theirs->selection[static_cast<std::size_t>(m.index)];
  const Framework* framework = FrameworkFor(*theirs, frameworks_.catalog(), key);
  const Skill* skill = SkillOf(*theirs, frameworks_.catalog(), key);
  m.skill_title = skill ? skill->code + " " + skill->name : key;
  m.framework = framework ? framework->title : "";
  const auto answer_it = theirs->answers.find(key);
  const Answer answer = answer_it == theirs->answers.end() ? Answer{} : answer_it->second;
  switch (answer.kind) {
    case AnswerKind::Level: m.their_level = framework ? LevelLabel(framework->scale, answer.level) : ""; break;
    case AnswerKind::NotApplicable:
    case AnswerKind::Skipped:
    case AnswerKind::Unanswered: m.their_level = NotALevelLabel(answer.kind); break;
  }
  if (answer.target > 0 && framework) m.their_target = LevelLabel(framework->scale, answer.target);
  m.their_confidence = ConfidenceLabel(answer.confidence);
  m.their_notes = answer.notes;
  if (skill) {
    for (const auto& [level, ratings] : answer.ratings) {
      const auto statements = skill->statements.find(level);
      if (statements == skill->statements.end()) continue;
      for (std::size_t i = 0; i < ratings.size() && i < statements->second.size(); ++i) {
        if (ratings[i] == Rating::Consistently)
          m.ticked.push_back(Tr(MSG("session.reviews.ticked_consistently"), level, statements->second[i]));
        else if (ratings[i] == Rating::Partly)
          m.ticked.push_back(Tr(MSG("session.reviews.ticked_partly"), level, statements->second[i]));
      }
    }
    for (const auto& [level, statements] : skill->statements)
      m.levels.push_back({level, framework ? LevelLabel(framework->scale, level) : std::to_string(level)});
    const int above = answer.kind == AnswerKind::Level ? answer.level + 1 : skill->LowestDefined();
    m.suggested = skill->DefinedAt(above) ? above : (answer.kind == AnswerKind::Level ? answer.level : above);
  }
  int proposals = 0, discuss = 0;
  if (written) {
    if (const auto it = written->skills.find(key); it != written->skills.end()) {
      m.verdict = it->second.verdict;
      m.proposed = it->second.level;
      m.comment = it->second.comment;
    }
    for (const auto& [k, v] : written->skills) {
      proposals += v.verdict == Verdict::Propose;
      discuss += v.verdict == Verdict::Discuss;
    }
  }
  m.progress = TrN(MSG("session.reviews.progress"), proposals, m.index + 1, m.count, discuss);
  m.share_message = review_share_message_;
  m.saved_note = Tr(MSG("session.reviews.saved_note"));
  return m;
}

void Session::Dispatch(const ReviewPageAction& action) {
  const Profile* theirs = people_.Find(review_person_);
  if (!theirs || theirs->selection.empty()) {
    GoTo(Screen::People);
    return;
  }
  const int last = static_cast<int>(theirs->selection.size()) - 1;
  const std::string key = theirs->selection[static_cast<std::size_t>(std::clamp(skill_index_, 0, last))];
  switch (action.kind) {
    case ReviewPageAction::Kind::None: break;
    case ReviewPageAction::Kind::SetReviewer: BeginReview(review_person_, action.text); break;
    case ReviewPageAction::Kind::Agree: SetReviewVerdict(review_person_, key, Verdict::Agree, 0); break;
    case ReviewPageAction::Kind::Propose: SetReviewVerdict(review_person_, key, Verdict::Propose, action.level); break;
    case ReviewPageAction::Kind::Discuss: SetReviewVerdict(review_person_, key, Verdict::Discuss, 0); break;
    case ReviewPageAction::Kind::SetComment: SetReviewComment(review_person_, key, action.text); break;
    case ReviewPageAction::Kind::Previous: GoTo(Screen::Review, std::max(0, skill_index_ - 1)); break;
    case ReviewPageAction::Kind::Next: GoTo(Screen::Review, std::min(last, skill_index_ + 1)); break;
    case ReviewPageAction::Kind::Export: ExportReview(review_person_); break;
    case ReviewPageAction::Kind::ShareLink: ShareReview(); break;
    case ReviewPageAction::Kind::Back: GoTo(Screen::People); break;
    case ReviewPageAction::Kind::ToggleTheme: ToggleTheme(); break;
    case ReviewPageAction::Kind::ShowHelp: ShowHelp(); break;
  }
}

}  // namespace skillscope
