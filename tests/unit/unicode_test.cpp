// Every character kept: 4-byte UTF-8, JSON escapes with surrogate pairs, combining
// marks, and the person's text through export, import, the SVG and the report.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "core/profile/assessment.h"
#include "core/chart/data.h"
#include "core/text/file_names.h"
#include "core/json/input.h"
#include "core/profile/json.h"
#include "core/chart/report.h"
#include "core/chart/svg.h"
#include "core/text/unicode.h"

using namespace skillscope;

namespace {
// "Zoë — ☕ 🚀 日本語 Ελληνικά Кириллица עברית", written out byte by byte.
const std::string kMixed =
    "Zo\xC3\xAB \xE2\x80\x94 \xE2\x98\x95 \xF0\x9F\x9A\x80 \xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E "
    "\xCE\x95\xCE\xBB\xCE\xBB\xCE\xB7\xCE\xBD\xCE\xB9\xCE\xBA\xCE\xAC "
    "\xD0\x9A\xD0\xB8\xD1\x80\xD0\xB8\xD0\xBB\xD0\xBB\xD0\xB8\xD1\x86\xD0\xB0 \xD7\xA2\xD7\x91\xD7\xA8\xD7\x99\xD7\xAA";
const std::string kRocket = "\xF0\x9F\x9A\x80";  // U+1F680, four bytes

Profile ProfileWithText(const std::string& text) {
  Profile p;
  p.id = "p-1";
  p.name = text;
  p.person = text;
  p.created = p.updated = "2026-11-22T09:00:00Z";
  p.frameworks = {{"sfia", "1.0.0", "sha256:" + std::string(64, 'a')}};
  p.selection = {"sfia/ITOP"};
  Answer a;
  a.kind = AnswerKind::Level;
  a.level = 3;
  a.notes = text;
  a.updated = p.updated;
  p.answers["sfia/ITOP"] = a;
  return p;
}
}  // namespace

TEST_CASE("4-byte UTF-8 decodes to one code point and encodes back to the same bytes") {
  std::size_t pos = 0;
  CHECK(NextCodePoint(kRocket, &pos) == 0x1F680);
  CHECK(pos == 4);
  CHECK(EncodeUtf8(U"\U0001F680") == kRocket);
  const std::u32string cps = DecodeUtf8(kMixed);
  CHECK(cps.size() == 38);
  CHECK(cps[8] == 0x1F680);
  CHECK(EncodeUtf8(cps) == kMixed);
  CHECK(FindInvalidUtf8(kMixed) == std::string_view::npos);
  // The highest code point, and the first one past it.
  CHECK(EncodeUtf8(U"\U0010FFFF") == "\xF4\x8F\xBF\xBF");
  CHECK(FindInvalidUtf8("\xF4\x90\x80\x80") == 0);
}

TEST_CASE("malformed UTF-8 decodes to U+FFFD one byte at a time and is found where it is") {
  const struct {
    std::string bytes;
    std::size_t bad_at;
  } cases[] = {
      {"a\xC0\xAFz", 1},          // overlong '/'
      {"ab\xED\xA0\x80", 2},      // a UTF-16 surrogate written as UTF-8
      {"\xF0\x9F\x9A", 0},        // a rocket cut short
      {"ok \x80", 3},             // a lone continuation byte
      {"\xF8\x88\x80\x80\x80", 0},  // five-byte forms are not UTF-8
  };
  for (const auto& c : cases) {
    CAPTURE(c.bytes);
    CHECK(FindInvalidUtf8(c.bytes) == c.bad_at);
    std::size_t pos = c.bad_at;
    CHECK(NextCodePoint(c.bytes, &pos) == kReplacementCharacter);
    CHECK(pos == c.bad_at + 1);
  }
  // A real U+FFFD in the text is a character like any other.
  CHECK(FindInvalidUtf8("\xEF\xBF\xBD") == std::string_view::npos);
}

