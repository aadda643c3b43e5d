// Broken and hostile profile files: every file in tests/data/bad-profiles/ must be
// refused by ImportProfile with exactly the first message listed in expected.txt
// ("<file name><TAB><message>"), and nothing imported. The two cases too large to
// commit (a 50 MB file, 10 000-deep nesting) are built in memory here.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#include "core/assessment.h"
#include "core/catalog.h"
#include "core/framework_loader.h"
#include "core/profile_import.h"
#include "core/profile_json.h"

using namespace skillscope;

namespace {

const std::string kSourceDir = SKILLSCOPE_SOURCE_DIR;
const std::string kCorpusDir = kSourceDir + "/tests/data/bad-profiles";

// The whole file, byte for byte; false when it cannot be opened.
bool ReadBytes(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream text;
  text << in.rdbuf();
  *out = text.str();
  return true;
}

// The shipped frameworks, as the app's catalog holds them.
Catalog ShippedCatalog() {
  Catalog catalog;
  for (const char* id : {"sfia", "it-operations-matrix", "infrastructure-proficiency"}) {
    const std::string name = std::string(id) + ".json";
    CAPTURE(name);
    std::string text;
    REQUIRE(ReadBytes(kSourceDir + "/frameworks/" + name, &text));
    FrameworkLoad load = LoadFramework(text, name);
    for (const std::string& e : load.errors) FAIL_CHECK(e);
    REQUIRE(load.ok());
    REQUIRE(catalog.Add(std::move(*load.framework), FrameworkOrigin::BuiltIn) == AddOutcome::Added);
  }
  return catalog;
}

struct Expectation {
  std::string file;
  std::string message;
};

std::vector<Expectation> ReadExpectations() {
  std::vector<Expectation> out;
  std::string text;
  REQUIRE(ReadBytes(kCorpusDir + "/expected.txt", &text));
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    const std::size_t tab = line.find('\t');
    CAPTURE(line);
    REQUIRE(tab != std::string::npos);
    out.push_back({line.substr(0, tab), line.substr(tab + 1)});
  }
  return out;
}

// The message ImportProfile gives first; "" (and a failed check) when it accepted the text.
std::string FirstError(const std::string& text, const std::string& name, const Catalog& catalog) {
  const ImportReport report = ImportProfile(text, name, catalog);
  CHECK_FALSE(report.ok());
  CHECK_FALSE(report.errors.empty());
  return report.errors.empty() ? std::string() : report.errors.front();
}

// The profile every corpus file started from, before it was broken (see expected.txt).
const char* const kCorpusBaseline = R"({
  "format": "skillscope-profile",
  "schemaVersion": 2,
  "app": "skillscope 0.1.0",
  "id": "p-1",
  "name": "Q4 review",
  "person": "",
  "created": "2026-11-22T09:00:00Z",
  "updated": "2026-11-22T09:00:00Z",
  "frameworks": [{"id": "sfia", "version": "1.0.0", "hash": ""}],
  "selection": ["sfia/ITOP"],
  "answers": {"sfia/ITOP": {"status": "level", "mode": "quick", "level": 3, "target": 4}},
  "snapshots": []
})";

}  // namespace

TEST_CASE("bad profiles: every file in the corpus is refused with its expected message") {
  const Catalog catalog = ShippedCatalog();
  const std::vector<Expectation> expected = ReadExpectations();
  CHECK(expected.size() >= 25);

  std::set<std::string> listed;
  for (const Expectation& e : expected) {
    CAPTURE(e.file);
    CHECK_MESSAGE(listed.insert(e.file).second, "listed twice in expected.txt");
    std::string text;
    if (!ReadBytes(kCorpusDir + "/" + e.file, &text)) {
      FAIL_CHECK("cannot read the corpus file");
      continue;
    }
    CHECK(FirstError(text, e.file, catalog) == e.message);
  }

  // Every file in the directory is listed (a new case without an expectation fails).
  std::error_code ec;
  std::filesystem::directory_iterator it(kCorpusDir, ec), end;
  REQUIRE_FALSE(ec);
  int files = 0;
  for (; it != end; it.increment(ec)) {
    if (ec) break;
    const std::string name = it->path().filename().string();
    if (name == "expected.txt") continue;
    ++files;
    CAPTURE(name);
    CHECK_MESSAGE(listed.count(name) == 1, "a corpus file is missing from expected.txt");
  }
  CHECK_FALSE(ec);
  CHECK(static_cast<std::size_t>(files) == expected.size());
}

