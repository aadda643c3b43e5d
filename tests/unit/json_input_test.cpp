// Reading untrusted bytes as JSON (json_input.h): sizes, encodings, stray bytes.
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <string>

#include "core/json/input.h"

using namespace skillscope;

namespace {
constexpr std::size_t kMB = 1024u * 1024u;

// A string literal's bytes, NULs included.
template <std::size_t N>
std::string Bytes(const char (&literal)[N]) {
  return std::string(literal, N - 1);
}

// The two sizes a TooLargeMessage shows.
std::pair<std::string, std::string> Sizes(const std::string& message) {
  const std::string head = "the file is ", mid = "; the limit is ";
  REQUIRE(message.rfind(head, 0) == 0);
  const std::size_t at = message.find(mid);
  REQUIRE(at != std::string::npos);
  return {message.substr(head.size(), at - head.size()), message.substr(at + mid.size())};
}
}  // namespace

TEST_CASE("a file over the size limit is never shown at the size of the limit") {
  CHECK(TooLargeMessage(50 * kMB, 5 * kMB) == "the file is 50.0 MB; the limit is 5.0 MB");
  CHECK(TooLargeMessage(5 * kMB + 10 * 1024, 5 * kMB) == "the file is 5.01 MB; the limit is 5.00 MB");
  CHECK(TooLargeMessage(5 * kMB + 1, 5 * kMB) == "the file is 5,242,881 bytes; the limit is 5,242,880 bytes");
  CHECK(TooLargeMessage(2049, 2048) == "the file is 2,049 bytes; the limit is 2,048 bytes");
  CHECK(TooLargeMessage(700, 512) == "the file is 700 bytes; the limit is 512 bytes");
  // Every size just over the limit reads as larger than it.
  for (std::size_t over = 1; over < 200000; over += 997) {
    CAPTURE(over);
    const auto [file, limit] = Sizes(TooLargeMessage(5 * kMB + over, 5 * kMB));
    CHECK(file != limit);
  }
}

TEST_CASE("the parser's reading of a size over the limit uses the same message") {
  const std::string text(2049, ' ');
  JsonLimits limits;
  limits.max_bytes = 2048;
  CHECK(ParseUntrustedJson(text, limits).error == TooLargeMessage(2049, 2048));
}

TEST_CASE("text in another Unicode encoding is named, with or without a byte order mark") {
  const std::string json_utf16le = Bytes("{\0\"\0a\0\"\0:\0 \0" "1\0}\0");
  const std::string json_utf16be = Bytes("\0{\0\"\0a\0\"\0:\0 \0" "1\0}");
  const std::string json_utf32le = Bytes("{\0\0\0}\0\0\0");
  const std::string json_utf32be = Bytes("\0\0\0{\0\0\0}");
  CHECK(json_utf16le.size() == 16);
  const std::string utf16 = "the file is saved as UTF-16 text (without a byte order mark); save it as UTF-8 and try again";
  const std::string utf32 = "the file is saved as UTF-32 text (without a byte order mark); save it as UTF-8 and try again";
  CHECK(ParseUntrustedJson(json_utf16le).error == utf16);
  CHECK(ParseUntrustedJson(json_utf16be).error == utf16);
  CHECK(ParseUntrustedJson(json_utf32le).error == utf32);
  CHECK(ParseUntrustedJson(json_utf32be).error == utf32);
  CHECK(ParseUntrustedJson("\xFF\xFE" + json_utf16le).error ==
        "the file is saved as UTF-16 text; save it as UTF-8 and try again");
  // FF FE 00 00 is UTF-32's mark, not UTF-16's followed by a NUL.
  CHECK(ParseUntrustedJson(Bytes("\xFF\xFE\0\0") + json_utf32le).error ==
        "the file is saved as UTF-32 text; save it as UTF-8 and try again");
  CHECK(ParseUntrustedJson(Bytes("\0\0\xFE\xFF") + json_utf32be).error ==
        "the file is saved as UTF-32 text; save it as UTF-8 and try again");
}

TEST_CASE("NUL bytes: never taken for the end of the text") {
  CHECK(ParseUntrustedJson(std::string(64, '\0')).error ==
        "not a text file: every byte in it is zero (is it damaged, or a binary file?)");
  const std::string valid_then_more = Bytes("{\"a\": 1}\n\0{\"b\": 2}");
  CHECK(ParseUntrustedJson(valid_then_more).error ==
        "not valid JSON: a zero byte (NUL) at line 2, column 1 (JSON text never holds one: is the file damaged, or "
        "was something added to it?)");
  CHECK(ParseUntrustedJson(Bytes("{\"a\": \"x\0y\"}")).error.rfind("not valid JSON: a zero byte (NUL) at", 0) ==
        0);
  CHECK(ParseUntrustedJson("{\"a\": \"x\\u0000y\"}").ok());  // an escaped NUL is text, and fine here
}

TEST_CASE("anything after the JSON is refused with its place") {
  CHECK(ParseUntrustedJson("{\"a\": 1}\n{\"b\": 2}").error == "not valid JSON: more text after the end of the JSON, at line 2, column 1");
  CHECK(ParseUntrustedJson("[1] x").error == "not valid JSON: more text after the end of the JSON, at line 1, column 5");
  CHECK(ParseUntrustedJson("{\"a\": 1}\n\n  ").ok());
}

