#pragma once
// The team view taken away: the heatmap as CSV for spreadsheets, and a team report as
// one self-contained HTML file (no scripts, nothing fetched, a CSP that forbids both).
// Names are whatever the grid holds: the session swaps them for initials when asked.
#include <string>
#include <vector>

#include "core/team/stats.h"

namespace skillscope {

// Rows as on screen (`rows`: skill indices), a column per person for the level and one
// for the target (and one for one's own review of them, where there is one), then the
// per-skill figures. RFC 4180 (CRLF, quotes where needed),
// UTF-8 with a byte order mark so spreadsheets read the names right; a cell starting
// with = + - @ gets a leading ' so no spreadsheet runs it as a formula.
std::string TeamCsv(const TeamGrid& grid, const std::vector<std::size_t>& rows, const std::string& role_name);

struct TeamReportInput {
  std::string title;     // "Platform team"
  std::string date;      // "30 Nov 2026"
  std::string filter;    // "All frameworks", "SFIA › Delivery and operation"
  std::string role_name; // the benchmark, "" for none
  const TeamGrid* grid = nullptr;
  std::vector<std::size_t> rows;
  std::vector<std::string> sources;  // "SFIA: SFIA content © SFIA Foundation", one per framework
  std::string privacy_note;
};
std::string TeamReportHtml(const TeamReportInput& input);

}  // namespace skillscope
