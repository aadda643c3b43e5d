#include "core/profile/review.h"

#include <nlohmann/json.hpp>

#include "core/json/canonical.h"
#include "core/json/input.h"
#include "core/json/sha256.h"
#include "core/profile/json.h"
#include "core/text/wording.h"

namespace skillscope {
namespace {

const Framework* FrameworkOf(const std::vector<FrameworkRef>& refs, const std::string& framework_id,
                             const Catalog& catalog) {
  for (const FrameworkRef& ref : refs) {
    if (ref.id != framework_id) continue;
    const CatalogEntry* entry = catalog.Find(ref.id, ref.version);
    return entry ? &entry->framework : nullptr;
  }
  return nullptr;
}

// "ITOP Infrastructure operations", or the key when the framework is not here.
std::string SkillName(const std::string& key, const std::vector<FrameworkRef>& refs, const Catalog& catalog) {
  std::string framework_id, code;
  if (!SplitSkillKey(key, &framework_id, &code)) return Quoted(key);
  const Framework* framework = FrameworkOf(refs, framework_id, catalog);
  const Skill* skill = framework ? framework->FindSkill(code) : nullptr;
  return skill ? code + " " + skill->name : code;
}

std::string AnswerText(AnswerKind kind, int level) {
  switch (kind) {
    case AnswerKind::Level: return "level " + std::to_string(level);
    case AnswerKind::NotApplicable: return "not applicable";
    case AnswerKind::Skipped: return "skipped";
    case AnswerKind::Unanswered: break;
  }
  return "no answer";
}

const Answer* AnswerFor(const Profile& profile, const std::string& key) {
  const auto it = profile.answers.find(key);
  return it == profile.answers.end() ? nullptr : &it->second;
}

bool Selected(const Profile& profile, const std::string& key) {
  for (const std::string& k : profile.selection)
    if (k == key) return true;
  return false;
}

}  // namespace

const char* ToString(Verdict verdict) {
  switch (verdict) {
    case Verdict::Agree: return "agree";
    case Verdict::Propose: return "propose";
    case Verdict::Discuss: return "discuss";
  }
  return "agree";
}

const char* ToString(ReplyKind kind) { return kind == ReplyKind::Accepted ? "accepted" : "kept"; }

std::string ProfileRevision(const Profile& profile) {
  Profile judged;
  judged.frameworks = profile.frameworks;
  judged.selection = profile.selection;
  judged.answers = profile.answers;
  // When an answer was last touched is not what was judged: choosing the same level
  // again must not make a review out of date.
  for (auto& [key, answer] : judged.answers) answer.updated.clear();
  // The canonical form, not the file's: a later app may write files in another order.
  return "sha256:" + Sha256Hex(CanonicalJson(ParseKnownJson(ProfileToJson(judged))));
}

Review BeginReview(const Profile& theirs, const std::string& reviewer, const std::string& id,
                   const std::string& now) {
  Review review;
  review.id = id;
  review.reviewer = reviewer;
  review.reviewed = now;
  review.profile = {theirs.id, theirs.name, theirs.person, ProfileRevision(theirs)};
  review.frameworks = theirs.frameworks;
  for (const std::string& key : theirs.selection) {
    SkillReview skill;
    if (const Answer* answer = AnswerFor(theirs, key)) {
      skill.seen_kind = answer->kind;
      skill.seen_level = answer->kind == AnswerKind::Level ? answer->level : 0;
    }
    review.skills[key] = skill;
  }
  return review;
}

std::vector<std::string> CheckReviewForProfile(const Review& review, const Profile& mine, const Catalog& catalog) {
  std::vector<std::string> problems;
  if (review.profile.id != mine.id) {
    const std::string whose = review.profile.person.empty() ? review.profile.name : review.profile.person;
    problems.push_back("this review is of another profile (" + Quoted(review.profile.name) +
                       (whose == review.profile.name ? std::string() : " of " + Quoted(whose)) + "), not of " +
                       Quoted(mine.name));
    return problems;
  }
  for (const auto& [key, skill] : review.skills) {
    std::string framework_id, code;
    const std::string where = JsonPathMember("skills", key) + ": ";
    if (!SplitSkillKey(key, &framework_id, &code)) {
      problems.push_back(where + "a skill is named \"framework/CODE\"");
      continue;
    }
    if (!mine.FindFramework(framework_id)) {
      problems.push_back(where + "the review names framework " + Quoted(framework_id) +
                         ", which this profile does not use");
      continue;
    }
    const Framework* framework = FrameworkOf(mine.frameworks, framework_id, catalog);
    if (!framework) continue;  // not loaded here: the profile's own notice says so
    const Skill* found = framework->FindSkill(code);
    if (!found) {
      problems.push_back(where + "the review names skill " + Quoted(code) + ", which " + Quoted(framework->title) +
                         " does not have");
      continue;
    }
    if (skill.verdict == Verdict::Propose && !found->DefinedAt(skill.level)) {
      problems.push_back(where + "the review proposes level " + std::to_string(skill.level) + ", which " +
                         Quoted(code + " " + found->name) + " does not describe (it has levels " +
                         std::to_string(found->LowestDefined()) + "\xE2\x80\x93" +
                         std::to_string(found->HighestDefined()) + ")");
    }
  }
  return problems;
}

std::vector<std::string> ChangesSinceReview(const Review& review, const Profile& mine, const Catalog& catalog) {
  std::vector<std::string> lines;
  if (review.profile.revision == ProfileRevision(mine)) return lines;
  for (const auto& [key, skill] : review.skills) {
    const std::string name = SkillName(key, mine.frameworks, catalog);
    if (!Selected(mine, key)) {
      lines.push_back(name + ": no longer in your assessment");
      continue;
    }
    const Answer* now = AnswerFor(mine, key);
    const AnswerKind kind = now ? now->kind : AnswerKind::Unanswered;
    const int level = now && kind == AnswerKind::Level ? now->level : 0;
    if (kind != skill.seen_kind || level != skill.seen_level)
      lines.push_back(name + ": " + AnswerText(skill.seen_kind, skill.seen_level) + " when reviewed, " +
                      AnswerText(kind, level) + " now");
  }
  for (const std::string& key : mine.selection)
    if (!review.skills.count(key)) lines.push_back(SkillName(key, mine.frameworks, catalog) + ": added after the review");
  if (lines.empty())
    lines.push_back("The levels it reviewed are the same; notes, targets, confidence or ticked statements changed since.");
  return lines;
}

std::map<std::string, Answer> ReviewerAnswers(const Review& review) {
  std::map<std::string, Answer> out;
  for (const auto& [key, skill] : review.skills) {
    Answer a;
    if (skill.verdict == Verdict::Propose) {
      a.kind = AnswerKind::Level;
      a.level = skill.level;
    } else if (skill.verdict == Verdict::Agree) {
      a.kind = skill.seen_kind;
      a.level = skill.seen_kind == AnswerKind::Level ? skill.seen_level : 0;
    }
    a.updated = review.reviewed;
    out[key] = a;
  }
  return out;
}

ReviewedLevel CompareWithReview(const Review& review, const Profile& mine, const std::string& skill_key) {
  ReviewedLevel out;
  const Answer* answer = AnswerFor(mine, skill_key);
  out.self = answer && answer->kind == AnswerKind::Level ? answer->level : 0;
  const auto it = review.skills.find(skill_key);
  if (it == review.skills.end()) return out;
  out.reviewed = true;
  out.verdict = it->second.verdict;
  switch (it->second.verdict) {
    case Verdict::Propose: out.reviewer = it->second.level; break;
    case Verdict::Agree: out.reviewer = it->second.seen_level; break;
    case Verdict::Discuss: out.reviewer = 0; break;
  }
  return out;
}

}  // namespace skillscope
