#include "core/chart/data.h"

#include <algorithm>
#include <map>
#include <numeric>

#include "core/text/messages.h"

namespace skillscope {

ChartData BuildChartData(const std::vector<SkillResult>& results, const std::vector<Overlay>& overlays) {
  // Stable order: frameworks in first-seen order, categories within them likewise.
  std::map<std::string, std::size_t> framework_rank, category_rank;
  for (const SkillResult& r : results) {
    framework_rank.emplace(r.framework_id, framework_rank.size());
    category_rank.emplace(r.framework_id + "\n" + r.category, category_rank.size());
  }
  std::vector<std::size_t> order(results.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const SkillResult &x = results[a], &y = results[b];
    if (framework_rank[x.framework_id] != framework_rank[y.framework_id])
      return framework_rank[x.framework_id] < framework_rank[y.framework_id];
    return category_rank[x.framework_id + "\n" + x.category] < category_rank[y.framework_id + "\n" + y.category];
  });

  ChartData d;
  d.series.push_back({Tr(MSG("chart.your_level")), {}});
  d.series.push_back({Tr(MSG("chart.your_target")), {}});
  for (const Overlay& o : overlays) d.series.push_back({o.name, {}});
  for (std::size_t i : order) {
    const SkillResult& r = results[i];
    ChartAxisInput a;
    a.key = r.key;
    a.label = r.code + " \xC2\xB7 " + r.name;
    a.short_label = r.code;
    a.scale_levels = r.scale_levels;
    a.defined_levels = r.defined_levels;
    a.gap = r.kind != AnswerKind::Level;
    d.axes.push_back(std::move(a));
    d.group_keys.push_back(r.category.empty() ? r.framework_title : r.framework_title + " \xE2\x80\xBA " + r.category);
    d.result_index.push_back(i);
    if (r.kind == AnswerKind::Level) ++d.answered;
    d.series[0].levels.push_back(r.kind == AnswerKind::Level ? r.level : 0);
    d.series[1].levels.push_back(r.target);
    for (std::size_t o = 0; o < overlays.size(); ++o) {
      int level = 0;
      for (const auto& [key, l] : overlays[o].levels)
        if (key == r.key) level = l;
      d.series[2 + o].levels.push_back(level);
    }
  }
  return d;
}

ChartData SliceChartData(const ChartData& data, const std::vector<int>& axes) {
  ChartData out;
  for (const ChartSeriesInput& s : data.series) out.series.push_back({s.name, {}});
  for (int i : axes) {
    const std::size_t k = static_cast<std::size_t>(i);
    out.axes.push_back(data.axes[k]);
    out.group_keys.push_back(data.group_keys[k]);
    out.result_index.push_back(data.result_index[k]);
    if (!data.axes[k].gap && data.series[0].levels[k] > 0) ++out.answered;
    for (std::size_t s = 0; s < data.series.size(); ++s) out.series[s].levels.push_back(data.series[s].levels[k]);
  }
  return out;
}

}  // namespace skillscope
