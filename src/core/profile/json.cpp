// Reading and writing profile files (schemas/profile.schema.json).
//
// Sections
//   [SECTION] Reading: answers
//   [SECTION] Reading: frameworks, selection, snapshots
//   [SECTION] Writing (field order as documented: "format" first)
//   [SECTION] Entry points
#include "core/profile/json.h"

#include <algorithm>
#include <set>

#include <nlohmann/json.hpp>

#include "core/json/canonical.h"
#include "core/json/document.h"
#include "core/json/value_formats.h"
#include "core/framework/framework.h"
#include "core/json/input.h"
#include "core/json/reader.h"
#include "core/json/writer.h"
#include "core/profile/version.h"
#include "core/text/messages.h"

namespace skillscope {
namespace {
using nlohmann::json;

constexpr AnswerKind kKinds[] = {AnswerKind::Unanswered, AnswerKind::Level, AnswerKind::NotApplicable,
                                 AnswerKind::Skipped};
constexpr AnswerMode kModes[] = {AnswerMode::Quick, AnswerMode::Statements};
constexpr Rating kRatings[] = {Rating::Unrated, Rating::NotYet, Rating::Partly, Rating::Consistently};
constexpr Confidence kConfidences[] = {Confidence::Unset, Confidence::Low, Confidence::Medium, Confidence::High};

constexpr std::size_t kMaxIdChars = 128;
constexpr std::size_t kMaxNameChars = 200;
constexpr std::size_t kMaxNotesChars = 100000;
constexpr std::size_t kMaxRatingsPerLevel = 1000;

// ---------------------------------------------------------------------------
// [SECTION] Reading: answers
// ---------------------------------------------------------------------------
std::map<int, std::vector<Rating>> ReadRatings(JsonReader& r, const json& ratings, const std::string& path) {
  std::map<int, std::vector<Rating>> out;
  if (!ratings.is_object()) {
    r.Report(path, Tr(MSG("profile.ratings_not_object"), DescribeJsonType(ratings)));
    return out;
  }
  const LevelScale any_level = AnyLevelScale();
  const char* const ratings_word = Tr(MSG("profile.what.ratings")).c_str();
  for (const auto& item : ratings.items()) {
    const std::string level_path = JsonPathMember(path, item.key());
    const auto level = r.LevelKey(item.key(), level_path, any_level);
    if (!level) continue;
    const json* list = r.List(item.value(), level_path, ratings_word, kMaxRatingsPerLevel);
    if (!list) continue;
    std::vector<Rating> levels_ratings;
    for (std::size_t i = 0; i < list->size(); ++i) {
      if (const auto rating = r.EnumValue((*list)[i], JsonPathIndex(level_path, i), kRatings))
        levels_ratings.push_back(*rating);
    }
    out[*level] = std::move(levels_ratings);
  }
  return out;
}

Answer ReadAnswer(JsonReader& r, const json& v, const std::string& path) {
  Answer a;
  if (!r.Object(v, path, {"status", "mode", "level", "ratings", "overridden", "target", "confidence", "notes",
                          "updated"}))
    return a;
  a.kind = r.EnumField(v, path, "status", kKinds, true).value_or(AnswerKind::Unanswered);
  a.mode = r.EnumField(v, path, "mode", kModes, false).value_or(AnswerMode::Quick);
  if (const auto level = r.Integer(v, path, "level", a.kind == AnswerKind::Level, 0, kHighestPossibleLevel))
    a.level = static_cast<int>(*level);
  if (a.kind != AnswerKind::Level && v.contains("level"))
    r.Report(JsonPathMember(path, "level"), Tr(MSG("profile.level_needs_level_status"), ToString(a.kind)));
  if (const json* ratings = r.Field(v, path, "ratings", false))
    a.ratings = ReadRatings(r, *ratings, JsonPathMember(path, "ratings"));
  if (const json* o = r.Field(v, path, "overridden", false)) {
    if (!o->is_boolean()) r.Report(JsonPathMember(path, "overridden"), Tr(MSG("json.expected_boolean"), DescribeJsonType(*o)));
    else a.overridden = o->get<bool>();
  }
  if (a.mode == AnswerMode::Quick) a.overridden = false;  // quick mode has no suggestion to override
  if (const auto target = r.Integer(v, path, "target", false, 0, kHighestPossibleLevel)) a.target = static_cast<int>(*target);
  a.confidence = r.EnumField(v, path, "confidence", kConfidences, false).value_or(Confidence::Unset);
  a.notes = r.FreeText(v, path, "notes", kMaxNotesChars);
  a.updated = r.Timestamp(v, path, "updated");
  return a;
}

std::map<std::string, Answer> ReadAnswers(JsonReader& r, const json& obj, const std::string& path) {
  std::map<std::string, Answer> out;
  if (!obj.is_object()) {
    r.Report(path, Tr(MSG("profile.answers_not_object"), DescribeJsonType(obj)));
    return out;
  }
  for (const auto& item : obj.items()) {
    const std::string item_path = JsonPathMember(path, item.key());
    std::string fw, code;
    if (!SplitSkillKey(item.key(), &fw, &code)) {
      r.Report(item_path, Tr(MSG("profile.answer_key_form")));
      continue;
    }
    out[item.key()] = ReadAnswer(r, item.value(), item_path);
  }
  return out;
}

// ---------------------------------------------------------------------------
// [SECTION] Reading: frameworks, selection, snapshots
// ---------------------------------------------------------------------------
void ReadFrameworkRefs(JsonReader& r, const json& doc, Profile& p,
                       std::vector<std::pair<std::string, std::string>>& embedded_frameworks) {
  const json* list = r.ListField(doc, "", "frameworks", Tr(MSG("profile.what.frameworks")).c_str(), 1000, true);
  if (!list) return;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const std::string path = JsonPathIndex("frameworks", i);
    const json& f = (*list)[i];
    if (!r.Object(f, path, {"id", "version", "hash", "embedded"})) continue;
    FrameworkRef ref;
    ref.id = r.FrameworkId(f, path, "id").value_or("");
    ref.version = r.Text(f, path, "version", true).value_or("");
    ref.content_hash = r.ContentHash(f, path, "hash");
    if (!ref.id.empty() && p.FindFramework(ref.id)) {
      r.Report(JsonPathMember(path, "id"), Tr(MSG("profile.framework_listed_twice"), ref.id));
      continue;
    }
    if (const json* embedded = r.Field(f, path, "embedded", false)) {
      if (!embedded->is_object())
        r.Report(JsonPathMember(path, "embedded"), Tr(MSG("profile.embedded_not_object"), DescribeJsonType(*embedded)));
      else
        embedded_frameworks.emplace_back(ref.id, CanonicalJson(*embedded));
    }
    p.frameworks.push_back(std::move(ref));
  }
}

void ReadSelection(JsonReader& r, const json& doc, Profile& p) {
  const json* list = r.ListField(doc, "", "selection", Tr(MSG("profile.what.skill_keys")).c_str(), 100000, true);
  if (!list) return;
  // Keys and framework ids in sets: looking each key up in the lists took quadratic time,
  // and a file may list up to 100,000 keys and 1,000 frameworks.
  std::set<std::string> seen, frameworks;
  for (const FrameworkRef& f : p.frameworks) frameworks.insert(f.id);
  for (std::size_t i = 0; i < list->size(); ++i) {
    const auto path = [i] { return JsonPathIndex("selection", i); };
    const json& item = (*list)[i];
    std::string fw, code;
    if (!item.is_string() || !SplitSkillKey(item.get_ref<const std::string&>(), &fw, &code)) {
      r.Report(path(), Tr(MSG("profile.expected_skill_key"), QuoteJson(item)));
      continue;
    }
    if (!frameworks.count(fw)) r.Report(path(), Tr(MSG("profile.framework_not_listed"), fw));
    const std::string& key = item.get_ref<const std::string&>();
    if (!seen.insert(key).second) {
      r.Report(path(), Tr(MSG("profile.skill_listed_twice"), key));
      continue;
    }
    p.selection.push_back(key);
  }
}

void ReadSnapshots(JsonReader& r, const json& doc, Profile& p) {
  const json* list = r.ListField(doc, "", "snapshots", Tr(MSG("profile.what.snapshots")).c_str(), 1000, false);
  if (!list) return;
  std::map<std::string, std::size_t> seen_ids;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const std::string path = JsonPathIndex("snapshots", i);
    const json& item = (*list)[i];
    if (!r.Object(item, path, {"id", "name", "taken", "answers"})) continue;
    Snapshot snap;
    snap.id = r.Id(item, path, "id", Tr(MSG("profile.what.snapshot_id")).c_str(), kMaxIdChars).value_or("");
    if (!snap.id.empty()) {
      const auto [first, inserted] = seen_ids.emplace(snap.id, i);
      if (!inserted)
        r.Report(JsonPathMember(path, "id"), Tr(MSG("profile.snapshot_id_twice"), QuoteJson(snap.id),
                                                JsonPathIndex("snapshots", first->second)));
    }
    snap.name = r.FreeText(item, path, "name", kMaxNameChars);
    snap.taken = r.Timestamp(item, path, "taken");
    if (const json* a = r.Field(item, path, "answers", true)) snap.answers = ReadAnswers(r, *a, JsonPathMember(path, "answers"));
    p.snapshots.push_back(std::move(snap));
  }
}

