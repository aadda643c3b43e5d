// Sections
//   [SECTION] Answer sets and statement hashes
//   [SECTION] Columns: skills and their reference versions
//   [SECTION] Cells and per-skill figures
//   [SECTION] Per person
//   [SECTION] Rows on show
//   [SECTION] Words
#include "core/team/stats.h"

#include <algorithm>
#include <numeric>
#include <set>

#include "core/profile/results.h"
#include "core/json/sha256.h"
#include "core/text/messages.h"
#include "core/text/wording.h"

namespace skillscope {

// ---------------------------------------------------------------------------
// [SECTION] Answer sets and statement hashes
// ---------------------------------------------------------------------------
AnswerSet CurrentAnswers(const Profile& p, std::string id, std::string name) {
  return {std::move(id), std::move(name), &p.frameworks, &p.selection, &p.answers};
}

AnswerSet SnapshotAnswers(const Profile& p, const Snapshot& s, std::string id, std::string name) {
  return {std::move(id), std::move(name), &p.frameworks, &p.selection, &s.answers};
}

std::string SkillStatementsHash(const Skill& skill) {
  // Unit and record separators cannot occur in statements as text is read (control
  // characters are dropped), so the joined form is unambiguous.
  std::string text;
  for (const auto& [level, statements] : skill.statements) {
    text += std::to_string(level) + "\x1e";
    for (const std::string& s : statements) text += s + "\x1f";
    text += "\x1d";
  }
  return Sha256Hex(text);
}

namespace {

// ---------------------------------------------------------------------------
// [SECTION] Columns: skills and their reference versions
// ---------------------------------------------------------------------------
struct Column {
  std::string key;
  const CatalogEntry* reference = nullptr;
  const Skill* skill = nullptr;
  std::size_t framework_rank = 0;  // catalog order of the framework id
  std::size_t skill_rank = 0;      // order in the reference version
};

// Which version each member answered a framework in: id -> version.
std::string VersionOf(const AnswerSet& m, const std::string& framework_id) {
  for (const FrameworkRef& ref : *m.frameworks)
    if (ref.id == framework_id) return ref.version;
  return "";
}

std::string NamesText(const std::vector<std::string>& names) {
  if (names.size() <= 4) return JoinAsList(names);
  std::vector<std::string> shown(names.begin(), names.begin() + 3);
  shown.push_back(TrN(MSG("team_stats.others"), static_cast<long long>(names.size() - 3)));
  return JoinAsList(shown);
}

std::vector<Column> ChooseColumns(const std::vector<AnswerSet>& members, const Catalog& catalog) {
  // Every chosen skill key, with how many members chose it in each version.
  std::map<std::string, std::map<std::string, int>> versions_by_key;
  std::vector<std::string> keys;
  for (const AnswerSet& m : members) {
    for (const std::string& key : *m.selection) {
      std::string fw_id, code;
      if (!SplitSkillKey(key, &fw_id, &code)) continue;
      auto [it, inserted] = versions_by_key.try_emplace(key);
      if (inserted) keys.push_back(key);
      ++it->second[VersionOf(m, fw_id)];
    }
  }
  std::map<std::string, std::size_t> framework_rank;
  for (const CatalogEntry& e : catalog.entries()) framework_rank.emplace(e.framework.id, framework_rank.size());

  std::vector<Column> columns;
  for (const std::string& key : keys) {
    std::string fw_id, code;
    SplitSkillKey(key, &fw_id, &code);
    // The reference: the loaded version most members used that has the skill; ties go
    // to the version loaded first.
    Column c;
    int best = 0;
    for (const CatalogEntry* e : catalog.Versions(fw_id)) {
      const auto count = versions_by_key[key].find(e->framework.version);
      const Skill* skill = e->framework.FindSkill(code);
      if (count == versions_by_key[key].end() || !skill || count->second <= best) continue;
      best = count->second;
      c.reference = e;
      c.skill = skill;
    }
    if (!c.reference) continue;  // nobody's version is here: told per member below
    c.key = key;
    c.framework_rank = framework_rank[fw_id];
    c.skill_rank = static_cast<std::size_t>(c.skill - c.reference->framework.skills.data());
    columns.push_back(std::move(c));
  }
  std::stable_sort(columns.begin(), columns.end(), [](const Column& a, const Column& b) {
    return a.framework_rank != b.framework_rank ? a.framework_rank < b.framework_rank : a.skill_rank < b.skill_rank;
  });
  return columns;
}

// ---------------------------------------------------------------------------
// [SECTION] Cells and per-skill figures
// ---------------------------------------------------------------------------
// "3", "2.5" (a median is a whole number or halfway between two).
std::string NumberText(double v) {
  return v == static_cast<int>(v) ? FormatInteger(static_cast<int>(v)) : FormatDecimal(v, 1);
}

double Median(std::vector<int> values) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  const std::size_t n = values.size();
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

TeamCell CellFor(const Answer* answer, const Skill& skill) {
  TeamCell cell;
  cell.kind = CellKind::Unanswered;
  if (!answer) return cell;
  cell.target = answer->target;
  switch (answer->kind) {
    case AnswerKind::Level:
      // A level the skill does not define reads as not answered (as in the results).
      if (skill.DefinedAt(answer->level)) {
        cell.kind = CellKind::Level;
        cell.level = answer->level;
      }
      break;
    case AnswerKind::NotApplicable: cell.kind = CellKind::NotApplicable; break;
    case AnswerKind::Skipped: cell.kind = CellKind::Skipped; break;
    case AnswerKind::Unanswered: break;
  }
  return cell;
}

void Figures(TeamSkill& s, const TeamCell* cells, std::size_t count, const std::vector<std::string>& names,
             int threshold) {
  s.holders_at.assign(s.scale_levels.size(), 0);
  std::vector<int> levels;
  s.threshold_defined = !s.defined_levels.empty() && s.defined_levels.back() >= threshold;
  for (std::size_t m = 0; m < count; ++m) {
    const TeamCell& c = cells[m];
    if (IsRoleGap(s, c)) ++s.gaps;
    if (c.kind != CellKind::Level) continue;
    levels.push_back(c.level);
    const auto at = std::find(s.scale_levels.begin(), s.scale_levels.end(), c.level);
    if (at != s.scale_levels.end()) ++s.holders_at[static_cast<std::size_t>(at - s.scale_levels.begin())];
    if (c.level >= threshold) {
      ++s.covered;
      s.single_holder = names[m];
    }
  }
  s.holders = static_cast<int>(levels.size());
  s.median = Median(std::move(levels));
  s.single_point = s.threshold_defined && s.covered == 1;
  if (!s.single_point) s.single_holder.clear();
}

}  // namespace

TeamGrid BuildTeamGrid(const std::vector<AnswerSet>& members, const Catalog& catalog, const TeamOptions& options) {
  TeamGrid g;
  g.threshold = options.threshold;
  for (const AnswerSet& m : members) {
    g.member_ids.push_back(m.id);
    g.member_names.push_back(m.name);
  }
  const std::vector<Column> columns = ChooseColumns(members, catalog);
  g.skills.reserve(columns.size());
  g.cells.resize(columns.size() * members.size());
  std::map<const Skill*, std::string> hashes;  // computed once per skill version
  auto hash_of = [&](const Skill* s) -> const std::string& {
    auto it = hashes.find(s);
    if (it == hashes.end()) it = hashes.emplace(s, SkillStatementsHash(*s)).first;
    return it->second;
  };
  // Members' chosen skills as sets, for a quick "did they choose it".
  std::vector<std::set<std::string>> chosen(members.size());
  for (std::size_t m = 0; m < members.size(); ++m)
    chosen[m] = std::set<std::string>(members[m].selection->begin(), members[m].selection->end());

  for (std::size_t c = 0; c < columns.size(); ++c) {
    const Column& col = columns[c];
    const Framework& ref = col.reference->framework;
    TeamSkill s;
    s.key = col.key;
    s.code = col.skill->code;
    s.name = col.skill->name;
    s.framework_id = ref.id;
    s.framework_title = ref.title;
    s.version = ref.version;
    s.category = CategoryPath(*col.skill);
    for (const ScaleLevel& l : ref.scale.levels) s.scale_levels.push_back(l.number);
    for (const auto& entry : col.skill->statements) s.defined_levels.push_back(entry.first);
    if (const auto role = options.role_levels.find(col.key); role != options.role_levels.end())
      s.role_level = role->second;

    // Members left out, by the version they answered: version -> names.
    std::map<std::string, std::vector<std::string>> differing, missing;
    TeamCell* cells = &g.cells[c * members.size()];
    for (std::size_t m = 0; m < members.size(); ++m) {
      if (!chosen[m].count(col.key)) continue;  // NotAssessed
      const std::string version = VersionOf(members[m], ref.id);
      const CatalogEntry* theirs = version == ref.version ? col.reference : catalog.Find(ref.id, version);
      const Skill* skill = theirs ? theirs->framework.FindSkill(s.code) : nullptr;
      if (!skill) {
        cells[m].kind = CellKind::OtherVersion;
        missing[version].push_back(members[m].name);
        continue;
      }
      if (skill != col.skill && hash_of(skill) != hash_of(col.skill)) {
        cells[m].kind = CellKind::OtherVersion;
        differing[version].push_back(members[m].name);
        continue;
      }
      const auto answer = members[m].answers->find(col.key);
      cells[m] = CellFor(answer == members[m].answers->end() ? nullptr : &answer->second, *skill);
    }
    const std::string skill_text = s.code + " \xC2\xB7 " + s.name;
    // Counted by the names, which decide the verb's number in some languages.
    for (const auto& [version, names] : differing)
      g.differences.push_back(TrN(MSG("team_stats.version_differs"), static_cast<long long>(names.size()), skill_text,
                                  NamesText(names), ref.title, version, ref.version));
    for (const auto& [version, names] : missing)
      g.differences.push_back(TrN(MSG("team_stats.version_not_loaded"), static_cast<long long>(names.size()), skill_text,
                                  NamesText(names), ref.title, version));
    Figures(s, cells, members.size(), g.member_names, options.threshold);
    g.skills.push_back(std::move(s));
  }
  return g;
}

// ---------------------------------------------------------------------------
// [SECTION] Per person
// ---------------------------------------------------------------------------
MemberSummary SummariseMember(const TeamGrid& g, std::size_t member, const std::vector<std::size_t>* rows) {
  MemberSummary out;
  std::vector<int> levels;
  std::vector<std::size_t> all;
  if (!rows) {
    all.resize(g.skills.size());
    std::iota(all.begin(), all.end(), 0);
    rows = &all;
  }
  for (std::size_t s : *rows) {
    const TeamCell& c = g.At(s, member);
    if (IsRoleGap(g.skills[s], c)) ++out.gaps;
    switch (c.kind) {
      case CellKind::Level: levels.push_back(c.level); break;
      case CellKind::NotApplicable: ++out.not_applicable; break;
      case CellKind::Skipped:
      case CellKind::Unanswered: ++out.unanswered; break;
      case CellKind::NotAssessed: continue;
      case CellKind::OtherVersion: ++out.other_version; continue;
    }
    ++out.assessed;
  }
  out.at_level = static_cast<int>(levels.size());
  out.median = Median(std::move(levels));
  return out;
}

std::string MemberSummaryLine(const TeamGrid& g, std::size_t member, bool with_role,
                              const std::vector<std::size_t>* rows) {
  const MemberSummary s = SummariseMember(g, member, rows);
  // Each figure wraps the line so far, so a language may order them its own way.
  std::string line = TrN(MSG("team_stats.summary_at_level"), s.assessed, s.at_level);
  if (s.at_level > 0) line = Tr(MSG("team_stats.summary_median"), line, NumberText(s.median));
  if (s.not_applicable > 0) line = TrN(MSG("team_stats.summary_not_applicable"), s.not_applicable, line);
  if (s.unanswered > 0) line = TrN(MSG("team_stats.summary_not_answered"), s.unanswered, line);
  if (s.other_version > 0) line = TrN(MSG("team_stats.summary_other_version"), s.other_version, line);
  if (with_role) line = TrN(MSG("team_stats.summary_gaps"), s.gaps, line);
  return Tr(MSG("team_stats.summary"), g.member_names[member], line);
}

// ---------------------------------------------------------------------------
// [SECTION] Rows on show
// ---------------------------------------------------------------------------
namespace {
bool InCategory(const std::string& path, const std::string& wanted) {
  if (wanted.empty() || path == wanted) return true;
  const std::string prefix = wanted + " \xE2\x80\xBA ";
  return path.compare(0, prefix.size(), prefix) == 0;
}
}  // namespace

std::vector<std::size_t> SkillRows(const TeamGrid& g, const TeamFilter& filter, const TeamSort& sort) {
  std::vector<std::size_t> rows;
  for (std::size_t i = 0; i < g.skills.size(); ++i) {
    const TeamSkill& s = g.skills[i];
    if (!filter.framework_id.empty() && s.framework_id != filter.framework_id) continue;
    if (!InCategory(s.category, filter.category)) continue;
    rows.push_back(i);
  }
  // The value sorted by; nullopt-like "missing" values (no level) always go last.
  auto value = [&](std::size_t i, bool* missing) -> double {
    const TeamSkill& s = g.skills[i];
    *missing = false;
    switch (sort.key) {
      case TeamSortKey::Default:
      case TeamSortKey::Skill: return 0;
      case TeamSortKey::Holders: return s.holders;
      case TeamSortKey::Median:
        *missing = s.holders == 0;
        return s.median;
      case TeamSortKey::Coverage:
        *missing = !s.threshold_defined;
        return s.covered;
      case TeamSortKey::Member: {
        if (sort.member >= g.members()) return 0;
        const TeamCell& c = g.At(i, sort.member);
        *missing = c.kind != CellKind::Level;
        return c.level;
      }
      case TeamSortKey::Role:
        *missing = s.role_level == 0;
        return s.gaps;
    }
    return 0;
  };
  std::stable_sort(rows.begin(), rows.end(), [&](std::size_t a, std::size_t b) {
    if (sort.key == TeamSortKey::Default) return sort.descending ? a > b : a < b;
    if (sort.key == TeamSortKey::Skill) {
      const int c = g.skills[a].code.compare(g.skills[b].code);
      return sort.descending ? c > 0 : c < 0;
    }
    bool missing_a = false, missing_b = false;
    const double va = value(a, &missing_a), vb = value(b, &missing_b);
    if (missing_a != missing_b) return missing_b;
    if (missing_a) return false;
    return sort.descending ? va > vb : va < vb;
  });
  return rows;
}

std::vector<std::string> GridCategories(const TeamGrid& g, const std::string& framework_id) {
  std::vector<std::string> out;
  for (const TeamSkill& s : g.skills) {
    if (s.framework_id != framework_id || s.category.empty()) continue;
    // The path and each of its ancestors: "A", "A › B".
    std::size_t from = 0;
    for (;;) {
      const std::size_t sep = s.category.find(" \xE2\x80\xBA ", from);
      const std::string prefix = s.category.substr(0, sep);
      if (std::find(out.begin(), out.end(), prefix) == out.end()) out.push_back(prefix);
      if (sep == std::string::npos) break;
      from = sep + 1;
    }
  }
  return out;
}

std::vector<std::string> RiskLines(const TeamGrid& g, const std::vector<std::size_t>& rows) {
  std::vector<std::string> out;
  for (std::size_t i : rows) {
    const TeamSkill& s = g.skills[i];
    const std::string skill = s.code + " \xC2\xB7 " + s.name;
    if (s.single_point) out.push_back(Tr(MSG("team_stats.risk_single"), skill, s.single_holder, g.threshold));
    else if (s.threshold_defined && s.covered == 0) out.push_back(Tr(MSG("team_stats.risk_nobody"), skill, g.threshold));
  }
  return out;
}

// ---------------------------------------------------------------------------
// [SECTION] Words
// ---------------------------------------------------------------------------
std::string MedianText(const TeamSkill& s) {
  return s.holders == 0 ? "\xE2\x80\x94" : NumberText(s.median);
}

std::string CellText(const TeamCell& c) {
  std::string text;
  switch (c.kind) {
    case CellKind::Level: text = std::to_string(c.level); break;
    case CellKind::NotApplicable: text = Tr(MSG("team_stats.cell_not_applicable")); break;
    case CellKind::Skipped: text = Tr(MSG("team_stats.cell_skipped")); break;
    case CellKind::Unanswered: text = "?"; break;
    case CellKind::NotAssessed: return "";
    case CellKind::OtherVersion: return Tr(MSG("team_stats.cell_other_version"));
  }
  // "›", not an arrow: the app's font (Open Sans) has no arrows.
  if (c.target > 0) text += " \xE2\x80\xBA " + std::to_string(c.target);
  return text;
}

std::string HoldersText(const TeamSkill& s) {
  std::string out;
  for (std::size_t i = 0; i < s.scale_levels.size(); ++i) {
    if (std::find(s.defined_levels.begin(), s.defined_levels.end(), s.scale_levels[i]) == s.defined_levels.end())
      continue;
    out += (out.empty() ? "" : " \xC2\xB7 ") + Tr(MSG("team_stats.holders_at_level"), s.scale_levels[i], s.holders_at[i]);
  }
  return out;
}

std::vector<std::string> InitialsOf(const std::vector<std::string>& names) {
  std::vector<std::string> out;
  std::map<std::string, int> seen;
  for (const std::string& name : names) {
    std::string initials;
    bool word_start = true;
    for (std::size_t i = 0; i < name.size();) {
      const unsigned char c = static_cast<unsigned char>(name[i]);
      const std::size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
      const bool space = c == ' ' || c == '\t';
      if (word_start && !space) {
        std::string letter = name.substr(i, len);
        if (len == 1) letter[0] = static_cast<char>(std::toupper(c));
        initials += letter + ".";
      }
      word_start = space;
      i += len;
    }
    if (initials.empty()) initials = "?";
    const int n = ++seen[initials];
    out.push_back(n == 1 ? initials : initials + " (" + std::to_string(n) + ")");
  }
  // The first of a repeated set is numbered too, so "K.L." never hides that there are two.
  for (std::size_t i = 0; i < out.size(); ++i)
    if (seen[out[i]] > 1) out[i] += " (1)";
  return out;
}

}  // namespace skillscope
