// The shapes of ids, timestamps and content hashes (value_formats.h).
#include <doctest/doctest.h>

#include <string>

#include "core/json/value_formats.h"

using namespace skillscope;

TEST_CASE("timestamps: ISO 8601 dates, and date-times with a zone") {
  for (const char* good : {"2026-11-22", "2026-11-22T09:00:00Z", "2026-11-22T09:00Z", "2024-02-29T23:59:60Z",
                           "2026-11-22T09:00:00.123Z", "2026-11-22T10:00:00+01:00", "2026-11-22T04:30:00-05:30"}) {
    CAPTURE(good);
    CHECK(IsIsoTimestamp(good));
  }
  for (const char* bad : {"", "yesterday", "2026-11-22T09:00:00", "2026-13-01", "2026-02-29", "2025-02-29T00:00:00Z",
                          "2026-04-31", "2026-11-22 09:00:00Z", "2026-11-22T24:00:00Z", "2026-11-22T09:60:00Z",
                          "2026-11-22T09:00:61Z", "2026-11-22T09:00:00.Z", "2026-11-22T09:00:00Zx",
                          "2026-11-22T09:00:00+0100", "2026-11-22T09:00:00+24:00", "26-11-22", "2026-1-22",
                          "2026-11-22T", "+2026-11-22", "2026-11-00"}) {
    CAPTURE(bad);
    CHECK_FALSE(IsIsoTimestamp(bad));
  }
}

TEST_CASE("content hashes are sha256: and 64 lower-case hex digits") {
  const std::string hex(64, 'a');
  CHECK(IsSha256Hash("sha256:" + hex));
  CHECK(IsSha256Hash("sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"));
  CHECK_FALSE(IsSha256Hash(""));
  CHECK_FALSE(IsSha256Hash("sha256:" + std::string(63, 'a')));
  CHECK_FALSE(IsSha256Hash("sha256:" + std::string(65, 'a')));
  CHECK_FALSE(IsSha256Hash("sha256:" + std::string(64, 'A')));
  CHECK_FALSE(IsSha256Hash("sha256:" + std::string(63, 'a') + "g"));
  CHECK_FALSE(IsSha256Hash("SHA256:" + hex));
  CHECK_FALSE(IsSha256Hash("md5:" + hex));
}

TEST_CASE("ids: what makes an id unfit to name saved data") {
  CHECK(IdProblem("p-20261122090000-a1b2c3", 128).empty());
  CHECK(IdProblem("Zo\xC3\xAB's profile", 128).empty());
  CHECK(IdProblem("a.b", 128).empty());  // one dot is fine; ".." climbs out of a path
  const std::string why = " (ids name saved data, so they may not hold \"/\", \"\\\", \"..\" or control characters)";
  CHECK(IdProblem("p/1", 128) == "contains \"/\"" + why);
  CHECK(IdProblem("p\\1", 128) == "contains \"\\\"" + why);
  CHECK(IdProblem("..", 128) == "contains \"..\"" + why);
  CHECK(IdProblem(std::string("p\0x", 3), 128) == "contains a control character (U+0000)" + why);
  CHECK(IdProblem("p\x7F", 128) == "contains a control character (U+007F)" + why);
  CHECK(IdProblem(std::string(129, 'p'), 128) == "is 129 characters long; the limit is 128");
  // Characters, not bytes: 128 two-byte letters fit.
  std::string long_letters;
  for (int i = 0; i < 128; ++i) long_letters += "\xC3\xAB";
  CHECK(IdProblem(long_letters, 128).empty());
}

TEST_CASE("framework ids are lower-case letters, digits and '-'") {
  CHECK(IsFrameworkId("sfia"));
  CHECK(IsFrameworkId("it-operations-matrix"));
  CHECK(IsFrameworkId(std::string(64, 'a')));
  CHECK_FALSE(IsFrameworkId(std::string(65, 'a')));
  CHECK_FALSE(IsFrameworkId(""));
  CHECK_FALSE(IsFrameworkId("-sfia"));
  CHECK_FALSE(IsFrameworkId("SFIA"));
  CHECK_FALSE(IsFrameworkId("../sfia"));
}
