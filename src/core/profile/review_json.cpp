// Reading and writing review files (docs/review-format.md).
#include "core/profile/review_json.h"

#include <nlohmann/json.hpp>

#include "core/json/input.h"
#include "core/json/document.h"
#include "core/json/reader.h"
#include "core/json/writer.h"
#include "core/json/value_formats.h"
#include "core/profile/version.h"
#include "core/text/messages.h"

namespace skillscope {
namespace {
using nlohmann::json;

constexpr Verdict kVerdicts[] = {Verdict::Agree, Verdict::Propose, Verdict::Discuss};
constexpr AnswerKind kKinds[] = {AnswerKind::Unanswered, AnswerKind::Level, AnswerKind::NotApplicable,
                                 AnswerKind::Skipped};
constexpr std::size_t kMaxIdChars = 128;
constexpr std::size_t kMaxNameChars = 200;
constexpr std::size_t kMaxSkills = 20000;

void ReadProfileRef(JsonReader& r, const json& doc, Review& review) {
  const json* p = r.Field(doc, "", "profile", true);
  if (!p || !r.Object(*p, "profile", {"id", "name", "person", "revision"})) return;
  review.profile.id = r.Id(*p, "profile", "id", Tr(MSG("profile.review.what.profile_id")).c_str(), kMaxIdChars).value_or("");
  review.profile.name = r.FreeText(*p, "profile", "name", kMaxNameChars);
  review.profile.person = r.FreeText(*p, "profile", "person", kMaxNameChars);
  review.profile.revision = r.ContentHash(*p, "profile", "revision");
  if (review.profile.revision.empty() && !p->contains("revision"))
    r.Report("profile", Tr(MSG("profile.review.revision_missing")));
}

void ReadFrameworks(JsonReader& r, const json& doc, Review& review) {
  const json* list =
      r.ListField(doc, "", "frameworks", Tr(MSG("profile.what.frameworks")).c_str(), 1000, true, /*non_empty=*/true);
  if (!list) return;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const std::string path = JsonPathIndex("frameworks", i);
    const json& f = (*list)[i];
    if (!r.Object(f, path, {"id", "version", "hash"})) continue;
    FrameworkRef ref;
    ref.id = r.FrameworkId(f, path, "id").value_or("");
    ref.version = r.Text(f, path, "version", true).value_or("");
    ref.content_hash = r.ContentHash(f, path, "hash");
    review.frameworks.push_back(std::move(ref));
  }
}

SkillReview ReadSkill(JsonReader& r, const json& v, const std::string& path) {
  SkillReview s;
  if (!r.Object(v, path, {"verdict", "level", "comment", "seen"})) return s;
  s.verdict = r.EnumField(v, path, "verdict", kVerdicts, true).value_or(Verdict::Agree);
  const bool propose = s.verdict == Verdict::Propose;
  if (const auto level = r.Integer(v, path, "level", propose, 0, kHighestPossibleLevel)) s.level = static_cast<int>(*level);
  if (!propose && v.contains("level"))
    r.Report(JsonPathMember(path, "level"), Tr(MSG("profile.review.level_needs_propose"), ToString(s.verdict)));
  s.comment = r.FreeText(v, path, "comment", kMaxReviewCommentChars);
  if (const json* seen = r.Field(v, path, "seen", false)) {
    const std::string seen_path = JsonPathMember(path, "seen");
    if (r.Object(*seen, seen_path, {"status", "level"})) {
      s.seen_kind = r.EnumField(*seen, seen_path, "status", kKinds, true).value_or(AnswerKind::Unanswered);
      if (const auto level = r.Integer(*seen, seen_path, "level", s.seen_kind == AnswerKind::Level, 0,
                                       kHighestPossibleLevel))
        s.seen_level = static_cast<int>(*level);
    }
  }
  return s;
}

void ReadSkills(JsonReader& r, const json& doc, Review& review) {
  const json* skills = r.Field(doc, "", "skills", true);
  if (!skills) return;
  if (!skills->is_object()) {
    r.Report("skills", Tr(MSG("profile.review.skills_not_object"), DescribeJsonType(*skills)));
    return;
  }
  if (skills->empty()) r.Report("skills", Tr(MSG("profile.review.no_skills")));
  if (skills->size() > kMaxSkills) {
    r.Report("skills", Tr(MSG("json.too_many"), std::to_string(skills->size()), Tr(MSG("framework.what.skills")),
                          std::to_string(kMaxSkills)));
    return;
  }
  for (const auto& item : skills->items()) {
    const std::string path = JsonPathMember("skills", item.key());
    std::string framework_id, code;
    if (!SplitSkillKey(item.key(), &framework_id, &code)) {
      r.Report(path, Tr(MSG("profile.review.skill_key_form")));
      continue;
    }
    bool listed = false;
    for (const FrameworkRef& ref : review.frameworks) listed |= ref.id == framework_id;
    if (!listed && !review.frameworks.empty())
      r.Report(path, Tr(MSG("profile.review.framework_not_listed"), framework_id));
    review.skills[item.key()] = ReadSkill(r, item.value(), path);
  }
}

}  // namespace

