#pragma once
// A framework from a spreadsheet or table: the preview screen's model and actions.
// The session keeps the table's bytes and the person's choices, and derives
// everything shown from them (core/table/import.h); the screen only shows it and
// returns what the person changed.
#include <optional>
#include <string>
#include <vector>

#include "core/framework/framework.h"
#include "core/table/framework_file.h"
#include "core/table/layout.h"
#include "core/table/note.h"
#include "core/table/reader.h"
#include "core/table/text.h"

namespace skillscope {

struct TableColumnModel {
  std::string name;    // the header cell, or "Column C"
  ColumnChoice choice;
  std::string reason;  // why it was guessed so ("your choice" once changed)
};

struct TableSkillPreview {
  std::size_t row = 0;
  std::string code;
  std::string name;
  std::vector<std::pair<std::string, std::vector<std::string>>> levels;  // label -> statements
};

struct TableImportModel {
  bool has_table = false;  // false: nothing pasted or chosen yet
  std::string source;      // "pasted table", "matrix.csv"
  std::string problem;     // the text could not be read at all (binary, too large, ...)

  TextEncoding encoding = TextEncoding::kUtf8;
  bool encoding_sure = true;  // false: offer the other encodings
  std::string encoding_label;
  std::string encoding_why;
  TableFormat format = TableFormat::kCsvComma;
  std::string format_why;

  bool has_header = false;
  std::string header_why;
  std::vector<std::string> first_row;  // the header row, or the first row
  TableShape shape = TableShape::kWide;
  std::string shape_why;
  std::vector<TableColumnModel> columns;
  std::vector<ScaleLevel> scale;
  std::string scale_why;
  StatementSplit split = StatementSplit::kWholeCell;
  std::string split_why;
  std::string split_cell;                   // an example cell ...
  std::vector<std::string> split_statements;  // ... and what it gives
  std::string code_rule;                      // how codes were made, when they were

  std::size_t skill_count = 0;
  std::vector<TableSkillPreview> first_skills;
  std::vector<TableNote> notes;  // errors and warnings with their place
  std::size_t notes_not_listed = 0;
  std::size_t error_count = 0;

  FrameworkDetails details;
  std::vector<DetailProblem> detail_problems;
  bool can_save = false;
  std::string save_message;  // why Save refused, after a try
};

struct TableImportAction {
  enum class Kind {
    None,
    UsePastedText,   // text
    ChooseFile,
    SetEncoding,     // encoding
    SetFormat,       // format
    SetHeader,       // flag
    SetShape,        // shape
    SetSplit,        // split
    SetColumnRole,   // column, role, level
    SetLevelName,    // level (a number on the scale), text
    EditDetails,     // details
    Save,
    ExportJson,
    StartOver,
    Back,
    ToggleTheme,
    ShowHelp,
  } kind = Kind::None;
  std::string text;
  TextEncoding encoding = TextEncoding::kUtf8;
  TableFormat format = TableFormat::kCsvComma;
  bool flag = false;
  TableShape shape = TableShape::kWide;
  StatementSplit split = StatementSplit::kWholeCell;
  std::size_t column = 0;
  ColumnRole role = ColumnRole::kUnused;
  int level = 0;
  FrameworkDetails details;
};

}  // namespace skillscope
