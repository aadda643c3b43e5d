// A table and its layout to skills: codes, and the warnings a person needs (empty cells,
// duplicate codes, made codes), each at its row and column.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/framework/loader.h"
#include "core/table/framework.h"
#include "table_test_support.h"

using namespace skillscope;
using table_test::NoteTexts;

namespace {

TableConversion Convert(const std::string& text) {
  const Table table = ReadTable(text);
  return ConvertTable(table, GuessTableLayout(table).layout);
}

std::vector<std::string> Codes(const TableConversion& c) {
  std::vector<std::string> out;
  for (const SkillFromTable& s : c.skills) out.push_back(s.skill.code);
  return out;
}

using Statements = std::vector<std::string>;

}  // namespace

TEST_CASE("skill codes made from names: initials, capital words whole, one word whole") {
  CHECK(MakeSkillCode("Identity & Access Governance") == "IAG");
  CHECK(MakeSkillCode("IT Service Management & Strategy") == "ITSMS");
  CHECK(MakeSkillCode("AI/ML Systems Operations") == "AIMLSO");
  CHECK(MakeSkillCode("Management of the Budget") == "MB");
  CHECK(MakeSkillCode("Networking") == "NETWORKING");
  CHECK(MakeSkillCode("Level 2 support") == "L2S");
  CHECK(MakeSkillCode("Sécurité réseau") == "SR");
  CHECK(MakeSkillCode("Sécurité") == "SCURIT");
  CHECK(MakeSkillCode("和") == "");
}

TEST_CASE("a wide table becomes skills; an empty cell leaves the level undefined, with a warning") {
  const TableConversion c = Convert("Code,Skill,Category,Level 1,Level 2\n"
                                    "NET,Networking,Operations,Configures VLANs,\n"
                                    "BUD,Budgeting,Finance,Tracks spend,Forecasts costs\n");
  REQUIRE(c.ok());
  CHECK(NoteTexts(c) == std::vector<std::string>{"row 2, column “Level 2”: empty, so “Networking” is not defined at level 2"});
  REQUIRE(c.skills.size() == 2);
  CHECK(c.skills[0].row == 2);
  CHECK(c.skills[0].skill.code == "NET");
  CHECK(c.skills[0].skill.category == Statements{"Operations"});
  CHECK_FALSE(c.skills[0].skill.DefinedAt(2));
  CHECK(c.code_rule.empty());

}

TEST_CASE("without a code column, codes are made from the names, and the rule is stated") {
  const TableConversion c = Convert("Skill,Level 1\n"
                                    "Identity & Access Governance,Resets credentials\n"
                                    "Internet Access Gateways,Configures proxies\n"
                                    "Identity and Access Governance,Reviews access\n");
  REQUIRE(c.ok());
  CHECK(Codes(c) == Statements{"IAG", "IAG-2", "IAG-3"});
  CHECK(c.code_rule ==
        "there is no code column, so codes are made from the skill names: the initials of their words, with words in "
        "capitals kept whole; a one-word name is used whole (“Identity & Access Governance” → IAG)");
  CHECK(NoteTexts(c) == std::vector<std::string>{
                            "row 3: the code made from the name, IAG, is also row 2's, so this skill gets the code IAG-2",
                            "row 4: the code made from the name, IAG, is also row 2's, so this skill gets the code IAG-3"});
}

TEST_CASE("the person's codes win over made ones, and are checked") {
  const Table table = ReadTable("Skill,Level 1\nNetworking,Configures VLANs\nBudgeting,Tracks spend\n");
  TableLayout layout = GuessTableLayout(table).layout;
  layout.code_for_name = {{"Networking", "NET"}};
  const TableConversion c = ConvertTable(table, layout);
  REQUIRE(c.ok());
  CHECK(Codes(c) == Statements{"NET", "BUDGETING"});

  layout.code_for_name = {{"Budgeting", "B U D"}};
  const TableConversion bad = ConvertTable(table, layout);
  CHECK_FALSE(bad.ok());
  CHECK(NoteTexts(bad) == std::vector<std::string>{
                              "row 3: the code “B U D” chosen for “Budgeting” cannot be used: codes are 1–32 letters, "
                              "digits, “_”, “.” or “-”, starting with a letter or digit"});
}

