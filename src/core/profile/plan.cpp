#include "core/profile/plan.h"

#include <algorithm>

#include "core/profile/assessment.h"

namespace skillscope {

std::string PlanActionId(const std::string& skill_key, int level, std::size_t index) {
  return skill_key + "@" + std::to_string(level) + "#" + std::to_string(index);
}

std::size_t PlanItem::done() const {
  return static_cast<std::size_t>(std::count_if(actions.begin(), actions.end(), [](const PlanAction& a) { return a.done; }));
}

namespace {

Rating RatingOf(const Answer& a, int level, std::size_t index) {
  const auto it = a.ratings.find(level);
  return it == a.ratings.end() || index >= it->second.size() ? Rating::Unrated : it->second[index];
}

}  // namespace

std::vector<PlanItem> BuildPlan(const Profile& profile, const Catalog& catalog,
                                const std::map<std::string, int>& role_levels) {
  std::vector<PlanItem> items;
  for (const SelectedSkill& s : ResolveSelection(profile, catalog)) {
    if (!s.skill) continue;
    const auto answer = profile.answers.find(s.key);
    if (answer == profile.answers.end() || answer->second.kind != AnswerKind::Level) continue;
    const Answer& a = answer->second;
    PlanItem item;
    item.key = s.key;
    item.code = s.skill->code;
    item.name = s.skill->name;
    item.framework_title = s.framework->title;
    item.level = a.level;
    item.target = a.target;
    if (const auto role = role_levels.find(s.key); role != role_levels.end()) item.role_level = role->second;
    item.goal = std::max(item.target, item.role_level);
    if (item.goal <= item.level) continue;
    const auto next = s.skill->statements.upper_bound(item.level);
    if (next == s.skill->statements.end()) continue;  // nothing defined above: nothing to work on
    item.next_level = next->first;
    item.next_level_label = LevelLabel(s.framework->scale, next->first);
    for (std::size_t i = 0; i < next->second.size(); ++i) {
      PlanAction action;
      action.id = PlanActionId(s.key, next->first, i);
      action.index = i;
      action.statement = next->second[i];
      action.done = RatingOf(a, next->first, i) == Rating::Consistently;
      if (const auto note = profile.plan.notes.find(action.id); note != profile.plan.notes.end())
        action.note = note->second;
      item.actions.push_back(std::move(action));
    }
    items.push_back(std::move(item));
  }
  // The plan's own order: the largest gap to the role first (when one is chosen), then
  // to the goal; stable, so ties stay in assessment order.
  std::stable_sort(items.begin(), items.end(), [](const PlanItem& x, const PlanItem& y) {
    const int rx = std::max(0, x.role_level - x.level), ry = std::max(0, y.role_level - y.level);
    if (rx != ry) return rx > ry;
    return x.goal - x.level > y.goal - y.level;
  });
  // The person's order, for the skills it names; the others after them, in the plan's.
  const std::vector<std::string>& order = profile.plan.order;
  if (!order.empty()) {
    auto rank = [&](const PlanItem& item) {
      const auto at = std::find(order.begin(), order.end(), item.key);
      return at == order.end() ? order.size() : static_cast<std::size_t>(at - order.begin());
    };
    std::stable_sort(items.begin(), items.end(), [&](const PlanItem& x, const PlanItem& y) { return rank(x) < rank(y); });
  }
  return items;
}

std::vector<std::string> MovedPlanOrder(const std::vector<PlanItem>& plan, const std::string& key, int delta) {
  std::vector<std::string> keys;
  for (const PlanItem& item : plan) keys.push_back(item.key);
  const auto at = std::find(keys.begin(), keys.end(), key);
  if (at == keys.end()) return keys;
  const long from = at - keys.begin(), to = from + delta;
  if (to < 0 || to >= static_cast<long>(keys.size())) return keys;
  std::swap(keys[static_cast<std::size_t>(from)], keys[static_cast<std::size_t>(to)]);
  return keys;
}

bool SetPlanActionDone(Profile& profile, const Catalog& catalog, const std::string& action_id, bool done,
                       const std::string& now) {
  const std::size_t at = action_id.rfind('@'), hash = action_id.rfind('#');
  if (at == std::string::npos || hash == std::string::npos || hash < at) return false;
  const std::string key = action_id.substr(0, at);
  // Digits only (the app is built without exceptions: no std::stoi).
  auto number = [](const std::string& digits, std::size_t* out) {
    if (digits.empty() || digits.size() > 6) return false;
    *out = 0;
    for (char c : digits) {
      if (c < '0' || c > '9') return false;
      *out = *out * 10 + static_cast<std::size_t>(c - '0');
    }
    return true;
  };
  std::size_t level = 0, index = 0;
  if (!number(action_id.substr(at + 1, hash - at - 1), &level) || !number(action_id.substr(hash + 1), &index))
    return false;
  for (const SelectedSkill& s : ResolveSelection(profile, catalog)) {
    if (s.key != key || !s.skill) continue;
    const auto answer = profile.answers.find(key);
    if (answer == profile.answers.end()) return false;
    return RateStatement(answer->second, *s.skill, static_cast<int>(level), index, done ? Rating::Consistently : Rating::Unrated, now);
  }
  return false;
}

}  // namespace skillscope
