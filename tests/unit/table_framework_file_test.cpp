// Converted skills and the person's details to a framework file: the details each field
// requires, the documented layout of the JSON, and a file LoadFramework accepts.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/table/framework_file.h"
#include "table_test_support.h"

using namespace skillscope;
using table_test::TeamDetails;

namespace {

// The framework file of a table, read with the guessed layout.
FrameworkFile Save(const std::string& text, const FrameworkDetails& details = TeamDetails()) {
  const Table table = ReadTable(text);
  const TableLayout layout = GuessTableLayout(table).layout;
  return WriteFrameworkFile(ConvertTable(table, layout), layout.scale, details, "team.csv");
}

using Texts = std::vector<std::string>;

}  // namespace

TEST_CASE("framework ids made from titles") {
  CHECK(MakeFrameworkId("ACME Platform Skills (2026)") == "acme-platform-skills-2026");
  CHECK(MakeFrameworkId("  --IT ops--  ") == "it-ops");
  CHECK(MakeFrameworkId(std::string(70, 'a') + " b") == std::string(64, 'a'));
}

TEST_CASE("a converted table is written as a framework file in the documented order and loads") {
  const FrameworkFile file = Save("Code,Skill,Category,Level 1,Level 2\n"
                                  "NET,Networking,Operations,Configures VLANs,\n"
                                  "BUD,Budgeting,Finance,Tracks spend,Forecasts costs\n");
  REQUIRE(file.ok());
  CHECK(file.errors.empty());
  const Framework& fw = *file.load.framework;
  CHECK(fw.id == "team-skills");
  CHECK(fw.scale.RangeText() == "1-2");
  REQUIRE(fw.skills.size() == 2);
  CHECK(fw.skills[0].code == "NET");
  CHECK(fw.skills[0].category == Texts{"Operations"});
  CHECK_FALSE(fw.skills[0].DefinedAt(2));
  CHECK(fw.skills[1].statements.at(2) == Texts{"Forecasts costs"});
  // Written in the documented field order, indented for people to read.
  CHECK(file.json.rfind("{\n  \"format\": \"skillscope-framework\",\n  \"formatVersion\": 1,\n  \"id\": \"team-skills\",\n"
                        "  \"version\": \"1\",\n  \"title\": \"Team skills\",\n  \"source\"",
                        0) == 0);
}

TEST_CASE("the details a framework file requires, each named for its field") {
  const FrameworkFile file = Save("Skill,Level 1\nNetworking,a\n", FrameworkDetails{});
  CHECK_FALSE(file.ok());
  CHECK(file.json.empty());
  CHECK(file.errors.empty());
  Texts problems;
  for (const DetailProblem& p : file.details_missing) problems.push_back(p.field + ": " + p.message);
  CHECK(problems == Texts{"title: give the framework a title", "version: give the framework a version, such as “1”",
                          "source: say where the table comes from",
                          "attribution: the attribution is required: credit the table's authors and give its licence "
                          "(or say that it is not known)"});

  FrameworkDetails bad_id = TeamDetails();
  bad_id.id = "Team Skills";
  const FrameworkFile with_bad_id = Save("Skill,Level 1\nNetworking,a\n", bad_id);
  REQUIRE(with_bad_id.details_missing.size() == 1);
  CHECK(with_bad_id.details_missing[0].field == "id");
  CHECK(with_bad_id.details_missing[0].message ==
        "an id is 1–64 lower-case letters, digits and “-”, not starting with “-”, such as “acme-platform-skills”");

  FrameworkDetails long_version = TeamDetails();
  long_version.version = std::string(65, '1');
  CHECK(CheckFrameworkDetails(long_version).at(0).message == "a version is at most 64 characters long");

  FrameworkDetails full = TeamDetails();
  full.description = "  What we expect.  ";
  full.notes = "Converted from our sheet.";
  const FrameworkFile ok = Save("Skill,Level 1\nNetworking,a\n", full);
  REQUIRE(ok.ok());
  CHECK(ok.details.id == "team-skills");
  CHECK(ok.load.framework->description == "What we expect.");
  CHECK(ok.load.framework->notes == "Converted from our sheet.");
  CHECK(ok.load.framework->attribution == "© Us");
}

TEST_CASE("a table with errors is not written") {
  const FrameworkFile file = Save("Skill,Level 1\nNetworking,\"never closed\n");
  CHECK_FALSE(file.ok());
  CHECK(file.json.empty());
  CHECK(file.errors == Texts{"the table has errors to put right first (see the notes on the table)"});
}

TEST_CASE("what LoadFramework refuses is passed on, and nothing is written") {
  // A scale level's name is not checked by the table steps; the loader's limit on a text's
  // length still applies.
  const Table table = ReadTable("Skill,Level 1\nNetworking,a\n");
  TableLayout layout = GuessTableLayout(table).layout;
  layout.scale.levels[0].name = std::string(20001, 'x');
  const FrameworkFile file = WriteFrameworkFile(ConvertTable(table, layout), layout.scale, TeamDetails(), "team.csv");
  CHECK_FALSE(file.ok());
  CHECK(file.json.empty());
  CHECK(file.errors == Texts{"team.csv: scale.levels[0].name: name is 20001 characters long; the limit is 20000"});
}

TEST_CASE("near the size limit the file is written compactly; past it, the table must be split") {
  const Table table = ReadTable("Skill,Level 1\nNetworking,\"a\nb\nc\nd\ne\nf\"\nBudgeting,\"g\nh\nj\nk\"\n");
  const TableLayout layout = GuessTableLayout(table).layout;
  const TableConversion conversion = ConvertTable(table, layout);
  const FrameworkFile indented = WriteFrameworkFile(conversion, layout.scale, TeamDetails(), "team.csv");
  REQUIRE(indented.ok());
  const FrameworkFile compact = WriteFrameworkFile(conversion, layout.scale, TeamDetails(), "team.csv",
                                                   indented.json.size() - 1);
  REQUIRE(compact.ok());
  CHECK(compact.json.find('\n') == std::string::npos);
  CHECK(compact.load.framework->content_hash() == indented.load.framework->content_hash());

  const FrameworkFile too_big = WriteFrameworkFile(conversion, layout.scale, TeamDetails(), "team.csv", 200);
  CHECK_FALSE(too_big.ok());
  CHECK(too_big.json.empty());
  CHECK(too_big.errors == Texts{"the framework would be " + std::to_string(compact.json.size()) +
                                " bytes; a framework file may be at most 200 bytes: split the table into two "
                                "frameworks"});
}
