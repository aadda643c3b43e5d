#pragma once
// Small text helpers for what the app says: quotes, dates and lists the way people
// write them in the current language (their words are messages: messages.h).
#include <string>
#include <vector>

namespace skillscope {

// “name” / « name » / „name“.
std::string Quoted(const std::string& s);

// "22 Nov 2026", "22 nov. 2026", "22. Nov. 2026" from "2026-11-22T...".
std::string ShortDate(const std::string& iso);
// "Mar 2027", "mars 2027" from "2027-03" (or a whole date).
std::string MonthAndYear(const std::string& iso);

// "A", "A and B", "A, B and C".
std::string JoinAsList(const std::vector<std::string>& items);

}  // namespace skillscope