std::string ReviewToJson(const Review& review, int indent) {
  JsonTextWriter w(indent);
  w.BeginObject();
  w.Key("format").Value(kReviewFormat).Key("schemaVersion").Value(kReviewSchemaVersion);
  w.Key("app").Value(std::string("skillscope ") + kAppVersion);
  w.Key("id").Value(review.id).Key("reviewer").Value(review.reviewer);
  if (!review.reviewed.empty()) w.Key("reviewed").Value(review.reviewed);
  w.Key("profile").BeginObject();
  w.Key("id").Value(review.profile.id).Key("name").Value(review.profile.name);
  w.Key("person").Value(review.profile.person).Key("revision").Value(review.profile.revision);
  w.EndObject();
  w.Key("frameworks").BeginArray();
  for (const FrameworkRef& f : review.frameworks)
    w.BeginObject().Key("id").Value(f.id).Key("version").Value(f.version).Key("hash").Value(f.content_hash).EndObject();
  w.EndArray();
  w.Key("skills").BeginObject();
  for (const auto& [key, s] : review.skills) {
    w.Key(key).BeginObject().Key("verdict").Value(ToString(s.verdict));
    if (s.verdict == Verdict::Propose) w.Key("level").Value(s.level);
    if (!s.comment.empty()) w.Key("comment").Value(s.comment);
    w.Key("seen").BeginObject().Key("status").Value(ToString(s.seen_kind));
    if (s.seen_kind == AnswerKind::Level) w.Key("level").Value(s.seen_level);
    w.EndObject().EndObject();
  }
  w.EndObject();
  w.EndObject();
  return w.text();
}

std::string RepliesToJson(const ReceivedReview& received) {
  JsonTextWriter w(-1);
  w.BeginObject().Key("replies").BeginObject();
  for (const auto& [key, reply] : received.replies) {
    w.Key(key).BeginObject().Key("reply").Value(ToString(reply.kind));
    if (!reply.text.empty()) w.Key("text").Value(reply.text);
    w.EndObject();
  }
  w.EndObject();
  if (!received.agreed_snapshot.empty()) w.Key("agreedSnapshot").Value(received.agreed_snapshot);
  w.EndObject();
  return w.text();
}

void ReadReplies(std::string_view text, ReceivedReview& received) {
  const ParsedJson parsed = ParseUntrustedJson(text);
  if (!parsed.ok() || !parsed.value.is_object()) return;
  const json& doc = parsed.value;
  if (const auto it = doc.find("agreedSnapshot"); it != doc.end() && it->is_string())
    received.agreed_snapshot = it->get_ref<const std::string&>();
  const auto replies = doc.find("replies");
  if (replies == doc.end() || !replies->is_object()) return;
  for (const auto& item : replies->items()) {
    if (!received.review.skills.count(item.key()) || !item.value().is_object()) continue;
    const json& v = item.value();
    const auto kind = v.find("reply");
    if (kind == v.end() || !kind->is_string()) continue;
    ReviewReply reply;
    if (*kind == "accepted") reply.kind = ReplyKind::Accepted;
    else if (*kind == "kept") reply.kind = ReplyKind::Kept;
    else continue;
    if (const auto t = v.find("text"); t != v.end() && t->is_string()) reply.text = t->get_ref<const std::string&>();
    received.replies[item.key()] = std::move(reply);
  }
}

ReviewRead ReadReview(std::string_view text, const std::string& source_name) {
  ReviewRead out;
  const std::string prefix = source_name + ": ";
  const std::optional<json> opened =
      OpenDocument(text, prefix,
                   {kMaxReviewBytes, kReviewFormat, "skillscope-profile", Tr(MSG("profile.review.profile_sent_instead")),
                    MSG("profile.review.not_an_object"), MSG("profile.review.not_a_review")},
                   out.errors);
  if (!opened) return out;
  const json& doc = *opened;
  if (!ReadSchemaVersion(doc, prefix, MSG("profile.review.newer_schema"), kReviewSchemaVersion, out.errors)) return out;
  JsonReader r;
  r.Object(doc, "", {"format", "schemaVersion", "app", "id", "reviewer", "reviewed", "profile", "frameworks", "skills"});
  Review review;
  review.id = r.Id(doc, "", "id", Tr(MSG("profile.review.what.review_id")).c_str(), kMaxIdChars).value_or("");
  review.reviewer = r.FreeText(doc, "", "reviewer", kMaxNameChars, Tr(MSG("profile.review.what.reviewer_name")).c_str());
  review.reviewed = r.Timestamp(doc, "", "reviewed");
  if (review.reviewed.empty() && !doc.contains("reviewed")) r.Report("reviewed", Tr(MSG("profile.review.date_missing")));
  r.FreeText(doc, "", "app", kMaxNameChars);
  ReadProfileRef(r, doc, review);
  ReadFrameworks(r, doc, review);
  ReadSkills(r, doc, review);
  if (!r.ok()) {
    out.errors = r.Messages(prefix);
    return out;
  }
  out.review = std::move(review);
  return out;
}

}  // namespace skillscope
