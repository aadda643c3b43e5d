// The message catalogues: English built in, others read from assets/lang files, and the
// locale wording (numbers, dates, lists, quotes) that follows the language in use.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "core/text/messages.h"
#include "core/text/plurals.h"
#include "core/text/catalogue_file.h"
#include "core/text/wording.h"

using namespace skillscope;

namespace {

// The catalogue as the bundle ships it (lang/<code>.json).
std::string LangFile(const std::string& code) {
  std::ifstream in(std::string(SKILLSCOPE_LANG_DIR) + "/" + code + ".json");
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// Uses `code`'s shipped catalogue for one test, English again afterwards.
struct InLanguage {
  explicit InLanguage(const std::string& code) {
    std::string error;
    auto catalogue = Catalogue::Read(*FindLanguage(code), LangFile(code), &error);
    REQUIRE_MESSAGE(catalogue, error);
    UseCatalogue(std::move(*catalogue));
  }
  ~InLanguage() { UseEnglish(); }
};

}  // namespace

TEST_CASE("English is built in and in use until another catalogue is chosen") {
  UseEnglish();
  CHECK(CurrentLanguage().code == "en");
  CHECK(Tr(MSG("list.last_two")) == "{0} and {1}");
  CHECK(Tr(MSG("list.last_two"), "Ann", "Bo") == "Ann and Bo");
  CHECK(Languages().front().code == "en");
  CHECK(Languages().size() == 4);
  REQUIRE(FindLanguage("fr"));
  CHECK(FindLanguage("fr")->name == "Fran\xC3\xA7" "ais");
  CHECK(FindLanguage("xx") == nullptr);
}

TEST_CASE("the browser's preferred languages pick the first one shipped, else English") {
  CHECK(MatchLanguage({"de-AT", "fr"}) == "de");
  CHECK(MatchLanguage({"pt-BR", "es-419", "fr"}) == "es");
  CHECK(MatchLanguage({"FR-ca"}) == "fr");
  CHECK(MatchLanguage({"ja", "zh-Hans"}) == "en");
  CHECK(MatchLanguage({}) == "en");
}

TEST_CASE("each shipped catalogue reads whole, and a missing message falls back to English") {
  for (const char* code : {"fr", "de", "es"}) {
    std::string error;
    auto catalogue = Catalogue::Read(*FindLanguage(code), LangFile(code), &error);
    REQUIRE_MESSAGE(catalogue, (std::string(code) + ": " + error));
    CHECK(catalogue->missing() == 0);
    CHECK(catalogue->unknown() == 0);
  }
  std::string error;
  auto partial = Catalogue::Read(*FindLanguage("fr"), R"({"list.last_two": "{0} et {1}", "no.such.key": "x"})", &error);
  REQUIRE(partial);
  CHECK(partial->unknown() == 1);
  CHECK(partial->missing() > 0);
  CHECK(partial->Text(MSG("list.last_two")) == "{0} et {1}");
  CHECK(partial->Text(MSG("list.more")) == "{0}, {1}");  // English's
}

TEST_CASE("a catalogue that is not a JSON object of messages is refused with a reason") {
  std::string error;
  CHECK_FALSE(Catalogue::Read(*FindLanguage("de"), "[1, 2]", &error));
  CHECK_FALSE(error.empty());
  error.clear();
  CHECK_FALSE(Catalogue::Read(*FindLanguage("de"), "{\"list.more\": ", &error));
  CHECK_FALSE(error.empty());
}

TEST_CASE("text taken before a language switch stays valid after it") {
  UseEnglish();
  const std::string& english = Tr(MSG("list.last_two"));
  {
    InLanguage german("de");
    CHECK(Tr(MSG("list.last_two")) == "{0} und {1}");
    CHECK(english == "{0} and {1}");
  }
  CHECK(&Tr(MSG("list.last_two")) == &english);
}

TEST_CASE("placeholders are replaced by number, and braces can be written doubled") {
  CHECK(FormatMessage("{1} before {0}", {"a", "b"}) == "b before a");
  CHECK(FormatMessage("{{0}} is {0}", {"x"}) == "{0} is x");
  CHECK(FormatMessage("{0} and {5}", {"x"}) == "x and {5}");
  CHECK(FormatMessage("{0}", {42}) == "42");
}

TEST_CASE("plural categories follow each language family's rule") {
  CHECK(PluralCategoryOf("one-other", 1) == PluralCategory::One);
  CHECK(PluralCategoryOf("one-other", 0) == PluralCategory::Other);
  CHECK(PluralCategoryOf("one-other", 2) == PluralCategory::Other);
  // French: zero and one are singular; whole millions take "de" ("un million de comp\xC3\xA9tences").
  CHECK(PluralCategoryOf("french", 0) == PluralCategory::One);
  CHECK(PluralCategoryOf("french", 1) == PluralCategory::One);
  CHECK(PluralCategoryOf("french", 2) == PluralCategory::Other);
  CHECK(PluralCategoryOf("french", 1000000) == PluralCategory::Many);
  CHECK(PluralCategoryOf("spanish", 0) == PluralCategory::Other);
  CHECK(PluralCategoryOf("spanish", 1) == PluralCategory::One);
  CHECK(PluralCategoryOf("spanish", 2000000) == PluralCategory::Many);
  CHECK(PluralCategoryOf("polish", 1) == PluralCategory::One);
  CHECK(PluralCategoryOf("polish", 22) == PluralCategory::Few);
  CHECK(PluralCategoryOf("polish", 12) == PluralCategory::Many);
  CHECK(PluralCategoryOf("polish", 21) == PluralCategory::Many);
  CHECK(PluralCategoryOf("east-slavic", 21) == PluralCategory::One);
  CHECK(PluralCategoryOf("east-slavic", 11) == PluralCategory::Many);
  CHECK(PluralCategoryOf("arabic", 0) == PluralCategory::Zero);
  CHECK(PluralCategoryOf("arabic", 2) == PluralCategory::Two);
  CHECK(PluralCategoryOf("arabic", 103) == PluralCategory::Few);
  CHECK(PluralCategoryOf("arabic", 111) == PluralCategory::Many);
  CHECK(PluralCategoryOf("arabic", 100) == PluralCategory::Other);
  CHECK(PluralLetter(PluralCategory::Other) == 'x');
}

TEST_CASE("numbers are grouped and pointed as the language writes them") {
  UseEnglish();
  CHECK(FormatInteger(999) == "999");
  CHECK(FormatInteger(1234567) == "1,234,567");
  CHECK(FormatInteger(-1234) == "-1,234");
  CHECK(FormatDecimal(2.5, 1) == "2.5");
  {
    InLanguage french("fr");
    CHECK(FormatInteger(1234567) == "1\xC2\xA0" "234\xC2\xA0" "567");
    CHECK(FormatDecimal(2.25, 2) == "2,25");
  }
  {
    InLanguage german("de");
    CHECK(FormatInteger(1234) == "1.234");
    CHECK(FormatDecimal(3.0, 1) == "3,0");
  }
  {
    InLanguage spanish("es");
    CHECK(FormatInteger(1234) == "1234");  // Spanish groups from five digits
    CHECK(FormatInteger(12345) == "12.345");
  }
}

TEST_CASE("dates, lists and quotes are worded in the language in use") {
  UseEnglish();
  CHECK(ShortDate("2026-03-05T10:00:00Z") == "5 Mar 2026");
  CHECK(MonthAndYear("2026-12") == "Dec 2026");
  CHECK(JoinAsList({"Ann", "Bo", "Cy"}) == "Ann, Bo and Cy");
  CHECK(Quoted("x") == "\xE2\x80\x9Cx\xE2\x80\x9D");
  CHECK(ShortDate("2026-13-05") == "2026-13-05");  // no such month: the date as written
  {
    InLanguage french("fr");
    // No-break spaces: a date is not broken across lines.
    CHECK(ShortDate("2026-02-01") == "1\xC2\xA0" "f\xC3\xA9vr.\xC2\xA0" "2026");
    CHECK(JoinAsList({"Ann", "Bo", "Cy"}) == "Ann, Bo et Cy");
    CHECK(Quoted("x") == "\xC2\xAB\xC2\xA0x\xC2\xA0\xC2\xBB");
  }
  {
    InLanguage german("de");
    CHECK(ShortDate("2026-02-01") == "1.\xC2\xA0" "Feb.\xC2\xA0" "2026");
  }
}

TEST_CASE("a catalogue file is read as JSON: escapes undone, anything but messages refused with where") {
  std::vector<CatalogueEntry> entries;
  std::string error;
  REQUIRE(ReadCatalogueFile(R"( {"a.b": "caf\u00e9 \ud83d\ude00 \"q\"\n", "c.d": {"one": "1", "other": "\/"}} )", &entries,
                            &error));
  REQUIRE(entries.size() == 2);
  CHECK(entries[0].key == "a.b");
  CHECK(entries[0].text == "caf\xC3\xA9 \xF0\x9F\x98\x80 \"q\"\n");
  CHECK_FALSE(entries[0].counted);
  CHECK(entries[1].counted);
  CHECK(entries[1].forms == std::vector<std::pair<std::string, std::string>>{{"one", "1"}, {"other", "/"}});
  CHECK(ReadCatalogueFile("{}", &entries, &error));
  CHECK(entries.empty());
  for (const char* bad : {"", "[1]", "{\"a.b\": 1}", "{\"a.b\": \"x\"} extra", "{\"a.b\": \"x\",}", "{\"a.b\" \"x\"}",
                          "{\"a.b\": \"\\ud800\"}", "{\"a.b\": \"\\q\"}", "{\"a.b\": \"tab\there\"}", "{\"a.b\": {\"one\": 2}}",
                          "{\"a.b\": \"open"}) {
    CAPTURE(bad);
    error.clear();
    CHECK_FALSE(ReadCatalogueFile(bad, &entries, &error));
    CHECK(error.find("(at byte ") != std::string::npos);
  }
  CHECK_FALSE(ReadCatalogueFile("{\"a.b\": 1}", &entries, &error));
  CHECK(error == "the file is not an object of messages (at byte 8)");
}
