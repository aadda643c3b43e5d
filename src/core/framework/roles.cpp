#include "core/framework/roles.h"

#include <algorithm>

#include "core/json/input.h"
#include "core/text/messages.h"

namespace skillscope {
namespace {
using nlohmann::json;

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// "1-3" or "1, 2, 5": where a skill has statements.
std::string DefinedLevelsText(const Skill& skill) {
  Scale defined;
  for (const auto& entry : skill.statements) defined.levels.push_back({entry.first, {}, {}});
  return defined.RangeText();
}

std::string NoSuchSkill(const Framework& fw, const std::string& code) {
  std::string best;
  std::size_t best_distance = 3;  // suggest close misses only
  for (const Skill& s : fw.skills) {
    const std::size_t d = EditDistance(code, s.code);
    if (d < best_distance) {
      best_distance = d;
      best = s.code;
    }
  }
  return best.empty() ? Tr(MSG("framework.roles.no_such_skill"), code)
                      : Tr(MSG("framework.roles.no_such_skill_did_you_mean"), code, best);
}

void ReadRoleLevels(JsonReader& r, const json& item, const std::string& path, const Framework& fw, Role& role) {
  const json* levels = r.Field(item, path, "levels", true);
  if (!levels) return;
  const std::string levels_path = JsonPathMember(path, "levels");
  if (!levels->is_object() || levels->empty()) {
    r.Report(levels_path, Tr(MSG("framework.roles.levels_not_object"),
                             levels->is_object() ? Tr(MSG("framework.roles.empty_object")) : DescribeJsonType(*levels)));
    return;
  }
  for (const auto& entry : levels->items()) {
    const std::string level_path = JsonPathMember(levels_path, entry.key());
    const Skill* skill = fw.FindSkill(entry.key());
    if (!skill) {
      r.Report(level_path, NoSuchSkill(fw, entry.key()));
      continue;
    }
    const json& value = entry.value();
    if (!value.is_number_integer()) {
      r.Report(level_path, Tr(MSG("framework.roles.expected_level"), DescribeJsonType(value)));
      continue;
    }
    const long long level = value.get<long long>();
    if (level < 0 || level > 99 || !fw.scale.Find(static_cast<int>(level))) {
      r.Report(level_path, Tr(MSG("json.level_not_on_scale"), std::to_string(level),
                              Tr(MSG("framework.this_scale"), fw.scale.RangeText())));
      continue;
    }
    if (!skill->DefinedAt(static_cast<int>(level))) {
      r.Report(level_path, Tr(MSG("framework.roles.not_defined_at_level"), skill->code, std::to_string(level),
                              DefinedLevelsText(*skill)));
      continue;
    }
    role.levels[skill->code] = static_cast<int>(level);
  }
}

}  // namespace

void ReadRoles(JsonReader& r, const json& doc, Framework& fw) {
  const json* v = r.Field(doc, "", "roles", false);
  if (!v) return;
  if (!v->is_array()) {
    r.Report("roles", Tr(MSG("json.expected_list"), Tr(MSG("framework.what.roles")), DescribeJsonType(*v)));
    return;
  }
  if (v->size() > kMaxRoles) {
    r.Report("roles", Tr(MSG("json.too_many"), std::to_string(v->size()), Tr(MSG("framework.what.roles")),
                         std::to_string(kMaxRoles)));
    return;
  }
  std::map<std::string, std::size_t> seen;  // lower-case name -> index
  for (std::size_t i = 0; i < v->size(); ++i) {
    const std::string path = JsonPathIndex("roles", i);
    const json& item = (*v)[i];
    if (!r.Object(item, path, {"name", "description", "levels"})) continue;
    Role role;
    if (auto name = r.Text(item, path, "name", true)) {
      const auto [it, inserted] = seen.emplace(Lower(*name), i);
      if (!inserted)
        r.Report(JsonPathMember(path, "name"),
                 Tr(MSG("framework.roles.duplicate_name"), *name, JsonPathIndex("roles", it->second)));
      role.name = *name;
    }
    if (auto d = r.Text(item, path, "description", false)) role.description = *d;
    ReadRoleLevels(r, item, path, fw, role);
    fw.roles.push_back(std::move(role));
  }
}

std::string RoleKey(const Framework& fw, const Role& role) { return fw.id + "@" + fw.version + "/" + role.name; }

std::vector<RoleRef> AllRoles(const Catalog& catalog) {
  std::vector<RoleRef> out;
  for (const CatalogEntry& e : catalog.entries()) {
    for (const Role& role : e.framework.roles) {
      const std::string version = catalog.Versions(e.framework.id).size() > 1 ? " " + e.framework.version : "";
      out.push_back({RoleKey(e.framework, role), role.name + " (" + e.framework.title + version + ")", &e.framework,
                     &role});
    }
  }
  return out;
}

const RoleRef* FindRoleRef(const std::vector<RoleRef>& roles, const std::string& key) {
  for (const RoleRef& r : roles)
    if (r.key == key) return &r;
  return nullptr;
}

}  // namespace skillscope
