#pragma once
// A one-page printable report as a self-contained HTML file: no scripts, no external
// requests, readable by screen readers, printing cleanly to A4 or Letter.
#include <string>
#include <vector>

#include "core/profile/profile.h"
#include "core/profile/results.h"

namespace skillscope {

struct ReportInput {
  std::string profile_name;
  std::string person;
  std::string date;  // "22 Nov 2026"
  // One chart per group of skills (more than 30 skills make several), each with the
  // caption that explains it.
  struct Chart {
    std::string svg;
    bool radar = false;
  };
  std::vector<Chart> charts;
  std::vector<SkillResult> results;
  std::vector<std::string> summaries;
  std::vector<GrowthItem> growth;
};

std::string ReportHtml(const ReportInput& input);

}  // namespace skillscope
