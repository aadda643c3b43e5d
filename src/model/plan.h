#pragma once
// "What next" for the open profile: which roles fit (choosing one makes it the
// benchmark), and the development plan, an action per next-level statement.
#include <cstdint>
#include <string>
#include <vector>

#include "core/profile/plan.h"

namespace skillscope {

struct RoleFitRow {
  std::string key;
  std::string label;     // "Platform engineer (ACME platform team skills 2026.1)"
  std::string fit;       // "4 of 5 skills at or above the role's level"
  std::vector<std::string> reasons;  // "OBS Observability: Level 3, the role expects 2: met"
  bool chosen = false;   // the benchmark
};

struct PlanModel {
  std::uint64_t revision = 0;  // differs for every model built
  std::string profile_name;
  std::vector<RoleFitRow> roles;  // best fit first
  std::string role_name;          // the benchmark's, "" for none
  std::vector<PlanItem> items;    // in the plan's order
  bool own_order = false;         // the person reordered it
  std::string empty_message;      // why there is no plan, when there is none
  std::string message;            // the outcome of the last action ("Reminder saved …")
};

struct PlanScreenAction {
  enum class Kind {
    None, Back, Home, ToggleTheme, ShowHelp, OpenTimeline,
    SetDone,      // action_id, done
    SetNote,      // action_id, text
    SetDue,       // action_id, text ("2027-03" or "")
    MoveUp, MoveDown, ResetOrder,  // skill_key
    ChooseRole,   // text: the role key, "" for none
    ExportMarkdown, ExportCsv,
    Reminder,     // months: 3, 6 or 12
  } kind = Kind::None;
  std::string action_id;
  std::string skill_key;
  std::string text;
  bool done = false;
  int months = 0;
};

}  // namespace skillscope
