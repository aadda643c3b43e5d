// Any bytes imported as a profile file against the shipped frameworks: no crash, no
// undefined behaviour; a profile or errors, never both; and what imports is written
// and read back unchanged (the store saves it and reads it at the next start).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/profile/import.h"
#include "core/profile/json.h"
#include "fuzz_check.h"
#include "shipped_catalog.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const skillscope::ImportReport report = skillscope::ImportProfile(text, "fuzz.json", skillscope::fuzz::ShippedCatalog());
  FUZZ_CHECK(report.ok() == report.errors.empty());
  if (report.ok()) {
    const skillscope::ProfileRead again = skillscope::ReadProfile(skillscope::ProfileToJson(*report.profile), "saved");
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(*again.profile == *report.profile);
  }
  return 0;
}
