// Sections
//   [SECTION] Markdown and CSV
//   [SECTION] iCalendar
#include "core/chart/plan_export.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "core/text/csv.h"
#include "core/text/messages.h"
#include "core/text/wording.h"

namespace skillscope {

// ---------------------------------------------------------------------------
// [SECTION] Markdown and CSV
// ---------------------------------------------------------------------------
namespace {

// Text that Markdown would read as markup is kept as it is written: a backslash before
// the characters that start emphasis, links, code and lists.
std::string MarkdownText(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\\' || c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '<' || c == '>' || c == '#')
      out += '\\';
    out += c;
  }
  return out;
}

// A note over several lines stays inside its list item.
std::string Indented(const std::string& text, const std::string& indent) {
  std::string out = indent;
  for (char c : text) {
    out += c;
    if (c == '\n') out += indent;
  }
  return out;
}

std::string HeadingOf(const PlanItem& item) {
  return Tr(MSG("plan_export.skill_heading"), item.code + " " + item.name, item.level, item.next_level_label);
}

}  // namespace

std::string PlanMarkdown(const std::string& profile_name, const std::vector<PlanItem>& plan) {
  std::string out = "# " + MarkdownText(Tr(MSG("plan_export.markdown_title"), profile_name)) + "\n\n";
  if (plan.empty()) out += MarkdownText(Tr(MSG("plan_export.nothing_to_plan"))) + "\n";
  for (const PlanItem& item : plan) {
    out += "## " + MarkdownText(HeadingOf(item)) + "\n\n";
    for (const PlanAction& a : item.actions) {
      out += std::string(a.done ? "- [x] " : "- [ ] ") + MarkdownText(a.statement) + "\n";
      if (!a.note.due.empty()) out += "  " + MarkdownText(Tr(MSG("plan_export.due"), a.note.due)) + "\n";
      if (!a.note.note.empty()) out += Indented(MarkdownText(a.note.note), "  ") + "\n";
    }
    out += "\n";
  }
  return out;
}

std::string PlanCsv(const std::vector<PlanItem>& plan) {
  std::string out = kCsvByteOrderMark;
  CsvRow(out, {Tr(MSG("plan_export.csv_code")), Tr(MSG("plan_export.csv_skill")), Tr(MSG("plan_export.csv_level_now")),
               Tr(MSG("plan_export.csv_goal")), Tr(MSG("plan_export.csv_next_level")), Tr(MSG("plan_export.csv_action")),
               Tr(MSG("plan_export.csv_done")), Tr(MSG("plan_export.csv_due")), Tr(MSG("plan_export.csv_note"))});
  const std::string& yes = Tr(MSG("plan_export.csv_yes"));
  const std::string& no = Tr(MSG("plan_export.csv_no"));
  for (const PlanItem& item : plan)
    for (const PlanAction& a : item.actions)
      CsvRow(out, {item.code, item.name, std::to_string(item.level), std::to_string(item.goal), item.next_level_label,
                   a.statement, a.done ? yes : no, a.note.due, a.note.note});
  return out;
}

// ---------------------------------------------------------------------------
// [SECTION] iCalendar
// ---------------------------------------------------------------------------
std::string DateMonthsLater(const std::string& iso_now, int months) {
  if (iso_now.size() < 10) return "";
  int year = std::atoi(iso_now.substr(0, 4).c_str());
  int month = std::atoi(iso_now.substr(5, 2).c_str()) + months;
  int day = std::atoi(iso_now.substr(8, 2).c_str());
  year += (month - 1) / 12;
  month = (month - 1) % 12 + 1;
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const int last = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
  if (day > last) day = last;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

namespace {

// TEXT as RFC 5545 writes it: backslash, semicolon, comma and line breaks escaped.
std::string IcsText(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\\' || c == ';' || c == ',') out += '\\', out += c;
    else if (c == '\n') out += "\\n";
    else if (c != '\r') out += c;
  }
  return out;
}

// A content line folded at 75 octets, never inside a UTF-8 character, CRLF-terminated.
std::string IcsLine(const std::string& line) {
  std::string out;
  std::size_t width = 0;
  for (std::size_t i = 0; i < line.size();) {
    std::size_t n = 1;
    const unsigned char c = static_cast<unsigned char>(line[i]);
    if (c >= 0xF0) n = 4;
    else if (c >= 0xE0) n = 3;
    else if (c >= 0xC0) n = 2;
    n = std::min(n, line.size() - i);
    if (width + n > 75) {
      out += "\r\n ";
      width = 1;
    }
    out.append(line, i, n);
    width += n;
    i += n;
  }
  return out + "\r\n";
}

}  // namespace

std::string ReassessIcs(const std::string& profile_name, const std::string& date) {
  std::string compact;
  for (char c : date)
    if (c != '-') compact += c;
  const std::string summary = IcsText(Tr(MSG("plan_export.reassess_event"), Quoted(profile_name)));
  std::string out;
  for (const std::string& line :
       {std::string("BEGIN:VCALENDAR"), std::string("VERSION:2.0"), std::string("PRODID:-//skillscope//reassess//EN"),
        std::string("CALSCALE:GREGORIAN"), std::string("BEGIN:VEVENT"),
        // Made of the date alone: nothing about the person or the machine.
        "UID:reassess-" + compact + "@skillscope.invalid", "DTSTAMP:" + compact + "T000000Z",
        "DTSTART;VALUE=DATE:" + compact, "SUMMARY:" + summary, std::string("TRANSP:TRANSPARENT"),
        std::string("BEGIN:VALARM"), std::string("ACTION:DISPLAY"), "DESCRIPTION:" + summary,
        std::string("TRIGGER;RELATED=START:PT9H"), std::string("END:VALARM"), std::string("END:VEVENT"),
        std::string("END:VCALENDAR")})
    out += IcsLine(line);
  return out;
}

}  // namespace skillscope
