// The one call a preview screen makes: the person's choices in, every step's result out.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/table/import.h"
#include "table_test_support.h"

using namespace skillscope;
using table_test::TeamDetails;

TEST_CASE("bytes that are not a table stop at the text, and saving says why") {
  const TableImport import = ImportTable(std::string("PK\x03\x04", 4), TableImportChoices{});
  CHECK_FALSE(import.ok());
  CHECK_FALSE(import.text.error.empty());
  CHECK(import.table.rows.empty());
  CHECK(import.conversion.skills.empty());
  const FrameworkFile file = SaveImportedTable(import, TeamDetails(), "book.xlsx");
  CHECK_FALSE(file.ok());
  CHECK(file.errors == std::vector<std::string>{import.text.error});
}

TEST_CASE("the person's encoding and format are used") {
  TableImportChoices choices;
  choices.encoding = TextEncoding::kWindows1252;
  choices.format = TableFormat::kCsvSemicolon;
  const TableImport import = ImportTable("Skill;Level 1\nCaf\xE9;Brews, pours\n", choices);
  REQUIRE(import.ok());
  CHECK(import.text.why == "the encoding you picked");
  CHECK(import.table.format_reason == "the format you picked");
  CHECK(import.conversion.skills[0].skill.name == "Café");
  CHECK(import.conversion.skills[0].skill.statements.at(1) == std::vector<std::string>{"Brews, pours"});
  const FrameworkFile file = SaveImportedTable(import, TeamDetails(), "cafe.csv");
  REQUIRE(file.ok());
  CHECK(file.load.framework->skills[0].name == "Café");
}

TEST_CASE("an edited layout is used while it fits the table; after a format change the guess takes over") {
  const std::string text = "Skill;Level 1;Level 2\nNetworking;a, b;c\n";
  TableImportChoices choices;
  TableImport first = ImportTable(text, choices);
  REQUIRE(first.ok());
  REQUIRE(first.layout.columns.size() == 3);

  TableLayout edited = first.layout;
  edited.columns[2].role = ColumnRole::kUnused;
  choices.layout = edited;
  const TableImport with_edit = ImportTable(text, choices);
  REQUIRE(with_edit.ok());
  CHECK(with_edit.layout.columns[2].role == ColumnRole::kUnused);
  CHECK_FALSE(with_edit.conversion.skills[0].skill.DefinedAt(2));

  // Read with ',' the table has two columns; the three-column layout no longer applies.
  choices.format = TableFormat::kCsvComma;
  const TableImport other_format = ImportTable(text, choices);
  CHECK(other_format.layout.columns.size() == 2);
  CHECK(other_format.layout.columns.size() == other_format.guess.layout.columns.size());
}