// The development plan's choices (schemaVersion 3): the benchmark role, the person's
// order of skills, and a note and due month per action.
void ReadPlan(JsonReader& r, const json& doc, Profile& p) {
  const json* plan = r.Field(doc, "", "plan", false);
  if (!plan || !r.Object(*plan, "plan", {"role", "order", "notes"})) return;
  p.plan.role = r.FreeText(*plan, "plan", "role", kMaxNameChars * 2);
  p.plan.order = r.TextList(*plan, "plan", "order", Tr(MSG("profile.what.skill_keys")).c_str(), 100000);
  const json* notes = r.Field(*plan, "plan", "notes", false);
  if (!notes) return;
  if (!notes->is_object()) {
    r.Report("plan.notes", Tr(MSG("profile.plan_notes_not_object"), DescribeJsonType(*notes)));
    return;
  }
  for (const auto& item : notes->items()) {
    const std::string path = JsonPathMember("plan.notes", item.key());
    if (!r.Object(item.value(), path, {"note", "due"})) continue;
    PlanNote note;
    note.note = r.FreeText(item.value(), path, "note", kMaxNotesChars);
    if (const auto due = r.Text(item.value(), path, "due", false)) {
      if (IsYearMonth(*due)) note.due = *due;
      else r.Report(JsonPathMember(path, "due"), Tr(MSG("profile.expected_month"), QuoteJson(*due)));
    }
    p.plan.notes[item.key()] = std::move(note);
  }
}

