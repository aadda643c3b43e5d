#pragma once
// Step 4 of turning a table into a framework: the table, read with the layout the person
// confirmed, becomes skills, as the preview shows them.
//
//   Table + TableLayout (table/layout.h) --ConvertTable--> TableConversion
//     --WriteFrameworkFile (table/framework_file.h), on saving--> framework file
//
// The conversion collects the skills (with the row each starts on), gives every skill a
// code (the person's choice, the code column, or made from the name: MakeSkillCode), and
// warns about empty level cells, duplicate codes and the like, at their row and column.
// It is fast enough to run again after every change in the preview (a 5 MB table in tens
// of milliseconds); writing and loading the file is left for saving.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/framework/framework.h"
#include "core/table/layout.h"
#include "core/table/note.h"
#include "core/table/reader.h"

namespace skillscope {

struct SkillFromTable {
  std::size_t row = 0;  // the row the skill starts on
  Skill skill;          // code, name, category, description and statements by level
};

// One cell before and after the split, so the preview can show what the rule does.
struct SplitExample {
  std::size_t row = 0;     // 0 when there is no cell to show
  std::size_t column = 0;
  std::string cell;
  std::vector<std::string> statements;
};

struct TableConversion {
  std::vector<SkillFromTable> skills;  // in table order; a preview shows the first few
  std::string code_rule;               // how codes were made, when some were ("" otherwise)
  SplitExample split_example;
  TableNotes notes;                    // reading the table, then converting it
  bool ok() const { return !notes.has_errors() && !skills.empty(); }  // errors block saving
};

TableConversion ConvertTable(const Table& table, const TableLayout& layout);

// A code made from a skill's name: the initials of its words, with words in capitals
// ("AI", "IT") kept whole and "and", "of", "&" ... left out; a one-word name is used whole.
// "Identity & Access Governance" -> "IAG", "IT Service Management" -> "ITSM",
// "Networking" -> "NETWORKING". "" when the name has no ASCII letters or digits.
std::string MakeSkillCode(std::string_view name);

}  // namespace skillscope
