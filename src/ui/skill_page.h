#pragma once
// One skill of the questionnaire: what the skill is, its level cards, the answer in
// quick or statement mode, target, confidence and notes, and the way around.
#include <string>

#include "model/skill_page.h"
#include "ui/ui_context.h"

namespace skillscope::ui {

// Screen-local state kept between frames.
struct SkillPageState {
  std::string notes;           // the notes being edited
  std::string notes_for;       // skill key those notes belong to
  std::string notes_from;      // the saved notes they started from: when the saved
                               // notes change elsewhere (another tab), the field follows
  bool list_open = false;      // narrow layout: the skill list is unfolded
  int scroll_to_top_for = -1;  // scroll back up when the page shows another skill
};

SkillPageAction DrawSkillPage(const UiContext& ui, const SkillPageModel& model, SkillPageState& state);

}  // namespace skillscope::ui