// ---------------------------------------------------------------------------
// [SECTION] Writing (field order as documented: "format" first)
// ---------------------------------------------------------------------------
void WriteAnswer(JsonTextWriter& w, const Answer& a) {
  w.BeginObject();
  w.Key("status").Value(ToString(a.kind)).Key("mode").Value(ToString(a.mode));
  if (a.kind == AnswerKind::Level) w.Key("level").Value(a.level);
  if (!a.ratings.empty()) {
    w.Key("ratings").BeginObject();
    for (const auto& [level, list] : a.ratings) {
      w.Key(std::to_string(level)).BeginArray();
      for (Rating r : list) w.Value(ToString(r));
      w.EndArray();
    }
    w.EndObject();
  }
  if (a.overridden) w.Key("overridden").Value(true);
  if (a.target > 0) w.Key("target").Value(a.target);
  if (a.confidence != Confidence::Unset) w.Key("confidence").Value(ToString(a.confidence));
  if (!a.notes.empty()) w.Key("notes").Value(a.notes);
  if (!a.updated.empty()) w.Key("updated").Value(a.updated);
  w.EndObject();
}

void WriteAnswers(JsonTextWriter& w, const std::map<std::string, Answer>& answers) {
  w.BeginObject();
  for (const auto& [key, answer] : answers) {
    w.Key(key);
    WriteAnswer(w, answer);
  }
  w.EndObject();
}

// `embedded`: whole frameworks to carry, by framework id (see ExportProfileJson).
std::string WriteProfile(const Profile& p, const std::map<std::string, json>& embedded, int indent) {
  JsonTextWriter w(indent);
  w.BeginObject();
  // A profile without a plan is written as version 2, which apps from before plans read.
  w.Key("format").Value(kProfileFormat)
      .Key("schemaVersion").Value(p.plan.empty() ? kProfileSchemaVersionWithoutPlan : kProfileSchemaVersion);
  w.Key("app").Value(std::string("skillscope ") + kAppVersion);
  w.Key("id").Value(p.id).Key("name").Value(p.name).Key("person").Value(p.person);
  // A timestamp not known is left out: "" is not a date, and the reader refuses it.
  if (!p.created.empty()) w.Key("created").Value(p.created);
  if (!p.updated.empty()) w.Key("updated").Value(p.updated);
  w.Key("frameworks").BeginArray();
  for (const FrameworkRef& f : p.frameworks) {
    w.BeginObject().Key("id").Value(f.id).Key("version").Value(f.version).Key("hash").Value(f.content_hash);
    if (const auto it = embedded.find(f.id); it != embedded.end()) w.Key("embedded").Value(it->second);
    w.EndObject();
  }
  w.EndArray();
  w.Key("selection").Value(p.selection);
  w.Key("answers");
  WriteAnswers(w, p.answers);
  w.Key("snapshots").BeginArray();
  for (const Snapshot& s : p.snapshots) {
    w.BeginObject().Key("id").Value(s.id).Key("name").Value(s.name);
    if (!s.taken.empty()) w.Key("taken").Value(s.taken);
    w.Key("answers");
    WriteAnswers(w, s.answers);
    w.EndObject();
  }
  w.EndArray();
  if (!p.plan.empty()) {
    w.Key("plan").BeginObject();
    if (!p.plan.role.empty()) w.Key("role").Value(p.plan.role);
    if (!p.plan.order.empty()) w.Key("order").Value(p.plan.order);
    if (!p.plan.notes.empty()) {
      w.Key("notes").BeginObject();
      for (const auto& [id, note] : p.plan.notes) {
        w.Key(id).BeginObject();
        if (!note.note.empty()) w.Key("note").Value(note.note);
        if (!note.due.empty()) w.Key("due").Value(note.due);
        w.EndObject();
      }
      w.EndObject();
    }
    w.EndObject();
  }
  w.EndObject();
  return w.text();
}

}  // namespace

