#include "core/table/import.h"

namespace skillscope {

TableImport ImportTable(std::string_view bytes, const TableImportChoices& choices) {
  TableImport out;
  out.text = DecodeTableText(bytes, choices.encoding);
  if (!out.text.ok()) return out;
  out.table = ReadTable(out.text.text, choices.format);
  out.guess = GuessTableLayout(out.table, choices.fixed);
  // A layout edited for another reading of the bytes (another format: other columns) no
  // longer fits; the guess replaces it.
  const bool edited_fits = choices.layout && choices.layout->columns.size() == out.table.column_count;
  out.layout = edited_fits ? *choices.layout : out.guess.layout;
  out.conversion = ConvertTable(out.table, out.layout);
  return out;
}

FrameworkFile SaveImportedTable(const TableImport& import, const FrameworkDetails& details,
                                const std::string& file_name) {
  if (!import.text.ok()) {
    FrameworkFile refused;
    refused.details = details;
    refused.errors.push_back(import.text.error);
    return refused;
  }
  return WriteFrameworkFile(import.conversion, import.layout.scale, details, file_name);
}

}  // namespace skillscope
