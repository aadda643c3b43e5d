#pragma once
// Step 2 of turning a table into a framework: text becomes rows of cells.
//
//   TableText (table/text.h) --ReadTable--> Table --GuessTableLayout (table/layout.h)--> ...
//
// Formats: CSV with ',' or ';' between cells (Excel writes ';' where ',' is the decimal
// mark), TSV (what a spreadsheet puts on the clipboard when cells are copied) and
// Markdown pipe tables. CSV and TSV cells may be quoted: "" inside quotes is one quote,
// and a quoted cell may hold line breaks. The format is detected (with the reason, for the
// preview) unless the person picked one. Rows that are shorter or longer than row 1 are
// warnings; limits on rows, columns and cell length are errors, each with its place.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/table/note.h"

namespace skillscope {

enum class TableFormat { kCsvComma, kCsvSemicolon, kTsv, kMarkdown };
inline constexpr TableFormat kAllTableFormats[] = {TableFormat::kCsvComma, TableFormat::kCsvSemicolon,
                                                   TableFormat::kTsv, TableFormat::kMarkdown};

// "CSV (comma-separated)", "CSV (semicolon-separated)", "TSV (tab-separated)", "Markdown table",
// in the interface's language (the text lives as long as the app).
const char* TableFormatName(TableFormat format);

inline constexpr std::size_t kMaxTableRows = 100000;
inline constexpr std::size_t kMaxTableColumns = 100;
inline constexpr std::size_t kMaxCellChars = 20000;  // as for one text in a framework file

struct TableRow {
  std::size_t number = 0;          // 1-based, as the person counts rows (blank rows included)
  std::vector<std::string> cells;  // CSV/TSV: exactly as written; Markdown: trimmed, <br> as a line break
};

struct Table {
  TableFormat format = TableFormat::kCsvComma;
  std::string format_reason;    // why this format, or that the person picked it
  std::vector<TableRow> rows;   // blank rows are left out
  std::size_t column_count = 0; // cells in the widest row
  bool header_marked = false;   // Markdown: a line of dashes follows row 1, and no other row
  TableNotes notes;             // ragged rows, unclosed quotes, limits

  // The cell at a 1-based column, or "" past the end of a short row.
  const std::string& Cell(const TableRow& row, std::size_t column) const;
};

Table ReadTable(std::string_view text, std::optional<TableFormat> format = std::nullopt);

}  // namespace skillscope
