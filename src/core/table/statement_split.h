#pragma once
// How a table cell becomes statements. A framework rates statements one by one, but a
// spreadsheet cell often holds several: one per line, separated by ';' (seed 000), or as
// a bulleted list. The rule is detected from the cells (with the reason, for the preview)
// and the person can pick another; the preview shows a cell before and after the split.
#include <string>
#include <string_view>
#include <vector>

namespace skillscope {

enum class StatementSplit { kWholeCell, kLines, kSemicolons, kBullets };
inline constexpr StatementSplit kAllStatementSplits[] = {StatementSplit::kWholeCell, StatementSplit::kLines,
                                                         StatementSplit::kSemicolons, StatementSplit::kBullets};

// "the whole cell is one statement", "one statement per line", ... in the interface's
// language: for the split picker.
const char* StatementSplitName(StatementSplit split);

// The statements in a cell, trimmed, empty ones left out. kBullets: a statement starts at
// each "•" and at each line that starts with "- " or "* "; other lines continue it.
std::vector<std::string> SplitStatements(std::string_view cell, StatementSplit split);

struct SplitGuess {
  StatementSplit split = StatementSplit::kWholeCell;
  std::string reason;  // "28 of 28 cells hold “;” between statements"
};

// The rule most of the statement cells follow (empty cells are not counted).
SplitGuess GuessStatementSplit(const std::vector<std::string_view>& cells);

}  // namespace skillscope
