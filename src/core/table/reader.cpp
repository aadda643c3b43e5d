#include "core/table/reader.h"

#include <algorithm>
#include <limits>
#include <map>

#include "core/framework/loader.h"
#include "core/json/reader.h"
#include "core/text/messages.h"
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
      table_.notes.Error(number, 0, Tr(MSG("table.reader.too_many_rows"), std::to_string(kMaxTableRows),
                                       std::to_string(kMaxSkills)));
      return false;
    }
    if (cells.size() > kMaxTableColumns) {
      table_.notes.Error(number, 0, Tr(MSG("table.reader.too_many_columns"), cells.size(), kMaxTableColumns));
      return false;
    }
    for (std::size_t c = 0; c < cells.size(); ++c) {
      if (cells[c].size() <= kMaxCellChars) continue;  // never more characters than bytes
      if (const std::size_t chars = Utf8Length(cells[c]); chars > kMaxCellChars)
        table_.notes.Error(number, c + 1, Tr(MSG("table.reader.cell_too_long"), std::to_string(chars),
                                             std::to_string(kMaxCellChars)));
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
    const std::string first_row = std::to_string(table_.rows.front().number);
    const auto count = static_cast<long long>(cells.size());
    if (cells.size() < width)
      table_.notes.Warning(number, 0, TrN(MSG("table.reader.row_short"), count, first_row, width));
    else if (cells.size() == width + 1)
      table_.notes.Warning(number, 0, TrN(MSG("table.reader.row_long_by_one"), count, first_row, width,
                                          ColumnLetters(cells.size())));
    else
      table_.notes.Warning(number, 0, TrN(MSG("table.reader.row_long"), count, first_row, width,
                                          ColumnLetters(width + 1), ColumnLetters(cells.size())));
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
        table.notes.Error(record, column, Tr(MSG("table.reader.quote_not_closed")));
      }
      const std::size_t end = cell_end(i);
      if (end > i) {
        table.notes.Warning(record, column, Tr(MSG("table.reader.text_after_quote")));
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
      table.notes.Warning(0, 0,
                          Tr(MSG("table.reader.line_left_out"), std::to_string(l + 1), QuotedCell(std::string(line))));
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
    return {TableFormat::kMarkdown, Tr(MSG("table.reader.why_markdown"))};
  // Tabs first: they almost never appear inside a cell's text, so on a tie they win.
  std::optional<Evenness> best;
  for (char separator : {'\t', ';', ','}) {
    const Evenness e = MeasureSeparator(text, separator);
    if (e.cells < 2) continue;
    if (!best || e.rows * best->of_rows > best->rows * e.of_rows) best = e;
  }
  if (!best) return {TableFormat::kCsvComma, Tr(MSG("table.reader.why_one_cell_per_line"))};
  const TableFormat format = best->separator == '\t'  ? TableFormat::kTsv
                             : best->separator == ';' ? TableFormat::kCsvSemicolon
                                                      : TableFormat::kCsvComma;
  // Each reason gives the cells as {0}; "{1} of the first {2} rows" when not every row.
  const bool every_row = best->rows == best->of_rows;
  MessageKey reason = every_row ? MSG("table.reader.why_commas_every_row") : MSG("table.reader.why_commas_some_rows");
  if (format == TableFormat::kTsv)
    reason = every_row ? MSG("table.reader.why_tabs_every_row") : MSG("table.reader.why_tabs_some_rows");
  else if (format == TableFormat::kCsvSemicolon)
    reason = every_row ? MSG("table.reader.why_semicolons_every_row") : MSG("table.reader.why_semicolons_some_rows");
  return {format, Tr(reason, best->cells, best->rows, best->of_rows)};
}

}  // namespace

// ---------------------------------------------------------------------------------------
// [SECTION] ReadTable
// ---------------------------------------------------------------------------------------

const char* TableFormatName(TableFormat format) {
  switch (format) {
    case TableFormat::kCsvComma: return Tr(MSG("table.format.csv_comma")).c_str();
    case TableFormat::kCsvSemicolon: return Tr(MSG("table.format.csv_semicolon")).c_str();
    case TableFormat::kTsv: return Tr(MSG("table.format.tsv")).c_str();
    case TableFormat::kMarkdown: return Tr(MSG("table.format.markdown")).c_str();
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
    table.format_reason = Tr(MSG("table.reader.why_picked"));
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
  if (table.rows.empty()) table.notes.Error(0, 0, Tr(MSG("table.reader.no_rows")));
  return table;
}

}  // namespace skillscope
