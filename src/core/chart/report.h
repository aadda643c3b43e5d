#pragma once
// A one-page printable report as a self-contained HTML file: no scripts, no external
// requests, readable by screen readers, printing cleanly to A4 or Letter.
#include <string>
#include <vector>

#include "core/profile/plan.h"
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
  // Reviews of the profile: each skill's level by the person and by the reviewer, and
  // (unless the person left them out) the reviewer's comments and their replies.
  struct ReviewedSkill {
    std::string skill;     // "ITOP Infrastructure operations"
    std::string self;      // "Level 3 · Apply"
    std::string reviewer;  // "Proposes Level 4 · Enable"
    bool differs = false;
    std::string comment;   // "" when left out
    std::string reply;
  };
  struct Review {
    std::string title;  // "Review by Sam Okafor · 5 Dec 2026"
    std::string stale;
    std::vector<ReviewedSkill> skills;
  };
  std::vector<Review> reviews;
  // The development plan: drawn instead of "Where to grow" when there is one (it holds
  // the same next-level statements, with what is done, due and noted).
  std::vector<PlanItem> plan;
};

std::string ReportHtml(const ReportInput& input);

}  // namespace skillscope
