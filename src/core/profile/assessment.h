#pragma once
// Changing an assessment: every answer goes through these functions, so the rules
// (a level must be defined, ratings sized to the statements, the override mark)
// hold wherever the change comes from.
#include <cstddef>
#include <functional>
#include <set>
#include <utility>
#include <string>
#include <vector>

#include "core/framework/catalog.h"
#include "core/profile/profile.h"
#include "core/profile/scoring.h"

namespace skillscope {

// A selected skill, resolved against the catalog through the profile's framework refs.
struct SelectedSkill {
  std::string key;
  const Framework* framework = nullptr;  // null when the framework is not loaded
  const Skill* skill = nullptr;          // null when the framework lacks the code
};
std::vector<SelectedSkill> ResolveSelection(const Profile& profile, const Catalog& catalog);

// How the setup screen names a skill it offers: "id@version/CODE".
std::string ChoiceKey(const Framework& framework, const std::string& code);
// The chosen skills in catalog order, one framework version per id (a later choice of
// another version replaces the earlier one's skills).
std::vector<std::pair<const Framework*, std::string>> ChosenSkills(const Catalog& catalog,
                                                                   const std::set<std::string>& choice_keys);
// The same skills, each handed to `visit` with its framework.
void ForEachChosenSkill(const Catalog& catalog, const std::set<std::string>& choice_keys,
                        const std::function<void(const Framework&, const Skill&)>& visit);

// A new profile over the chosen skills (keys "id/CODE"; frameworks by id -> version).
Profile NewProfile(std::string id, std::string name, std::string person, const std::string& now,
                   const std::vector<std::pair<const Framework*, std::string>>& chosen_skills);

struct Progress {
  std::size_t total = 0;
  std::size_t answered = 0;  // a level or not applicable
  std::size_t skipped = 0;
  std::size_t not_yet = 0;
};
Progress CountProgress(const Profile& profile);
// "7 of 10 skills answered"
std::string ProgressText(const Progress& progress);

// Rough time to assess these skills: reading the statements dominates.
int EstimateMinutes(std::size_t skills, std::size_t statements);

// ---- Answers --------------------------------------------------------------
// Each returns false (and changes nothing) when the change is not valid for the skill.
bool ChooseLevel(Answer& answer, const Skill& skill, int level, const std::string& now);
void MarkNotApplicable(Answer& answer, const std::string& now);
void MarkSkipped(Answer& answer, const std::string& now);
void ClearAnswer(Answer& answer, const std::string& now);
void SetMode(Answer& answer, AnswerMode mode, const std::string& now);
bool RateStatement(Answer& answer, const Skill& skill, int level, std::size_t index, Rating rating,
                   const std::string& now);
// Target: 0 clears it; otherwise a level where the skill is defined (a target the
// framework does not describe could not be worked towards).
bool SetTarget(Answer& answer, const Skill& skill, int target, const std::string& now);
void SetConfidence(Answer& answer, Confidence confidence, const std::string& now);
void SetNotes(Answer& answer, std::string notes, const std::string& now);

// Statement mode keeps `overridden` true while the chosen level differs from what the
// ratings suggest; quick mode never marks an override.
void RefreshOverride(Answer& answer, const Skill& skill);

}  // namespace skillscope
