#include "core/profile/assessment.h"

#include <algorithm>
#include <cmath>

#include "core/text/messages.h"

namespace skillscope {

std::vector<SelectedSkill> ResolveSelection(const Profile& profile, const Catalog& catalog) {
  std::vector<SelectedSkill> out;
  SkillFinder skills;  // FindSkill per key goes through the list: a million comparisons with 1000
  for (const std::string& key : profile.selection) {
    SelectedSkill s;
    s.key = key;
    std::string framework_id, code;
    if (SplitSkillKey(key, &framework_id, &code)) {
      if (const FrameworkRef* ref = profile.FindFramework(framework_id)) {
        if (const CatalogEntry* entry = catalog.Find(ref->id, ref->version)) {
          s.framework = &entry->framework;
          s.skill = skills.Find(entry->framework, code);
        }
      }
    }
    out.push_back(s);
  }
  return out;
}

std::string ChoiceKey(const Framework& fw, const std::string& code) { return fw.id + "@" + fw.version + "/" + code; }

void ForEachChosenSkill(const Catalog& catalog, const std::set<std::string>& choice_keys,
                        const std::function<void(const Framework&, const Skill&)>& visit) {
  std::set<std::string> ids;
  for (const CatalogEntry& e : catalog.entries()) {
    if (ids.count(e.framework.id)) continue;
    bool any = false;
    for (const Skill& s : e.framework.skills) {
      if (choice_keys.count(ChoiceKey(e.framework, s.code))) {
        visit(e.framework, s);
        any = true;
      }
    }
    if (any) ids.insert(e.framework.id);
  }
}

std::vector<std::pair<const Framework*, std::string>> ChosenSkills(const Catalog& catalog,
                                                                   const std::set<std::string>& choice_keys) {
  std::vector<std::pair<const Framework*, std::string>> out;
  ForEachChosenSkill(catalog, choice_keys, [&](const Framework& fw, const Skill& s) { out.emplace_back(&fw, s.code); });
  return out;
}

Profile NewProfile(std::string id, std::string name, std::string person, const std::string& now,
                   const std::vector<std::pair<const Framework*, std::string>>& chosen_skills) {
  Profile p;
  p.id = std::move(id);
  p.name = std::move(name);
  p.person = std::move(person);
  p.created = p.updated = now;
  for (const auto& [fw, code] : chosen_skills) {
    if (!fw) continue;
    if (!p.FindFramework(fw->id)) p.frameworks.push_back({fw->id, fw->version, fw->content_hash()});
    p.selection.push_back(SkillKey(fw->id, code));
  }
  return p;
}

Progress CountProgress(const Profile& profile) {
  Progress p;
  p.total = profile.selection.size();
  for (const std::string& key : profile.selection) {
    const auto it = profile.answers.find(key);
    const AnswerKind kind = it == profile.answers.end() ? AnswerKind::Unanswered : it->second.kind;
    if (kind == AnswerKind::Level || kind == AnswerKind::NotApplicable) ++p.answered;
    else if (kind == AnswerKind::Skipped) ++p.skipped;
    else ++p.not_yet;
  }
  return p;
}

std::string ProgressText(const Progress& p) {
  return TrN(MSG("profile.progress"), static_cast<long long>(p.total), p.answered);
}

int EstimateMinutes(std::size_t skills, std::size_t statements) {
  // About 20 s to orient on a skill and 4 s to read and weigh each statement.
  const double seconds = 20.0 * static_cast<double>(skills) + 4.0 * static_cast<double>(statements);
  if (skills == 0) return 0;
  return std::max(1, static_cast<int>(std::lround(seconds / 60.0)));
}

bool ChooseLevel(Answer& a, const Skill& skill, int level, const std::string& now) {
  if (!skill.DefinedAt(level)) return false;
  a.kind = AnswerKind::Level;
  a.level = level;
  a.updated = now;
  RefreshOverride(a, skill);
  return true;
}

void MarkNotApplicable(Answer& a, const std::string& now) {
  a.kind = AnswerKind::NotApplicable;
  a.level = 0;
  a.overridden = false;
  a.updated = now;
}

void MarkSkipped(Answer& a, const std::string& now) {
  a.kind = AnswerKind::Skipped;
  a.level = 0;
  a.overridden = false;
  a.updated = now;
}

void ClearAnswer(Answer& a, const std::string& now) {
  a.kind = AnswerKind::Unanswered;
  a.level = 0;
  a.overridden = false;
  a.updated = now;
}

void SetMode(Answer& a, AnswerMode mode, const std::string& now) {
  if (a.mode == mode) return;
  a.mode = mode;
  a.updated = now;
  if (mode == AnswerMode::Quick) a.overridden = false;
}

bool RateStatement(Answer& a, const Skill& skill, int level, std::size_t index, Rating rating,
                   const std::string& now) {
  const auto it = skill.statements.find(level);
  if (it == skill.statements.end() || index >= it->second.size()) return false;
  std::vector<Rating>& list = a.ratings[level];
  list.resize(it->second.size(), Rating::Unrated);
  list[index] = rating;
  a.updated = now;
  RefreshOverride(a, skill);
  return true;
}

bool SetTarget(Answer& a, const Skill& skill, int target, const std::string& now) {
  if (target != 0 && !skill.DefinedAt(target)) return false;
  a.target = target;
  a.updated = now;
  return true;
}

void SetConfidence(Answer& a, Confidence confidence, const std::string& now) {
  a.confidence = confidence;
  a.updated = now;
}

void SetNotes(Answer& a, std::string notes, const std::string& now) {
  if (a.notes == notes) return;
  a.notes = std::move(notes);
  a.updated = now;
}

void RefreshOverride(Answer& a, const Skill& skill) {
  if (a.mode != AnswerMode::Statements || a.kind != AnswerKind::Level) {
    a.overridden = false;
    return;
  }
  a.overridden = SuggestLevel(skill, a.ratings).level != a.level;
}

}  // namespace skillscope
