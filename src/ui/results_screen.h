#pragma once
// Results: the radar-chart profile, a sortable table, where to grow, and exports.
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "model/results.h"
#include "ui/ui_context.h"

namespace skillscope::ui {

// Screen-local state kept between frames.
struct ResultsState {
  int group = 0;              // the chart group on show (more than 30 skills)
  std::string snapshot_name;  // being typed for "Save snapshot"
  std::map<std::string, std::string> replies;  // "<review id>/<skill key>": a reply being typed
  // The table's rows in their sorted order, for one model revision and sort: sorting
  // 1000 rows by text every frame was a millisecond of the slowest frames.
  struct TableOrder {
    std::uint64_t revision = 0;
    int column = -1;
    int direction = 0;
    std::vector<std::size_t> rows;
  } table_order;
  std::uint64_t reviews_revealed = 0;  // the model's reveal_reviews last scrolled to
};

ResultsAction DrawResultsScreen(const UiContext& ui, const ResultsModel& model, ResultsState& state);

}  // namespace skillscope::ui
