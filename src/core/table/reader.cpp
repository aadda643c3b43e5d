#include "core/table/reader.h"

#include <algorithm>
#include <limits>
#include <map>

#include "core/framework/loader.h"
#include "core/json/reader.h"
#include "core/text/plain_text.h"

// [SECTION] Rows: limits and ragged rows, for every format
// [SECTION] CSV and TSV
// [SECTION] Markdown
// [SECTION] Detecting the format
// [SECTION] ReadTable

namespace skillscope {
namespace {

// ---------------------------------------------------------------------------------------
// [SECTION] Rows: limits and ragged rows, for every format
// ---------------------------------------------------------------------------------------

// Adds rows to a table, checking each against the limits and against row 1's width.
class RowCollector {
 public:
  explicit RowCollector(Table& table) : table_(table) {}

  // False once a limit stops the reading.
  bool Add(std::size_t number, std::vector<std::string> cells) {
    if (std::all_of(cells.begin(), cells.end(), [](const std::string& c) { return TrimSpace(c).empty(); }))
      return true;  // a blank row: nothing to read, and its number stays skipped
    if (table_.rows.size() == kMaxTableRows) {
      table_.notes.Error(number, 0, "the table has more than " + std::to_string(kMaxTableRows) +
                                        " rows; the rest is not read (a framework holds at most " +
                                        std::to_string(kMaxSkills) + " skills)");
      return false;
    }
    if (cells.size() > kMaxTableColumns) {
      table_.notes.Error(number, 0, "the row has " + std::to_string(cells.size()) + " cells; a table may have at most " +
                                        std::to_string(kMaxTableColumns) + " columns, so the rest is not read");
      return false;
    }
    for (std::size_t c = 0; c < cells.size(); ++c) {
      if (cells[c].size() <= kMaxCellChars) continue;  // never more characters than bytes
      if (const std::size_t chars = Utf8Length(cells[c]); chars > kMaxCellChars)
        table_.notes.Error(number, c + 1, "the cell holds " + std::to_string(chars) +
                                              " characters; a cell may hold at most " +
                                              std::to_string(kMaxCellChars) + " (the limit for a text in a framework)");
    }
    CheckWidth(number, cells);
    table_.column_count = std::max(table_.column_count, cells.size());
    table_.rows.push_back(TableRow{number, std::move(cells)});
    return true;
  }

 private:
  // Row 1 sets the width. Empty cells past it are dropped without a word: spreadsheets
  // write trailing separators for formatting that reached further right.
  void CheckWidth(std::size_t number, std::vector<std::string>& cells) {
    if (table_.rows.empty()) return;
    const std::size_t width = table_.rows.front().cells.size();
    while (cells.size() > width && TrimSpace(cells.back()).empty()) cells.pop_back();
    if (cells.size() == width) return;
    const std::string counts = "the row has " + std::to_string(cells.size()) + (cells.size() == 1 ? " cell" : " cells") +
                               " where row " + std::to_string(table_.rows.front().number) + " has " +
                               std::to_string(width);
    if (cells.size() < width) {
      table_.notes.Warning(number, 0, counts + "; the missing cells are read as empty");
    } else {
      const std::string extra = cells.size() == width + 1
                                    ? "column " + ColumnLetters(cells.size())
                                    : "columns " + ColumnLetters(width + 1) + "\u2013" + ColumnLetters(cells.size());
      table_.notes.Warning(number, 0, counts + "; the extra cells are in " + extra);
    }
  }

