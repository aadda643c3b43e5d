#include "core/text/wording.h"

#include <cstdlib>

#include "core/text/messages.h"

namespace skillscope {

namespace {

// The month's short name, or "" when `iso` has no month 1-12 at [5, 7).
std::string MonthName(const std::string& iso) {
  if (iso.size() < 7) return "";
  static const MessageKey kMonths[] = {
      MSG("date.month.1"), MSG("date.month.2"), MSG("date.month.3"),  MSG("date.month.4"),
      MSG("date.month.5"), MSG("date.month.6"), MSG("date.month.7"),  MSG("date.month.8"),
      MSG("date.month.9"), MSG("date.month.10"), MSG("date.month.11"), MSG("date.month.12")};
  const int month = std::atoi(iso.substr(5, 2).c_str());
  return month >= 1 && month <= 12 ? Tr(kMonths[month - 1]) : "";
}

}  // namespace

std::string Quoted(const std::string& s) { return Tr(MSG("text.quoted"), s); }

std::string ShortDate(const std::string& iso) {
  if (iso.size() < 10) return iso;
  const std::string month = MonthName(iso);
  if (month.empty()) return iso.substr(0, 10);
  return Tr(MSG("date.short"), std::to_string(std::atoi(iso.substr(8, 2).c_str())), month, iso.substr(0, 4));
}

std::string MonthAndYear(const std::string& iso) {
  const std::string month = MonthName(iso);
  if (month.empty()) return iso;
  return Tr(MSG("date.month_and_year"), month, iso.substr(0, 4));
}

std::string JoinAsList(const std::vector<std::string>& items) {
  if (items.size() < 2) return items.empty() ? "" : items[0];
  // Built from the end: "A, (B and C)", as languages put the last pair apart.
  std::string out = Tr(MSG("list.last_two"), items[items.size() - 2], items.back());
  for (std::size_t i = items.size() - 2; i-- > 0;) out = Tr(MSG("list.more"), items[i], out);
  return out;
}

}  // namespace skillscope
