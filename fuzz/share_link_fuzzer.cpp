// Any text after "#p=" in the address: no crash, no undefined behaviour, never more
// text than the profile limit, and what is accepted is UTF-8.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/json/input.h"
#include "core/profile/share_link.h"
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view payload(reinterpret_cast<const char*>(data), size);
  const skillscope::ShareLinkText decoded = skillscope::DecodeShareLink(payload);
  FUZZ_CHECK(decoded.ok == decoded.message.empty());
  if (decoded.ok) {
    FUZZ_CHECK(!decoded.text.empty());
    FUZZ_CHECK(decoded.text.size() <= skillscope::kMaxProfileBytes);
    FUZZ_CHECK(skillscope::FindInvalidUtf8(decoded.text) == std::string_view::npos);
  }
  return 0;
}
