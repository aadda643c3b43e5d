#include "core/framework/framework.h"

#include <algorithm>

#include "core/framework/loader.h"
#include "core/json/sha256.h"
#include "core/text/messages.h"

namespace skillscope {

const ScaleLevel* Scale::Find(int number) const {
  for (const ScaleLevel& l : levels)
    if (l.number == number) return &l;
  return nullptr;
}

std::string Scale::RangeText() const {
  if (levels.empty()) return Tr(MSG("framework.no_levels"));
  bool contiguous = true;
  for (std::size_t i = 1; i < levels.size(); ++i)
    if (levels[i].number != levels[i - 1].number + 1) contiguous = false;
  if (contiguous) {
    if (levels.size() == 1) return std::to_string(levels.front().number);
    return std::to_string(levels.front().number) + "-" + std::to_string(levels.back().number);
  }
  std::string out;
  for (const ScaleLevel& l : levels) out += (out.empty() ? "" : ", ") + std::to_string(l.number);
  return out;
}

std::size_t Skill::StatementCount() const {
  std::size_t n = 0;
  for (const auto& entry : statements) n += entry.second.size();
  return n;
}

// A moved-from framework has no derived_: it reports nothing.
const std::string& Framework::canonical_json() const {
  static const std::string kNone;
  if (!derived_) return kNone;
  if (derived_->canonical_json.empty() && !derived_->source_text.empty()) {
    derived_->canonical_json = CanonicalFrameworkJson(derived_->source_text);
    std::string().swap(derived_->source_text);  // not needed again: megabytes for a large one
  }
  return derived_->canonical_json;
}

const std::string& Framework::content_hash() const {
  static const std::string kNone;
  if (!derived_) return kNone;
  if (derived_->content_hash.empty() && !canonical_json().empty())
    derived_->content_hash = "sha256:" + Sha256Hex(derived_->canonical_json);
  return derived_->content_hash;
}

void Framework::KeepSourceText(std::string text) {
  derived_ = std::make_shared<Derived>();
  derived_->source_text = std::move(text);
}

void Framework::KeepCanonicalJson(std::string canonical) {
  derived_ = std::make_shared<Derived>();
  derived_->content_hash = "sha256:" + Sha256Hex(canonical);
  derived_->canonical_json = std::move(canonical);
}

void Framework::SetContentHash(std::string hash) {
  derived_ = std::make_shared<Derived>();
  derived_->content_hash = std::move(hash);
}

const Skill* Framework::FindSkill(const std::string& code) const {
  for (const Skill& s : skills)
    if (s.code == code) return &s;
  return nullptr;
}

SkillIndex::SkillIndex(const Framework& framework) {
  by_code_.reserve(framework.skills.size());
  for (const Skill& s : framework.skills) by_code_.push_back(&s);
  // Stable: with a code twice (a framework made in code), the first wins, as in FindSkill.
  std::stable_sort(by_code_.begin(), by_code_.end(), [](const Skill* a, const Skill* b) { return a->code < b->code; });
}

const Skill* SkillIndex::Find(std::string_view code) const {
  auto it = std::lower_bound(by_code_.begin(), by_code_.end(), code,
                             [](const Skill* s, std::string_view c) { return std::string_view(s->code) < c; });
  return it != by_code_.end() && (*it)->code == code ? *it : nullptr;
}

const Skill* SkillFinder::Find(const Framework& framework, std::string_view code) {
  auto it = indexes_.find(&framework);
  if (it == indexes_.end()) it = indexes_.emplace(&framework, SkillIndex(framework)).first;
  return it->second.Find(code);
}

const Role* Framework::FindRole(const std::string& name) const {
  for (const Role& r : roles)
    if (r.name == name) return &r;
  return nullptr;
}

std::size_t Framework::StatementCount() const {
  std::size_t n = 0;
  for (const Skill& s : skills) n += s.StatementCount();
  return n;
}

std::string LevelLabel(const Scale& scale, int level) {
  if (const ScaleLevel* l = scale.Find(level); l && !l->name.empty())
    return Tr(MSG("framework.level_label_named"), level, l->name);
  return Tr(MSG("framework.level_label"), level);
}

}  // namespace skillscope
