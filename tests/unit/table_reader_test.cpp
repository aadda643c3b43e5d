// Text to rows of cells: CSV with either separator, TSV from the clipboard and Markdown
// tables, with quoting, ragged rows and limits reported at their row and column.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/table/reader.h"
#include "table_test_support.h"

using namespace skillscope;
using table_test::NoteTexts;

namespace {

using Cells = std::vector<std::vector<std::string>>;

Cells CellsOf(const Table& table) {
  Cells out;
  for (const TableRow& row : table.rows) out.push_back(row.cells);
  return out;
}

std::vector<std::size_t> RowNumbers(const Table& table) {
  std::vector<std::size_t> out;
  for (const TableRow& row : table.rows) out.push_back(row.number);
  return out;
}

// The cells as a spreadsheet puts them on the clipboard: tabs between cells, CRLF between
// rows, and a cell with a tab, line break or quote in quotes, its quotes doubled.
std::string AsClipboard(const Cells& cells) {
  std::string out;
  for (const auto& row : cells) {
    for (std::size_t c = 0; c < row.size(); ++c) {
      if (c > 0) out += '\t';
      const std::string& cell = row[c];
      if (cell.find_first_of("\t\n\"") == std::string::npos) {
        out += cell;
        continue;
      }
      out += '"';
      for (char ch : cell) out += ch == '"' ? std::string("\"\"") : std::string(1, ch);
      out += '"';
    }
    out += "\r\n";
  }
  return out;
}

}  // namespace

TEST_CASE("column letters count as a spreadsheet does") {
  CHECK(ColumnLetters(1) == "A");
  CHECK(ColumnLetters(26) == "Z");
  CHECK(ColumnLetters(27) == "AA");
  CHECK(ColumnLetters(52) == "AZ");
  CHECK(ColumnLetters(53) == "BA");
  CHECK(ColumnLetters(703) == "AAA");
}

TEST_CASE("CSV quoting: separators, doubled quotes and line breaks inside quotes") {
  const Table t = ReadTable(
      "Code,Name,Level 1\r\n"
      "NET,\"Networks, routing\",\"Says \"\"hi\"\", then\r\nleaves\"\r\n"
      "OPS,Operations,\"\"\r\n");
  CHECK(t.format == TableFormat::kCsvComma);
  CHECK(CellsOf(t) == Cells{{"Code", "Name", "Level 1"},
                            {"NET", "Networks, routing", "Says \"hi\", then\nleaves"},
                            {"OPS", "Operations", ""}});
  CHECK(t.column_count == 3);
  CHECK(t.notes.listed().empty());
}

TEST_CASE("the separator is detected: ';' as Excel writes it in many locales, ',' otherwise") {
  // Commas inside the text do not split every row alike; the semicolons do.
  const Table semicolons = ReadTable("Skill;Level 1;Level 2\nNetworking;Configures VLANs, routes;Designs networks\n"
                                     "Budgeting;Tracks spend;Forecasts costs, yearly, monthly\n");
  CHECK(semicolons.format == TableFormat::kCsvSemicolon);
  CHECK(semicolons.format_reason == "semicolons split every row into 3 cells");
  CHECK(semicolons.rows[1].cells == std::vector<std::string>{"Networking", "Configures VLANs, routes", "Designs networks"});

  const Table commas = ReadTable("Skill,Level 1,Level 2\nNetworking,Configures VLANs; routes,Designs networks\n"
                                 "Budgeting,Tracks spend,Forecasts costs; yearly; monthly\n");
  CHECK(commas.format == TableFormat::kCsvComma);
  CHECK(commas.format_reason == "commas split every row into 3 cells");
  CHECK(commas.rows[2].cells == std::vector<std::string>{"Budgeting", "Tracks spend", "Forecasts costs; yearly; monthly"});
}

TEST_CASE("a picked format is used even where detection would choose another") {
  const Table t = ReadTable("a;b,c\n", TableFormat::kCsvComma);
  CHECK(t.format == TableFormat::kCsvComma);
  CHECK(t.format_reason == "the format you picked");
  CHECK(CellsOf(t) == Cells{{"a;b", "c"}});
}

TEST_CASE("line ends: LF, CRLF and an old Mac's CR; a final line break starts no row") {
  CHECK(CellsOf(ReadTable("a,b\nc,d\n")) == Cells{{"a", "b"}, {"c", "d"}});
  CHECK(CellsOf(ReadTable("a,b\r\nc,d\r\n")) == Cells{{"a", "b"}, {"c", "d"}});
  CHECK(CellsOf(ReadTable("a,b\rc,d\r")) == Cells{{"a", "b"}, {"c", "d"}});
}

TEST_CASE("blank rows are left out but keep their numbers, so rows are numbered as in the spreadsheet") {
  const Table t = ReadTable("a,b\n\n,\nc,d\n");
  CHECK(CellsOf(t) == Cells{{"a", "b"}, {"c", "d"}});
  CHECK(RowNumbers(t) == std::vector<std::size_t>{1, 4});
}

TEST_CASE("a TSV copied from a spreadsheet, with a multi-line cell, reads back to the same cells") {
  const Cells cells = {{"Code", "Skill", "Level 1", "Level 2"},
                       {"OBS", "Observability", "Reads dashboards.\nReports anomalies.", "Tunes \"noisy\" alerts."},
                       {"NET", "Networking", "Configures VLANs, routes; firewalls.", ""},
                       {"SEC", "Security", "", "Runs the\n\nthreat model."}};
  const std::string clipboard = AsClipboard(cells);
  const Table t = ReadTable(clipboard);
  CHECK(t.format == TableFormat::kTsv);
  CHECK(t.format_reason ==
        "tabs split every row into 4 cells (what a spreadsheet puts on the clipboard when cells are copied)");
  CHECK(CellsOf(t) == cells);
  CHECK(t.notes.listed().empty());
  CHECK(AsClipboard(CellsOf(t)) == clipboard);
}

