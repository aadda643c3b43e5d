#pragma once
// The list of all chosen skills with a mark for each: answered, skipped, not yet.
#include <string>
#include <vector>

#include "core/profile/profile.h"
#include "imgui.h"
#include "model/skill_page.h"
#include "ui/ui_context.h"

namespace skillscope::ui {

// Returns the index clicked, or -1.
int DrawSkillList(const UiContext& ui, const std::vector<SkillListItem>& items, int current);

// The mark alone (also used in summaries): a filled circle with a tick when answered,
// a dash when skipped, an empty ring when not yet; shapes differ, not just colours.
void DrawAnswerMark(const UiContext& ui, ImDrawList* dl, ImVec2 center, float radius, AnswerKind kind);

}  // namespace skillscope::ui
