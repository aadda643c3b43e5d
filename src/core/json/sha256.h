#pragma once
// SHA-256 (FIPS 180-4), for content hashes of frameworks and profiles.
#include <string>
#include <string_view>

namespace skillscope {

// Lower-case hex digest of the bytes.
std::string Sha256Hex(std::string_view bytes);

}  // namespace skillscope