TEST_CASE("ragged rows are warnings with their row; missing cells read as empty") {
  const Table t = ReadTable("A,B,C\n1,2\n3,4,5,6\n7,8,9,,\n");
  CHECK(NoteTexts(t) == std::vector<std::string>{
                            "row 2: the row has 2 cells where row 1 has 3; the missing cells are read as empty",
                            "row 3: the row has 4 cells where row 1 has 3; the extra cells are in column D"});
  CHECK(t.notes.warning_count() == 2);
  CHECK_FALSE(t.notes.has_errors());
  CHECK(t.column_count == 4);
  CHECK(t.Cell(t.rows[1], 3).empty());
  CHECK(t.Cell(t.rows[2], 4) == "6");
  // Trailing empty cells, as spreadsheets write for formatting further right, say nothing.
  CHECK(t.rows[3].cells == std::vector<std::string>{"7", "8", "9"});

  const Table wider = ReadTable("A,B\n1,2,3,4\n");
  CHECK(NoteTexts(wider) == std::vector<std::string>{
                                "row 2: the row has 4 cells where row 1 has 2; the extra cells are in columns C–D"});
}

TEST_CASE("quoting problems are reported at their row and column") {
  const Table unclosed = ReadTable("a,b\nc,\"never closed\nd,e\n");
  CHECK(NoteTexts(unclosed) == std::vector<std::string>{
                                   "row 2, column B: a quoted cell is never closed (a closing \" is missing), so all "
                                   "the text after its opening quote was read into this one cell"});
  CHECK(unclosed.notes.has_errors());
  CHECK(unclosed.rows[1].cells[1] == "never closed\nd,e\n");

  const Table trailing = ReadTable("a,b\n\"quoted\" more,c\n");
  CHECK(NoteTexts(trailing) == std::vector<std::string>{
                                   "row 2, column A: text follows the closing quote of this cell; it is kept as part "
                                   "of the cell"});
  CHECK(trailing.rows[1].cells[0] == "quoted more");
}

TEST_CASE("Markdown tables: optional outer pipes, escaped pipes, <br> line breaks, a header rule") {
  const Table t = ReadTable(
      "# Team skills\n"
      "\n"
      "| Skill | Level 1 | Level 2 |\n"
      "|:------|:-------:|--------:|\n"
      "| Pipes \\| filters | First<br>Second<BR/>Third<br />Fourth | a <b>bold</b> claim |\n"
      "Plain | no outer pipes | x\n");
  CHECK(t.format == TableFormat::kMarkdown);
  CHECK(t.format_reason == "“|” separates the cells, as in a Markdown table");
  CHECK(t.header_marked);
  CHECK(CellsOf(t) == Cells{{"Skill", "Level 1", "Level 2"},
                            {"Pipes | filters", "First\nSecond\nThird\nFourth", "a <b>bold</b> claim"},
                            {"Plain", "no outer pipes", "x"}});
  CHECK(RowNumbers(t) == std::vector<std::size_t>{1, 2, 3});
  CHECK(NoteTexts(t) == std::vector<std::string>{"line 1 is not part of the table and is left out: “# Team skills”"});
}

TEST_CASE("a Markdown rule under every row marks no header") {
  const Table t = ReadTable("| a | b |\n|---|\n| c | d |\n|---|\n");
  CHECK(t.format == TableFormat::kMarkdown);
  CHECK_FALSE(t.header_marked);
  CHECK(CellsOf(t) == Cells{{"a", "b"}, {"c", "d"}});
}

TEST_CASE("limits: rows, columns and cell length, each with its place") {
  std::string many_rows;
  for (std::size_t i = 0; i <= kMaxTableRows; ++i) many_rows += "a,b\n";
  const Table rows = ReadTable(many_rows);
  CHECK(rows.rows.size() == kMaxTableRows);
  CHECK(NoteTexts(rows) == std::vector<std::string>{
                               "row 100001: the table has more than 100000 rows; the rest is not read (a framework "
                               "holds at most 10000 skills)"});

  std::string wide_row = "a";
  for (std::size_t i = 0; i < kMaxTableColumns; ++i) wide_row += ",b";
  CHECK(NoteTexts(ReadTable("x,y\n" + wide_row + "\n")) ==
        std::vector<std::string>{"row 2: the row has 101 cells; a table may have at most 100 columns, so the rest is "
                                 "not read"});

  const Table long_cell = ReadTable("a," + std::string(kMaxCellChars + 1, 'x') + "\n");
  CHECK(NoteTexts(long_cell) == std::vector<std::string>{
                                    "row 1, column B: the cell holds 20001 characters; a cell may hold at most 20000 "
                                    "(the limit for a text in a framework)"});
  // Characters are counted, not bytes: 20 000 "é" are 40 000 bytes and fit.
  std::string accents;
  for (std::size_t i = 0; i < kMaxCellChars; ++i) accents += "é";
  CHECK(ReadTable("a," + accents + "\n").notes.listed().empty());
}

TEST_CASE("notes beyond the first 200 are counted, not listed") {
  std::string text = "A,B,C\n";
  for (int i = 0; i < 250; ++i) text += "1\n";
  const Table t = ReadTable(text);
  CHECK(t.notes.listed().size() == TableNotes::kMaxListed);
  CHECK(t.notes.warning_count() == 250);
  CHECK(t.notes.not_listed() == 50);
}

TEST_CASE("a table of blank rows has nothing to read") {
  CHECK(NoteTexts(ReadTable(",,\n,,\n")) == std::vector<std::string>{"the table has no rows with text in them"});
}
