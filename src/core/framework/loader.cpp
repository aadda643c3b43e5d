#include "core/framework/loader.h"

#include <map>

#include "core/json/canonical.h"
#include "core/json/document.h"
#include "core/json/input.h"
#include "core/framework/roles.h"
#include "core/json/reader.h"
#include "core/json/value_formats.h"
#include "core/text/messages.h"

namespace skillscope {
namespace {
using nlohmann::json;

bool ValidCode(const std::string& code) {
  if (code.empty() || code.size() > 32) return false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (!(alnum || (i > 0 && (c == '_' || c == '.' || c == '-')))) return false;
  }
  return true;
}

// Returns false when the scale has problems (skills are then not checked against it,
// to avoid a cascade of follow-on messages).
bool ReadScale(JsonReader& r, const json& doc, Scale& scale) {
  const std::size_t problems_before = r.problems().size();
  const json* v = r.Field(doc, "", "scale", true);
  if (!v || !r.Object(*v, "scale", {"name", "levels"})) return false;
  if (auto name = r.Text(*v, "scale", "name", false)) scale.name = *name;
  const json* levels =
      r.ListField(*v, "scale", "levels", Tr(MSG("framework.what.levels")).c_str(), kMaxScaleLevels, true, /*non_empty=*/true);
  if (!levels) return false;
  for (std::size_t i = 0; i < levels->size(); ++i) {
    const std::string path = JsonPathIndex("scale.levels", i);
    const json& item = (*levels)[i];
    if (!r.Object(item, path, {"level", "name", "description"})) continue;
    ScaleLevel level;
    const auto number = r.Integer(item, path, "level", true, 0, kHighestPossibleLevel);
    if (!number) continue;
    level.number = static_cast<int>(*number);
    if (auto name = r.Text(item, path, "name", false)) level.name = *name;
    if (auto d = r.Text(item, path, "description", false)) level.description = *d;
    if (!scale.levels.empty() && level.number <= scale.levels.back().number) {
      r.Report(JsonPathMember(path, "level"),
               level.number == scale.levels.back().number
                   ? Tr(MSG("framework.level_twice"), level.number)
                   : Tr(MSG("framework.levels_out_of_order"), level.number, scale.levels.back().number));
      continue;
    }
    scale.levels.push_back(std::move(level));
  }
  return r.problems().size() == problems_before;
}

// Takes the statements out of `item` (the document is dropped after reading).
void ReadSkillLevels(JsonReader& r, json& item, const std::string& path, const Scale* scale, Skill& skill) {
  json* levels = r.Field(item, path, "levels", true);
  if (!levels) return;
  const std::string levels_path = JsonPathMember(path, "levels");
  if (!levels->is_object()) {
    r.Report(levels_path, Tr(MSG("framework.levels_not_object"), DescribeJsonType(*levels)));
    return;
  }
  if (levels->empty()) {
    r.Report(levels_path, Tr(MSG("framework.skill_without_levels")));
    return;
  }
  const LevelScale on_scale =
      scale ? LevelScale{[scale](int n) { return scale->Find(n) != nullptr; },
                         Tr(MSG("framework.this_scale"), scale->RangeText())}
            : AnyLevelScale();
  const char* const statements_word = Tr(MSG("framework.what.statements")).c_str();
  const char* const statement_word = Tr(MSG("framework.what.statement")).c_str();
  for (auto& entry : levels->items()) {
    const std::string level_path = JsonPathMember(levels_path, entry.key());
    const auto number = r.LevelKey(entry.key(), level_path, on_scale);
    if (!number) continue;
    json* list = r.List(entry.value(), level_path, statements_word, kMaxStatementsPerLevel, /*non_empty=*/true);
    if (!list) continue;
    std::vector<std::string> statements;
    statements.reserve(list->size());
    for (std::size_t i = 0; i < list->size(); ++i) {
      if (auto text = r.TakeTextItem((*list)[i], level_path, i, statement_word))
        statements.push_back(std::move(*text));
    }
    skill.statements[*number] = std::move(statements);
  }
}

void ReadSkills(JsonReader& r, json& doc, const Scale* scale, std::vector<Skill>& skills) {
  json* v = r.ListField(doc, "", "skills", Tr(MSG("framework.what.skills")).c_str(), kMaxSkills, true, /*non_empty=*/true);
  if (!v) return;
  const char* const categories_word = Tr(MSG("framework.what.categories")).c_str();
  const char* const paragraphs_word = Tr(MSG("framework.what.paragraphs")).c_str();
  const char* const activities_word = Tr(MSG("framework.what.activities")).c_str();
  skills.reserve(v->size());
  std::map<std::string, std::size_t> seen_codes;
  for (std::size_t i = 0; i < v->size(); ++i) {
    const std::string path = JsonPathIndex("skills", i);
    json& item = (*v)[i];
    if (!r.Object(item, path, {"code", "name", "category", "description", "guidance", "activitiesIntro",
                                "activities", "levels"}))
      continue;
    Skill skill;
    if (const json* code = r.Field(item, path, "code", true)) {
      const std::string code_path = JsonPathMember(path, "code");
      if (!code->is_string()) {
        r.Report(code_path, Tr(MSG("framework.code_not_string"), DescribeJsonType(*code)));
      } else if (!ValidCode(code->get<std::string>())) {
        r.Report(code_path, Tr(MSG("framework.bad_code"), QuoteJson(*code)));
      } else {
        skill.code = code->get<std::string>();
        const auto [it, inserted] = seen_codes.emplace(skill.code, i);
        if (!inserted) {
          r.Report(code_path, Tr(MSG("framework.duplicate_code"), skill.code, JsonPathIndex("skills", it->second)));
        }
      }
    }
    if (auto name = r.Text(item, path, "name", true)) skill.name = *name;
    skill.category = r.TextList(item, path, "category", categories_word, 16);
    if (auto d = r.Text(item, path, "description", false)) skill.description = *d;
    skill.guidance = r.TextList(item, path, "guidance", paragraphs_word, 1000);
    if (auto intro = r.Text(item, path, "activitiesIntro", false)) skill.activities_intro = *intro;
    skill.activities = r.TextList(item, path, "activities", activities_word, 1000);
    ReadSkillLevels(r, item, path, scale, skill);
    skills.push_back(std::move(skill));
  }
}

// The one canonical form, from either path: whitespace and key order in the file do not
// change the hash (json/canonical.h).
std::string CanonicalDump(const json& doc, std::string_view text) { return CanonicalJson(doc, text.size()); }

}  // namespace

