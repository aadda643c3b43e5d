#pragma once
// People's profiles: what others shared with this person, kept apart from the person's
// own assessments under keys of their own ("skillscope.v1.person.<id>", in the database), with the same
// rules as profiles (ProfileStore: unreadable entries moved aside, all-or-nothing saves,
// another tab's save never overwritten). It counts its changes so that views built from
// it (the team heatmap) know when to build again.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "session/profile_store.h"

namespace skillscope {

inline constexpr const char* kPersonKeyPrefix = "skillscope.v1.person.";

class PeopleStore {
 public:
  // The entries live in `store` (the database: their number grows with the team).
  PeopleStore(Platform& platform, KeyValueStore& store) : store_(platform, store, kPersonKeyPrefix, "") {}

  std::vector<Unreadable> LoadAll() {
    ++revision_;
    return store_.LoadAll();
  }
  const std::vector<Profile>& profiles() const { return store_.profiles(); }
  const Profile* Find(const std::string& id) const { return store_.Find(id); }
  SaveOutcome SaveWhole(const Profile& profile) {
    ++revision_;
    return store_.SaveWhole(profile);
  }
  std::optional<Profile> Delete(const std::string& id) {
    ++revision_;
    return store_.Delete(id);
  }
  std::optional<Profile> Reload(const std::string& id) {
    ++revision_;
    return store_.Reload(id);
  }
  bool available() const { return store_.available(); }
  std::uint64_t revision() const { return revision_; }

  static std::string Key(const std::string& id) { return kPersonKeyPrefix + id; }
  // Who a profile is about: its "person", else its name.
  static const std::string& NameOf(const Profile& p) { return p.person.empty() ? p.name : p.person; }

 private:
  ProfileStore store_;
  std::uint64_t revision_ = 0;
};

}  // namespace skillscope
