#pragma once
// The frameworks on offer: built-in ones from the bundle, and the ones the person
// loaded, which are kept in localStorage (one key per id@version).
#include <cstdint>
#include <string>
#include <vector>

#include "core/catalog.h"
#include "platform/platform.h"

namespace skillscope {

inline constexpr const char* kStoredFrameworkPrefix = "skillscope.v1.framework.";

struct LoadOutcome {
  bool ok = false;
  std::string title;                // what to tell the person, first line
  std::vector<std::string> details;  // the validator's messages, or notes
};

class FrameworkLibrary {
 public:
  explicit FrameworkLibrary(Platform& platform) : platform_(platform) {}

  // Built-in frameworks (bundled) and previously loaded ones (storage). Problems with
  // stored ones are returned; the bad entry is moved to a backup key, never lost.
  std::vector<std::string> LoadAll();

  // Validates a file the person chose or dropped and keeps it when valid.
  LoadOutcome AddFromFile(const std::string& file_name, const std::string& text);
  // A framework that arrived inside an imported profile; kept like a loaded one.
  // Added: it is new here and was stored; anything else leaves storage as it was.
  enum class EmbeddedOutcome { AlreadyHere, Added, NotStored };
  EmbeddedOutcome AddEmbedded(const Framework& framework);
  // By value: callers often pass strings owned by the entry being removed.
  bool Remove(std::string id, std::string version);

  const Catalog& catalog() const { return catalog_; }
  // Counts changes to the catalog (see ProfileStore::revision).
  std::uint64_t revision() const { return revision_; }
  static std::string Key(const std::string& id, const std::string& version) { return id + "@" + version; }

 private:
  Platform& platform_;
  Catalog catalog_;
  std::uint64_t revision_ = 0;
};

}  // namespace skillscope
