// Which column is what: the header row, the shape (wide or long), each column's role, the
// scale and the split are guessed with a reason each, and each can be fixed by the person.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/table/layout.h"

using namespace skillscope;

namespace {

std::vector<ColumnRole> Roles(const TableLayout& layout) {
  std::vector<ColumnRole> out;
  for (const ColumnChoice& c : layout.columns) out.push_back(c.role);
  return out;
}

std::vector<int> Levels(const TableLayout& layout) {
  std::vector<int> out;
  for (const ColumnChoice& c : layout.columns) out.push_back(c.level);
  return out;
}

std::vector<std::string> ScaleNames(const Scale& scale) {
  std::vector<std::string> out;
  for (const ScaleLevel& l : scale.levels) out.push_back(std::to_string(l.number) + ":" + l.name);
  return out;
}

const std::string kLong1 = "Follows procedures for basic support tasks and simple deployment steps, with help";
const std::string kLong2 = "Configures systems and troubleshoots common problems without supervision, day to day";
const std::string kLong3 = "Designs the infrastructure of a whole service and reviews the designs of others";

}  // namespace

TEST_CASE("level headings as headers and level cells write them") {
  struct Case {
    const char* text;
    int number;
    const char* name;
  };
  for (const Case& c : {Case{"Level 3", 3, ""}, Case{"level 1 (Follow)", 1, "Follow"}, Case{"Level 2 - Assist", 2, "Assist"},
                        Case{"Level 3: Apply", 3, "Apply"}, Case{"Level 4 – Enable", 4, "Enable"}, Case{"L4", 4, ""},
                        Case{"Lvl. 5 Expert", 5, "Expert"}, Case{" 7 ", 7, ""}, Case{"2.0", 2, ""},
                        Case{"3. Practising", 3, "Practising"}}) {
    CAPTURE(c.text);
    const auto heading = ReadLevelHeading(c.text);
    REQUIRE(heading.has_value());
    CHECK(heading->number == c.number);
    CHECK(heading->name == c.name);
  }
  for (const char* text : {"Leading", "Level description", "2024", "3 times a week the team meets to plan", ""}) {
    CAPTURE(text);
    CHECK_FALSE(ReadLevelHeading(text).has_value());
  }
}

TEST_CASE("wide with named level headings: numbered from left to right, named by their headings") {
  const Table t = ReadTable("Skill,Follow,Assist,Apply\n"
                            "Support,\"" + kLong1 + "\",\"" + kLong2 + "\",\"" + kLong3 + "\"\n"
                            "Networks,\"" + kLong1 + "\",\"" + kLong2 + "\",\"" + kLong3 + "\"\n");
  const LayoutGuess g = GuessTableLayout(t);
  CHECK(g.layout.has_header);
  CHECK(g.header_reason == "row 1 names the columns: “Skill”");
  CHECK(g.layout.shape == TableShape::kWide);
  CHECK(g.shape_reason == "no column gives a level on each row, so each row is one skill and its columns hold the levels");
  CHECK(Roles(g.layout) == std::vector<ColumnRole>{ColumnRole::kName, ColumnRole::kLevelStatements,
                                                   ColumnRole::kLevelStatements, ColumnRole::kLevelStatements});
  CHECK(Levels(g.layout) == std::vector<int>{0, 1, 2, 3});
  CHECK(ScaleNames(g.layout.scale) == std::vector<std::string>{"1:Follow", "2:Assist", "3:Apply"});
  CHECK(g.scale_reason == "the headings “Follow”, “Assist” and “Apply” name the levels; they are numbered 1-3 from left to right");
  CHECK(g.column_reasons == std::vector<std::string>{"headed “Skill”",
                                                     "long texts: the statements at a level, named “Follow”",
                                                     "long texts: the statements at a level, named “Assist”",
                                                     "long texts: the statements at a level, named “Apply”"});
  CHECK(g.layout.split == StatementSplit::kWholeCell);
}