TEST_CASE("bad profiles: a 50 MB file is refused by its size before it is parsed") {
  const Catalog catalog = ShippedCatalog();
  // Valid-looking JSON: a well-formed profile whose name is 50 MB long.
  std::string text = R"({"format":"skillscope-profile","schemaVersion":2,"id":"p-1","name":")";
  text.append(50u * 1024u * 1024u, 'x');
  text += R"(","frameworks":[],"selection":[],"answers":{},"snapshots":[]})";
  CHECK(FirstError(text, "huge.json", catalog) == "huge.json: the file is 50.0 MB; the limit is 5.0 MB");
}

TEST_CASE("bad profiles: 10 000-deep nesting is refused by its depth before it is parsed") {
  const Catalog catalog = ShippedCatalog();
  const std::string head = R"({"format":"skillscope-profile","schemaVersion":2,"id":"p-1","x-deep":)";
  std::string text = head;
  text.append(10000, '[');
  text.append(10000, ']');
  text += R"(,"frameworks":[],"selection":[],"answers":{},"snapshots":[]})";
  // The top-level object is level 1, so the 64th '[' is the first one too deep.
  const std::string where = "line 1, column " + std::to_string(head.size() + 64);
  CHECK(FirstError(text, "deep.json", catalog) == "deep.json: nested more than 64 levels deep at " + where);
}

TEST_CASE("bad profiles: positive controls import (the checks are not refusing everything)") {
  const Catalog catalog = ShippedCatalog();

  SUBCASE("the corpus baseline, before it was broken") {
    const ImportReport report = ImportProfile(kCorpusBaseline, "baseline.json", catalog);
    for (const std::string& e : report.errors) FAIL_CHECK(e);
    REQUIRE(report.ok());
    CHECK(report.warnings.empty());
    CHECK(report.profile->answers.at("sfia/ITOP").level == 3);
    CHECK(report.profile->answers.at("sfia/ITOP").target == 4);
  }

  SUBCASE("a profile made and exported by the core") {
    const CatalogEntry* sfia = catalog.Find("sfia", "1.0.0");
    const CatalogEntry* ops = catalog.Find("it-operations-matrix", "1.0.0");
    REQUIRE(sfia);
    REQUIRE(ops);
    const std::string now = "2026-11-22T09:00:00Z";
    Profile p = NewProfile("p-1", "Q4 review", "Zo\xC3\xAB", now,
                           {{&sfia->framework, "ITOP"}, {&ops->framework, "CLOUD"}});
    const Skill* itop = sfia->framework.FindSkill("ITOP");
    REQUIRE(itop);
    REQUIRE(ChooseLevel(p.answers["sfia/ITOP"], *itop, 3, now));
    REQUIRE(SetTarget(p.answers["sfia/ITOP"], *itop, 4, now));
    MarkNotApplicable(p.answers["it-operations-matrix/CLOUD"], now);
    p.snapshots.push_back({"s-1", "Before", now, p.answers});

    const ImportReport report = ImportProfile(ProfileToJson(p, 2), "good.json", catalog);
    for (const std::string& e : report.errors) FAIL_CHECK(e);
    REQUIRE(report.ok());
    CHECK(report.warnings.empty());
    CHECK(report.missing.empty());
    CHECK(*report.profile == p);
  }
}
