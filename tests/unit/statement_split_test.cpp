// A cell to statements: whole, per line, at ';' or per bullet, and which rule the cells
// of a table follow.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/table/statement_split.h"

using namespace skillscope;
using Statements = std::vector<std::string>;

TEST_CASE("the whole cell: trimmed, its inner line breaks kept") {
  CHECK(SplitStatements("  Runs the\nthreat model.\n", StatementSplit::kWholeCell) == Statements{"Runs the\nthreat model."});
  CHECK(SplitStatements(" \n ", StatementSplit::kWholeCell).empty());
}

TEST_CASE("one statement per line: blank lines and padding left out") {
  CHECK(SplitStatements("Reads dashboards.\r\n\n  Reports anomalies. \n", StatementSplit::kLines) ==
        Statements{"Reads dashboards.", "Reports anomalies."});
}

TEST_CASE("statements separated by ';' as in seed 000, written exactly as the source has them") {
  CHECK(SplitStatements("Monitors dashboards; executes scripts;  reports anomalies.;", StatementSplit::kSemicolons) ==
        Statements{"Monitors dashboards", "executes scripts", "reports anomalies."});
}

TEST_CASE("bullets: •, - and * start statements; other lines continue them") {
  CHECK(SplitStatements("• Follows procedures\n• Understands the lifecycle\n  of infrastructure\n- Uses tools\n* Asks",
                        StatementSplit::kBullets) ==
        Statements{"Follows procedures", "Understands the lifecycle of infrastructure", "Uses tools", "Asks"});
  // Bullets pasted into one line, and a lead-in before the first bullet.
  CHECK(SplitStatements("Can: • plan • build •run", StatementSplit::kBullets) ==
        Statements{"Can:", "plan", "build", "run"});
  // A dash inside a sentence or before a number is no bullet.
  CHECK(SplitStatements("-5% cost\nwell-known tools", StatementSplit::kBullets) ==
        Statements{"-5% cost well-known tools"});
}

TEST_CASE("the split rule is guessed from the cells, with the counts as the reason") {
  struct Case {
    std::vector<std::string_view> cells;
    StatementSplit split;
    const char* reason;
  };
  const Case cases[] = {
      {{"• a\n• b", "- c\n- d", "e", ""}, StatementSplit::kBullets, "2 of 3 cells are bulleted lists"},
      {{"a\nb", "c", "d"}, StatementSplit::kLines, "1 of 3 cells have several lines"},
      {{"a; b", "c; d", "e", "f"}, StatementSplit::kSemicolons, "2 of 4 cells hold “;” between statements"},
      // One ';' in three cells is a sentence's, not a separator.
      {{"a; b", "c", "d"}, StatementSplit::kWholeCell,
       "few cells have line breaks, bullets or “;”, so each cell is one statement"},
      {{"", " "}, StatementSplit::kWholeCell, "there are no statements to split"},
  };
  for (const Case& c : cases) {
    const SplitGuess guess = GuessStatementSplit(c.cells);
    CHECK(guess.split == c.split);
    CHECK(guess.reason == std::string(c.reason));
  }
}
