// The canonical JSON writer (canonical_json.h) writes exactly what nlohmann's dump()
// writes: every content hash already given out depends on it.
#include <doctest/doctest.h>

#include <filesystem>
#include <limits>
#include <string>

#include "core/json/canonical.h"
#include "core/json/input.h"
#include "corpus.h"

using namespace skillscope;
using nlohmann::json;

namespace {
std::string Dump(const json& value) { return value.dump(-1, ' ', false, json::error_handler_t::replace); }
}  // namespace

TEST_CASE("every byte a string may hold is written as nlohmann writes it") {
  std::string all;
  for (int c = 1; c < 0x80; ++c) all += static_cast<char>(c);  // controls, quote, backslash, DEL
  const json doc = {
      {"ascii", all},
      {"empty", ""},
      {"nul", std::string("a\0b", 3)},
      {"utf8", "caf\xC3\xA9 \xE2\x80\x94 \xE6\x97\xA5\xE6\x9C\xAC \xF0\x9F\x98\x80 \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D"},
      {"not utf8", "bad \xFF byte, cut \xE2\x80 and lone \xED\xA0\x80 surrogate"},
      {"line\nbreak \"key\"", "\\"},
  };
  CHECK(CanonicalJson(doc) == Dump(doc));
  CHECK(CanonicalJson(doc).find("\\u001f") != std::string::npos);  // lowercase, as nlohmann
}

TEST_CASE("numbers, literals and nesting are written as nlohmann writes them") {
  const json doc = json::parse(
      R"({"z": [], "a": {}, "n": [0, -1, 1, 99, -9223372036854775808, 18446744073709551615, 1.5, -0.0, 1e300,
          0.1, 2.5e-8, 100.0], "t": true, "f": false, "nil": null, "deep": [[[{"b": [1, {"a": "x"}]}]]]})");
  REQUIRE(doc["n"][4].is_number_integer());
  REQUIRE(doc["n"][5].is_number_unsigned());
  CHECK(CanonicalJson(doc) == Dump(doc));
  CHECK(CanonicalJson(json::array()) == "[]");
  CHECK(CanonicalJson(json(std::numeric_limits<std::int64_t>::min())) == "-9223372036854775808");
}

TEST_CASE("every framework and profile file in the repository canonicalises as nlohmann writes it") {
  const std::filesystem::path root(SKILLSCOPE_SOURCE_DIR);
  int documents = 0;
  for (const char* dir : {"frameworks", "tests/data", "tests/e2e/fixtures"}) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root / dir)) {
      if (entry.path().extension() != ".json") continue;
      std::string text;
      REQUIRE(testing::ReadBytes(entry.path().string(), &text));
      const json doc = ParseKnownJson(text);
      if (doc.is_discarded()) continue;  // the corpora hold broken files on purpose
      INFO(entry.path().string());
      CHECK(CanonicalJson(doc) == Dump(doc));
      ++documents;
    }
  }
  CHECK(documents > 20);
}
