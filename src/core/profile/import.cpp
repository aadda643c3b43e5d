#include "core/profile/import.h"

#include <map>
#include <optional>
#include <set>

#include "core/framework/loader.h"
#include "core/json/input.h"
#include "core/profile/json.h"
#include "core/text/messages.h"

namespace skillscope {
namespace {

std::string AnswerPath(const std::string& key) { return JsonPathMember("answers", key); }

// Problems with one answer against its skill, as "path: message"; empty when fine.
std::vector<std::string> AnswerProblems(const std::string& path, const Answer& a, const Framework& fw, const Skill& s) {
  std::vector<std::string> out;
  if (a.kind == AnswerKind::Level && !s.DefinedAt(a.level)) {
    if (a.level > s.HighestDefined())
      out.push_back(path + ".level: " + Tr(MSG("profile.import.above_highest_level"), a.level, s.HighestDefined()));
    else if (a.level < s.LowestDefined())
      out.push_back(path + ".level: " + Tr(MSG("profile.import.below_lowest_level"), a.level, s.LowestDefined()));
    else
      out.push_back(path + ".level: " + Tr(MSG("profile.import.not_defined_at_level"), s.code, a.level));
  }
  if (a.target != 0 && !fw.scale.Find(a.target))
    out.push_back(path + ".target: " + Tr(MSG("profile.import.target_not_on_scale"), a.target, fw.scale.RangeText()));
  for (const auto& [level, ratings] : a.ratings) {
    const std::string rp = JsonPathMember(path + ".ratings", std::to_string(level));
    const auto it = s.statements.find(level);
    if (it == s.statements.end())
      out.push_back(rp + ": " + Tr(MSG("profile.import.no_statements_at_level"), s.code, level));
    else if (ratings.size() > it->second.size())
      out.push_back(rp + ": " + TrN(MSG("profile.import.more_ratings_than_statements"),
                                    static_cast<long long>(it->second.size()), ratings.size()));
  }
  return out;
}

}  // namespace

std::vector<std::string> CheckAnswers(Profile& p, const Catalog& catalog, bool lenient) {
  std::vector<std::string> problems;
  SkillFinder skills;  // each answer and selected skill is looked up by its code
  auto check_map = [&](std::map<std::string, Answer>& answers, const std::string& base) {
    for (auto it = answers.begin(); it != answers.end();) {
      const std::string path = base.empty() ? AnswerPath(it->first) : JsonPathMember(base, it->first);
      std::string fw_id, code;
      SplitSkillKey(it->first, &fw_id, &code);
      const FrameworkRef* ref = p.FindFramework(fw_id);
      const CatalogEntry* entry = ref ? catalog.Find(ref->id, ref->version) : nullptr;
      std::vector<std::string> found;
      if (!ref) {
        found.push_back(path + ": " + Tr(MSG("profile.framework_not_listed"), fw_id));
      } else if (entry) {
        const Skill* skill = skills.Find(entry->framework, code);
        if (!skill) found.push_back(path + ": " + Tr(MSG("profile.import.no_such_skill"), fw_id, code));
        else found = AnswerProblems(path, it->second, entry->framework, *skill);
      }
      problems.insert(problems.end(), found.begin(), found.end());
      if (lenient && !found.empty()) it = answers.erase(it);
      else ++it;
    }
  };
  check_map(p.answers, "");
  for (std::size_t i = 0; i < p.snapshots.size(); ++i)
    check_map(p.snapshots[i].answers, JsonPathMember(JsonPathIndex("snapshots", i), "answers"));
  // The selection may only name skills that exist.
  std::vector<std::string> kept;
  for (std::size_t i = 0; i < p.selection.size(); ++i) {
    std::string fw_id, code;
    SplitSkillKey(p.selection[i], &fw_id, &code);
    const FrameworkRef* ref = p.FindFramework(fw_id);
    const CatalogEntry* entry = ref ? catalog.Find(ref->id, ref->version) : nullptr;
    if (entry && !skills.Find(entry->framework, code)) {
      problems.push_back(JsonPathIndex("selection", i) + ": " + Tr(MSG("profile.import.no_such_skill"), fw_id, code));
      if (lenient) continue;
    }
    kept.push_back(p.selection[i]);
  }
  p.selection = std::move(kept);
  return problems;
}

ImportReport ImportProfile(std::string_view text, const std::string& file_name, const Catalog& catalog) {
  ImportReport out;
  ProfileRead read = ReadProfile(text, file_name);
  if (!read.ok()) {
    out.errors = std::move(read.errors);
    return out;
  }
  Profile p = std::move(*read.profile);
  const std::string prefix = file_name + ": ";
  if (read.schema_version < kProfileSchemaVersionWithoutPlan)
    out.notes.push_back(Tr(MSG("profile.import.migrated"), read.schema_version, kProfileSchemaVersionWithoutPlan));

  // Frameworks: from this browser, or carried in the file. The catalog is copied only
  // to add those carried in the file (a copy of a 4 MB framework costs its reading).
  std::optional<Catalog> with_embedded;
  if (!read.embedded_frameworks.empty()) with_embedded = catalog;
  const Catalog& available = with_embedded ? *with_embedded : catalog;
  for (const auto& [id, json_text] : read.embedded_frameworks) {
    FrameworkLoad load = LoadFramework(json_text, Tr(MSG("profile.import.framework_inside"), file_name, id));
    if (!load.ok()) {
      out.errors.insert(out.errors.end(), load.errors.begin(), load.errors.end());
      continue;
    }
    const Framework& fw = *load.framework;
    const FrameworkRef* ref = p.FindFramework(id);
    std::size_t index = 0;
    while (index < p.frameworks.size() && p.frameworks[index].id != id) ++index;
    const std::string path = JsonPathMember(JsonPathIndex("frameworks", index), "embedded");
    if (!ref || fw.id != ref->id || fw.version != ref->version) {
      out.errors.push_back(prefix + path + ": " +
                           Tr(MSG("profile.import.framework_inside_differs"), fw.id, fw.version, id,
                              ref ? ref->version : std::string("?")));
      continue;
    }
    if (with_embedded->Add(fw, FrameworkOrigin::Custom) == AddOutcome::Conflict) {
      out.errors.push_back(prefix + path + ": " + Tr(MSG("profile.import.framework_conflict"), fw.id, fw.version));
      continue;
    }
    out.embedded.push_back(fw);
  }
  if (!out.errors.empty()) return out;

  std::set<std::string> changed;
  for (FrameworkRef& ref : p.frameworks) {
    const CatalogEntry* entry = available.Find(ref.id, ref.version);
    if (!entry) {
      out.missing.push_back(ref);
      continue;
    }
    if (!ref.content_hash.empty() && ref.content_hash != entry->framework.content_hash()) changed.insert(ref.id);
    ref.content_hash = entry->framework.content_hash();  // the version it now lives with
  }
  if (!out.missing.empty()) {
    for (const FrameworkRef& m : out.missing)
      out.errors.push_back(prefix + Tr(MSG("profile.import.framework_missing"), m.id, m.version));
    return out;
  }

  // Answers against frameworks unchanged since the export must all be valid (a broken
  // file imports nothing); against a changed one, what no longer fits is left out and
  // listed. Check the unchanged part strictly, then the whole leniently: by then only
  // answers of changed frameworks can be removed.
  Profile strict = p;
  auto unchanged_only = [&](std::map<std::string, Answer>& answers) {
    for (auto it = answers.begin(); it != answers.end();) {
      std::string fw_id, code;
      SplitSkillKey(it->first, &fw_id, &code);
      it = changed.count(fw_id) ? answers.erase(it) : std::next(it);
    }
  };
  unchanged_only(strict.answers);
  for (Snapshot& snap : strict.snapshots) unchanged_only(snap.answers);
  strict.selection.clear();
  for (const std::string& key : p.selection) {
    std::string fw_id, code;
    SplitSkillKey(key, &fw_id, &code);
    if (!changed.count(fw_id)) strict.selection.push_back(key);
  }
  for (const std::string& e : CheckAnswers(strict, available, false)) out.errors.push_back(prefix + e);
  if (!out.errors.empty()) return out;
  for (const std::string& w : CheckAnswers(p, available, true))
    out.warnings.push_back(prefix + Tr(MSG("profile.import.left_out"), w));
  for (const std::string& id : changed) out.notes.push_back(Tr(MSG("profile.import.framework_changed"), id));
  out.profile = std::move(p);
  return out;
}

}  // namespace skillscope