// ---------------------------------------------------------------------------
// [SECTION] Entry points
// ---------------------------------------------------------------------------
std::string ProfileToJson(const Profile& p, int indent) { return WriteProfile(p, {}, indent); }

std::string ExportProfileJson(const Profile& p, const std::vector<std::string>& embedded_texts, int indent) {
  std::map<std::string, json> embedded;
  for (const std::string& text : embedded_texts) {
    json fw = ParseKnownJson(text);
    if (fw.is_discarded() || !fw.is_object() || !fw.contains("id") || !fw["id"].is_string()) continue;
    const std::string id = fw["id"].get<std::string>();
    embedded[id] = std::move(fw);
  }
  return WriteProfile(p, embedded, indent);
}

ProfileRead ReadProfile(std::string_view text, const std::string& source_name) {
  ProfileRead out;
  const std::string prefix = source_name + ": ";
  const std::optional<json> opened =
      OpenDocument(text, prefix,
                   {kMaxProfileBytes, kProfileFormat, "skillscope-framework", Tr(MSG("profile.framework_sent_instead")),
                    MSG("profile.not_an_object"), MSG("profile.not_a_profile")},
                   out.errors);
  if (!opened) return out;
  const json& doc = *opened;
  const std::optional<int> version =
      ReadSchemaVersion(doc, prefix, MSG("profile.newer_schema"), kProfileSchemaVersion, out.errors);
  if (!version) return out;
  JsonReader r;

  out.schema_version = static_cast<int>(*version);
  // Version 1 had no snapshots; everything else is the same (migration: none to add).
  if (*version >= 3) {
    r.Object(doc, "", {"format", "schemaVersion", "app", "id", "name", "person", "created", "updated", "frameworks",
                       "selection", "answers", "snapshots", "plan"});
  } else if (*version == 2) {
    if (doc.contains("plan"))
      r.Report("plan", Tr(MSG("profile.plan_needs_schema_3")));
    r.Object(doc, "", {"format", "schemaVersion", "app", "id", "name", "person", "created", "updated", "frameworks",
                       "selection", "answers", "snapshots", "plan"});
  } else {
    if (doc.contains("snapshots"))
      r.Report("snapshots", Tr(MSG("profile.snapshots_need_schema_2"), std::to_string(*version)));
    r.Object(doc, "", {"format", "schemaVersion", "app", "id", "name", "person", "created", "updated", "frameworks",
                       "selection", "answers", "snapshots"});
  }
  Profile p;
  p.id = r.Id(doc, "", "id", Tr(MSG("profile.what.profile_id")).c_str(), kMaxIdChars).value_or("");
  p.name = r.FreeText(doc, "", "name", kMaxNameChars, Tr(MSG("profile.what.profile_name")).c_str());
  p.person = r.FreeText(doc, "", "person", kMaxNameChars);
  p.created = r.Timestamp(doc, "", "created");
  p.updated = r.Timestamp(doc, "", "updated");
  r.FreeText(doc, "", "app", kMaxNameChars);
  ReadFrameworkRefs(r, doc, p, out.embedded_frameworks);
  ReadSelection(r, doc, p);
  if (const json* answers = r.Field(doc, "", "answers", true)) p.answers = ReadAnswers(r, *answers, "answers");
  if (*version >= 2) ReadSnapshots(r, doc, p);
  if (*version >= 3) ReadPlan(r, doc, p);

  if (!r.ok()) {
    out.errors = r.Messages(prefix);
    return out;
  }
  out.profile = std::move(p);
  return out;
}

}  // namespace skillscope
