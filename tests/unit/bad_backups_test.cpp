// Broken backup files: every file in tests/data/bad-backups/ must be refused by
// ReadBackup with exactly the first message listed in expected.txt, and nothing read.
#include <doctest/doctest.h>

#include <string>

#include "corpus.h"

#include "core/framework/catalog.h"
#include "core/framework/loader.h"
#include "core/profile/backup.h"

using namespace skillscope;

TEST_CASE("bad backups: each file gets its exact message, and nothing is read from it") {
  Catalog catalog;
  std::string sfia;
  REQUIRE(testing::ReadBytes(std::string(SKILLSCOPE_SOURCE_DIR) + "/frameworks/sfia.json", &sfia));
  FrameworkLoad load = LoadFramework(sfia, "sfia.json");
  REQUIRE(load.ok());
  catalog.Add(std::move(*load.framework), FrameworkOrigin::BuiltIn);
  testing::CheckCorpus("bad-backups", [&](const std::string& bytes, const std::string& file) {
    const BackupRead read = ReadBackup(bytes, file, catalog);
    CHECK_FALSE(read.ok());
    return read.errors.empty() ? std::string() : read.errors.front();
  });
}
