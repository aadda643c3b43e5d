#include "session/team_view.h"

#include <nlohmann/json.hpp>

#include "core/team/compare.h"
#include "core/json/input.h"

namespace skillscope {
namespace {

constexpr const char* kSortNames[] = {"default", "skill", "holders", "median", "coverage", "member", "role"};
constexpr TeamSortKey kSortKeys[] = {TeamSortKey::Default, TeamSortKey::Skill,  TeamSortKey::Holders,
                                     TeamSortKey::Median,  TeamSortKey::Coverage, TeamSortKey::Member,
                                     TeamSortKey::Role};

std::string Text(const nlohmann::json& j, const char* key) {
  const auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

bool TeamView::operator==(const TeamView& o) const {
  return compare == o.compare && compare_role == o.compare_role && framework == o.framework &&
         category == o.category && threshold == o.threshold && team_role == o.team_role && sort == o.sort &&
         sort_member == o.sort_member && descending == o.descending && initials == o.initials;
}

TeamView LoadTeamView(Platform& platform) {
  TeamView v;
  const auto text = platform.StorageGet(kTeamViewKey);
  if (!text) return v;
  const ParsedJson parsed = ParseUntrustedJson(*text, {64 * 1024, 8});
  if (!parsed.ok() || !parsed.value.is_object()) return v;
  const nlohmann::json& j = parsed.value;
  if (const auto c = j.find("compare"); c != j.end() && c->is_array()) {
    for (const auto& ref : *c)
      if (ref.is_string() && v.compare.size() < kMaxCompared) v.compare.push_back(ref.get<std::string>());
  }
  v.compare_role = Text(j, "compareRole");
  v.framework = Text(j, "framework");
  v.category = Text(j, "category");
  v.team_role = Text(j, "teamRole");
  if (const auto t = j.find("threshold"); t != j.end() && t->is_number_integer()) {
    const int threshold = t->get<int>();
    if (threshold >= 0 && threshold <= 99) v.threshold = threshold;
  }
  const std::string sort = Text(j, "sort");
  for (std::size_t i = 0; i < std::size(kSortNames); ++i)
    if (sort == kSortNames[i]) v.sort = kSortKeys[i];
  v.sort_member = Text(j, "sortMember");
  if (const auto d = j.find("descending"); d != j.end() && d->is_boolean()) v.descending = d->get<bool>();
  if (const auto i = j.find("initials"); i != j.end() && i->is_boolean()) v.initials = i->get<bool>();
  return v;
}

void SaveTeamView(Platform& platform, const TeamView& v) {
  std::string sort = kSortNames[0];
  for (std::size_t i = 0; i < std::size(kSortKeys); ++i)
    if (v.sort == kSortKeys[i]) sort = kSortNames[i];
  const nlohmann::json j = {{"compare", v.compare},      {"compareRole", v.compare_role}, {"framework", v.framework},
                            {"category", v.category},    {"threshold", v.threshold},      {"teamRole", v.team_role},
                            {"sort", sort},              {"sortMember", v.sort_member},   {"descending", v.descending},
                            {"initials", v.initials}};
  platform.StorageSet(kTeamViewKey, j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

}  // namespace skillscope
