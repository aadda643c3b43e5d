#pragma once
// Step 3 of turning a table into a framework: what the table's columns mean.
//
//   Table (table/reader.h) --GuessTableLayout--> LayoutGuess{TableLayout, reasons}
//     --(the person edits the layout in the preview)--> ConvertTable (table/framework.h)
//
// Two shapes of skill table:
//   wide: one row per skill, one column per level ("Level 1".."Level 4", or "Follow",
//         "Assist", ...), plus optional code, name, category and description columns;
//   long: one row per statement, with columns for the skill's code or name, the level
//         and the statement, plus optional category and description.
// The guess states its reason for each choice (header row, shape, each column, scale,
// split) so the preview can show why, and every choice is the person's to change: pass a
// fixed header/shape/split in LayoutChoices to guess the rest around it, or edit the
// TableLayout itself (column roles, scale levels and names, codes).
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/framework/framework.h"
#include "core/table/statement_split.h"
#include "core/table/reader.h"

namespace skillscope {

enum class TableShape { kWide, kLong };
inline constexpr TableShape kAllTableShapes[] = {TableShape::kWide, TableShape::kLong};

// "wide: one row per skill, a column per level" / "long: one row per statement", in the
// interface's language (the text lives as long as the app).
const char* TableShapeName(TableShape shape);

enum class ColumnRole {
  kUnused,
  kCode,             // the skill's code
  kName,             // the skill's name
  kCategory,         // a category; several category columns make a path, left one outermost
  kDescription,      // what the skill is
  kLevelStatements,  // wide: the statements at one level (ColumnChoice::level)
  kLevel,            // long: the level of the row's statements
  kStatements,       // long: the row's statements
};
inline constexpr ColumnRole kAllColumnRoles[] = {ColumnRole::kUnused,      ColumnRole::kCode,
                                                 ColumnRole::kName,        ColumnRole::kCategory,
                                                 ColumnRole::kDescription, ColumnRole::kLevelStatements,
                                                 ColumnRole::kLevel,       ColumnRole::kStatements};

// "not used", "skill code", "skill name", "category", "description", "statements at a level",
// "level", "statements", in the interface's language: for the column pickers.
const char* ColumnRoleName(ColumnRole role);
// Whether a role belongs in a table of this shape (the pickers offer only these).
bool RoleFitsShape(ColumnRole role, TableShape shape);

struct ColumnChoice {
  ColumnRole role = ColumnRole::kUnused;
  int level = 0;  // kLevelStatements: the scale level the column holds
};

struct TableLayout {
  bool has_header = false;                // row 1 names the columns and is not a skill
  TableShape shape = TableShape::kWide;
  std::vector<ColumnChoice> columns;      // one per table column, left to right
  Scale scale;                            // level numbers and names (and the scale's name)
  StatementSplit split = StatementSplit::kWholeCell;
  std::map<std::string, std::string> code_for_name;  // codes the person chose, by skill name
};

struct LayoutChoices {  // what the person fixed; the rest is guessed around it
  std::optional<bool> has_header;
  std::optional<TableShape> shape;
  std::optional<StatementSplit> split;
};

struct LayoutGuess {
  TableLayout layout;
  std::string header_reason;
  std::string shape_reason;
  std::vector<std::string> column_reasons;  // one per column: why it has its role
  std::string scale_reason;
  std::string split_reason;
};

LayoutGuess GuessTableLayout(const Table& table, const LayoutChoices& fixed = {});

// The header row's cells, one per column ("" past a short header, or all "" without one).
std::vector<std::string> ColumnNames(const Table& table, bool has_header);

// The rows below the header.
std::vector<const TableRow*> DataRows(const Table& table, bool has_header);

// A level as a header or a level cell writes it: "3", "Level 3", "L3", "Level 3 (Apply)",
// "Level 3 - Apply", "3: Apply" give 3 (and the name "Apply"); other text gives nothing.
struct LevelHeading {
  int number = 0;
  std::string name;
};
std::optional<LevelHeading> ReadLevelHeading(std::string_view text);

}  // namespace skillscope
