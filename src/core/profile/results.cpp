#include "core/profile/results.h"

#include <algorithm>
#include <map>

#include "core/profile/assessment.h"
#include "core/text/messages.h"

namespace skillscope {

std::string CategoryPath(const Skill& s) {
  std::string path;
  for (const std::string& c : s.category) path += (path.empty() ? "" : " \xE2\x80\xBA ") + c;
  return path;
}

const std::string& NotALevelLabel(AnswerKind kind) {
  switch (kind) {
    case AnswerKind::NotApplicable: return Tr(MSG("profile.results.not_applicable"));
    case AnswerKind::Skipped: return Tr(MSG("profile.results.skipped"));
    case AnswerKind::Unanswered:
    case AnswerKind::Level: break;
  }
  return Tr(MSG("profile.results.not_answered"));
}

namespace {

// The name a scale gives a level ("Apply"), "" when none.
std::string LevelName(const Scale& scale, int level) {
  const ScaleLevel* l = scale.Find(level);
  return l ? l->name : std::string();
}

// "level 3 Apply", "target 4 Enable": a level inside a sentence.
std::string LevelInSentence(int level, const std::string& name) {
  return name.empty() ? Tr(MSG("profile.results.level_in_sentence"), level)
                      : Tr(MSG("profile.results.level_in_sentence_named"), level, name);
}
std::string TargetInSentence(int level, const std::string& name) {
  return name.empty() ? Tr(MSG("profile.results.target_in_sentence"), level)
                      : Tr(MSG("profile.results.target_in_sentence_named"), level, name);
}

// "a, b, c": the facts of a summary line.
std::string Facts(const std::vector<std::string>& facts) {
  std::string out;
  for (const std::string& f : facts) out += (out.empty() ? "" : ", ") + f;
  return out;
}

SkillResult UnavailableRow(const std::string& key, const Answer& a) {
  SkillResult r;
  r.key = key;
  r.available = false;
  r.code = key;
  r.name = Tr(MSG("profile.results.not_available"));
  r.kind = a.kind == AnswerKind::Level ? AnswerKind::Unanswered : a.kind;
  r.level_label = NotALevelLabel(r.kind);
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
        r.level_name = LevelName(s.framework->scale, a.level);
        r.level_statements = s.skill->statements.at(a.level);
        r.overridden = a.overridden;
        break;
      case AnswerKind::NotApplicable:
      case AnswerKind::Skipped:
      case AnswerKind::Unanswered: r.level_label = NotALevelLabel(r.kind); break;
    }
    if (a.target > 0 && s.framework->scale.Find(a.target)) {
      r.target = a.target;
      r.target_label = LevelLabel(s.framework->scale, a.target);
      r.target_name = LevelName(s.framework->scale, a.target);
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
      std::vector<std::string> facts;
      switch (r.kind) {
        case AnswerKind::Level: facts.push_back(LevelInSentence(r.level, r.level_name)); break;
        case AnswerKind::NotApplicable: facts.push_back(Tr(MSG("profile.results.not_applicable_in_sentence"))); break;
        case AnswerKind::Skipped: facts.push_back(Tr(MSG("profile.results.skipped_in_sentence"))); break;
        case AnswerKind::Unanswered: facts.push_back(Tr(MSG("profile.results.not_answered_in_sentence"))); break;
      }
      if (r.target > 0) facts.push_back(TargetInSentence(r.target, r.target_name));
      lines.push_back(title + " \xE2\x80\x94 " + Facts(facts));
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
    std::vector<std::string> facts{TrN(MSG("profile.results.skills_at_a_level"), answered, rows.size())};
    if (answered > 0)
      facts.push_back(Tr(MSG("profile.results.average_level"), FormatDecimal(static_cast<double>(sum) / answered, 1)));
    if (above > 0) facts.push_back(TrN(MSG("profile.results.targets_above"), above));
    lines.push_back(title + " \xE2\x80\x94 " + Facts(facts));
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
