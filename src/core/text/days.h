#pragma once
// Whole days between dates written as ISO 8601 ("2026-12-07T03:26:49Z"): enough for
// "30 days since the last backup", where the time of day does not matter.
#include <optional>
#include <string>

namespace skillscope {

// Days since 1970-01-01 of the date that starts `iso` (its first ten characters);
// nothing when they are not a date.
inline std::optional<long> DayNumber(const std::string& iso) {
  if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (iso[static_cast<std::size_t>(i)] < '0' || iso[static_cast<std::size_t>(i)] > '9') return std::nullopt;
  const long y = std::stol(iso.substr(0, 4)), m = std::stol(iso.substr(5, 2)), d = std::stol(iso.substr(8, 2));
  if (m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  static const int kDaysBeforeMonth[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
  const auto leap_years_before = [](long year) {  // leap years in [1, year)
    const long n = year - 1;
    return n / 4 - n / 100 + n / 400;
  };
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  long days = (y - 1970) * 365 + leap_years_before(y) - leap_years_before(1970);
  days += kDaysBeforeMonth[m - 1] + (leap && m > 2 ? 1 : 0) + (d - 1);
  return days;
}

// Days from `from` to `to`; nothing when either is not a date.
inline std::optional<long> DaysBetween(const std::string& from, const std::string& to) {
  const auto a = DayNumber(from), b = DayNumber(to);
  if (!a || !b) return std::nullopt;
  return *b - *a;
}

}  // namespace skillscope
