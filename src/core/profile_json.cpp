#include "core/profile_json.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/json_input.h"
#include "core/json_reader.h"
#include "core/version.h"

namespace skillscope {
namespace {
using nlohmann::json;
// Written files keep their fields in a readable order (format first), unlike the sorted
// objects used for reading.
using ojson = nlohmann::ordered_json;

ojson AnswerToJson(const Answer& a) {
  ojson j = {{"status", ToString(a.kind)}, {"mode", ToString(a.mode)}};
  if (a.kind == AnswerKind::Level) j["level"] = a.level;
  if (!a.ratings.empty()) {
    ojson ratings = ojson::object();
    for (const auto& [level, list] : a.ratings) {
      ojson arr = ojson::array();
      for (Rating r : list) arr.push_back(ToString(r));
      ratings[std::to_string(level)] = arr;
    }
    j["ratings"] = ratings;
  }
  if (a.overridden) j["overridden"] = true;
  if (a.target > 0) j["target"] = a.target;
  if (a.confidence != Confidence::Unset) j["confidence"] = ToString(a.confidence);
  if (!a.notes.empty()) j["notes"] = a.notes;
  if (!a.updated.empty()) j["updated"] = a.updated;
  return j;
}

template <typename Enum, std::size_t N>
std::optional<Enum> ParseEnum(const std::string& text, const Enum (&values)[N]) {
  for (Enum v : values)
    if (text == ToString(v)) return v;
  return std::nullopt;
}

template <typename Enum, std::size_t N>
std::string Choices(const Enum (&values)[N]) {
  std::string out;
  for (std::size_t i = 0; i < N; ++i) out += (i ? ", " : "") + std::string("\"") + ToString(values[i]) + "\"";
  return out;
}

constexpr AnswerKind kKinds[] = {AnswerKind::Unanswered, AnswerKind::Level, AnswerKind::NotApplicable,
                                 AnswerKind::Skipped};
constexpr AnswerMode kModes[] = {AnswerMode::Quick, AnswerMode::Statements};
constexpr Rating kRatings[] = {Rating::Unrated, Rating::NotYet, Rating::Partly, Rating::Consistently};
constexpr Confidence kConfidences[] = {Confidence::Unset, Confidence::Low, Confidence::Medium, Confidence::High};

template <typename Enum, std::size_t N>
std::optional<Enum> ReadEnum(JsonReader& r, const json& obj, const std::string& path, const char* key,
                             const Enum (&values)[N], bool required) {
  const json* v = r.Field(obj, path, key, required);
  if (!v) return std::nullopt;
  const std::string p = JsonPathMember(path, key);
  if (!v->is_string()) {
    r.Report(p, "expected one of " + Choices(values) + ", found " + DescribeJsonType(*v));
    return std::nullopt;
  }
  const auto parsed = ParseEnum(v->get<std::string>(), values);
  if (!parsed) r.Report(p, "expected one of " + Choices(values) + ", found " + v->dump(-1, ' ', false, json::error_handler_t::replace));
  return parsed;
}

// Free text the person wrote (names, notes): any string, empty allowed, bounded.
std::string ReadFreeText(JsonReader& r, const json& obj, const std::string& path, const char* key,
                         std::size_t max_chars) {
  const json* v = r.Field(obj, path, key, false);
  if (!v) return {};
  if (!v->is_string()) {
    r.Report(JsonPathMember(path, key), "expected text, found " + DescribeJsonType(*v));
    return {};
  }
  std::string text = v->get<std::string>();
  // Control characters (NUL included) have no place in names or notes; tabs and line
  // breaks do.
  text.erase(std::remove_if(text.begin(), text.end(),
                            [](char c) { return static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t' && c != '\r'; }),
             text.end());
  if (Utf8Length(text) > max_chars) {
    r.Report(JsonPathMember(path, key), "text is " + std::to_string(Utf8Length(text)) +
                                            " characters long; the limit is " + std::to_string(max_chars));
    return {};
  }
  return text;
}

Answer ReadAnswer(JsonReader& r, const json& v, const std::string& path) {
  Answer a;
  if (!r.Object(v, path, {"status", "mode", "level", "ratings", "overridden", "target", "confidence", "notes",
                          "updated"}))
    return a;
  a.kind = ReadEnum(r, v, path, "status", kKinds, true).value_or(AnswerKind::Unanswered);
  a.mode = ReadEnum(r, v, path, "mode", kModes, false).value_or(AnswerMode::Quick);
  if (const auto level = r.Integer(v, path, "level", a.kind == AnswerKind::Level, 0, 99)) a.level = static_cast<int>(*level);
  if (a.kind != AnswerKind::Level && v.contains("level"))
    r.Report(JsonPathMember(path, "level"), std::string("a level is only given with \"status\": \"level\", not \"") +
                                                ToString(a.kind) + "\"");
  if (const json* ratings = r.Field(v, path, "ratings", false)) {
    const std::string rp = JsonPathMember(path, "ratings");
    if (!ratings->is_object()) {
      r.Report(rp, "expected an object from level number to ratings, found " + DescribeJsonType(*ratings));
    } else {
      for (const auto& item : ratings->items()) {
        const std::string lp = JsonPathMember(rp, item.key());
        int level = -1;
        if (item.key().size() <= 2 && !item.key().empty() &&
            item.key().find_first_not_of("0123456789") == std::string::npos &&
            !(item.key().size() == 2 && item.key()[0] == '0'))
          level = std::stoi(item.key());
        if (level < 0) {
          r.Report(lp, "level keys must be whole numbers written like \"1\"");
          continue;
        }
        if (!item.value().is_array() || item.value().size() > 1000) {
          r.Report(lp, "expected a list of ratings, found " + DescribeJsonType(item.value()));
          continue;
        }
        std::vector<Rating> list;
        for (std::size_t i = 0; i < item.value().size(); ++i) {
          const json& e = item.value()[i];
          const auto rating = e.is_string() ? ParseEnum(e.get<std::string>(), kRatings) : std::nullopt;
          if (!rating) {
            r.Report(JsonPathIndex(lp, i), "expected one of " + Choices(kRatings) + ", found " +
                                               e.dump(-1, ' ', false, json::error_handler_t::replace));
            continue;
          }
          list.push_back(*rating);
        }
        a.ratings[level] = std::move(list);
      }
    }
  }
  if (const json* o = r.Field(v, path, "overridden", false)) {
    if (!o->is_boolean()) r.Report(JsonPathMember(path, "overridden"), "expected true or false, found " + DescribeJsonType(*o));
    else a.overridden = o->get<bool>();
  }
  if (a.mode == AnswerMode::Quick) a.overridden = false;  // quick mode has no suggestion to override
  if (const auto target = r.Integer(v, path, "target", false, 0, 99)) a.target = static_cast<int>(*target);
  a.confidence = ReadEnum(r, v, path, "confidence", kConfidences, false).value_or(Confidence::Unset);
  a.notes = ReadFreeText(r, v, path, "notes", 100000);
  a.updated = ReadFreeText(r, v, path, "updated", 64);
  return a;
}

std::map<std::string, Answer> ReadAnswers(JsonReader& r, const json& obj, const std::string& path) {
  std::map<std::string, Answer> out;
  if (!obj.is_object()) {
    r.Report(path, "expected an object from skill key to answer, found " + DescribeJsonType(obj));
    return out;
  }
  for (const auto& item : obj.items()) {
    const std::string item_path = JsonPathMember(path, item.key());
    std::string fw, code;
    if (!SplitSkillKey(item.key(), &fw, &code)) {
      r.Report(item_path, "answer keys are skill keys like \"sfia/ITOP\"");
      continue;
    }
    out[item.key()] = ReadAnswer(r, item.value(), item_path);
  }
  return out;
}

ojson AnswersToJson(const std::map<std::string, Answer>& answers) {
  ojson out = ojson::object();
  for (const auto& [key, answer] : answers) out[key] = AnswerToJson(answer);
  return out;
}

ojson ProfileDoc(const Profile& p) {
  ojson frameworks = ojson::array();
  for (const FrameworkRef& f : p.frameworks)
    frameworks.push_back({{"id", f.id}, {"version", f.version}, {"hash", f.content_hash}});
  ojson snapshots = ojson::array();
  for (const Snapshot& s : p.snapshots)
    snapshots.push_back({{"id", s.id}, {"name", s.name}, {"taken", s.taken}, {"answers", AnswersToJson(s.answers)}});
  return {
      {"format", kProfileFormat},
      {"schemaVersion", kProfileSchemaVersion},
      {"app", std::string("skillscope ") + kAppVersion},
      {"id", p.id},
      {"name", p.name},
      {"person", p.person},
      {"created", p.created},
      {"updated", p.updated},
      {"frameworks", frameworks},
      {"selection", p.selection},
      {"answers", AnswersToJson(p.answers)},
      {"snapshots", snapshots},
  };
}

}  // namespace

std::string ProfileToJson(const Profile& p, int indent) {
  // Replace invalid UTF-8 instead of throwing: user text must never abort an export.
  return ProfileDoc(p).dump(indent, ' ', false, ojson::error_handler_t::replace);
}

std::string ExportProfileJson(const Profile& p, const std::vector<std::string>& embedded, int indent) {
  ojson doc = ProfileDoc(p);
  for (const std::string& text : embedded) {
    const ojson fw = ojson::parse(text, nullptr, false);
    if (fw.is_discarded() || !fw.is_object() || !fw.contains("id")) continue;
    for (ojson& ref : doc["frameworks"])
      if (ref["id"] == fw["id"]) ref["embedded"] = fw;
  }
  return doc.dump(indent, ' ', false, ojson::error_handler_t::replace);
}

ProfileRead ReadProfile(std::string_view text, const std::string& source_name) {
  ProfileRead out;
  const std::string prefix = source_name + ": ";
  JsonLimits limits;
  limits.max_bytes = kMaxProfileBytes;
  ParsedJson parsed = ParseUntrustedJson(text, limits);
  if (!parsed.ok()) {
    out.errors.push_back(prefix + parsed.error);
    return out;
  }
  const json& doc = parsed.value;
  if (!doc.is_object()) {
    out.errors.push_back(prefix + "expected a profile (a JSON object) at the top level, found " + DescribeJsonType(doc));
    return out;
  }
  if (const std::string mismatch = FormatMismatch(doc, kProfileFormat, "profile", "skillscope-framework",
                                                   "this is a framework; load it with Load framework");
      !mismatch.empty()) {
    out.errors.push_back(prefix + mismatch);
    return out;
  }
  JsonReader r;
  const auto version = r.Integer(doc, "", "schemaVersion", true, 1, 1000000);
  if (!version) {
    for (const Problem& p : r.problems()) out.errors.push_back(prefix + p.ToString());
    return out;
  }
  if (*version > kProfileSchemaVersion) {
    out.errors.push_back(prefix + "schemaVersion: this profile was saved by a newer skillscope (schema version " +
                         std::to_string(*version) + "; this app reads up to " + std::to_string(kProfileSchemaVersion) +
                         "). Nothing was imported; open it with a newer version of the app.");
    return out;
  }

  out.schema_version = static_cast<int>(*version);
  // Version 1 had no snapshots; everything else is the same (migration: none to add).
  if (*version >= 2) {
    r.Object(doc, "", {"format", "schemaVersion", "app", "id", "name", "person", "created", "updated", "frameworks",
                       "selection", "answers", "snapshots"});
  } else {
    if (doc.contains("snapshots"))
      r.Report("snapshots", "snapshots need schemaVersion 2; this file says schemaVersion " + std::to_string(*version));
    r.Object(doc, "", {"format", "schemaVersion", "app", "id", "name", "person", "created", "updated", "frameworks",
                       "selection", "answers", "snapshots"});
  }
  Profile p;
  p.id = ReadFreeText(r, doc, "", "id", 128);
  p.name = ReadFreeText(r, doc, "", "name", 200);
  p.person = ReadFreeText(r, doc, "", "person", 200);
  p.created = ReadFreeText(r, doc, "", "created", 64);
  p.updated = ReadFreeText(r, doc, "", "updated", 64);
  ReadFreeText(r, doc, "", "app", 200);
  if (const auto id = doc.find("id"); id == doc.end() || (id->is_string() && p.id.empty()))
    r.Report("id", "the profile id is missing or empty");

  if (const json* fws = r.Field(doc, "", "frameworks", true)) {
    if (!fws->is_array() || fws->size() > 1000) {
      r.Report("frameworks", "expected a list of frameworks, found " + DescribeJsonType(*fws));
    } else {
      for (std::size_t i = 0; i < fws->size(); ++i) {
        const std::string path = JsonPathIndex("frameworks", i);
        const json& f = (*fws)[i];
        if (!r.Object(f, path, {"id", "version", "hash", "embedded"})) continue;
        FrameworkRef ref;
        ref.id = r.Text(f, path, "id", true).value_or("");
        ref.version = r.Text(f, path, "version", true).value_or("");
        ref.content_hash = ReadFreeText(r, f, path, "hash", 100);
        if (!ref.id.empty() && p.FindFramework(ref.id)) {
          r.Report(JsonPathMember(path, "id"), "framework \"" + ref.id + "\" is listed twice");
          continue;
        }
        if (const json* embedded = r.Field(f, path, "embedded", false)) {
          if (!embedded->is_object())
            r.Report(JsonPathMember(path, "embedded"), "expected a framework (an object), found " + DescribeJsonType(*embedded));
          else
            out.embedded_frameworks.emplace_back(ref.id, embedded->dump(-1, ' ', false, json::error_handler_t::replace));
        }
        p.frameworks.push_back(std::move(ref));
      }
    }
  }
  if (const json* sel = r.Field(doc, "", "selection", true)) {
    if (!sel->is_array() || sel->size() > 100000) {
      r.Report("selection", "expected a list of skill keys, found " + DescribeJsonType(*sel));
    } else {
      for (std::size_t i = 0; i < sel->size(); ++i) {
        const std::string path = JsonPathIndex("selection", i);
        std::string fw, code;
        if (!(*sel)[i].is_string() || !SplitSkillKey((*sel)[i].get<std::string>(), &fw, &code)) {
          r.Report(path, "expected a skill key like \"sfia/ITOP\", found " +
                             (*sel)[i].dump(-1, ' ', false, json::error_handler_t::replace));
          continue;
        }
        if (!p.FindFramework(fw)) r.Report(path, "framework \"" + fw + "\" is not in the profile's list of frameworks");
        const std::string key = (*sel)[i].get<std::string>();
        if (std::find(p.selection.begin(), p.selection.end(), key) != p.selection.end()) {
          r.Report(path, "\"" + key + "\" is listed twice");
          continue;
        }
        p.selection.push_back(key);
      }
    }
  }
  if (const json* answers = r.Field(doc, "", "answers", true)) p.answers = ReadAnswers(r, *answers, "answers");
  if (*version >= 2) {
    if (const json* snaps = r.Field(doc, "", "snapshots", false)) {
      if (!snaps->is_array() || snaps->size() > 1000) {
        r.Report("snapshots", "expected a list of snapshots, found " + DescribeJsonType(*snaps));
      } else {
        for (std::size_t i = 0; i < snaps->size(); ++i) {
          const std::string path = JsonPathIndex("snapshots", i);
          const json& sj = (*snaps)[i];
          if (!r.Object(sj, path, {"id", "name", "taken", "answers"})) continue;
          Snapshot snap;
          snap.id = ReadFreeText(r, sj, path, "id", 128);
          snap.name = ReadFreeText(r, sj, path, "name", 200);
          snap.taken = ReadFreeText(r, sj, path, "taken", 64);
          if (const json* a = r.Field(sj, path, "answers", true)) snap.answers = ReadAnswers(r, *a, JsonPathMember(path, "answers"));
          p.snapshots.push_back(std::move(snap));
        }
      }
    }
  }

  if (!r.ok()) {
    for (const Problem& pr : r.problems()) out.errors.push_back(prefix + pr.ToString());
    if (r.problems().size() >= JsonReader::kMaxProblems) out.errors.push_back(prefix + "(further problems not listed)");
    return out;
  }
  out.profile = std::move(p);
  return out;
}

}  // namespace skillscope
