// Any bytes handed over as a table (a file, a drop, a paste): no crash, no undefined
// behaviour; the text is UTF-8 when it was read; a conversion without errors gives
// skills that each have a code, a name and statements, and saves to a framework file
// that loads again, when its details are given. (With errors, a skill may lack its code:
// the error says why, and saving is refused.)
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/json/input.h"
#include "core/table/import.h"
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace skillscope;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const TableImport import = ImportTable(bytes, {});
  FUZZ_CHECK(import.text.ok() == import.text.error.empty());
  if (!import.text.ok()) return 0;
  FUZZ_CHECK(FindInvalidUtf8(import.text.text) == std::string_view::npos);
  if (!import.ok()) return 0;
  for (const SkillFromTable& s : import.conversion.skills) {
    FUZZ_CHECK(!s.skill.code.empty());
    FUZZ_CHECK(!s.skill.name.empty());
    FUZZ_CHECK(!s.skill.statements.empty());
  }
  FrameworkDetails details;
  details.title = "Fuzzed table";
  details.version = "1";
  details.source = "fuzzer";
  details.attribution = "none";
  const FrameworkFile file = SaveImportedTable(import, details, "fuzzed.csv");
  // Too large is the one refusal a clean conversion may still meet.
  if (file.ok()) FUZZ_CHECK(file.load.ok());
  return 0;
}
