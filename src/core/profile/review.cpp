#include "core/profile/review.h"

#include <nlohmann/json.hpp>

#include "core/json/canonical.h"
#include "core/json/input.h"
#include "core/json/sha256.h"
#include "core/profile/json.h"
#include "core/text/messages.h"
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
    case AnswerKind::Level: return Tr(MSG("profile.review.answer_level"), level);
    case AnswerKind::NotApplicable: return Tr(MSG("profile.review.answer_not_applicable"));
    case AnswerKind::Skipped: return Tr(MSG("profile.review.answer_skipped"));
    case AnswerKind::Unanswered: break;
  }
  return Tr(MSG("profile.review.answer_none"));
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
    problems.push_back(whose == review.profile.name
                           ? Tr(MSG("profile.review.other_profile"), Quoted(review.profile.name), Quoted(mine.name))
                           : Tr(MSG("profile.review.other_persons_profile"), Quoted(review.profile.name), Quoted(whose),
                                Quoted(mine.name)));
    return problems;
  }
  for (const auto& [key, skill] : review.skills) {
    std::string framework_id, code;
    const std::string where = JsonPathMember("skills", key) + ": ";
    if (!SplitSkillKey(key, &framework_id, &code)) {
      problems.push_back(where + Tr(MSG("profile.review.skill_name_form")));
      continue;
    }
    if (!mine.FindFramework(framework_id)) {
      problems.push_back(where + Tr(MSG("profile.review.framework_not_used"), Quoted(framework_id)));
      continue;
    }
    const Framework* framework = FrameworkOf(mine.frameworks, framework_id, catalog);
    if (!framework) continue;  // not loaded here: the profile's own notice says so
    const Skill* found = framework->FindSkill(code);
    if (!found) {
      problems.push_back(where + Tr(MSG("profile.review.no_such_skill"), Quoted(code), Quoted(framework->title)));
      continue;
    }
    if (skill.verdict == Verdict::Propose && !found->DefinedAt(skill.level)) {
      problems.push_back(where + Tr(MSG("profile.review.level_not_described"), skill.level,
                                    Quoted(code + " " + found->name), found->LowestDefined(), found->HighestDefined()));
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
      lines.push_back(Tr(MSG("profile.review.change_removed"), name));
      continue;
    }
    const Answer* now = AnswerFor(mine, key);
    const AnswerKind kind = now ? now->kind : AnswerKind::Unanswered;
    const int level = now && kind == AnswerKind::Level ? now->level : 0;
    if (kind != skill.seen_kind || level != skill.seen_level)
      lines.push_back(Tr(MSG("profile.review.change_answer"), name, AnswerText(skill.seen_kind, skill.seen_level),
                         AnswerText(kind, level)));
  }
  for (const std::string& key : mine.selection)
    if (!review.skills.count(key))
      lines.push_back(Tr(MSG("profile.review.change_added"), SkillName(key, mine.frameworks, catalog)));
  if (lines.empty()) lines.push_back(Tr(MSG("profile.review.change_details_only")));
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