TEST_CASE("wide with numbered level headings and every optional column") {
  const Table t = ReadTable("Code\tName\tCategory\tDescription\tLevel 1 (Learning)\tLevel 3 (Leading)\tComments\n"
                            "NET\tNetworking\tOps\tWires things.\tCables\tPlans sites\tok\n");
  const LayoutGuess g = GuessTableLayout(t);
  CHECK(g.layout.has_header);
  CHECK(g.layout.shape == TableShape::kWide);
  CHECK(g.shape_reason == "the headings “Level 1 (Learning)” and “Level 3 (Leading)” name levels, so each column holds one level");
  CHECK(Roles(g.layout) == std::vector<ColumnRole>{ColumnRole::kCode, ColumnRole::kName, ColumnRole::kCategory,
                                                   ColumnRole::kDescription, ColumnRole::kLevelStatements,
                                                   ColumnRole::kLevelStatements, ColumnRole::kUnused});
  CHECK(Levels(g.layout) == std::vector<int>{0, 0, 0, 0, 1, 3, 0});
  CHECK(ScaleNames(g.layout.scale) == std::vector<std::string>{"1:Learning", "3:Leading"});
  CHECK(g.scale_reason == "the headings give levels 1, 3");
}

TEST_CASE("wide without a header: codes, categories and names are told apart by what the cells hold") {
  const Table t = ReadTable("Ops\tNET\tNetworking\t" + kLong1 + "\t" + kLong2 + "\n"
                            "Ops\tSRV\tServers\t" + kLong1 + "\t" + kLong2 + "\n"
                            "Finance\tBUD\tBudgeting\t" + kLong1 + "\t" + kLong2 + "\n");
  const LayoutGuess g = GuessTableLayout(t);
  CHECK_FALSE(g.layout.has_header);
  CHECK(g.header_reason == "row 1 holds text like the rows below it, not column names");
  CHECK(Roles(g.layout) == std::vector<ColumnRole>{ColumnRole::kCategory, ColumnRole::kCode, ColumnRole::kName,
                                                   ColumnRole::kLevelStatements, ColumnRole::kLevelStatements});
  CHECK(g.column_reasons[0] == "short texts that repeat from row to row: a category");
  CHECK(g.column_reasons[1] == "every cell looks like a code (no spaces), each different");
  CHECK(g.column_reasons[2] == "short texts, the most varied: the skill names");
  CHECK(ScaleNames(g.layout.scale) == std::vector<std::string>{"1:", "2:"});
  CHECK(g.scale_reason == "without headings, the 2 columns of statements are levels 1-2 from left to right, without names");
}

TEST_CASE("a header of unfamiliar words is still seen above columns of statements") {
  const Table t = ReadTable("Practice area;Novice;Expert\nSupport;" + kLong1 + ";" + kLong3 + "\n");
  const LayoutGuess g = GuessTableLayout(t);
  CHECK(g.layout.has_header);
  CHECK(g.header_reason == "row 1 holds short labels above columns of longer texts");
  CHECK(ScaleNames(g.layout.scale) == std::vector<std::string>{"1:Novice", "2:Expert"});
}

TEST_CASE("long with a header: a level column makes one row per statement") {
  const Table t = ReadTable("Skill,Level,Description\n"
                            "Networking,1,Configures VLANs\n"
                            "Networking,2,Designs networks\n"
                            "Budgeting,1,Tracks spend\n");
  const LayoutGuess g = GuessTableLayout(t);
  CHECK(g.layout.has_header);
  CHECK(g.layout.shape == TableShape::kLong);
  CHECK(g.shape_reason == "column “Level” gives a level on each row, so each row holds statements at one level");
  // Beside a level column, "Description" describes the level.
  CHECK(Roles(g.layout) == std::vector<ColumnRole>{ColumnRole::kName, ColumnRole::kLevel, ColumnRole::kStatements});
  CHECK(g.column_reasons[2] == "headed “Description” beside a level column: the statements");
  CHECK(ScaleNames(g.layout.scale) == std::vector<std::string>{"1:", "2:"});
  CHECK(g.scale_reason == "column “Level” gives levels 1-2");
}

