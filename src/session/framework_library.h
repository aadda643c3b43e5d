#pragma once
// The frameworks on offer: built-in ones from the bundle, and the ones the person
// loaded, which are kept in the database (one key per id@version; see database_store.h).
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/framework/catalog.h"
#include "platform/platform.h"
#include "session/key_value_store.h"

namespace skillscope {

inline constexpr const char* kStoredFrameworkPrefix = "skillscope.v1.framework.";

struct LoadOutcome {
  bool ok = false;
  std::string title;                // what to tell the person, first line
  std::vector<std::string> details;  // the validator's messages, or notes
};

class FrameworkLibrary {
 public:
  // Built-in frameworks come from the platform's bundle, loaded ones from `store`.
  FrameworkLibrary(Platform& platform, KeyValueStore& store) : platform_(platform), store_(store) {}

  // The built-in frameworks (bundled): at start-up, before the first frame.
  std::vector<std::string> LoadBuiltIn();
  // The ones loaded before (the store), once it is read. Problems with them are
  // returned; the bad entry is moved to a backup key, never lost.
  std::vector<std::string> LoadStored();
  // Another tab stored or removed the framework under this key: take its version.
  void Reload(const std::string& key);

  // Validates a file the person chose or dropped and keeps it when valid.
  LoadOutcome AddFromFile(const std::string& file_name, const std::string& text);
  // A framework that arrived inside an imported profile; kept like a loaded one.
  // Added: it is new here and was stored; anything else leaves storage as it was.
  enum class EmbeddedOutcome { AlreadyHere, Added, NotStored };
  EmbeddedOutcome AddEmbedded(const Framework& framework);
  // By value: callers often pass strings owned by the entry being removed.
  bool Remove(std::string id, std::string version);

  // A framework loaded from a file gets its canonical JSON and content hash between
  // frames, after the frame that says it loaded: the load itself is then shorter (for a
  // 4 MB framework, ~60 ms of ~160 in the browser). Anything that asks for them sooner
  // (a framework with the same id and version already here) gets them at once.
  bool HasWorkBetweenFrames() const { return !hash_pending_.empty(); }
  void DoWorkBetweenFrames();

  const Catalog& catalog() const { return catalog_; }
  // Counts changes to the catalog (see ProfileStore::revision).
  std::uint64_t revision() const { return revision_; }
  static std::string Key(const std::string& id, const std::string& version) { return id + "@" + version; }

 private:
  Platform& platform_;
  KeyValueStore& store_;
  Catalog catalog_;
  std::uint64_t revision_ = 0;
  std::vector<std::pair<std::string, std::string>> hash_pending_;  // id and version, loaded from files
};

}  // namespace skillscope
