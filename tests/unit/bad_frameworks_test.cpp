// Broken and hostile framework files: every file in tests/data/bad-frameworks/ must be
// refused by LoadFramework with exactly the first message listed in expected.txt.
#include <doctest/doctest.h>

#include <string>

#include "corpus.h"

#include "core/framework/loader.h"

using namespace skillscope;

TEST_CASE("bad frameworks: every file in the corpus is refused with its expected message") {
  testing::CheckCorpus("bad-frameworks", [](const std::string& bytes, const std::string& file) {
    const FrameworkLoad load = LoadFramework(bytes, file);
    CHECK_FALSE(load.ok());
    return load.errors.empty() ? std::string() : load.errors.front();
  });
}