TEST_CASE("code column: duplicates get a number, unusable codes are errors, empty ones are made") {
  const TableConversion dup = Convert("Code,Skill,Level 1\nNET,Networking,a\nNET,Network security,b\n,Budgeting,c\n");
  REQUIRE(dup.ok());
  CHECK(Codes(dup) == Statements{"NET", "NET-2", "BUDGETING"});
  CHECK(NoteTexts(dup) == std::vector<std::string>{
                              "row 3, column “Code”: the code NET is also in row 2, so this skill gets the code NET-2",
                              "row 4, column “Code”: empty, so the code BUDGETING is made from the name"});
  CHECK(dup.code_rule.rfind("where the code cell is empty, codes are made from the skill names", 0) == 0);

  const TableConversion bad = Convert("Code,Skill,Level 1\nNET 1,Networking,a\n");
  CHECK_FALSE(bad.ok());
  CHECK(NoteTexts(bad) == std::vector<std::string>{
                              "row 2, column “Code”: “NET 1” cannot be a skill code: codes are 1–32 letters, digits, "
                              "“_”, “.” or “-”, starting with a letter or digit (or set this column to “not used”, "
                              "and codes are made from the names)"});
}

TEST_CASE("rows without a name or without statements") {
  const TableConversion c = Convert("Code,Skill,Category,Level 1,Level 2\n"
                                    "NET,,Ops,Configures VLANs,\n"
                                    "BUD,Budgeting,Finance,,\n"
                                    ",,Section heading,,\n");
  REQUIRE(c.ok());
  CHECK(NoteTexts(c) == std::vector<std::string>{
                            "row 2, column “Skill”: empty, so the code “NET” is used as the name",
                            "row 2, column “Level 2”: empty, so “NET” is not defined at level 2",
                            "row 3: “Budgeting” has no statements at any level, so it is left out",
                            "row 4: no skill name and no statements, so the row is left out"});
  CHECK(Codes(c) == Statements{"NET"});

  const TableConversion nameless = Convert("Skill,Category,Level 1\nNetworking,Ops,a\n,Ops,b\n");
  CHECK_FALSE(nameless.ok());
  CHECK(NoteTexts(nameless) == std::vector<std::string>{"row 3, column “Skill”: the skill has no name"});
}

TEST_CASE("a long table gathers each skill's statements from its rows, in row order") {
  const TableConversion c = Convert("Code,Skill,Level,Statement\n"
                                    "NET,Networking,2,Designs networks\n"
                                    "NET,Networking,1,Configures VLANs\n"
                                    "BUD,Budgeting,1,Tracks spend\n"
                                    "NET,Networks,2,Documents designs\n"
                                    "BUD,Budgeting,1,\n");
  REQUIRE(c.ok());
  REQUIRE(c.skills.size() == 2);
  CHECK(c.skills[0].row == 2);
  CHECK(c.skills[0].skill.statements.at(1) == Statements{"Configures VLANs"});
  CHECK(c.skills[0].skill.statements.at(2) == Statements{"Designs networks", "Documents designs"});
  CHECK(NoteTexts(c) == std::vector<std::string>{
                            "row 5, column “Skill”: “Networks” differs from “Networking” in row 2, which is kept",
                            "row 6, column “Statement”: empty, so the row adds no statement"});
}

TEST_CASE("long tables: levels by number or by name; unknown ones are errors at their cell") {
  const Table table = ReadTable("Skill,Level,Statement\nNetworking,Learning,a\nNetworking,Level 2,b\nBudgeting,Guru,c\n"
                                "Budgeting,,d\n");
  TableLayout layout = GuessTableLayout(table).layout;
  layout.scale.levels = {{1, "Learning", ""}, {2, "Leading", ""}};
  const TableConversion c = ConvertTable(table, layout);
  CHECK_FALSE(c.ok());
  CHECK(NoteTexts(c) == std::vector<std::string>{"row 4, column “Level”: “Guru” is not a level on the scale (1-2)",
                                                 "row 5, column “Level”: no level is given"});
  REQUIRE(c.skills.size() == 1);
  CHECK(c.skills[0].skill.statements.at(1) == Statements{"a"});
  CHECK(c.skills[0].skill.statements.at(2) == Statements{"b"});
}

