// The fast JSON reader (fast_json_parser.h) builds exactly nlohmann's document for valid
// text, and leaves everything else to nlohmann's reader, so every message stays the same.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "core/json/fast_parser.h"
#include "core/json/input.h"
#include "corpus.h"

using namespace skillscope;
using nlohmann::json;

namespace {

// nlohmann's reading of the same text, strict and without comments.
json Nlohmann(const std::string& text) { return json::parse(text, nullptr, /*allow_exceptions=*/false); }

void CheckSameAsNlohmann(const std::string& text) {
  INFO(text);
  const std::optional<json> fast = FastParseJson(text, 64);
  REQUIRE(fast.has_value());
  const json expected = Nlohmann(text);
  REQUIRE(!expected.is_discarded());
  CHECK(SameJsonDocument(*fast, expected));
}

}  // namespace

TEST_CASE("valid JSON is read into nlohmann's document, value type for value type") {
  for (const char* text : {
           "0", "-0", "1", "-1", "42", "18446744073709551615", "18446744073709551616", "-9223372036854775808",
           "-9223372036854775809", "1.5", "-0.0", "1e3", "1E+3", "2.5e-8", "0.1", "100.0", "1e308", "4.9e-324",
           "123456789012345678901234567890", "true", "false", "null", "\"\"", "[]", "{}",
           " \t\r\n{ \"a\" : [ 1 , 2 ] , \"b\" : { } } \n",
           R"({"z": 1, "a": 2, "m": [true, false, null, "x", -3, 4.25e2]})",
           R"("\" \\ \/ \b \f \n \r \t \u0000 \u001f \u00e9 \u20AC \ud83d\ude00 \uD7FF \uE000 \uFFFF")",
           "\"caf\xC3\xA9 \xE2\x80\x94 \xE6\x97\xA5\xE6\x9C\xAC \xF0\x9F\x98\x80 \xF4\x8F\xBF\xBF \x7F\"",
           "\xEF\xBB\xBF{\"after a byte order mark\": 1}",
           R"([[[[[[[[[[{"deep": [[[]]]}]]]]]]]]]])",
       }) {
    CheckSameAsNlohmann(text);
  }
  // Numbers keep nlohmann's types: unsigned without a sign, signed with one, else float.
  CHECK(FastParseJson("7", 64)->is_number_unsigned());
  CHECK(FastParseJson("-7", 64)->is_number_integer());
  CHECK(FastParseJson("7.0", 64)->is_number_float());
  CHECK(FastParseJson("18446744073709551616", 64)->is_number_float());
}

TEST_CASE("anything that is not plain valid JSON is left to nlohmann's reader") {
  for (const char* text : {
           "", " ", "{", "}", "[1,]", "[,1]", "{\"a\":1,}", "{\"a\" 1}", "{a:1}", "{\"a\":1 \"b\":2}", "[1 2]",
           "01", "-", "+1", ".5", "1.", "1e", "1e+", "-a", "1x", "0x10", "1e999", "-1e999", "NaN", "Infinity",
           "tru", "truex", "nul", "True", "\"open", "\"bad \\x escape\"", "\"\\u12\"", "\"\\u12G4\"",
           "\"\\ud83d\"", "\"\\ud83d\\u0041\"", "\"\\ude00\"", "\"\\ud83d\\\"", "\"tab\there\"", "\"unit\x1Fseparator\"",
           "\"\xC0\xAF\"", "\"\xC3\"", "\"\xE2\x80\"", "\"\xED\xA0\x80\"", "\"\xF4\x90\x80\x80\"", "\"\xFF\"",
           "\xEF\xBB{}", "{} {}", "[] x", "/* comment */ 1", "1 // comment", "'single'",
       }) {
    INFO(text);
    CHECK_FALSE(FastParseJson(text, 64).has_value());
  }
  CHECK_FALSE(FastParseJson(std::string("[1]\0", 4), 64).has_value());
  CHECK_FALSE(FastParseJson(std::string("\"a\0b\"", 5), 64).has_value());
  CHECK_FALSE(FastParseJson("{\"a\":1,\"a\":2}", 64).has_value());  // named by the slow reader
  CHECK(FastParseJson("[[[1]]]", 3).has_value());
  CHECK_FALSE(FastParseJson("[[[1]]]", 2).has_value());
  CHECK_FALSE(FastParseJson("[{\"a\":[1]}]", 2).has_value());
}

TEST_CASE("every JSON file in the repository, good or broken, reads as nlohmann's reader alone reads it") {
  const std::filesystem::path root(SKILLSCOPE_SOURCE_DIR);
  int good = 0, refused = 0;
  for (const char* dir : {"frameworks", "tests/data", "tests/e2e/fixtures"}) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root / dir)) {
      if (!entry.is_regular_file() || entry.path().filename() == "expected.txt") continue;
      std::string text;
      REQUIRE(testing::ReadBytes(entry.path().string(), &text));
      INFO(entry.path().string());
      const ParsedJson both = ParseUntrustedJson(text), alone = ParseUntrustedJsonWithNlohmann(text);
      CHECK(both.error == alone.error);
      CHECK(SameJsonDocument(both.value, alone.value));
      ++(both.ok() ? good : refused);
    }
  }
  CHECK(good > 40);     // the shipped frameworks, fixtures and sample files
  CHECK(refused > 40);  // the corpora of broken files
}
