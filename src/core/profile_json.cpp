#include "core/profile_json.h"

#include <nlohmann/json.hpp>

#include "core/version.h"

namespace skillscope {
namespace {
using nlohmann::json;

const char* ToString(AnswerKind k) {
  switch (k) {
    case AnswerKind::Level: return "level";
    case AnswerKind::NotApplicable: return "not-applicable";
    case AnswerKind::Skipped: return "skipped";
    case AnswerKind::Unanswered: break;
  }
  return "unanswered";
}
const char* ToString(AnswerMode m) { return m == AnswerMode::Statements ? "statements" : "quick"; }
const char* ToString(Rating r) {
  switch (r) {
    case Rating::NotYet: return "not-yet";
    case Rating::Partly: return "partly";
    case Rating::Consistently: return "consistently";
    case Rating::Unrated: break;
  }
  return "unrated";
}
const char* ToString(Confidence c) {
  switch (c) {
    case Confidence::Low: return "low";
    case Confidence::Medium: return "medium";
    case Confidence::High: return "high";
    case Confidence::Unset: break;
  }
  return "unset";
}

json AnswerToJson(const Answer& a) {
  json j = {{"status", ToString(a.kind)}, {"mode", ToString(a.mode)}};
  if (a.kind == AnswerKind::Level) j["level"] = a.level;
  if (!a.ratings.empty()) {
    json ratings = json::object();
    for (const auto& [level, list] : a.ratings) {
      json arr = json::array();
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
}  // namespace

std::string ProfileToJson(const Profile& p, int indent) {
  json answers = json::object();
  for (const auto& [key, answer] : p.answers) answers[key] = AnswerToJson(answer);
  json j = {
      {"format", kProfileFormat},
      {"schemaVersion", kProfileSchemaVersion},
      {"app", std::string("skillscope ") + kAppVersion},
      {"id", p.id},
      {"name", p.name},
      {"person", p.person},
      {"created", p.created},
      {"updated", p.updated},
      {"selection", p.selection},
      {"answers", answers},
  };
  // Replace invalid UTF-8 instead of throwing: user text must never abort an export.
  return j.dump(indent, ' ', false, json::error_handler_t::replace);
}

}  // namespace skillscope
