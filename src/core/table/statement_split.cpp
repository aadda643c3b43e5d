#include "core/table/statement_split.h"

#include "core/text/messages.h"
#include "core/text/plain_text.h"

namespace skillscope {
namespace {

const std::string_view kBullet = "\u2022";

void AddStatement(std::vector<std::string>& out, std::string_view piece) {
  piece = TrimSpace(piece);
  if (!piece.empty()) out.emplace_back(piece);
}

// Splits at every `separator` (a character or a longer marker such as "•").
std::vector<std::string_view> Pieces(std::string_view text, std::string_view separator) {
  std::vector<std::string_view> pieces;
  for (std::size_t start = 0;;) {
    const std::size_t at = text.find(separator, start);
    pieces.push_back(text.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
    if (at == std::string_view::npos) return pieces;
    start = at + separator.size();
  }
}

// "- text" and "* text" start a list item at the start of a line; a "-" inside a
// sentence, or "-5 %", does not.
bool StartsWithDashOrStar(std::string_view line) {
  return line.size() >= 2 && (line[0] == '-' || line[0] == '*') && (line[1] == ' ' || line[1] == '\t');
}

bool IsBulleted(std::string_view cell) {
  if (cell.find(kBullet) != std::string_view::npos) return true;
  for (std::string_view line : Pieces(cell, "\n"))
    if (StartsWithDashOrStar(TrimSpace(line))) return true;
  return false;
}

std::vector<std::string> SplitBullets(std::string_view cell) {
  std::vector<std::string> out;
  std::string item;  // the statement being gathered: a bullet and the lines that continue it
  auto finish = [&] {
    AddStatement(out, item);
    item.clear();
  };
  for (std::string_view line : Pieces(cell, "\n")) {
    line = TrimSpace(line);
    if (line.empty()) continue;
    if (StartsWithDashOrStar(line)) {
      finish();
      line.remove_prefix(2);
    }
    const std::vector<std::string_view> parts = Pieces(line, kBullet);
    for (std::size_t p = 0; p < parts.size(); ++p) {
      if (p > 0) finish();
      const std::string_view part = TrimSpace(parts[p]);
      if (part.empty()) continue;
      if (!item.empty()) item += ' ';
      item.append(part);
    }
  }
  finish();
  return out;
}

std::size_t NonEmptyLines(std::string_view cell) {
  std::size_t n = 0;
  for (std::string_view line : Pieces(cell, "\n")) n += !TrimSpace(line).empty();
  return n;
}

// "3 of 28 cells ...": `single` when there is one cell, else `counted`, whose words agree
// with the n cells it is about ({0} n, {1} of).
std::string OfCells(MessageKey single, MessageKey counted, std::size_t n, std::size_t of) {
  return of == 1 ? Tr(single, n, of) : TrN(counted, static_cast<long long>(n), of);
}

}  // namespace

const char* StatementSplitName(StatementSplit split) {
  switch (split) {
    case StatementSplit::kWholeCell: return Tr(MSG("table.split.whole_cell")).c_str();
    case StatementSplit::kLines: return Tr(MSG("table.split.lines")).c_str();
    case StatementSplit::kSemicolons: return Tr(MSG("table.split.semicolons")).c_str();
    case StatementSplit::kBullets: return Tr(MSG("table.split.bullets")).c_str();
  }
  return "?";
}

std::vector<std::string> SplitStatements(std::string_view cell, StatementSplit split) {
  std::vector<std::string> out;
  switch (split) {
    case StatementSplit::kWholeCell: AddStatement(out, cell); break;
    case StatementSplit::kLines:
      for (std::string_view line : Pieces(cell, "\n")) AddStatement(out, line);
      break;
    case StatementSplit::kSemicolons:
      for (std::string_view piece : Pieces(cell, ";")) AddStatement(out, piece);
      break;
    case StatementSplit::kBullets: out = SplitBullets(cell); break;
  }
  return out;
}

SplitGuess GuessStatementSplit(const std::vector<std::string_view>& cells) {
  std::size_t filled = 0, bulleted = 0, several_lines = 0, semicolons = 0;
  for (std::string_view cell : cells) {
    if (TrimSpace(cell).empty()) continue;
    ++filled;
    bulleted += IsBulleted(cell);
    several_lines += NonEmptyLines(cell) > 1;
    semicolons += cell.find(';') != std::string_view::npos;
  }
  // A third is enough for lists and lines: splitting a one-statement cell by either
  // leaves it whole. ';' also occurs inside sentences, so it needs half.
  if (bulleted > 0 && bulleted * 3 >= filled)
    return {StatementSplit::kBullets,
            OfCells(MSG("table.split.why_bullets_one_cell"), MSG("table.split.why_bullets"), bulleted, filled)};
  if (several_lines > 0 && several_lines * 3 >= filled)
    return {StatementSplit::kLines,
            OfCells(MSG("table.split.why_lines_one_cell"), MSG("table.split.why_lines"), several_lines, filled)};
  if (semicolons > 0 && semicolons * 2 >= filled)
    return {StatementSplit::kSemicolons,
            OfCells(MSG("table.split.why_semicolons_one_cell"), MSG("table.split.why_semicolons"), semicolons, filled)};
  if (filled == 0) return {StatementSplit::kWholeCell, Tr(MSG("table.split.why_nothing_to_split"))};
  return {StatementSplit::kWholeCell, Tr(MSG("table.split.why_whole_cells"))};
}

}  // namespace skillscope
