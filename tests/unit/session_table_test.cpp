// A framework from a spreadsheet or table, as a session handles it: the draft from a
// paste, a file or a drop, the person's changes to the preview, saving it like a
// loaded framework, exporting its file, and files that are refused with nothing changed.
#include <doctest/doctest.h>

#include <filesystem>

#include "core/framework/loader.h"
#include "session_harness.h"

using namespace skillscope;
using namespace skillscope::testing;

namespace {

std::string Seed000() {
  std::ifstream in(std::filesystem::path(SKILLSCOPE_SEEDS_DIR) / "000_58e5fe8242d38096.txt", std::ios::binary);
  REQUIRE(in);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

TableImportAction Act(TableImportAction::Kind kind) {
  TableImportAction a;
  a.kind = kind;
  return a;
}

TableImportAction Paste(const std::string& text) {
  TableImportAction a = Act(TableImportAction::Kind::UsePastedText);
  a.text = text;
  return a;
}

TableImportAction Details(const std::string& title) {
  TableImportAction a = Act(TableImportAction::Kind::EditDetails);
  a.details.title = title;
  a.details.version = "1";
  a.details.source = "Seed 000";
  a.details.attribution = "Origin and licence not stated in the source.";
  return a;
}

const Framework& Shipped(const Tab& tab) { return tab.session.catalog().Find("it-operations-matrix", "1.0.0")->framework; }

}  // namespace

TEST_CASE("seed 000 pasted: a preview of 7 skills, saved as a framework with the shipped statements") {
  Tab tab;
  tab.Start();
  StartAction open;
  open.kind = StartAction::Kind::FrameworkFromTable;
  tab.Apply(open);
  CHECK(tab.session.screen() == Screen::TableImport);
  CHECK(tab.platform.history().back() == "/new-framework");
  CHECK_FALSE(tab.session.TableImportScreen().has_table);

  tab.Apply(Paste(Seed000()));
  TableImportModel m = tab.session.TableImportScreen();
  REQUIRE(m.has_table);
  CHECK(m.source == "pasted table");
  CHECK(m.problem.empty());
  CHECK(m.format == TableFormat::kMarkdown);
  CHECK(m.shape == TableShape::kWide);
  CHECK(m.split == StatementSplit::kSemicolons);
  CHECK(m.skill_count == 7);
  CHECK(m.first_skills.size() == 5);
  CHECK(m.error_count == 0);
  CHECK_FALSE(m.can_save);  // no details yet
  CHECK(m.detail_problems.size() >= 3);

  tab.Apply(Details("IT operations from a table"));
  m = tab.session.TableImportScreen();
  CHECK(m.detail_problems.empty());
  CHECK(m.can_save);
  const auto before = tab.session.catalog().entries().size();
  tab.Apply(Act(TableImportAction::Kind::Save));
  CHECK(tab.session.screen() == Screen::Start);
  REQUIRE(tab.session.notice());
  CHECK(tab.session.notice()->title == "Loaded \xE2\x80\x9CIT operations from a table\xE2\x80\x9D (version 1)");
  REQUIRE(tab.session.catalog().entries().size() == before + 1);
  const CatalogEntry* made = tab.session.catalog().Find("it-operations-from-a-table", "1");
  REQUIRE(made);
  // Statement for statement, skill by skill (the codes are made from the names).
  const Framework& shipped = Shipped(tab);
  REQUIRE(made->framework.skills.size() == shipped.skills.size());
  for (std::size_t i = 0; i < shipped.skills.size(); ++i) {
    CAPTURE(shipped.skills[i].code);
    CHECK(made->framework.skills[i].name == shipped.skills[i].name);
    CHECK(made->framework.skills[i].statements == shipped.skills[i].statements);
  }
  // Kept like a loaded framework: in storage, and the draft is gone.
  CHECK(tab.Storage().count(std::string(kStoredFrameworkPrefix) + "it-operations-from-a-table@1") == 1);
  CHECK_FALSE(tab.session.TableImportScreen().has_table);
}

TEST_CASE("the preview follows the person's choices") {
  Tab tab;
  tab.Start();
  tab.Apply(Paste(Seed000()));
  REQUIRE(tab.session.TableImportScreen().split == StatementSplit::kSemicolons);

  SUBCASE("split: whole cells") {
    TableImportAction a = Act(TableImportAction::Kind::SetSplit);
    a.split = StatementSplit::kWholeCell;
    tab.Apply(a);
    const TableImportModel m = tab.session.TableImportScreen();
    CHECK(m.split == StatementSplit::kWholeCell);
    CHECK(m.split_why == "your choice");
    REQUIRE(!m.first_skills.empty());
    for (const auto& [label, statements] : m.first_skills[0].levels) CHECK(statements.size() == 1);
  }
  SUBCASE("a column's role") {
    TableImportAction a = Act(TableImportAction::Kind::SetColumnRole);
    a.column = 4;  // the last level column: not used any more
    a.role = ColumnRole::kUnused;
    tab.Apply(a);
    const TableImportModel m = tab.session.TableImportScreen();
    CHECK(m.columns[4].choice.role == ColumnRole::kUnused);
    for (const TableSkillPreview& s : m.first_skills) CHECK(s.levels.size() == 3);
  }
  SUBCASE("a level's name") {
    TableImportAction a = Act(TableImportAction::Kind::SetLevelName);
    a.level = 1;
    a.text = "Novice";
    tab.Apply(a);
    const TableImportModel m = tab.session.TableImportScreen();
    CHECK(m.scale[0].name == "Novice");
    CHECK(m.first_skills[0].levels[0].first == "Level 1 \xC2\xB7 Novice");
  }
  SUBCASE("header, shape, format and encoding: read again") {
    TableImportAction header = Act(TableImportAction::Kind::SetHeader);
    header.flag = true;  // the first row becomes the header: one skill fewer
    tab.Apply(header);
    CHECK(tab.session.TableImportScreen().has_header);
    CHECK(tab.session.TableImportScreen().skill_count == 6);
    TableImportAction shape = Act(TableImportAction::Kind::SetShape);
    shape.shape = TableShape::kLong;
    tab.Apply(shape);
    CHECK(tab.session.TableImportScreen().shape == TableShape::kLong);
    TableImportAction format = Act(TableImportAction::Kind::SetFormat);
    format.format = TableFormat::kCsvComma;
    tab.Apply(format);
    CHECK(tab.session.TableImportScreen().format == TableFormat::kCsvComma);
    TableImportAction encoding = Act(TableImportAction::Kind::SetEncoding);
    encoding.encoding = TextEncoding::kWindows1252;
    tab.Apply(encoding);
    CHECK(tab.session.TableImportScreen().encoding == TextEncoding::kWindows1252);
  }
  SUBCASE("export the framework file without keeping it") {
    tab.Apply(Act(TableImportAction::Kind::ExportJson));
    CHECK(tab.platform.downloads().empty());  // no details yet: refused, and says why
    CHECK(tab.session.TableImportScreen().save_message.find("title") != std::string::npos);
    tab.Apply(Details("Ops matrix"));
    tab.Apply(Act(TableImportAction::Kind::ExportJson));
    REQUIRE(tab.platform.downloads().size() == 1);
    CHECK(tab.platform.downloads()[0].name == "ops-matrix-1.json");
    CHECK(LoadFramework(tab.platform.downloads()[0].bytes, "export").ok());
    CHECK(tab.session.catalog().Find("ops-matrix", "1") == nullptr);
  }
  SUBCASE("start over, and back to the start screen") {
    tab.Apply(Act(TableImportAction::Kind::StartOver));
    CHECK_FALSE(tab.session.TableImportScreen().has_table);
    tab.Apply(Act(TableImportAction::Kind::Back));
    CHECK(tab.session.screen() == Screen::Start);
  }
  SUBCASE("help and the theme") {
    tab.Apply(Act(TableImportAction::Kind::ToggleTheme));
    CHECK(tab.session.dark_theme());
    tab.Apply(Act(TableImportAction::Kind::ShowHelp));
    CHECK(tab.session.screen() == Screen::Help);
  }
}

TEST_CASE("a table by file chooser or drop; refused files change nothing") {
  Tab tab;
  tab.Start();
  const auto before = tab.Storage();
  tab.Apply(Act(TableImportAction::Kind::ChooseFile));
  REQUIRE(tab.platform.chooser_open());
  CHECK(tab.platform.chooser_accept().find(".csv") != std::string::npos);
  tab.platform.ChooseFile("team-wide.csv", ReadSourceFile("tests/data/tables/team-wide.csv"));
  CHECK(tab.session.screen() == Screen::TableImport);
  CHECK(tab.session.TableImportScreen().source == "team-wide.csv");
  CHECK(tab.session.TableImportScreen().skill_count > 0);

  tab.session.OnFileDropped(PickedFile{"sheet.TSV", "Skill\tLevel 1\nNetworking\tPlugs cables\n", 0, false, ""});
  CHECK(tab.session.TableImportScreen().source == "sheet.TSV");
  CHECK(tab.session.TableImportScreen().skill_count == 1);

  tab.Apply(Act(TableImportAction::Kind::ChooseFile));
  tab.platform.ChooseFile("huge.csv", std::string(kMaxFrameworkBytes + 1, 'a'));
  CHECK(tab.session.TableImportScreen().problem.rfind("huge.csv: the file is", 0) == 0);
  tab.Apply(Paste(std::string("PK\x03\x04", 4) + std::string(100, '\0')));
  CHECK(tab.session.TableImportScreen().problem.find("zip file") != std::string::npos);
  tab.Apply(Act(TableImportAction::Kind::Save));  // nothing to save
  auto after = tab.Storage();
  after.erase(kSettingsKey);
  auto expected = before;
  expected.erase(kSettingsKey);
  CHECK(after == expected);
}
