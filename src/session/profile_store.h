#pragma once
// Keeping profiles in a store (localStorage for one's own, the database for people's),
// one key per profile, so a reload, a browser
// restart or a new app version keeps them. The store remembers the text it last read
// or wrote for each profile: a save that finds something else in storage was beaten
// by another tab, and is refused instead of overwriting that tab's work. Nothing is
// deleted without a way back: unreadable entries are moved to a backup key; a deleted
// profile is handed back so the caller can offer Undo.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/profile/profile.h"
#include "platform/platform.h"
#include "session/key_value_store.h"

namespace skillscope {

inline constexpr const char* kProfileKeyPrefix = "skillscope.v1.profile.";
inline constexpr const char* kCurrentProfileKey = "skillscope.v1.current";
inline constexpr const char* kBackupPrefix = "skillscope.v1.backup.";

struct StoredProfileInfo {
  std::string id;
  std::string name;
  std::string updated;
  std::size_t skills = 0;
  std::size_t answered = 0;
};

struct Unreadable {
  std::string key;         // where it was
  std::string backup_key;  // where it is now; empty when it could not be moved
  std::string text;        // the data, for the person to download
  std::vector<std::string> problems;
};

enum class SaveOutcome {
  Saved,
  QuotaExceeded,     // kept in memory only
  Unavailable,       // kept in memory only
  ChangedElsewhere,  // another tab saved this profile since we last did: not written
};

class ProfileStore {
 public:
  // The platform gives the clock and random ids; the entries live in `store`.
  ProfileStore(Platform& platform, KeyValueStore& store) : platform_(platform), store_(store) {}
  // Another collection with the same rules under its own keys (people's profiles):
  // `current_key` "" keeps no current profile.
  ProfileStore(Platform& platform, KeyValueStore& store, std::string key_prefix, std::string current_key)
      : platform_(platform), store_(store), prefix_(std::move(key_prefix)), current_key_(std::move(current_key)) {}

  // Reads every stored profile; unreadable ones are moved aside and reported.
  std::vector<Unreadable> LoadAll();
  const std::vector<Profile>& profiles() const { return profiles_; }
  const Profile* Find(const std::string& id) const;
  std::vector<StoredProfileInfo> List() const;  // most recently updated first

  // The profile used last (or the most recently updated one when that is gone).
  std::string CurrentId() const;
  void SetCurrent(const std::string& id);

  // Adds or replaces, in memory always and in storage when it can (see SaveOutcome).
  SaveOutcome Save(const Profile& profile);
  // All or nothing: when storage is full, memory is left as it was too, so what the
  // person sees is what a reload shows. (Without storage at all it keeps it in memory.)
  SaveOutcome SaveWhole(const Profile& profile);
  // Removes; the profile is returned so the caller can offer Undo.
  std::optional<Profile> Delete(const std::string& id);
  // Re-reads one profile from storage (another tab changed it); nullopt when it is
  // gone or unreadable there.
  std::optional<Profile> Reload(const std::string& id);
  bool available() const { return available_; }

  // A new profile id no profile here or in storage has: "p-20261122085107-3fa9c1",
  // which sorts by creation and is unique across tabs and devices.
  std::string NewId() const;

  static std::string Key(const std::string& id) { return kProfileKeyPrefix + id; }
  std::string KeyOf(const std::string& id) const { return prefix_ + id; }

  // Counts changes to the profiles held: a model built from them is current while this
  // is unchanged.
  std::uint64_t revision() const { return revision_; }

 private:
  Platform& platform_;
  KeyValueStore& store_;
  std::string prefix_ = kProfileKeyPrefix;
  std::string current_key_ = kCurrentProfileKey;
  std::vector<Profile> profiles_;
  std::map<std::string, std::string> last_seen_;  // id -> the text last read or written
  bool available_ = true;
  std::uint64_t revision_ = 0;
};

}  // namespace skillscope
