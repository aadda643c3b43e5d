#include "core/json/value_formats.h"

#include <cstdio>

#include "core/json/reader.h"
#include "core/text/messages.h"

namespace skillscope {
namespace {

bool Digits(std::string_view text, std::size_t at, std::size_t count, int* value) {
  if (at + count > text.size()) return false;
  int n = 0;
  for (std::size_t i = at; i < at + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    n = n * 10 + (text[i] - '0');
  }
  *value = n;
  return true;
}

int DaysInMonth(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

// "HH:MM" with an hour below 24 and minutes below 60 (the shape of a time and of an offset).
bool HoursMinutes(std::string_view text, std::size_t at) {
  int h = 0, m = 0;
  return Digits(text, at, 2, &h) && at + 2 < text.size() && text[at + 2] == ':' && Digits(text, at + 3, 2, &m) &&
         h < 24 && m < 60;
}

}  // namespace

std::string IdProblem(std::string_view id, std::size_t max_chars) {
  for (unsigned char c : id) {
    if (c < 0x20 || c == 0x7F) {
      char code[16];
      std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
      return Tr(MSG("json.id_contains"), Tr(MSG("json.id_control_character"), code));
    }
    if (c == '/') return Tr(MSG("json.id_contains"), "\"/\"");
    if (c == '\\') return Tr(MSG("json.id_contains"), "\"\\\"");
  }
  if (id.find("..") != std::string_view::npos) return Tr(MSG("json.id_contains"), "\"..\"");
  const std::size_t length = Utf8Length(id);
  if (length > max_chars) return Tr(MSG("json.id_too_long"), std::to_string(length), std::to_string(max_chars));
  return "";
}

bool IsIsoTimestamp(std::string_view t) {
  int year = 0, month = 0, day = 0;
  if (!(Digits(t, 0, 4, &year) && t.size() >= 10 && t[4] == '-' && Digits(t, 5, 2, &month) && t[7] == '-' &&
        Digits(t, 8, 2, &day)))
    return false;
  if (month < 1 || month > 12 || day < 1 || day > DaysInMonth(year, month)) return false;
  if (t.size() == 10) return true;
  if (t[10] != 'T' || !HoursMinutes(t, 11)) return false;
  std::size_t at = 16;
  int second = 0;
  if (at < t.size() && t[at] == ':') {
    if (!Digits(t, at + 1, 2, &second) || second > 60) return false;  // 60: a leap second
    at += 3;
    if (at < t.size() && t[at] == '.') {
      const std::size_t first = ++at;
      while (at < t.size() && t[at] >= '0' && t[at] <= '9') ++at;
      if (at == first) return false;
    }
  }
  if (at < t.size() && t[at] == 'Z') return at + 1 == t.size();
  if (at < t.size() && (t[at] == '+' || t[at] == '-')) return at + 6 == t.size() && HoursMinutes(t, at + 1);
  return false;
}

bool IsFrameworkId(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  for (std::size_t i = 0; i < id.size(); ++i) {
    const char c = id[i];
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && i > 0);
    if (!ok) return false;
  }
  return true;
}

bool IsSha256Hash(std::string_view text) {
  constexpr std::string_view kPrefix = "sha256:";
  if (text.size() != kPrefix.size() + 64 || text.substr(0, kPrefix.size()) != kPrefix) return false;
  for (char c : text.substr(kPrefix.size()))
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

bool IsYearMonth(std::string_view d) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  return d.size() == 7 && digit(d[0]) && digit(d[1]) && digit(d[2]) && digit(d[3]) && d[4] == '-' &&
         ((d[5] == '0' && d[6] >= '1' && d[6] <= '9') || (d[5] == '1' && d[6] >= '0' && d[6] <= '2'));
}

}  // namespace skillscope
