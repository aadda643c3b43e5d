#pragma once
// The development plan: for each skill whose goal is above the person's level, the
// next level's statements, word for word, each a checkable action. An action is done
// when its statement is rated "consistently" in the answer: the plan holds no ticks of
// its own, so ticking in the plan and on the skill page are the same change.
//
// The goal is the target, or, with a benchmark role, the role's level where that is
// higher. The plan orders itself by the largest gap (to the role first, when one is
// chosen), in assessment order on ties; the person's own order, when they set one,
// comes before that.
#include <map>
#include <string>
#include <vector>

#include "core/framework/catalog.h"
#include "core/profile/profile.h"

namespace skillscope {

// "sfia/ITOP@4#0": the first statement of level 4 of that skill.
std::string PlanActionId(const std::string& skill_key, int level, std::size_t index);

struct PlanAction {
  std::string id;
  std::size_t index = 0;  // the statement's place in its level
  std::string statement;  // word for word
  bool done = false;      // rated "consistently"
  PlanNote note;
};

struct PlanItem {
  std::string key;
  std::string code;
  std::string name;
  std::string framework_title;
  int level = 0;       // now
  int target = 0;      // 0: none
  int role_level = 0;  // what the benchmark role expects, 0: no role or not in it
  int goal = 0;        // max(target, role_level)
  int next_level = 0;  // the next defined level above `level`
  std::string next_level_label;  // "Level 4 · Enable"
  std::vector<PlanAction> actions;
  std::size_t done() const;
};

// `role_levels`: the benchmark role's levels by skill key (empty: no role).
std::vector<PlanItem> BuildPlan(const Profile& profile, const Catalog& catalog,
                                const std::map<std::string, int>& role_levels);

// The plan's skill keys after moving `key` up (delta -1) or down (+1) one place: what
// to keep as PlanChoices::order.
std::vector<std::string> MovedPlanOrder(const std::vector<PlanItem>& plan, const std::string& key, int delta);

// Ticks (or unticks) an action: its statement rated "consistently" (or back to
// unrated). False, and nothing changed, when the id names no statement of the skill.
bool SetPlanActionDone(Profile& profile, const Catalog& catalog, const std::string& action_id, bool done,
                       const std::string& now);

}  // namespace skillscope