std::string CanonicalFrameworkJson(std::string_view text) {
  // The text is one LoadFramework accepted: the checks for untrusted input (depth, sizes,
  // duplicate keys, UTF-8) were made then, and a plain parse is enough.
  const json doc = ParseKnownJson(text);
  return doc.is_discarded() ? std::string() : CanonicalDump(doc, text);
}

FrameworkLoad LoadFramework(std::string_view text, const std::string& file_name, DeriveHash derive) {
  FrameworkLoad out;
  const std::string prefix = (file_name.empty() ? Tr(MSG("framework.unnamed_file")) : file_name) + ": ";
  std::optional<json> opened =
      OpenDocument(text, prefix,
                   {kMaxFrameworkBytes, kFrameworkFormat, "skillscope-profile", Tr(MSG("framework.profile_sent_instead")),
                    MSG("framework.not_an_object"), MSG("framework.not_a_framework")},
                   out.errors);
  if (!opened) return out;
  json& doc = *opened;
  JsonReader r;
  if (const auto version = r.Integer(doc, "", "formatVersion", true, 1, 1000000); version && *version != kFrameworkFormatVersion) {
    out.errors.push_back(prefix + "formatVersion: " +
                         Tr(*version > kFrameworkFormatVersion ? MSG("framework.format_version_newer")
                                                               : MSG("framework.format_version_older"),
                            std::to_string(kFrameworkFormatVersion), std::to_string(*version)));
    return out;
  }

  r.Object(doc, "", {"format", "formatVersion", "id", "version", "title", "description", "source", "attribution",
                     "notes", "scale", "skills", "roles"});
  // The canonical form is written before reading, which takes the statements out of the
  // document instead of copying megabytes of them.
  std::string canonical = derive == DeriveHash::Now ? CanonicalDump(doc, text) : std::string();
  Framework fw;
  if (auto id = r.FrameworkId(doc, "", "id")) fw.id = *id;
  if (auto v = r.Text(doc, "", "version", true)) {
    if (Utf8Length(*v) > 64) r.Report("version", Tr(MSG("framework.version_too_long")));
    else fw.version = *v;
  }
  if (auto t = r.Text(doc, "", "title", true)) fw.title = *t;
  if (auto d = r.Text(doc, "", "description", false)) fw.description = *d;
  if (auto s = r.Text(doc, "", "source", true)) fw.source = *s;
  if (auto a = r.Text(doc, "", "attribution", true)) fw.attribution = *a;
  if (auto n = r.Text(doc, "", "notes", false)) fw.notes = *n;
  const bool scale_ok = ReadScale(r, doc, fw.scale);
  ReadSkills(r, doc, scale_ok ? &fw.scale : nullptr, fw.skills);
  if (scale_ok) ReadRoles(r, doc, fw);

  if (!r.ok()) {
    out.errors = r.Messages(prefix);
    return out;
  }
  if (derive == DeriveHash::Now) fw.KeepCanonicalJson(std::move(canonical));
  else fw.KeepSourceText(std::string(text));
  out.framework = std::move(fw);
  return out;
}

}  // namespace skillscope
