#pragma once
// Small text helpers for what the app says: quotes, dates and lists the way people
// write them.
#include <cstdlib>
#include <string>
#include <vector>

namespace skillscope {

inline std::string Quoted(const std::string& s) { return "\xE2\x80\x9C" + s + "\xE2\x80\x9D"; }

// "22 Nov 2026" from "2026-11-22T...".
inline std::string ShortDate(const std::string& iso) {
  static const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  if (iso.size() < 10) return iso;
  const int month = std::atoi(iso.substr(5, 2).c_str());
  if (month < 1 || month > 12) return iso.substr(0, 10);
  return std::to_string(std::atoi(iso.substr(8, 2).c_str())) + " " + kMonths[month - 1] + " " + iso.substr(0, 4);
}

// "A", "A and B", "A, B and C".
inline std::string JoinAsList(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i)
    out += (i == 0 ? "" : i + 1 == items.size() ? " and " : ", ") + items[i];
  return out;
}

}  // namespace skillscope
