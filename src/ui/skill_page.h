#pragma once
// One skill of the questionnaire: what the skill is, its level cards, the answer in
// quick or statement mode, target, confidence and notes, and the way around.
#include <cstddef>
#include <string>
#include <vector>

#include "core/framework.h"
#include "core/profile.h"
#include "core/scoring.h"
#include "ui/skill_list.h"
#include "ui/ui_context.h"

namespace skillscope::ui {

struct SkillPageModel {
  const Framework* framework = nullptr;
  const Skill* skill = nullptr;
  const Answer* answer = nullptr;
  Suggestion suggestion;  // from the answer's ratings (statement mode)
  int index = 0;          // position in the chosen skills
  int count = 0;
  std::size_t answered = 0;
  std::string progress_text;  // "7 of 10 skills answered"
  std::vector<SkillListItem> list;
  std::string profile_name;
  std::string save_problem;  // shown at the top while saving fails
};

// Screen-local state kept by the app between frames.
struct SkillPageState {
  std::string notes;           // the notes being edited
  std::string notes_for;       // skill key those notes belong to
  bool list_open = false;      // narrow layout: the skill list is unfolded
  int scroll_to_top_for = -1;  // scroll back up when the page shows another skill
};

struct SkillPageAction {
  enum Kind {
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
  } kind = None;
  int level = 0;
  std::size_t statement = 0;
  Rating rating = Rating::Unrated;
  AnswerMode mode = AnswerMode::Quick;
  Confidence confidence = Confidence::Unset;
  int jump_to = 0;
  std::string notes;
};

SkillPageAction DrawSkillPage(const UiContext& ui, const SkillPageModel& model, SkillPageState& state);

}  // namespace skillscope::ui
