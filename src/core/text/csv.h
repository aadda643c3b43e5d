#pragma once
// CSV as spreadsheets read it (RFC 4180: CRLF, quotes where needed). A cell starting
// with = + - @ (or a tab or CR) gets a leading ' so no spreadsheet runs it as a formula.
#include <string>
#include <vector>

namespace skillscope {

std::string CsvCell(const std::string& text);
// Appends the cells as one row, CRLF-terminated.
void CsvRow(std::string& out, const std::vector<std::string>& cells);
// What a CSV file starts with: a UTF-8 byte order mark, so spreadsheets read the names right.
inline constexpr const char* kCsvByteOrderMark = "\xEF\xBB\xBF";

}  // namespace skillscope
