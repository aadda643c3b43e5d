#pragma once
// One skill of the questionnaire: the skill page's model and the actions it returns.
#include <cstddef>
#include <string>
#include <vector>

#include "core/framework/framework.h"
#include "core/profile/profile.h"
#include "core/profile/scoring.h"

namespace skillscope {

// A line of the list of all chosen skills, with its answer mark.
struct SkillListItem {
  std::string code;
  std::string name;
  AnswerKind kind = AnswerKind::Unanswered;
};

struct SkillPageModel {
  const Framework* framework = nullptr;
  const Skill* skill = nullptr;
  std::string key;        // "framework/CODE"
  const Answer* answer = nullptr;
  Suggestion suggestion;  // from the answer's ratings (statement mode)
  int index = 0;          // position in the chosen skills
  int count = 0;
  std::size_t answered = 0;
  std::string progress_text;  // "7 of 10 skills answered"
  std::vector<SkillListItem> list;
  std::string profile_name;
  std::string save_problem;  // shown at the top while saving fails
  int copied_level = 0;      // the level whose Copy was just pressed (its button says so)
};

struct SkillPageAction {
  enum class Kind {
    None,
    ChooseLevel,
    NotApplicable,
    Skip,
    ClearAnswer,
    SetMode,
    Rate,
    SetTarget,
    SetConfidence,
    SetNotes,
    Next,
    Back,
    Jump,
    Finish,
    Home,
    ToggleTheme,
    ShowHelp,
    CopyLevel,
  } kind = Kind::None;
  int level = 0;  // ChooseLevel, Rate, SetTarget, CopyLevel
  std::size_t statement = 0;
  Rating rating = Rating::Unrated;
  AnswerMode mode = AnswerMode::Quick;
  Confidence confidence = Confidence::Unset;
  int jump_to = 0;
  std::string notes;
};

}  // namespace skillscope