  Table& table_;
};

// ---------------------------------------------------------------------------------------
// [SECTION] CSV and TSV
// ---------------------------------------------------------------------------------------

// Line breaks inside a quoted cell become "\n", whatever the file used.
std::string WithUnixLineBreaks(std::string cell) {
  if (cell.find('\r') == std::string::npos) return cell;
  std::string out;
  for (std::size_t i = 0; i < cell.size(); ++i) {
    if (cell[i] != '\r') out += cell[i];
    else if (i + 1 >= cell.size() || cell[i + 1] != '\n') out += '\n';
  }
  return out;
}

// Reads rows separated by line breaks (LF, CRLF or an old Mac's CR) with `separator`
// between cells, quoted as RFC 4180 and spreadsheets write them. Stops after `max_rows`
// records (detection reads only the start).
void ReadDelimited(std::string_view text, char separator, std::size_t max_rows, Table& table) {
  RowCollector rows(table);
  // Where an unquoted cell ends (a hand loop: find_first_of scans its set for every character).
  auto cell_end = [&](std::size_t from) {
    while (from < text.size() && text[from] != separator && text[from] != '\n' && text[from] != '\r') ++from;
    return from;
  };
  std::size_t i = 0, record = 1;
  std::vector<std::string> cells;
  while (record <= max_rows) {
    std::string cell;
    if (i < text.size() && text[i] == '"') {
      const std::size_t column = cells.size() + 1;
      bool closed = false;
      for (++i; i < text.size();) {
        const std::size_t quote = text.find('"', i);
        if (quote == std::string_view::npos) break;
        cell.append(text.substr(i, quote - i));
        i = quote + 1;
        if (i < text.size() && text[i] == '"') {
          cell += '"';
          ++i;
        } else {
          closed = true;
          break;
        }
      }
      if (!closed) {
        cell.append(text.substr(std::min(i, text.size())));
        i = text.size();
        table.notes.Error(record, column, "a quoted cell is never closed (a closing \" is missing), so all the text "
                                          "after its opening quote was read into this one cell");
      }
      const std::size_t end = cell_end(i);
      if (end > i) {
        table.notes.Warning(record, column, "text follows the closing quote of this cell; it is kept as part of the cell");
        cell.append(text.substr(i, end - i));
        i = end;
      }
      cell = WithUnixLineBreaks(std::move(cell));
    } else {
      const std::size_t end = cell_end(i);
      cell.assign(text.substr(i, end - i));
      i = end;
    }
    cells.push_back(std::move(cell));
    if (i < text.size() && text[i] == separator) {
      ++i;
      continue;
    }
    if (!rows.Add(record, std::move(cells))) return;
    cells.clear();
    if (i >= text.size()) return;
    i += (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ? 2 : 1;
    if (i >= text.size()) return;  // a final line break ends the last row; it starts none
    ++record;
  }
}

// ---------------------------------------------------------------------------------------
// [SECTION] Markdown
// ---------------------------------------------------------------------------------------

std::vector<std::string_view> Lines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    start = end + 1;
  }
  return lines;
}

// Cells of a Markdown row: the outer pipes are optional, "\|" is a pipe inside a cell,
// and <br> (a line break within a cell, the only way to write one) becomes "\n".
std::vector<std::string> MarkdownCells(std::string_view line) {
  line = TrimSpace(line);
  if (!line.empty() && line.front() == '|') line.remove_prefix(1);
  if (!line.empty() && line.back() == '|' && (line.size() < 2 || line[line.size() - 2] != '\\')) line.remove_suffix(1);
  std::vector<std::string> cells(1);
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\\' && i + 1 < line.size() && line[i + 1] == '|') {
      cells.back() += '|';
      ++i;
    } else if (line[i] == '|') {
      cells.emplace_back();
    } else if (line[i] == '<') {
      std::size_t close = line.find('>', i);
      std::string tag = FoldForMatching(line.substr(i, close == std::string_view::npos ? 0 : close - i + 1));
      tag.erase(std::remove(tag.begin(), tag.end(), ' '), tag.end());
      if (tag == "<br>" || tag == "<br/>") {
        cells.back() += '\n';
        i = close;
      } else {
        cells.back() += '<';
      }
    } else {
      cells.back() += line[i];
    }
  }
  for (std::string& cell : cells) {
    // Trim around each line a <br> made, as Markdown ignores that space.
    std::string trimmed;
    for (std::string_view part : Lines(cell)) {
      if (!trimmed.empty()) trimmed += '\n';
      trimmed.append(TrimSpace(part));
    }
    cell = std::string(TrimSpace(trimmed));
  }
  return cells;
}

// |---|:--:|--- : the line under a Markdown header (some writers put one under every row).
bool IsMarkdownRule(std::string_view line) {
  const std::vector<std::string> cells = MarkdownCells(line);
  return std::all_of(cells.begin(), cells.end(), [](const std::string& cell) {
    std::string_view c = cell;
    if (!c.empty() && c.front() == ':') c.remove_prefix(1);
    if (!c.empty() && c.back() == ':') c.remove_suffix(1);
    return !c.empty() && c.find_first_not_of('-') == std::string_view::npos;
  });
}

void ReadMarkdown(std::string_view text, Table& table) {
  RowCollector rows(table);
  const std::vector<std::string_view> lines = Lines(text);
  std::size_t rules = 0, number = 0;
  bool rule_after_row_1 = false;
  for (std::size_t l = 0; l < lines.size(); ++l) {
    const std::string_view line = TrimSpace(lines[l]);
    if (line.empty()) continue;
    if (IsMarkdownRule(line)) {
      rule_after_row_1 = rule_after_row_1 || (rules == 0 && number == 1);
      ++rules;
      continue;
    }
    if (line.find('|') == std::string_view::npos) {
      table.notes.Warning(0, 0, "line " + std::to_string(l + 1) + " is not part of the table and is left out: " +
                                    QuotedCell(std::string(line)));
      continue;
    }
    if (!rows.Add(++number, MarkdownCells(line))) return;
  }
  table.header_marked = rule_after_row_1 && rules == 1;
}

// ---------------------------------------------------------------------------------------
// [SECTION] Detecting the format
// ---------------------------------------------------------------------------------------

constexpr std::size_t kRowsLookedAt = 50;

struct FormatGuess {
  TableFormat format = TableFormat::kCsvComma;
  std::string reason;
};

