#pragma once
// A framework from a spreadsheet or table: paste the cells or choose a file, check how
// it was read (encoding, format, header, shape, what each column holds, the scale, how
// cells split into statements), see the first skills and the problems with their row
// and column, give the framework's details, then save or download it.
#include <map>
#include <string>

#include "model/table_import.h"
#include "ui/ui_context.h"

namespace skillscope::ui {

// Screen-local state kept between frames.
struct TableImportState {
  std::string paste_text;
  std::string details_for;      // the table the details below were started for
  FrameworkDetails details;     // as typed
  std::map<int, std::string> level_names;  // as typed, by level number
};

TableImportAction DrawTableImportScreen(const UiContext& ui, const TableImportModel& model, TableImportState& state);

}  // namespace skillscope::ui
