// Broken and hostile profile files: every file in tests/data/bad-profiles/ must be
// refused by ImportProfile with exactly the first message listed in expected.txt
// ("<file name><TAB><message>"), and nothing imported. The two cases too large to
// commit (a 50 MB file, 10 000-deep nesting) are built in memory here.
#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "corpus.h"

#include "core/profile/assessment.h"
#include "core/framework/catalog.h"
#include "core/framework/loader.h"
#include "core/profile/import.h"
#include "core/profile/json.h"

using namespace skillscope;

namespace {

const std::string kSourceDir = SKILLSCOPE_SOURCE_DIR;
const std::string kCorpusDir = testing::CorpusDir("bad-profiles");

// The shipped frameworks, as the app's catalog holds them.
Catalog ShippedCatalog() {
  Catalog catalog;
  for (const char* id : {"sfia", "it-operations-matrix", "infrastructure-proficiency"}) {
    const std::string name = std::string(id) + ".json";
    CAPTURE(name);
    std::string text;
    REQUIRE(testing::ReadBytes(kSourceDir + "/frameworks/" + name, &text));
    FrameworkLoad load = LoadFramework(text, name);
    for (const std::string& e : load.errors) FAIL_CHECK(e);
    REQUIRE(load.ok());
    REQUIRE(catalog.Add(std::move(*load.framework), FrameworkOrigin::BuiltIn) == AddOutcome::Added);
  }
  return catalog;
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
  CHECK(testing::ReadExpectations(kCorpusDir).size() >= 25);
  testing::CheckCorpus("bad-profiles", [&](const std::string& bytes, const std::string& file) {
    return FirstError(bytes, file, catalog);
  });
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
