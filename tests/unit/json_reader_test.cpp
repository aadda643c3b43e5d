// The reader methods for untrusted JSON (json_reader.h): one message per failure.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/json/reader.h"

using namespace skillscope;
using nlohmann::json;

namespace {
// The one problem a reader collected ("" when none, a failed check when several).
std::string Only(const JsonReader& r) {
  const std::vector<std::string> messages = r.Messages("");
  CHECK(messages.size() <= 1);
  return messages.empty() ? std::string() : messages.front();
}
}  // namespace

TEST_CASE("integers: out-of-range doubles are refused before any conversion") {
  // 1e41 cast to long long is undefined behaviour; the sanitizer build fails if it happens.
  for (const char* text : {R"({"n": 1e41})", R"({"n": -1e41})", R"({"n": 1e300})", R"({"n": 9.3e18})"}) {
    CAPTURE(text);
    JsonReader r;
    CHECK_FALSE(r.Integer(json::parse(text), "", "n", true, 0, 99));
    CHECK(Only(r).rfind("n: expected a whole number from 0 to 99, found ", 0) == 0);
  }
  JsonReader r;
  CHECK(r.Integer(json::parse(R"({"n": 3.0})"), "", "n", true, 0, 99) == 3);
  CHECK_FALSE(r.Integer(json::parse(R"({"n": 2.5})"), "", "n", true, 0, 99));
  CHECK(Only(r) == "n: expected a whole number from 0 to 99, found 2.5");
}

TEST_CASE("lists: the wrong type, an empty list, and a list over its limit each say so") {
  JsonReader r;
  CHECK(r.List(json::array({1, 2}), "xs", "ratings", 2) != nullptr);
  CHECK(r.ok());
  CHECK(r.List(json::array({1, 2, 3}), "xs", "ratings", 2) == nullptr);
  CHECK(Only(r) == "xs: 3 ratings is more than the limit of 2");
  JsonReader wrong_type;
  CHECK(wrong_type.List(json::object(), "xs", "ratings", 2) == nullptr);
  CHECK(Only(wrong_type) == "xs: expected a list of ratings, found an object");
  JsonReader empty;
  CHECK(empty.List(json::array(), "xs", "skills", 2, /*non_empty=*/true) == nullptr);
  CHECK(Only(empty) == "xs: expected a non-empty list of skills, found an empty list");
  JsonReader missing;
  CHECK(missing.ListField(json::object(), "", "xs", "skills", 2, /*required=*/true) == nullptr);
  CHECK(Only(missing) == "missing required field \"xs\"");
}

TEST_CASE("choices: the message lists the allowed values") {
  JsonReader r;
  CHECK(r.Choice("b", "k", {"a", "b"}) == 1u);
  CHECK_FALSE(r.Choice("c", "k", {"a", "b"}));
  CHECK(Only(r) == "k: expected one of \"a\", \"b\", found \"c\"");
  JsonReader number;
  CHECK_FALSE(number.Choice(3, "k", {"a", "b"}));
  CHECK(Only(number) == "k: expected one of \"a\", \"b\", found a number");
}

TEST_CASE("level keys: not a number, and a number not on the scale, are different messages") {
  const LevelScale one_to_five{[](int n) { return n >= 1 && n <= 5; }, "this framework's scale (1-5)"};
  JsonReader r;
  CHECK(r.LevelKey("3", "levels[\"3\"]", one_to_five) == 3);
  for (const char* key : {"03", "+1", "1.0", "", "three", " 1"}) {
    CAPTURE(key);
    JsonReader bad;
    CHECK_FALSE(bad.LevelKey(key, "p", one_to_five));
    CHECK(Only(bad) == "p: level keys must be whole numbers written like \"1\"");
  }
  JsonReader off;
  CHECK_FALSE(off.LevelKey("100", "p", one_to_five));
  CHECK(Only(off) == "p: level 100 is not on this framework's scale (1-5)");
  JsonReader huge;
  CHECK_FALSE(huge.LevelKey("123456789012345678901234567890", "p", AnyLevelScale()));
  CHECK(Only(huge) == "p: level 123456789012\xE2\x80\xA6 is not on any scale (levels go from 0 to 99)");
  JsonReader zero;
  CHECK(zero.LevelKey("0", "p", AnyLevelScale()) == 0);
}

TEST_CASE("free text: empty allowed unless required, control characters dropped") {
  JsonReader r;
  CHECK(r.FreeText(json::parse(R"({"t": "a\u0001b\nc"})"), "", "t", 10) == "ab\nc");
  CHECK(r.FreeText(json::parse(R"({"t": ""})"), "", "t", 10).empty());
  CHECK(r.FreeText(json::object(), "", "t", 10).empty());
  CHECK(r.ok());
  CHECK(r.FreeText(json::parse(R"({"t": " "})"), "", "t", 10, "the name").empty());
  CHECK(Only(r) == "t: the name is missing or empty");
  JsonReader long_text;
  long_text.FreeText(json::parse(R"({"t": "abcdef"})"), "", "t", 5);
  CHECK(Only(long_text) == "t: text is 6 characters long; the limit is 5");
}

TEST_CASE("messages carry the prefix, and say when the list was cut") {
  JsonReader r;
  for (std::size_t i = 0; i < JsonReader::kMaxProblems + 5; ++i) r.Report("p", "m");
  const std::vector<std::string> messages = r.Messages("f.json: ");
  REQUIRE(messages.size() == JsonReader::kMaxProblems + 1);
  CHECK(messages.front() == "f.json: p: m");
  CHECK(messages.back() == "f.json: (further problems not listed)");
}

TEST_CASE("a long value is shortened in messages") {
  CHECK(QuoteJson(std::string(10, 'x')) == "\"xxxxxxxxxx\"");
  CHECK(QuoteJson(std::string(1000, 'x')) == "\"" + std::string(48, 'x') + "\xE2\x80\xA6\"");
  CHECK(QuoteJson(json::array({1})) == "an array");
  CHECK(QuoteJson(2.5) == "2.5");
}

TEST_CASE("a taken text is moved out of the document, and refused as TextItem refuses it") {
  json list = json::array({"A statement of some length, longer than any short-string buffer.", "  ", 7});
  JsonReader r;
  CHECK(r.TakeTextItem(list[0], "levels[\"2\"]", 0, "statement") ==
        "A statement of some length, longer than any short-string buffer.");
  CHECK(list[0] == "");  // moved, not copied
  CHECK_FALSE(r.TakeTextItem(list[1], "levels[\"2\"]", 1, "statement").has_value());
  CHECK(list[1] == "  ");  // a refused text stays where it was
  CHECK(Only(r) == "levels[\"2\"][1]: statement is empty");
  JsonReader typed;
  CHECK_FALSE(typed.TakeTextItem(list[2], "levels[\"2\"]", 2, "statement").has_value());
  CHECK(Only(typed) == "levels[\"2\"][2]: expected statement (a string), found a number");
}
