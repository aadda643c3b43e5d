// Raw bytes to the inflater directly (the share-link target reaches it only through
// base64url text): no crash, no undefined behaviour, the limit always holds, and a
// problem is described exactly when the stream is truncated or invalid.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/profile/inflate.h"
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  constexpr std::size_t kLimit = 1u << 20;
  const std::string_view compressed(reinterpret_cast<const char*>(data), size);
  const skillscope::InflateResult result = skillscope::InflateRaw(compressed, kLimit);
  FUZZ_CHECK(result.output.size() <= kLimit);
  switch (result.status) {
    case skillscope::InflateStatus::Ok:
    case skillscope::InflateStatus::TooLarge: FUZZ_CHECK(result.problem.empty()); break;
    case skillscope::InflateStatus::Truncated:
    case skillscope::InflateStatus::Invalid: FUZZ_CHECK(!result.problem.empty()); break;
  }
  return 0;
}
