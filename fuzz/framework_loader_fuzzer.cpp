// Any bytes given to LoadFramework: no crash, no undefined behaviour, and an answer
// that is either a framework or at least one message, never both. And any JSON among
// them is written canonically exactly as nlohmann writes it (content hashes depend on it),
// and read exactly as nlohmann's reader alone reads it: the same document or the same message.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/json/canonical.h"
#include "core/framework/loader.h"
#include "core/json/fast_parser.h"
#include "core/json/input.h"
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const skillscope::FrameworkLoad load = skillscope::LoadFramework(text, "fuzz.json");
  FUZZ_CHECK(load.ok() == load.errors.empty());
  const skillscope::ParsedJson parsed = skillscope::ParseUntrustedJson(text);
  const skillscope::ParsedJson alone = skillscope::ParseUntrustedJsonWithNlohmann(text);
  FUZZ_CHECK(parsed.error == alone.error);
  FUZZ_CHECK(skillscope::SameJsonDocument(parsed.value, alone.value));
  // Within the reading limits (both writers recurse, as deep as the document goes).
  if (parsed.ok()) {
    const nlohmann::json& doc = parsed.value;
    FUZZ_CHECK(skillscope::CanonicalJson(doc) == doc.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  }
  if (load.ok()) {
    // What loaded once loads again from its canonical form, to the same hash.
    const skillscope::FrameworkLoad again = skillscope::LoadFramework(load.framework->canonical_json(), "again.json");
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again.framework->content_hash() == load.framework->content_hash());
  }
  return 0;
}
