#pragma once
// The shapes that some values in our files must have (ids, timestamps, content
// hashes, level numbers), as plain predicates and limits, so the readers, the tests and
// the fuzzers share one definition of each.
#include <cstddef>
#include <string>
#include <string_view>

namespace skillscope {

// What is wrong with an id that names storage keys and links ("p-2026...", "s-0a1b"):
// "" when it is fine; otherwise the problem in the person's language, worded to follow
// "<what> ", e.g. "contains \"/\"" or "is 300 characters long; the limit is 128". Empty
// ids are the caller's to report (they are "missing" rather than malformed).
std::string IdProblem(std::string_view id, std::size_t max_chars);

// An ISO 8601 calendar date ("2026-11-22") or an RFC 3339 date and time
// ("2026-11-22T09:00:00Z", "2026-11-22T10:00:00.5+01:00"): real dates only (no
// 2026-02-30), and a time always carries its zone so two of them compare.
bool IsIsoTimestamp(std::string_view text);
// A month as year and month: "2027-03" (months 01 to 12).
bool IsYearMonth(std::string_view text);

// A framework id: 1-64 lower-case letters, digits and '-', not starting with '-'.
bool IsFrameworkId(std::string_view id);

// Level numbers run from 0 to this on every scale (and in every answer and target).
inline constexpr int kHighestPossibleLevel = 99;

// "sha256:" followed by 64 lower-case hex digits, as framework content hashes are written.
bool IsSha256Hash(std::string_view text);

}  // namespace skillscope
