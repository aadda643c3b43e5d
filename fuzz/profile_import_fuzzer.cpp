// Any bytes imported as a profile file against the shipped frameworks: no crash, no
// undefined behaviour; a profile or errors, never both; and what imports is written
// and read back unchanged (the store saves it and reads it at the next start).
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include "core/framework/catalog.h"
#include "core/framework/loader.h"
#include "core/profile/import.h"
#include "core/profile/json.h"
#include "fuzz_check.h"

namespace {

const skillscope::Catalog& ShippedCatalog() {
  static const skillscope::Catalog catalog = [] {
    skillscope::Catalog c;
    for (const auto& entry : std::filesystem::directory_iterator(SKILLSCOPE_FRAMEWORKS_DIR)) {
      std::ifstream in(entry.path(), std::ios::binary);
      std::ostringstream text;
      text << in.rdbuf();
      skillscope::FrameworkLoad load = skillscope::LoadFramework(text.str(), entry.path().filename().string());
      FUZZ_CHECK(load.ok());
      c.Add(std::move(*load.framework), skillscope::FrameworkOrigin::BuiltIn);
    }
    return c;
  }();
  return catalog;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const skillscope::ImportReport report = skillscope::ImportProfile(text, "fuzz.json", ShippedCatalog());
  FUZZ_CHECK(report.ok() == report.errors.empty());
  if (report.ok()) {
    const skillscope::ProfileRead again = skillscope::ReadProfile(skillscope::ProfileToJson(*report.profile), "saved");
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(*again.profile == *report.profile);
  }
  return 0;
}
