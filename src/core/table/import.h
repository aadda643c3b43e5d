#pragma once
// Turning a table (a file, a drop or a paste) into a framework, for the preview screen.
// The person's choices are the only state; everything shown is derived from them and the
// bytes, so the screen calls ImportTable again whenever a choice changes (fast: see
// table/framework.h), and SaveImportedTable once, when the person saves.
//
//   bytes --DecodeTableText--> TableText        encoding and why; `sure` false: offer the encodings
//         --ReadTable--------> Table            format and why; rows (the header row is rows[0])
//         --GuessTableLayout-> LayoutGuess      header, shape, column roles, scale, split, each with why
//         --ConvertTable-----> TableConversion  skills (the preview), split example, notes
//   Save: --WriteFrameworkFile-> FrameworkFile  details problems, the JSON, the loaded Framework
//
// What the screen changes, and how:
//   encoding / format picker   -> choices.encoding / choices.format, and clear choices.layout
//   header / shape / split     -> choices.fixed (the rest is guessed again around it)
//   a column's role, the scale, a skill's code
//                              -> edit import.layout and store it in choices.layout
//   title, id, version, ...    -> FrameworkDetails for SaveImportedTable (CheckFrameworkDetails
//                                 checks them as they are typed)
// When the FrameworkFile is ok(), load.framework is the framework to keep and json the
// file that "export" downloads.
#include <optional>
#include <string>
#include <string_view>

#include "core/table/framework.h"
#include "core/table/framework_file.h"
#include "core/table/layout.h"
#include "core/table/reader.h"
#include "core/table/text.h"

namespace skillscope {

struct TableImportChoices {
  std::optional<TextEncoding> encoding;  // the person's pick; detected when empty
  std::optional<TableFormat> format;     // likewise
  LayoutChoices fixed;                   // header row, shape, split picked by the person
  std::optional<TableLayout> layout;     // an edited layout; used while it has the table's column count
};

struct TableImport {
  TableText text;
  Table table;
  LayoutGuess guess;
  TableLayout layout;  // what the conversion used: choices.layout, or the guess
  TableConversion conversion;
  // Problems stop at the first step that failed: the text (text.error), else conversion.notes.
  bool ok() const { return text.ok() && conversion.ok(); }  // ready to save once the details are given
};

TableImport ImportTable(std::string_view bytes, const TableImportChoices& choices);

// The framework file of an import. `file_name` names it in messages ("matrix.csv",
// "pasted table").
FrameworkFile SaveImportedTable(const TableImport& import, const FrameworkDetails& details,
                                const std::string& file_name);

}  // namespace skillscope
