#pragma once
// What an assessment adds up to: one row per assessed skill (level, target, gap), a
// line per framework, and the skills with the most room to grow.
#include <string>
#include <vector>

#include "core/framework/catalog.h"
#include "core/profile/profile.h"

namespace skillscope {

struct SkillResult {
  std::string key;  // "framework/CODE"
  bool available = true;  // false: its framework (or this skill in it) is not loaded here
  std::string code;
  std::string name;
  std::string framework_id;
  std::string framework_title;
  std::string category;  // "Outer › Inner", may be empty
  AnswerKind kind = AnswerKind::Unanswered;
  int level = 0;  // when kind == Level
  std::string level_label;  // "Level 3 · Apply", "Not applicable", "Skipped", "Not answered"
  std::string level_name;   // the scale's name for the level, "Apply"; "" when it has none
  bool overridden = false;
  int target = 0;
  std::string target_label;  // "" when no target
  std::string target_name;   // as level_name
  int gap = 0;               // target - level when both are set and target is higher, else 0
  Confidence confidence = Confidence::Unset;
  std::string notes;
  std::vector<std::string> level_statements;  // the chosen level's statements, word for word
  // The scale this skill is measured on.
  int scale_low = 0;
  int scale_high = 0;
  std::vector<int> scale_levels;    // every level on the framework's scale
  std::vector<int> defined_levels;  // where the skill has statements
  std::string attribution;          // the framework's credit line
};

// What an answer that is not a level says ("Not applicable", "Skipped", "Not answered").
const std::string& NotALevelLabel(AnswerKind kind);

// "Outer › Inner": a skill's category path as shown ("" when it has none).
std::string CategoryPath(const Skill& skill);

// One row per selected skill, in assessment order, as the summary and the results show
// it. A level the skill does not define reads as not answered. A skill whose framework
// is not loaded has available=false, its key as code and "(not available)" as name.
std::vector<SkillResult> BuildSkillRows(const Profile& profile, const Catalog& catalog);
// The rows of available skills: what the results screen, chart and report show.
std::vector<SkillResult> BuildResults(const Profile& profile, const Catalog& catalog);

// "SFIA: Infrastructure operations (ITOP) — level 3 Apply, target 4 Enable" for a one-skill
// framework; for more skills a count, the average level and the targets above it.
std::vector<std::string> FrameworkSummaries(const std::vector<SkillResult>& results);

struct GrowthItem {
  std::string key;
  std::string code;
  std::string name;
  int level = 0;
  int target = 0;
  int next_level = 0;              // the next defined level above the current one
  std::string next_level_label;
  std::vector<std::string> next_statements;  // word for word
};

// Up to `limit` skills with the largest gap to their target (ties keep assessment
// order), each with the statements of the next level up: the things to work on.
std::vector<GrowthItem> WhereToGrow(const std::vector<SkillResult>& results, const Catalog& catalog,
                                    const Profile& profile, std::size_t limit);

}  // namespace skillscope
