#pragma once
// The development plan taken away: a Markdown checklist, a CSV for spreadsheets, and
// the "reassess" reminder as an iCalendar file (RFC 5545), which holds nothing but the
// date and the profile's name.
#include <string>
#include <vector>

#include "core/profile/plan.h"

namespace skillscope {

// "# Development plan: <name>", a section per skill ("## ITOP Infrastructure operations:
// level 3 to level 4 · Enable"), its actions as "- [ ]"/"- [x]" items word for word, with
// the person's note and due month indented under each.
std::string PlanMarkdown(const std::string& profile_name, const std::vector<PlanItem>& plan);

// A row per action: skill, its level now, the goal, the next level, the statement,
// done, due, note.
std::string PlanCsv(const std::vector<PlanItem>& plan);

// The date `months` after `iso_now` ("2026-12-07T..."), as "2027-06-07"; the day is
// kept where the month has it, else the month's last day.
std::string DateMonthsLater(const std::string& iso_now, int months);

// One all-day event on `date` ("2027-06-07") named after the profile, with a reminder
// that morning.
std::string ReassessIcs(const std::string& profile_name, const std::string& date);

}  // namespace skillscope
