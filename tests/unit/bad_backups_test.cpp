// Broken backup files: every file in tests/data/bad-backups/ must be refused by
// ReadBackup with exactly the first message listed in expected.txt, and nothing read.
#include <doctest/doctest.h>

#include <string>

#include "corpus.h"

#include "core/framework/catalog.h"
#include "core/framework/loader.h"
#include "core/profile/backup.h"

using namespace skillscope;

namespace {

Catalog SfiaCatalog() {
  Catalog catalog;
  std::string sfia;
  REQUIRE(testing::ReadBytes(std::string(SKILLSCOPE_SOURCE_DIR) + "/frameworks/sfia.json", &sfia));
  FrameworkLoad load = LoadFramework(sfia, "sfia.json");
  REQUIRE(load.ok());
  catalog.Add(std::move(*load.framework), FrameworkOrigin::BuiltIn);
  return catalog;
}

}  // namespace

TEST_CASE("bad backups: each file gets its exact message, and nothing is read from it") {
  const Catalog catalog = SfiaCatalog();
  testing::CheckCorpus("bad-backups", [&](const std::string& bytes, const std::string& file) {
    const BackupRead read = ReadBackup(bytes, file, catalog);
    CHECK_FALSE(read.ok());
    CHECK(read.profiles.empty());
    CHECK(read.people.empty());
    CHECK(read.frameworks.empty());
    CHECK(read.settings.empty());
    return read.errors.empty() ? std::string() : read.errors.front();
  });
}

// The good file beside the corpus (and the backup fuzzer's seed that passes every check).
TEST_CASE("the sample backup reads whole") {
  std::string bytes;
  REQUIRE(testing::ReadBytes(std::string(SKILLSCOPE_SOURCE_DIR) + "/tests/data/sample-backup.json", &bytes));
  const BackupRead read = ReadBackup(bytes, "sample-backup.json", SfiaCatalog());
  REQUIRE_MESSAGE(read.ok(), (read.errors.empty() ? std::string("ok") : read.errors.front()));
  CHECK(read.created == "2026-11-30T09:00:00Z");
  REQUIRE(read.profiles.size() == 1);
  CHECK(read.profiles[0].answers.at("sfia/ITOP").level == 3);
  REQUIRE(read.people.size() == 1);
  CHECK(read.people[0].person == "Kim Lee");
  CHECK(read.settings.at("skillscope.v1.settings") == "{\"theme\": \"dark\"}");
}
