#include "core/profile/profile.h"

#include <algorithm>

#include "core/text/messages.h"

namespace skillscope {

bool Answer::operator==(const Answer& o) const {
  return kind == o.kind && level == o.level && mode == o.mode && ratings == o.ratings && overridden == o.overridden &&
         target == o.target && confidence == o.confidence && notes == o.notes && updated == o.updated;
}

std::string SkillKey(const std::string& framework_id, const std::string& skill_code) {
  return framework_id + "/" + skill_code;
}

bool SplitSkillKey(const std::string& key, std::string* framework_id, std::string* skill_code) {
  const std::size_t slash = key.find('/');
  if (slash == std::string::npos || slash == 0 || slash + 1 == key.size()) return false;
  *framework_id = key.substr(0, slash);
  *skill_code = key.substr(slash + 1);
  return true;
}

const FrameworkRef* Profile::FindFramework(const std::string& framework_id) const {
  for (const FrameworkRef& f : frameworks)
    if (f.id == framework_id) return &f;
  return nullptr;
}

bool Profile::operator==(const Profile& o) const {
  return id == o.id && name == o.name && person == o.person && created == o.created && updated == o.updated &&
         frameworks == o.frameworks && selection == o.selection && answers == o.answers && snapshots == o.snapshots &&
         plan == o.plan;
}

const char* ToString(AnswerKind k) {
  switch (k) {
    case AnswerKind::Level: return "level";
    case AnswerKind::NotApplicable: return "not-applicable";
    case AnswerKind::Skipped: return "skipped";
    case AnswerKind::Unanswered: break;
  }
  return "unanswered";
}
const char* ToString(AnswerMode m) { return m == AnswerMode::Statements ? "statements" : "quick"; }
const char* ToString(Rating r) {
  switch (r) {
    case Rating::NotYet: return "not-yet";
    case Rating::Partly: return "partly";
    case Rating::Consistently: return "consistently";
    case Rating::Unrated: break;
  }
  return "unrated";
}
const char* ToString(Confidence c) {
  switch (c) {
    case Confidence::Low: return "low";
    case Confidence::Medium: return "medium";
    case Confidence::High: return "high";
    case Confidence::Unset: break;
  }
  return "unset";
}

std::string ConfidenceLabel(Confidence c) {
  switch (c) {
    case Confidence::Low: return Tr(MSG("profile.confidence.low"));
    case Confidence::Medium: return Tr(MSG("profile.confidence.medium"));
    case Confidence::High: return Tr(MSG("profile.confidence.high"));
    case Confidence::Unset: break;
  }
  return "";
}

void MergeSnapshots(std::vector<Snapshot>& into, std::vector<Snapshot> more) {
  for (Snapshot& s : more) {
    const bool known = std::any_of(into.begin(), into.end(), [&](const Snapshot& k) { return k.id == s.id; });
    if (!known) into.push_back(std::move(s));
  }
}

}  // namespace skillscope