TEST_CASE("a surrogate pair escaped in JSON reads as the one character it encodes") {
  const std::string text =
      ProfileToJson(ProfileWithText("x"));
  std::string escaped = text;
  const std::string from = "\"notes\":\"x\"";
  REQUIRE(escaped.find(from) != std::string::npos);
  escaped.replace(escaped.find(from), from.size(), "\"notes\":\"go \\ud83d\\ude80 \\u65e5\\u672c\"");
  const ProfileRead read = ReadProfile(escaped, "escaped.json");
  for (const auto& e : read.errors) FAIL_CHECK(e);
  REQUIRE(read.ok());
  CHECK(read.profile->answers.at("sfia/ITOP").notes == "go " + kRocket + " \xE6\x97\xA5\xE6\x9C\xAC");
  // Written back as UTF-8, not as escapes.
  CHECK(ProfileToJson(*read.profile).find("go " + kRocket) != std::string::npos);
}

TEST_CASE("a lone surrogate escape is refused, whichever half it is") {
  for (const char* bad : {"\\ud800 review", "\\udc00 review", "\\ud83d\\u0041", "end \\ud83d"}) {
    CAPTURE(bad);
    const ParsedJson parsed = ParseUntrustedJson(std::string("{\"name\": \"") + bad + "\"}");
    CHECK_FALSE(parsed.ok());
    CHECK(parsed.error.find("surrogate") != std::string::npos);
  }
}

TEST_CASE("combining marks stay as typed: no normalisation joins or splits them") {
  const std::string decomposed = "Zoe\xCC\x88 \xD7\xA9\xD6\xB8\xD7\x9C\xD7\x95\xD6\xB9\xD7\x9D";  // e + U+0308; Hebrew points
  const std::string precomposed = "Zo\xC3\xAB";
  CHECK(DecodeUtf8(decomposed).substr(0, 4) == U"Zoe\u0308");
  const ProfileRead a = ReadProfile(ProfileToJson(ProfileWithText(decomposed)), "a.json");
  const ProfileRead b = ReadProfile(ProfileToJson(ProfileWithText(precomposed)), "b.json");
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  CHECK(a.profile->name == decomposed);
  CHECK(b.profile->name == precomposed);
  CHECK(a.profile->name != b.profile->name);
}

TEST_CASE("every character of a mixed-script text survives export, import, the SVG and the report") {
  const Profile p = ProfileWithText(kMixed);
  const ProfileRead read = ReadProfile(ProfileToJson(p, 2), "mixed.json");
  for (const auto& e : read.errors) FAIL_CHECK(e);
  REQUIRE(read.ok());
  CHECK(*read.profile == p);

  SvgChart chart{"Chart of " + kMixed, kMixed, {}, {}};
  CHECK(ChartSvg(chart).text.find(kMixed) != std::string::npos);
  ReportInput report;
  report.profile_name = kMixed;
  report.person = kMixed;
  SkillResult r;
  r.code = "ITOP";
  r.notes = kMixed;
  report.results.push_back(r);
  const std::string html = ReportHtml(report);
  CHECK(html.find("<h1 dir=\"auto\">" + kMixed) != std::string::npos);  // reads in its own direction
  CHECK(html.find("<p class=\"notes\" dir=\"auto\">" + kMixed + "</p>") != std::string::npos);
}

TEST_CASE("a download name is cut at a character boundary, never inside one") {
  std::string name(78, 'a');
  name += kRocket + kRocket;
  const std::string file = DownloadName(name, "2026-11-22T09:00:00Z", "svg");
  CHECK(FindInvalidUtf8(file) == std::string_view::npos);
  CHECK(file == std::string(78, 'a') + kRocket + "-2026-11-22.svg");
}

TEST_CASE("joiners, variation selectors and direction marks have no look of their own") {
  for (char32_t cp : {0x200Du, 0xFE0Fu, 0x200Fu, 0xFEFFu, 0x2066u, 0xE0100u}) CHECK(IsDefaultIgnorable(cp));
  for (char32_t cp : {0x05D0u, 0x20u, 0x1F680u, 0xFFFDu}) CHECK_FALSE(IsDefaultIgnorable(cp));
}
