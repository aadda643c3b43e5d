#include "core/text/csv.h"

namespace skillscope {

std::string CsvCell(const std::string& text) {
  std::string t = text;
  if (!t.empty() && (t[0] == '=' || t[0] == '+' || t[0] == '-' || t[0] == '@' || t[0] == '\t' || t[0] == '\r'))
    t = "'" + t;
  if (t.find_first_of(",\"\r\n") == std::string::npos) return t;
  std::string quoted = "\"";
  for (char c : t) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

void CsvRow(std::string& out, const std::vector<std::string>& cells) {
  for (std::size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + CsvCell(cells[i]);
  out += "\r\n";
}

}  // namespace skillscope
