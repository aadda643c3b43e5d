#pragma once
// The canonical text of a JSON document: one line, no spaces, object keys in byte order,
// strings as they are (only what JSON requires is escaped). A framework's content hash
// is the SHA-256 of this text, so it must never change: it is exactly what
// nlohmann::json's dump(-1, ' ', false, error_handler_t::replace) writes.
//
// Why a writer of our own: nlohmann's serializer is shared by every file that writes
// JSON, so it is compiled for size like them, and it took about 115 ms for a 4 MB
// framework in the browser. This one is compiled for speed (CMakeLists.txt) and hands
// the rare values whose text takes more than copying (floating-point numbers, strings
// that are not valid UTF-8) to nlohmann, so their text stays identical.
#include <cstddef>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace skillscope {

// `expected_size` is room to make at once: the size of the text the value was read from
// is a good guess (its canonical form is no longer unless it escaped less), and saves
// growing a megabytes-long string step by step.
std::string CanonicalJson(const nlohmann::json& value, std::size_t expected_size = 0);

// One string as CanonicalJson writes it, with its quotes, appended to `out`: for other
// JSON writers (the accessibility tree), so there is one escaper.
void AppendCanonicalJsonString(std::string_view text, std::string& out);

}  // namespace skillscope
