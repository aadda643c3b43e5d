// Every framework in frameworks/ loads through the core without a single problem.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "core/framework/loader.h"

using namespace skillscope;

namespace {
std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}
}  // namespace

TEST_CASE("every shipped framework loads through the core") {
  const std::filesystem::path dir = std::filesystem::path(SKILLSCOPE_SOURCE_DIR) / "frameworks";
  std::set<std::string> ids;
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".json") continue;
    ++files;
    const std::string name = entry.path().filename().string();
    CAPTURE(name);
    const FrameworkLoad load = LoadFramework(ReadFile(entry.path()), name);
    for (const std::string& e : load.errors) FAIL_CHECK(e);
    REQUIRE(load.ok());
    CHECK(ids.insert(load.framework->id).second);
    CHECK(name == load.framework->id + ".json");  // file named after its id
    CHECK_FALSE(load.framework->attribution.empty());
  }
  CHECK(files == 3);
  CHECK(ids == std::set<std::string>{"infrastructure-proficiency", "it-operations-matrix", "sfia"});
}

TEST_CASE("SFIA ITOP is defined at levels 1-5 of a 7-level scale") {
  const std::filesystem::path file = std::filesystem::path(SKILLSCOPE_SOURCE_DIR) / "frameworks" / "sfia.json";
  const FrameworkLoad load = LoadFramework(ReadFile(file), "sfia.json");
  REQUIRE(load.ok());
  const Framework& fw = *load.framework;
  CHECK(fw.scale.Highest() == 7);
  const Skill* itop = fw.FindSkill("ITOP");
  REQUIRE(itop);
  CHECK(itop->LowestDefined() == 1);
  CHECK(itop->HighestDefined() == 5);
  CHECK_FALSE(itop->DefinedAt(6));
  CHECK(LevelLabel(fw.scale, 5) == "Level 5 \xC2\xB7 Ensure, advise");
  CHECK(LevelLabel(fw.scale, 7) == "Level 7");
  CHECK(fw.attribution.find("SFIA Foundation") != std::string::npos);
}

TEST_CASE("the example in docs/framework-format.md is a valid framework") {
  const std::string doc = ReadFile(std::filesystem::path(SKILLSCOPE_SOURCE_DIR) / "docs" / "framework-format.md");
  const std::size_t start = doc.find("```json\n");
  REQUIRE(start != std::string::npos);
  const std::size_t end = doc.find("```", start + 8);
  REQUIRE(end != std::string::npos);
  const FrameworkLoad load = LoadFramework(doc.substr(start + 8, end - start - 8), "example");
  for (const std::string& e : load.errors) FAIL_CHECK(e);
  CHECK(load.ok());
}