TEST_CASE("layouts that cannot work say what to choose") {
  const Table table = ReadTable("Skill,Level 1,Level 2\nNetworking,a,b\n");
  const TableLayout guessed = GuessTableLayout(table).layout;

  TableLayout no_name = guessed;
  no_name.columns[0].role = ColumnRole::kUnused;
  CHECK(NoteTexts(ConvertTable(table, no_name)) ==
        std::vector<std::string>{"choose the column that holds the skill names"});

  TableLayout wrong_shape = guessed;
  wrong_shape.columns[2].role = ColumnRole::kStatements;
  CHECK(NoteTexts(ConvertTable(table, wrong_shape)) ==
        std::vector<std::string>{"column “Level 2”: set to “statements”, which only a long table has"});

  TableLayout off_scale = guessed;
  off_scale.columns[2].level = 7;
  CHECK(NoteTexts(ConvertTable(table, off_scale)) ==
        std::vector<std::string>{"column “Level 2”: holds level 7, which is not on the scale (1-2)"});

  TableLayout two_names = guessed;
  two_names.columns[1] = {ColumnRole::kName, 0};
  CHECK(NoteTexts(ConvertTable(table, two_names)) ==
        std::vector<std::string>{"only one column can hold the skill names (columns A and B both do)"});

  TableLayout bad_scale = guessed;
  bad_scale.scale.levels = {{2, "", ""}, {1, "", ""}, {1, "", ""}};
  CHECK(NoteTexts(ConvertTable(table, bad_scale)) ==
        std::vector<std::string>{"the scale's levels must go up: 1 comes after 2", "the scale has level 1 twice"});

  TableLayout narrow = guessed;
  narrow.columns.pop_back();
  CHECK(NoteTexts(ConvertTable(table, narrow)) ==
        std::vector<std::string>{"the column choices are for 2 columns, but the table has 3: choose the columns again"});

  TableLayout long_without_level = guessed;
  long_without_level.shape = TableShape::kLong;
  long_without_level.columns[1] = long_without_level.columns[2] = {ColumnRole::kUnused, 0};
  CHECK(NoteTexts(ConvertTable(table, long_without_level)) ==
        std::vector<std::string>{"choose the column that gives each row's level", "choose the column that holds the statements"});
}

TEST_CASE("the split example shows a cell the rule splits, or else the first cell") {
  const TableConversion c = Convert("Skill,Level 1,Level 2\nNetworking,One thing,\"a\nb\"\nBudgeting,\"c\nd\",e\n");
  CHECK(c.split_example.row == 2);
  CHECK(c.split_example.column == 3);
  CHECK(c.split_example.cell == "a\nb");
  CHECK(c.split_example.statements == Statements{"a", "b"});

  const TableConversion single = Convert("Skill,Level 1\nNetworking,One thing\n");
  CHECK(single.split_example.row == 2);
  CHECK(single.split_example.statements == Statements{"One thing"});
}

TEST_CASE("framework limits: statements per level and skills") {
  std::string many_lines;
  for (std::size_t i = 0; i <= kMaxStatementsPerLevel; ++i) many_lines += "s" + std::to_string(i) + "\n";
  const TableConversion statements = Convert("Skill,Level 1\nNetworking,\"" + many_lines + "\"\n");
  CHECK(NoteTexts(statements) == std::vector<std::string>{
                                     "row 2: “Networking” has 1001 statements at level 1; a level may have at most 1000"});

  std::string rows = "Code,Skill,Level 1\n";
  for (std::size_t i = 0; i <= kMaxSkills; ++i) rows += "S" + std::to_string(i) + ",Skill " + std::to_string(i) + ",x\n";
  const TableConversion skills = Convert(rows);
  CHECK_FALSE(skills.ok());
  CHECK(NoteTexts(skills) == std::vector<std::string>{"the table gives 10001 skills; a framework may have at most 10000"});
}

TEST_CASE("the reading's notes come first, and its errors make the conversion not ok") {
  const TableConversion c = Convert("Skill,Level 1\nNetworking,\"never closed\n");
  CHECK_FALSE(c.ok());
  REQUIRE_FALSE(NoteTexts(c).empty());
  CHECK(NoteTexts(c).front().rfind("row 2, column B: a quoted cell is never closed", 0) == 0);
}