TEST_CASE("long with level names: numbered in the order they first appear, and the reason says to check") {
  const Table t = ReadTable("Code,Skill,Proficiency,Statement\n"
                            "NET,Networking,Beginner,Configures VLANs\n"
                            "NET,Networking,Expert,Designs networks\n"
                            "BUD,Budgeting,Intermediate,Forecasts costs\n"
                            "BUD,Budgeting,Level 0 (Aware),Knows budgets exist\n");
  const LayoutGuess g = GuessTableLayout(t);
  CHECK(g.layout.shape == TableShape::kLong);
  CHECK(Roles(g.layout) == std::vector<ColumnRole>{ColumnRole::kCode, ColumnRole::kName, ColumnRole::kLevel,
                                                   ColumnRole::kStatements});
  CHECK(ScaleNames(g.layout.scale) ==
        std::vector<std::string>{"0:Aware", "1:Beginner", "2:Expert", "3:Intermediate"});
  CHECK(g.scale_reason ==
        "column “Proficiency” gives levels 0-3; the level names “Beginner”, “Expert” and “Intermediate” have no "
        "number, so they are numbered in the order they first appear: check the order");
}

TEST_CASE("long without a header: the column of repeating level numbers gives it away") {
  const Table t = ReadTable("NET;Networking;1;" + kLong1 + "\n"
                            "NET;Networking;2;" + kLong2 + "\n"
                            "BUD;Budgeting;1;" + kLong3 + "\n");
  const LayoutGuess g = GuessTableLayout(t);
  CHECK_FALSE(g.layout.has_header);
  CHECK(g.layout.shape == TableShape::kLong);
  CHECK(g.shape_reason == "column C gives a level on each row, so each row holds statements at one level");
  CHECK(Roles(g.layout) == std::vector<ColumnRole>{ColumnRole::kCode, ColumnRole::kName, ColumnRole::kLevel,
                                                   ColumnRole::kStatements});
  CHECK(g.scale_reason == "column C gives levels 1-2");
}

TEST_CASE("what the person fixes stays fixed; the rest is guessed around it") {
  const Table t = ReadTable("Skill,Level 1,Level 2\nNetworking,\"a\nb\",c\n");
  LayoutChoices fixed;
  fixed.has_header = false;
  fixed.split = StatementSplit::kSemicolons;
  const LayoutGuess g = GuessTableLayout(t, fixed);
  CHECK_FALSE(g.layout.has_header);
  CHECK(g.header_reason == "your choice");
  CHECK(g.layout.split == StatementSplit::kSemicolons);
  CHECK(g.split_reason == "your choice");

  fixed = {};
  fixed.shape = TableShape::kLong;
  const LayoutGuess long_shape = GuessTableLayout(t, fixed);
  CHECK(long_shape.layout.shape == TableShape::kLong);
  CHECK(long_shape.shape_reason == "your choice");
  for (const ColumnChoice& c : long_shape.layout.columns) CHECK(RoleFitsShape(c.role, TableShape::kLong));
}

TEST_CASE("roles belong to shapes") {
  CHECK(RoleFitsShape(ColumnRole::kLevelStatements, TableShape::kWide));
  CHECK_FALSE(RoleFitsShape(ColumnRole::kLevelStatements, TableShape::kLong));
  CHECK(RoleFitsShape(ColumnRole::kLevel, TableShape::kLong));
  CHECK_FALSE(RoleFitsShape(ColumnRole::kStatements, TableShape::kWide));
  CHECK(RoleFitsShape(ColumnRole::kName, TableShape::kLong));
}
