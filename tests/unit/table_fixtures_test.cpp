// Whole tables through the whole import: every fixture in tests/data/tables holds the same
// small team framework in another format, shape or encoding and must convert to exactly
// the same file; seed 000's Markdown table must give the shipped it-operations-matrix,
// statement for statement.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "core/framework/loader.h"
#include "core/table/import.h"
#include "table_test_support.h"

using namespace skillscope;
using table_test::NoteTexts;
using table_test::TeamDetails;

namespace {

std::string Fixture(const char* name) { return table_test::SourceFile(std::filesystem::path("tests/data/tables") / name); }

// A table imported with every guess as it is, and saved.
struct Imported {
  TableImport import;
  FrameworkFile file;
};
Imported ImportAndSave(const std::string& bytes, const FrameworkDetails& details, const std::string& file_name) {
  Imported out{ImportTable(bytes, TableImportChoices{}), {}};
  out.file = SaveImportedTable(out.import, details, file_name);
  return out;
}

using Statements = std::vector<std::string>;

}  // namespace

TEST_CASE("the team table in every format, shape and encoding gives the same framework") {
  struct Case {
    const char* file;
    TextEncoding encoding;
    bool byte_order_mark;
    bool sure;
    TableFormat format;
    TableShape shape;
  };
  const Case cases[] = {
      {"team-wide.csv", TextEncoding::kUtf8, false, true, TableFormat::kCsvComma, TableShape::kWide},
      {"team-wide-utf8-bom.csv", TextEncoding::kUtf8, true, true, TableFormat::kCsvComma, TableShape::kWide},
      {"team-wide-windows-1252.csv", TextEncoding::kWindows1252, false, false, TableFormat::kCsvSemicolon,
       TableShape::kWide},
      {"team-wide-unicode-text.txt", TextEncoding::kUtf16Le, true, true, TableFormat::kTsv, TableShape::kWide},
      {"team-wide-utf16be.txt", TextEncoding::kUtf16Be, true, true, TableFormat::kTsv, TableShape::kWide},
      {"team-wide-utf16le-no-bom.tsv", TextEncoding::kUtf16Le, false, true, TableFormat::kTsv, TableShape::kWide},
      {"team-wide.md", TextEncoding::kUtf8, false, true, TableFormat::kMarkdown, TableShape::kWide},
      {"team-long.csv", TextEncoding::kUtf8, false, true, TableFormat::kCsvComma, TableShape::kLong},
  };
  const Imported reference = ImportAndSave(Fixture("team-wide.csv"), TeamDetails(), "team-wide.csv");
  REQUIRE(reference.file.ok());
  const Framework& fw = *reference.file.load.framework;

  // The reference, spelled out: names and categories, the scale's names from the
  // headings, multi-line cells split per line, an empty cell leaving a level undefined.
  REQUIRE(fw.scale.levels.size() == 3);
  CHECK(fw.scale.levels[0].name == "Learning");
  CHECK(fw.scale.levels[1].name == "Practising");
  CHECK(fw.scale.levels[2].name == "Leading");
  REQUIRE(fw.skills.size() == 3);
  const Skill& obs = fw.skills[0];
  CHECK(obs.code == "OBS");
  CHECK(obs.name == "Observability");
  CHECK(obs.category == Statements{"Operations"});
  CHECK(obs.statements.at(1) == Statements{"Reads dashboards and reports anomalies."});
  CHECK(obs.statements.at(2) == Statements{"Builds dashboards for own services.", "Tunes alert thresholds."});
  CHECK(obs.statements.at(3) == Statements{"Defines the team’s monitoring standards.", "Explains the \"why\" of each alert."});
  const Skill& bud = fw.skills[1];
  CHECK(bud.statements.at(1) == Statements{"Tracks spend in € per service."});
  CHECK(bud.statements.at(2) == Statements{"Forecasts “cloud” costs – monthly."});
  CHECK_FALSE(bud.DefinedAt(3));
  CHECK(fw.skills[2].statements.at(1) == Statements{"Configures VLANs, routes and firewalls."});
  CHECK(fw.skills[2].statements.at(2) == Statements{"Designs the office network.", "Documents it; keeps it current."});

  for (const Case& c : cases) {
    const std::string file = c.file;
    CAPTURE(file);
    const Imported imported = ImportAndSave(Fixture(c.file), TeamDetails(), c.file);
    const TableImport& import = imported.import;
    REQUIRE(import.text.ok());
    CHECK(import.text.encoding == c.encoding);
    CHECK(import.text.byte_order_mark == c.byte_order_mark);
    CHECK(import.text.sure == c.sure);
    CHECK(import.table.format == c.format);
    CHECK(import.layout.shape == c.shape);
    std::string notes;
    for (const std::string& note : NoteTexts(import.conversion)) notes += note + "\n";
    INFO(notes);
    REQUIRE(imported.file.ok());
    CHECK(imported.file.load.framework->content_hash() == fw.content_hash());
    if (c.shape == TableShape::kWide)
      CHECK(NoteTexts(import.conversion) ==
            Statements{"row 3, column “Level 3 (Leading)”: empty, so “Budgeting” is not defined at level 3"});
  }
}

