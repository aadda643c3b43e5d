#include "core/framework/catalog.h"

#include <algorithm>

#include "core/text/messages.h"

namespace skillscope {

AddOutcome Catalog::Add(Framework framework, FrameworkOrigin origin) {
  if (const CatalogEntry* existing = Find(framework.id, framework.version)) {
    return existing->framework.content_hash() == framework.content_hash() ? AddOutcome::AlreadyLoaded
                                                                      : AddOutcome::Conflict;
  }
  entries_.push_back({std::move(framework), origin});
  return AddOutcome::Added;
}

bool Catalog::Remove(const std::string& id, const std::string& version) {
  const auto it = std::find_if(entries_.begin(), entries_.end(), [&](const CatalogEntry& e) {
    return e.origin == FrameworkOrigin::Custom && e.framework.id == id && e.framework.version == version;
  });
  if (it == entries_.end()) return false;
  entries_.erase(it);
  return true;
}

const CatalogEntry* Catalog::Find(const std::string& id, const std::string& version) const {
  for (const CatalogEntry& e : entries_)
    if (e.framework.id == id && e.framework.version == version) return &e;
  return nullptr;
}

std::vector<const CatalogEntry*> Catalog::Versions(const std::string& id) const {
  std::vector<const CatalogEntry*> out;
  for (const CatalogEntry& e : entries_)
    if (e.framework.id == id) out.push_back(&e);
  return out;
}

std::string FrameworkSizeText(const Framework& fw) {
  const std::size_t skills = fw.skills.size();
  const std::size_t statements = fw.StatementCount();
  std::string range = fw.scale.RangeText();
  // An en dash reads better than the hyphen used in error messages.
  if (const auto dash = range.find('-'); dash != std::string::npos) range.replace(dash, 1, "\xE2\x80\x93");
  return TrN(MSG("framework.size.skills"), static_cast<long long>(skills)) + " \xC2\xB7 " +
         Tr(MSG("framework.size.levels"), range) + " \xC2\xB7 " +
         TrN(MSG("framework.size.statements"), static_cast<long long>(statements));
}

}  // namespace skillscope
