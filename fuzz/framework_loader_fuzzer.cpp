// Any bytes given to LoadFramework: no crash, no undefined behaviour, and an answer
// that is either a framework or at least one message, never both.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/framework_loader.h"
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const skillscope::FrameworkLoad load = skillscope::LoadFramework(text, "fuzz.json");
  FUZZ_CHECK(load.ok() == load.errors.empty());
  if (load.ok()) {
    // What loaded once loads again from its canonical form, to the same hash.
    const skillscope::FrameworkLoad again = skillscope::LoadFramework(load.framework->canonical_json(), "again.json");
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again.framework->content_hash() == load.framework->content_hash());
  }
  return 0;
}
