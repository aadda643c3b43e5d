#include "core/table/framework_file.h"

#include <algorithm>

#include "core/json/input.h"
#include "core/json/reader.h"
#include "core/json/writer.h"
#include "core/text/messages.h"
#include "core/text/plain_text.h"

namespace skillscope {
namespace {

// The framework format's rule for ids (schemas/framework.schema.json, "id").
bool IsUsableId(std::string_view id) {
  if (id.empty() || id.size() > 64 || id.front() == '-') return false;
  return std::all_of(id.begin(), id.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

// Fields in the order of docs/framework-format.md, so the file reads like the example
// there. Written with JsonTextWriter, not nlohmann::ordered_json: a second JSON type
// would double nlohmann's code in the wasm (json/writer.h).
std::string FrameworkText(const FrameworkDetails& d, const Scale& scale, const std::vector<SkillFromTable>& skills,
                          int indent) {
  JsonTextWriter w(indent);
  w.BeginObject();
  w.Key("format").Value(kFrameworkFormat);
  w.Key("formatVersion").Value(kFrameworkFormatVersion);
  w.Key("id").Value(d.id);
  w.Key("version").Value(d.version);
  w.Key("title").Value(d.title);
  if (!d.description.empty()) w.Key("description").Value(d.description);
  w.Key("source").Value(d.source);
  w.Key("attribution").Value(d.attribution);
  if (!d.notes.empty()) w.Key("notes").Value(d.notes);
  w.Key("scale").BeginObject();
  if (!scale.name.empty()) w.Key("name").Value(scale.name);
  w.Key("levels").BeginArray();
  for (const ScaleLevel& level : scale.levels) {
    w.BeginObject().Key("level").Value(level.number);
    if (!level.name.empty()) w.Key("name").Value(level.name);
    if (!level.description.empty()) w.Key("description").Value(level.description);
    w.EndObject();
  }
  w.EndArray().EndObject();
  w.Key("skills").BeginArray();
  for (const SkillFromTable& s : skills) {
    w.BeginObject().Key("code").Value(s.skill.code).Key("name").Value(s.skill.name);
    if (!s.skill.category.empty()) w.Key("category").Value(s.skill.category);
    if (!s.skill.description.empty()) w.Key("description").Value(s.skill.description);
    w.Key("levels").BeginObject();
    for (const auto& [level, statements] : s.skill.statements) w.Key(std::to_string(level)).Value(statements);
    w.EndObject().EndObject();
  }
  w.EndArray().EndObject();
  return w.text();
}

// Indented for people to read and commit; compact when indenting alone would pass the limit.
std::string FrameworkFileText(const FrameworkDetails& d, const Scale& scale, const std::vector<SkillFromTable>& skills,
                              std::size_t max_bytes) {
  std::string text = FrameworkText(d, scale, skills, 2);
  if (text.size() > max_bytes) text = FrameworkText(d, scale, skills, -1);
  return text;
}

}  // namespace

std::vector<DetailProblem> CheckFrameworkDetails(FrameworkDetails& d) {
  for (std::string* field : {&d.title, &d.id, &d.version, &d.source, &d.attribution, &d.description, &d.notes})
    *field = std::string(TrimSpace(*field));
  std::vector<DetailProblem> problems;
  if (d.title.empty()) problems.push_back({"title", Tr(MSG("table.details.title_missing"))});
  if (d.id.empty()) d.id = MakeFrameworkId(d.title);
  if (!IsUsableId(d.id) && !d.title.empty())
    problems.push_back({"id", Tr(MSG("table.details.id_unusable"))});
  if (d.version.empty()) problems.push_back({"version", Tr(MSG("table.details.version_missing"))});
  else if (Utf8Length(d.version) > 64) problems.push_back({"version", Tr(MSG("table.details.version_too_long"))});
  if (d.source.empty()) problems.push_back({"source", Tr(MSG("table.details.source_missing"))});
  if (d.attribution.empty())
    problems.push_back({"attribution", Tr(MSG("table.details.attribution_missing"))});
  return problems;
}

FrameworkFile WriteFrameworkFile(const TableConversion& conversion, const Scale& scale,
                                 const FrameworkDetails& details, const std::string& file_name,
                                 std::size_t max_bytes) {
  FrameworkFile out;
  out.details = details;
  out.details_missing = CheckFrameworkDetails(out.details);
  if (!conversion.ok()) {
    out.errors.push_back(Tr(MSG("table.details.table_has_errors")));
    return out;
  }
  if (!out.details_missing.empty()) return out;
  std::string json = FrameworkFileText(out.details, scale, conversion.skills, max_bytes);
  if (json.size() > max_bytes) {
    out.errors.push_back(Tr(MSG("table.details.framework_too_large"), HumanSize(json.size()), HumanSize(max_bytes)));
    return out;
  }
  out.load = LoadFramework(json, file_name);
  if (out.load.ok()) out.json = std::move(json);
  out.errors.insert(out.errors.end(), out.load.errors.begin(), out.load.errors.end());
  return out;
}

std::string MakeFrameworkId(std::string_view title) {
  std::string id;
  for (char c : title) {
    if (IsAsciiLetterOrDigit(c)) id += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    else if (!id.empty() && id.back() != '-') id += '-';
  }
  id = id.substr(0, 64);
  while (!id.empty() && id.back() == '-') id.pop_back();
  return id;
}

}  // namespace skillscope