TEST_CASE("seed 000's Markdown table gives it-operations-matrix statement for statement") {
  std::ifstream seed_file(std::filesystem::path(SKILLSCOPE_SEEDS_DIR) / "000_58e5fe8242d38096.txt", std::ios::binary);
  const std::string seed((std::istreambuf_iterator<char>(seed_file)), std::istreambuf_iterator<char>());
  REQUIRE_FALSE(seed.empty());
  const FrameworkLoad shipped_load =
      LoadFramework(table_test::SourceFile("frameworks/it-operations-matrix.json"), "it-operations-matrix.json");
  REQUIRE(shipped_load.ok());
  const Framework& shipped = *shipped_load.framework;

  FrameworkDetails details;
  details.id = shipped.id;
  details.version = shipped.version;
  details.title = shipped.title;
  details.description = shipped.description;
  details.source = shipped.source;
  details.attribution = shipped.attribution;
  details.notes = shipped.notes;

  // As pasted, nothing chosen: the guesses alone.
  TableImportChoices choices;
  const TableImport guessed = ImportTable(seed, choices);
  REQUIRE(guessed.ok());
  CHECK(guessed.text.why == "the text is plain ASCII, which reads the same in every encoding");
  CHECK(guessed.table.format == TableFormat::kMarkdown);
  CHECK_FALSE(guessed.layout.has_header);
  CHECK(guessed.layout.shape == TableShape::kWide);
  CHECK(guessed.layout.split == StatementSplit::kSemicolons);
  CHECK(guessed.guess.split_reason == "28 of 28 cells hold “;” between statements");
  CHECK(guessed.layout.scale.RangeText() == "1-4");
  CHECK(NoteTexts(guessed.conversion).empty());

  // The shipped codes (AIML, AUTO, CLOUD, ...) were picked by hand, not by a rule; the
  // person gives them in the preview, as the test does here.
  TableLayout layout = guessed.layout;
  for (const Skill& s : shipped.skills) layout.code_for_name[s.name] = s.code;
  choices.layout = layout;
  const TableImport import = ImportTable(seed, choices);
  const FrameworkFile file = SaveImportedTable(import, details, "pasted table");
  REQUIRE(file.ok());
  const Framework& converted = *file.load.framework;

  CHECK(converted.scale.RangeText() == shipped.scale.RangeText());
  REQUIRE(converted.skills.size() == shipped.skills.size());
  for (std::size_t i = 0; i < shipped.skills.size(); ++i) {
    const Skill& want = shipped.skills[i];
    const Skill& got = converted.skills[i];
    CAPTURE(want.code);
    CHECK(got.code == want.code);
    CHECK(got.name == want.name);
    REQUIRE(got.statements.size() == want.statements.size());
    for (const auto& want_level : want.statements) {
      const int level = want_level.first;  // a plain variable: C++17 lambdas (CAPTURE) cannot take a binding
      const Statements& statements = want_level.second;
      CAPTURE(level);
      REQUIRE(got.DefinedAt(level));
      const Statements& got_level = got.statements.at(level);
      REQUIRE(got_level.size() == statements.size());
      for (std::size_t k = 0; k < statements.size(); ++k) CHECK(got_level[k] == statements[k]);
    }
  }
  // Field for field the same file: the same content hash.
  CHECK(converted.content_hash() == shipped.content_hash());

  // With the made codes instead, only the codes differ.
  const FrameworkFile made_codes = SaveImportedTable(guessed, details, "pasted table");
  REQUIRE(made_codes.ok());
  CHECK(made_codes.load.framework->skills.front().code == "AIMLSO");
  CHECK(made_codes.load.framework->StatementCount() == shipped.StatementCount());
}