namespace {
// Seconds to parse a list of `count` small objects: the best of three tries.
double ParseSeconds(std::size_t count) {
  std::string text = "[";
  for (std::size_t i = 0; i < count; ++i) text += std::string(i ? "," : "") + R"({"code": "S", "levels": {"1": ["s"]}})";
  text += "]";
  double best = 1e9;
  for (int run = 0; run < 3; ++run) {
    const auto start = std::chrono::steady_clock::now();
    CHECK(ParseUntrustedJson(text).ok());
    best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  return best;
}
}  // namespace

TEST_CASE("parsing time grows in proportion to the file, not its square") {
  // nlohmann's callback parser rescanned the enclosing list at every closing brace:
  // 4x the objects took 16x the time (20 s for a 550 KB file). A 4x longer file may
  // take 4x as long, with room for noise, but not 8x.
  const double small = ParseSeconds(2000), large = ParseSeconds(8000);
  CAPTURE(small);
  CAPTURE(large);
  CHECK(large < 8 * small);
}

TEST_CASE("a duplicate key is named with its path, in small objects and in large ones") {
  // The path is worked out only when a duplicate is found, from the containers open then.
  CHECK(ParseUntrustedJson(R"({"a": [1, {"b": {"c": 1, "c": 2}}]})").error ==
        "duplicate key \"c\" in a[1].b (each key may appear only once)");
  CHECK(ParseUntrustedJson(R"({"a": [[], [0, {}], {"x": 1, "y": 2, "x": 3}]})").error ==
        "duplicate key \"x\" in a[2] (each key may appear only once)");
  CHECK(ParseUntrustedJson(R"({"odd key": {"k": 1, "k": 1}})").error ==
        "duplicate key \"k\" in [\"odd key\"] (each key may appear only once)");
  // An object with many keys: the duplicate is found however far apart the two are.
  for (const int repeat : {0, 15, 16, 17, 499}) {
    CAPTURE(repeat);
    std::string text = R"({"answers": {)";
    for (int i = 0; i < 500; ++i) text += "\"k" + std::to_string(i) + "\": " + std::to_string(i) + ",";
    text += "\"k" + std::to_string(repeat) + "\": 0}}";
    CHECK(ParseUntrustedJson(text).error ==
          "duplicate key \"k" + std::to_string(repeat) + "\" in answers (each key may appear only once)");
  }
  std::string distinct = "{";
  for (int i = 0; i < 500; ++i) distinct += std::string(i ? "," : "") + "\"k" + std::to_string(i) + "\": 1";
  CHECK(ParseUntrustedJson(distinct + "}").ok());
}

TEST_CASE("paths name members plainly, or quoted like JSON when they must be") {
  CHECK(JsonPathMember("", "skills") == "skills");
  CHECK(JsonPathMember("skills[2]", "levels") == "skills[2].levels");
  CHECK(JsonPathMember("skills[2].levels", "3") == "skills[2].levels[\"3\"]");
  CHECK(JsonPathMember("answers", "sfia/ITOP") == "answers[\"sfia/ITOP\"]");
  CHECK(JsonPathMember("", "") == "[\"\"]");
  CHECK(JsonPathMember("a", "say \"hi\"") == "a[\"say \\\"hi\\\"\"]");
  CHECK(JsonPathMember("a", "back\\slash") == "a[\"back\\\\slash\"]");
  CHECK(JsonPathMember("a", "tab\there") == "a[\"tab\\there\"]");
  CHECK(JsonPathMember("a", "caf\xC3\xA9") == "a[\"caf\xC3\xA9\"]");
  CHECK(JsonPathIndex("skills", 12) == "skills[12]");
}

TEST_CASE("text the app wrote itself is read back whole, and anything else is a discarded value") {
  const nlohmann::json doc = ParseKnownJson(R"({"b":[1,2.5,"x\u00e9"],"a":{"c":null}})");
  REQUIRE(doc.is_object());
  CHECK(doc.dump() == R"({"a":{"c":null},"b":[1,2.5,"xé"]})");
  CHECK(ParseKnownJson("{\"a\":").is_discarded());
  CHECK(ParseKnownJson("[1] 2").is_discarded());
  CHECK(ParseKnownJson("").is_discarded());
}

TEST_CASE("HasFormat: only an object whose \"format\" is that text, whatever else the file holds") {
  CHECK(HasFormat(nlohmann::json::parse(R"({"format":"skillscope-profile"})"), "skillscope-profile"));
  CHECK_FALSE(HasFormat(nlohmann::json::parse(R"({"format":"skillscope-team"})"), "skillscope-profile"));
  CHECK_FALSE(HasFormat(nlohmann::json::parse(R"({"format":5})"), "skillscope-profile"));
  CHECK_FALSE(HasFormat(nlohmann::json::parse(R"({"format":["skillscope-profile"]})"), "skillscope-profile"));
  CHECK_FALSE(HasFormat(nlohmann::json::parse(R"(["skillscope-profile"])"), "skillscope-profile"));
  CHECK_FALSE(HasFormat(nlohmann::json::parse(R"({})"), "skillscope-profile"));
}
