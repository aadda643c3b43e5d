#include "core/team/compare.h"

#include "core/text/messages.h"

namespace skillscope {

Comparison BuildComparison(const std::vector<AnswerSet>& sets, const Catalog& catalog,
                           const std::map<std::string, int>& role_levels, const std::string& role_name) {
  Comparison out;
  TeamOptions options;
  options.role_levels = role_levels;
  out.grid = BuildTeamGrid(sets, catalog, options);
  const TeamGrid& g = out.grid;
  ChartData& d = out.chart;
  for (const std::string& name : g.member_names) d.series.push_back({name, {}});
  const bool role = !role_levels.empty();
  if (role) d.series.push_back({Tr(MSG("team_stats.role_series"), role_name), {}});
  for (std::size_t i = 0; i < g.skills.size(); ++i) {
    const TeamSkill& s = g.skills[i];
    ChartAxisInput a;
    a.key = s.key;
    a.label = s.code + " \xC2\xB7 " + s.name;
    a.short_label = s.code;
    a.scale_levels = s.scale_levels;
    a.defined_levels = s.defined_levels;
    a.gap = s.holders == 0;  // nobody compared is at a level here
    d.axes.push_back(std::move(a));
    d.group_keys.push_back(s.category.empty() ? s.framework_title : s.framework_title + " \xE2\x80\xBA " + s.category);
    d.result_index.push_back(i);
    if (s.holders > 0) ++d.answered;
    for (std::size_t m = 0; m < g.members(); ++m) {
      const TeamCell& c = g.At(i, m);
      d.series[m].levels.push_back(c.kind == CellKind::Level ? c.level : 0);
    }
    if (role) d.series.back().levels.push_back(s.role_level);
  }
  for (std::size_t m = 0; m < g.members(); ++m) out.gaps.push_back(role ? SummariseMember(g, m).gaps : 0);
  return out;
}

}  // namespace skillscope