TEST_CASE("a TSV copied from a spreadsheet, with a multi-line cell, arrives statement for statement") {
  // As a spreadsheet puts cells on the clipboard: the multi-line cell quoted, its quotes doubled.
  const std::string clipboard =
      "Skill\tLevel 1\tLevel 2\r\n"
      "Observability\t\"Reads dashboards.\nReports \"\"odd\"\" graphs.\"\tTunes alerts.\r\n"
      "Networking\tConfigures VLANs.\t\"Designs networks.\nDocuments them.\"\r\n";
  const Imported by_line = ImportAndSave(clipboard, TeamDetails(), "pasted table");
  REQUIRE(by_line.file.ok());
  CHECK(by_line.import.layout.split == StatementSplit::kLines);
  const Framework& fw = *by_line.file.load.framework;
  CHECK(fw.skills[0].statements.at(1) == Statements{"Reads dashboards.", "Reports \"odd\" graphs."});
  CHECK(fw.skills[1].statements.at(2) == Statements{"Designs networks.", "Documents them."});

  TableImportChoices whole;
  whole.fixed.split = StatementSplit::kWholeCell;
  const FrameworkFile whole_cells = SaveImportedTable(ImportTable(clipboard, whole), TeamDetails(), "pasted table");
  REQUIRE(whole_cells.ok());
  CHECK(whole_cells.load.framework->skills[0].statements.at(1) == Statements{"Reads dashboards.\nReports \"odd\" graphs."});
}

TEST_CASE("the two spreadsheet examples in docs/framework-format.md give the same framework") {
  const std::string doc = table_test::SourceFile("docs/framework-format.md");
  const std::size_t section = doc.find("## Frameworks from spreadsheets and tables");
  REQUIRE(section != std::string::npos);
  std::vector<std::string> examples;
  for (std::size_t at = doc.find("```csv\n", section); at != std::string::npos; at = doc.find("```csv\n", at)) {
    const std::size_t end = doc.find("```", at + 7);
    REQUIRE(end != std::string::npos);
    examples.push_back(doc.substr(at + 7, end - at - 7));
    at = end + 3;
  }
  REQUIRE(examples.size() == 2);
  const Imported wide = ImportAndSave(examples[0], TeamDetails(), "wide example");
  const Imported long_shape = ImportAndSave(examples[1], TeamDetails(), "long example");
  CHECK(wide.import.layout.shape == TableShape::kWide);
  CHECK(long_shape.import.layout.shape == TableShape::kLong);
  REQUIRE(wide.file.ok());
  REQUIRE(long_shape.file.ok());
  CHECK(NoteTexts(wide.import.conversion) ==
        Statements{"row 3, column “Level 3”: empty, so “Networking” is not defined at level 3"});
  CHECK(wide.file.load.framework->skills[1].statements.at(2) == Statements{"Designs the office network.", "Documents it."});
  CHECK(long_shape.file.load.framework->content_hash() == wide.file.load.framework->content_hash());
}
