#pragma once
// The frameworks a person can assess against: the built-in ones and the ones they
// loaded. Frameworks are identified by id + version; several versions of one id live
// side by side so profiles made against an older one keep working.
#include <string>
#include <vector>

#include "core/framework/framework.h"

namespace skillscope {

enum class FrameworkOrigin { BuiltIn, Custom };

struct CatalogEntry {
  Framework framework;
  FrameworkOrigin origin = FrameworkOrigin::BuiltIn;
};

enum class AddOutcome {
  Added,          // new id or new version of an id
  AlreadyLoaded,  // same id, version and content: nothing to do
  Conflict,       // same id and version, different content: refused
};

class Catalog {
 public:
  AddOutcome Add(Framework framework, FrameworkOrigin origin);
  // Removes a custom framework; built-in ones cannot be removed.
  bool Remove(const std::string& id, const std::string& version);

  const CatalogEntry* Find(const std::string& id, const std::string& version) const;
  // Every version of an id, in the order they were added.
  std::vector<const CatalogEntry*> Versions(const std::string& id) const;
  const std::vector<CatalogEntry>& entries() const { return entries_; }

 private:
  std::vector<CatalogEntry> entries_;
};

// "7 skills · levels 1–4 · 112 statements": how big a framework is, at a glance.
std::string FrameworkSizeText(const Framework& framework);

}  // namespace skillscope
