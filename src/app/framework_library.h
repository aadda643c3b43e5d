#pragma once
// The frameworks on offer: built-in ones from the bundle, and the ones the person
// loaded, which are kept in localStorage (one key per id@version).
#include <string>
#include <vector>

#include "core/catalog.h"

namespace skillscope {

inline constexpr const char* kStoredFrameworkPrefix = "skillscope.v1.framework.";
inline constexpr const char* kBackupPrefix = "skillscope.v1.backup.";

struct LoadOutcome {
  bool ok = false;
  std::string title;                // what to tell the person, first line
  std::vector<std::string> details;  // the validator's messages, or notes
};

class FrameworkLibrary {
 public:
  // Built-in frameworks (bundled) and previously loaded ones (storage). Problems with
  // stored ones are returned; the bad entry is moved to a backup key, never lost.
  std::vector<std::string> LoadAll();

  // Validates a file the person chose or dropped and keeps it when valid.
  LoadOutcome AddFromFile(const std::string& file_name, const std::string& text);
  // By value: callers often pass strings owned by the entry being removed.
  // A framework that arrived inside an imported profile; kept like a loaded one.
  void AddEmbedded(const Framework& framework);
  bool Remove(std::string id, std::string version);

  const Catalog& catalog() const { return catalog_; }
  static std::string Key(const std::string& id, const std::string& version) { return id + "@" + version; }

 private:
  Catalog catalog_;
};

}  // namespace skillscope