// A header rule (|---|---|) with rows of pipes around it, or most of the first lines
// starting with '|' (some writers leave the rule out).
bool LooksLikeMarkdown(std::string_view text) {
  std::size_t lines = 0, starting_with_pipe = 0, with_pipe = 0, rules = 0;
  for (std::string_view line : Lines(text)) {
    line = TrimSpace(line);
    if (line.empty()) continue;
    if (++lines > kRowsLookedAt) break;
    starting_with_pipe += line.front() == '|';
    if (line.find('|') == std::string_view::npos) continue;
    ++with_pipe;
    rules += IsMarkdownRule(line);
  }
  return (rules > 0 && with_pipe > rules) || (starting_with_pipe >= 2 && starting_with_pipe * 5 >= lines * 4);
}

const char* SeparatorName(char separator) {
  return separator == '\t' ? "tabs" : separator == ';' ? "semicolons" : "commas";
}

// How evenly a separator splits the first rows: the usual cell count and how many rows
// have it. A separator that belongs to the format splits every row alike; one that only
// appears in the text (a comma in a sentence) does not.
struct Evenness {
  char separator = ',';
  std::size_t cells = 0;     // the most common count of cells in a row
  std::size_t rows = 0;      // rows with that count
  std::size_t of_rows = 0;   // rows looked at
};

Evenness MeasureSeparator(std::string_view text, char separator) {
  Table scratch;
  ReadDelimited(text, separator, kRowsLookedAt, scratch);
  std::map<std::size_t, std::size_t> rows_by_count;
  for (const TableRow& row : scratch.rows) ++rows_by_count[row.cells.size()];
  Evenness e;
  e.separator = separator;
  e.of_rows = scratch.rows.size();
  for (const auto& [count, rows] : rows_by_count) {
    if (rows >= e.rows) {  // ties go to more cells
      e.cells = count;
      e.rows = rows;
    }
  }
  return e;
}

FormatGuess GuessFormat(std::string_view text) {
  if (LooksLikeMarkdown(text))
    return {TableFormat::kMarkdown, "\u201C|\u201D separates the cells, as in a Markdown table"};
  // Tabs first: they almost never appear inside a cell's text, so on a tie they win.
  std::optional<Evenness> best;
  for (char separator : {'\t', ';', ','}) {
    const Evenness e = MeasureSeparator(text, separator);
    if (e.cells < 2) continue;
    if (!best || e.rows * best->of_rows > best->rows * e.of_rows) best = e;
  }
  if (!best) return {TableFormat::kCsvComma, "no tabs, semicolons or commas separate cells, so each line is one cell"};
  const TableFormat format = best->separator == '\t'  ? TableFormat::kTsv
                             : best->separator == ';' ? TableFormat::kCsvSemicolon
                                                      : TableFormat::kCsvComma;
  std::string reason = std::string(SeparatorName(best->separator)) + " split " +
                       (best->rows == best->of_rows ? "every row" : std::to_string(best->rows) + " of the first " +
                                                                        std::to_string(best->of_rows) + " rows") +
                       " into " + std::to_string(best->cells) + " cells";
  if (format == TableFormat::kTsv) reason += " (what a spreadsheet puts on the clipboard when cells are copied)";
  return {format, reason};
}

}  // namespace

// ---------------------------------------------------------------------------------------
// [SECTION] ReadTable
// ---------------------------------------------------------------------------------------

const char* TableFormatName(TableFormat format) {
  switch (format) {
    case TableFormat::kCsvComma: return "CSV (comma-separated)";
    case TableFormat::kCsvSemicolon: return "CSV (semicolon-separated)";
    case TableFormat::kTsv: return "TSV (tab-separated)";
    case TableFormat::kMarkdown: return "Markdown table";
  }
  return "?";
}

const std::string& Table::Cell(const TableRow& row, std::size_t column) const {
  static const std::string kEmpty;
  return column >= 1 && column <= row.cells.size() ? row.cells[column - 1] : kEmpty;
}

Table ReadTable(std::string_view text, std::optional<TableFormat> format) {
  constexpr std::size_t kAllRows = std::numeric_limits<std::size_t>::max();
  Table table;
  if (format) {
    table.format = *format;
    table.format_reason = "the format you picked";
  } else {
    FormatGuess guess = GuessFormat(text);
    table.format = guess.format;
    table.format_reason = std::move(guess.reason);
  }
  switch (table.format) {
    case TableFormat::kCsvComma: ReadDelimited(text, ',', kAllRows, table); break;
    case TableFormat::kCsvSemicolon: ReadDelimited(text, ';', kAllRows, table); break;
    case TableFormat::kTsv: ReadDelimited(text, '\t', kAllRows, table); break;
    case TableFormat::kMarkdown: ReadMarkdown(text, table); break;
  }
  if (table.rows.empty()) table.notes.Error(0, 0, "the table has no rows with text in them");
  return table;
}

}  // namespace skillscope
