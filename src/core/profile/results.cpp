#include "core/profile/results.h"

#include <algorithm>
#include <cstdio>
#include <map>

#include "core/profile/assessment.h"

namespace skillscope {

std::string CategoryPath(const Skill& s) {
  std::string path;
  for (const std::string& c : s.category) path += (path.empty() ? "" : " \xE2\x80\xBA ") + c;
  return path;
}

namespace {

const char* KindLabel(AnswerKind kind) {
  switch (kind) {
    case AnswerKind::NotApplicable: return "Not applicable";
    case AnswerKind::Skipped: return "Skipped";
    case AnswerKind::Unanswered:
    case AnswerKind::Level: break;
  }
  return "Not answered";
}

SkillResult UnavailableRow(const std::string& key, const Answer& a) {
  SkillResult r;
  r.key = key;
  r.available = false;
  r.code = key;
  r.name = "(not available)";
  r.kind = a.kind == AnswerKind::Level ? AnswerKind::Unanswered : a.kind;
  r.level_label = KindLabel(r.kind);
  r.confidence = a.confidence;
  r.notes = a.notes;
  return r;
}

}  // namespace

std::vector<SkillResult> BuildSkillRows(const Profile& profile, const Catalog& catalog) {
  std::vector<SkillResult> out;
  for (const SelectedSkill& s : ResolveSelection(profile, catalog)) {
    static const Answer kNoAnswer;
    const auto it = profile.answers.find(s.key);
    const Answer& a = it == profile.answers.end() ? kNoAnswer : it->second;
    if (!s.framework || !s.skill) {
      out.push_back(UnavailableRow(s.key, a));
      continue;
    }
    SkillResult r;
    r.key = s.key;
    r.code = s.skill->code;
    r.name = s.skill->name;
    r.framework_id = s.framework->id;
    r.framework_title = s.framework->title;
    r.category = CategoryPath(*s.skill);
    r.attribution = s.framework->attribution;
    for (const ScaleLevel& l : s.framework->scale.levels) r.scale_levels.push_back(l.number);
    r.scale_low = s.framework->scale.Lowest();
    r.scale_high = s.framework->scale.Highest();
    for (const auto& entry : s.skill->statements) r.defined_levels.push_back(entry.first);

    r.kind = a.kind;
    if (a.kind == AnswerKind::Level && !s.skill->DefinedAt(a.level)) r.kind = AnswerKind::Unanswered;
    switch (r.kind) {
      case AnswerKind::Level:
        r.level = a.level;
        r.level_label = LevelLabel(s.framework->scale, a.level);
        r.level_statements = s.skill->statements.at(a.level);
        r.overridden = a.overridden;
        break;
      case AnswerKind::NotApplicable:
      case AnswerKind::Skipped:
      case AnswerKind::Unanswered: r.level_label = KindLabel(r.kind); break;
    }
    if (a.target > 0 && s.framework->scale.Find(a.target)) {
      r.target = a.target;
      r.target_label = LevelLabel(s.framework->scale, a.target);
    }
    if (r.kind == AnswerKind::Level && r.target > r.level) r.gap = r.target - r.level;
    r.confidence = a.confidence;
    r.notes = a.notes;
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<SkillResult> BuildResults(const Profile& profile, const Catalog& catalog) {
  std::vector<SkillResult> rows = BuildSkillRows(profile, catalog);
  rows.erase(std::remove_if(rows.begin(), rows.end(), [](const SkillResult& r) { return !r.available; }), rows.end());
  return rows;
}

std::vector<std::string> FrameworkSummaries(const std::vector<SkillResult>& results) {
  std::vector<std::string> order;
  std::map<std::string, std::vector<const SkillResult*>> by_framework;
  for (const SkillResult& r : results) {
    if (!by_framework.count(r.framework_id)) order.push_back(r.framework_id);
    by_framework[r.framework_id].push_back(&r);
  }
  std::vector<std::string> lines;
  for (const std::string& id : order) {
    const auto& rows = by_framework[id];
    const std::string& title = rows.front()->framework_title;
    if (rows.size() == 1) {
      const SkillResult& r = *rows.front();
      std::string line = title + " \xE2\x80\x94 ";
      // The level label "Level 3 · Apply" reads as "level 3 Apply" inside a sentence.
      auto short_label = [](const std::string& label) {
        std::string s = label;
        if (s.rfind("Level ", 0) == 0) s[0] = 'l';
        if (const auto dot = s.find(" \xC2\xB7 "); dot != std::string::npos) s.replace(dot, 4, " ");
        return s;
      };
      line += r.kind == AnswerKind::Level ? short_label(r.level_label)
                                          : std::string(r.kind == AnswerKind::NotApplicable ? "not applicable"
                                                        : r.kind == AnswerKind::Skipped     ? "skipped"
                                                                                            : "not answered");
      if (r.target > 0) line += ", target " + short_label(r.target_label).substr(6);
      lines.push_back(line);
      continue;
    }
    int answered = 0, sum = 0, above = 0;
    for (const SkillResult* r : rows) {
      if (r->kind == AnswerKind::Level) {
        ++answered;
        sum += r->level;
      }
      if (r->gap > 0) ++above;
    }
    std::string line = title + " \xE2\x80\x94 " + std::to_string(answered) + " of " + std::to_string(rows.size()) + " skills at a level";
    if (answered > 0) {
      char avg[32];
      std::snprintf(avg, sizeof avg, "%.1f", static_cast<double>(sum) / answered);
      line += ", average level " + std::string(avg);
    }
    if (above > 0) line += ", " + std::to_string(above) + (above == 1 ? " target" : " targets") + " above the current level";
    lines.push_back(line);
  }
  return lines;
}

std::vector<GrowthItem> WhereToGrow(const std::vector<SkillResult>& results, const Catalog& catalog,
                                    const Profile& profile, std::size_t limit) {
  std::vector<const SkillResult*> candidates;
  for (const SkillResult& r : results)
    if (r.gap > 0) candidates.push_back(&r);
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const SkillResult* a, const SkillResult* b) { return a->gap > b->gap; });
  const auto selected = ResolveSelection(profile, catalog);
  std::vector<GrowthItem> out;
  for (const SkillResult* r : candidates) {
    if (out.size() >= limit) break;
    const auto s = std::find_if(selected.begin(), selected.end(), [&](const SelectedSkill& x) { return x.key == r->key; });
    if (s == selected.end() || !s->skill) continue;
    GrowthItem g;
    g.key = r->key;
    g.code = r->code;
    g.name = r->name;
    g.level = r->level;
    g.target = r->target;
    const auto next = s->skill->statements.upper_bound(r->level);
    if (next != s->skill->statements.end()) {
      g.next_level = next->first;
      g.next_level_label = LevelLabel(s->framework->scale, next->first);
      g.next_statements = next->second;
    }
    out.push_back(std::move(g));
  }
  return out;
}

}  // namespace skillscope
