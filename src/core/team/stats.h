#pragma once
// A team at a glance, from the profiles people shared: everyone's answers to the chosen
// skills as one grid (a row per skill, a column per person), and per skill how many
// hold each level, the median, coverage at a chosen level, and the skills only one
// person holds there (single points of failure). Also what a compare view overlays: the
// same grid for two to five sets of answers. Pure functions of the answers and the
// catalog: the session keeps the people, the ui draws the grid.
//
// Versions: people may have answered different versions of a framework. For each skill
// the reference version is the one most of them used; an answer to another version is
// compared only when that version's statements for the skill are the same (same hash),
// and every answer left out is listed in `differences`.
#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "core/framework/catalog.h"
#include "core/profile/profile.h"

namespace skillscope {

// One set of answers: a profile's current answers, or one of its snapshots. The
// pointers must outlive the grid's building (not the grid).
struct AnswerSet {
  std::string id;    // stable, for actions and tests: "person:p-…", "own:p-…/s-…"
  std::string name;  // as shown: "Kim Lee", "Kim Lee · Before the course"
  const std::vector<FrameworkRef>* frameworks = nullptr;
  const std::vector<std::string>* selection = nullptr;
  const std::map<std::string, Answer>* answers = nullptr;
};
AnswerSet CurrentAnswers(const Profile& profile, std::string id, std::string name);
AnswerSet SnapshotAnswers(const Profile& profile, const Snapshot& snapshot, std::string id, std::string name);

// SHA-256 of a skill's statements at every level: equal hashes mean the same questions.
std::string SkillStatementsHash(const Skill& skill);

enum class CellKind {
  Level,          // answered with a level
  NotApplicable,  // "does not apply to my work"
  Skipped,        // skipped for now
  Unanswered,     // chosen but not answered
  NotAssessed,    // this person did not choose the skill
  OtherVersion,   // answered against a version whose statements differ (or is not loaded)
};

struct TeamCell {
  CellKind kind = CellKind::NotAssessed;
  int level = 0;   // with Level
  int target = 0;  // 0: none (shown whatever the kind, except NotAssessed and OtherVersion)
  // From one's own review of this person (AddReviewedLevels): the reviewer's level, 0
  // for none (not reviewed, or left for discussion); differs when they proposed another.
  int reviewed = 0;
  bool reviewed_differs = false;
};

// The cell holds an answer to compare (not NotAssessed, not OtherVersion).
inline bool Comparable(const TeamCell& c) { return c.kind != CellKind::NotAssessed && c.kind != CellKind::OtherVersion; }

struct TeamSkill {
  std::string key;  // "framework-id/CODE"
  std::string code;
  std::string name;
  std::string framework_id;
  std::string framework_title;
  std::string version;   // the reference version
  std::string category;  // "Outer › Inner"
  std::vector<int> scale_levels;    // the reference version's scale
  std::vector<int> defined_levels;  // where the skill has statements
  std::vector<int> holders_at;      // per scale level: people at exactly that level
  int holders = 0;                  // people with a level
  double median = 0;                // of their levels (when holders > 0)
  bool threshold_defined = false;   // the skill is defined at the chosen level or above
  int covered = 0;                  // people at the chosen level or above
  bool single_point = false;        // exactly one of them
  std::string single_holder;        // that person's name
  int role_level = 0;               // what the benchmark role expects; 0: no role or not listed
  int gaps = 0;                     // people below the role's level (or with no level)
};

// A gap to the benchmark role: the role expects a level and the person is below it, or
// not at a level at all (not applicable, skipped, unanswered).
inline bool IsRoleGap(const TeamSkill& s, const TeamCell& c) {
  return s.role_level > 0 && Comparable(c) && (c.kind != CellKind::Level || c.level < s.role_level);
}

struct TeamGrid {
  std::vector<TeamSkill> skills;
  std::vector<std::string> member_ids;
  std::vector<std::string> member_names;
  std::vector<TeamCell> cells;           // skills x members, a skill's cells together
  std::vector<bool> member_reviewed;     // per member: one's own review of them is in the cells
  std::vector<std::string> differences;  // answers left out because of versions
  int threshold = 0;

  std::size_t members() const { return member_ids.size(); }
  const TeamCell& At(std::size_t skill, std::size_t member) const { return cells[skill * members() + member]; }
};

struct TeamOptions {
  int threshold = 3;                       // coverage counts levels at or above this one
  std::map<std::string, int> role_levels;  // benchmark: skill key -> expected level
};

// A row for every skill at least one member chose, frameworks in catalog order and
// skills in their framework's order.
TeamGrid BuildTeamGrid(const std::vector<AnswerSet>& members, const Catalog& catalog, const TeamOptions& options);

// ---- Per person ---------------------------------------------------------------
struct MemberSummary {
  int assessed = 0;        // skills chosen (comparable ones)
  int at_level = 0;
  int not_applicable = 0;
  int unanswered = 0;      // unanswered or skipped
  int other_version = 0;
  double median = 0;       // of the levels (when at_level > 0)
  int gaps = 0;            // below the role's level
};
// Over the skills in `rows` (indices into grid.skills), or all of them when null.
MemberSummary SummariseMember(const TeamGrid& grid, std::size_t member, const std::vector<std::size_t>* rows = nullptr);
// "Kim Lee: 6 of 7 skills at a level (median 3), 1 not applicable; 2 gaps to the role."
std::string MemberSummaryLine(const TeamGrid& grid, std::size_t member, bool with_role,
                              const std::vector<std::size_t>* rows = nullptr);

// ---- Rows on show ---------------------------------------------------------------
struct TeamFilter {
  std::string framework_id;  // "" = all
  std::string category;      // "" = all; else the category path or one of its ancestors
};
enum class TeamSortKey { Default, Skill, Holders, Median, Coverage, Member, Role };
struct TeamSort {
  TeamSortKey key = TeamSortKey::Default;
  std::size_t member = 0;  // with Member
  bool descending = false;
  bool operator==(const TeamSort& o) const {
    return key == o.key && member == o.member && descending == o.descending;
  }
};
// Indices of the skills to show, in order. Ties keep the default order.
std::vector<std::size_t> SkillRows(const TeamGrid& grid, const TeamFilter& filter, const TeamSort& sort);
// The distinct category paths (and their ancestors) of a framework's skills in the grid.
std::vector<std::string> GridCategories(const TeamGrid& grid, const std::string& framework_id);

// The risks among `rows`: "ITOP · Infrastructure operations: only Kim Lee at level 3 or
// above" for each single point of failure, "...: nobody at level 3 or above" for each
// skill nobody covers (where the skill reaches that level).
std::vector<std::string> RiskLines(const TeamGrid& grid, const std::vector<std::size_t>& rows);

// ---- Words --------------------------------------------------------------------
// "3", "2.5"; "—" when nobody holds the skill.
std::string MedianText(const TeamSkill& skill);
// What a cell reads as: "3", "3 › 4" (level and target), "n/a", "skipped", "?" (not
// answered), "" (not assessed), "other" (answered another version).
std::string CellText(const TeamCell& cell);
// Holders per level, "L1 2 · L2 0 · L3 5".
std::string HoldersText(const TeamSkill& skill);
// For exports with names hidden: "Kim Lee" -> "K.L."; repeats get " (2)", " (3)".
std::vector<std::string> InitialsOf(const std::vector<std::string>& names);

}  // namespace skillscope
