#pragma once
// Step 4 of turning a table into a framework: the table, read with the layout the person
// confirmed, becomes a framework file.
//
//   Table + TableLayout (table_layout.h) + FrameworkDetails --ConvertTable--> TableConversion
//
// The conversion collects the skills (with the row each starts on, for the preview),
// gives every skill a code (from the code column, the person's choice, or made from the
// name: MakeSkillCode), warns about empty level cells, duplicate codes and the like, and,
// when nothing stands in the way, writes the framework as JSON in the framework file format
// and loads that text with LoadFramework: the same check as any framework file, and the
// loaded Framework is what the app saves.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/framework.h"
#include "core/framework_loader.h"
#include "core/table_layout.h"
#include "core/table_note.h"
#include "core/table_reader.h"

namespace skillscope {

// What the person says about the framework (see docs/framework-format.md for each field).
struct FrameworkDetails {
  std::string title;        // required
  std::string id;           // made from the title when empty
  std::string version;      // required
  std::string source;       // required: where the table comes from
  std::string attribution;  // required: credit and licence
  std::string description;  // optional
  std::string notes;        // optional: how the table was turned into a framework
};

// A detail that is missing or not usable, for the field it belongs to.
struct DetailProblem {
  std::string field;    // "title", "id", "version", "source" or "attribution"
  std::string message;  // "give the framework a title"
};

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
  std::vector<SkillFromTable> skills;    // in table order; a preview shows the first few
  std::string code_rule;                 // how codes were made, when some were ("" otherwise)
  SplitExample split_example;
  TableNotes notes;                      // reading the table, then converting it; errors block saving
  FrameworkDetails details;              // as used (the id filled in from the title)
  std::vector<DetailProblem> details_missing;
  std::string framework_json;            // the framework file; "" while anything is in the way
  FrameworkLoad load;                    // LoadFramework(framework_json)
  bool ok() const { return load.ok(); }  // ready to save and export
};

// `file_name` names the framework in the loader's messages ("matrix.csv").
TableConversion ConvertTable(const Table& table, const TableLayout& layout, const FrameworkDetails& details,
                             const std::string& file_name);

// A code made from a skill's name: the initials of its words, with words in capitals
// ("AI", "IT") kept whole and "and", "of", "&" ... left out; a one-word name is used whole.
// "Identity & Access Governance" -> "IAG", "IT Service Management" -> "ITSM",
// "Networking" -> "NETWORKING". "" when the name has no ASCII letters or digits.
std::string MakeSkillCode(std::string_view name);

// A framework id made from a title: "ACME Platform Skills (2026)" -> "acme-platform-skills-2026".
std::string MakeFrameworkId(std::string_view title);

}  // namespace skillscope
