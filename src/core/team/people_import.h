#pragma once
// Profiles other people shared, arriving several at once: files from a chooser with
// multiple selection, dropped files, pasted share links, or one team file holding a
// whole collection. Each is checked like a single import (profile/import.h); a broken
// one is refused with its reasons and the rest still arrive. Storing them is the
// session's business; this only reads and checks.
//
// The team file (format "skillscope-team") is the People collection exported as one
// file: the frameworks the members need that are not built in, once each, and the
// members as profiles. See docs/profile-format.md.
#include <string>
#include <string_view>
#include <vector>

#include "core/framework/catalog.h"
#include "core/framework/framework.h"
#include "core/profile/profile.h"

namespace skillscope {

inline constexpr const char* kTeamFormat = "skillscope-team";
inline constexpr int kTeamFormatVersion = 1;
// A collection of 50 people with a large framework fits several times over.
inline constexpr std::size_t kMaxTeamFileBytes = 40u * 1024u * 1024u;

struct IncomingFile {
  std::string name;  // "kim.json", "pasted text", "shared link 2"
  std::string text;
};

struct ArrivedProfile {
  Profile profile;
  std::vector<Framework> embedded;  // frameworks it brings that are not here yet
  std::string source;               // "kim.json", "team.json, member 3"
  std::vector<std::string> notes;   // answers left out, migrations
};

struct RefusedProfile {
  std::string source;
  std::vector<std::string> reasons;  // complete messages
  std::vector<FrameworkRef> missing; // frameworks this browser lacks (load them, then import again)
};

struct PeopleArrival {
  std::vector<ArrivedProfile> profiles;
  std::vector<RefusedProfile> refused;
};

// Reads every file; `catalog` is what this browser has. The same profile twice in one
// batch (the same file chosen twice, or a member repeated) arrives once; the repeat is
// refused and says which it repeats.
PeopleArrival ReadPeopleFiles(const std::vector<IncomingFile>& files, const Catalog& catalog);

// The collection as one file: members as saved profiles, custom frameworks once each
// (their canonical JSON). `now`: when it was exported.
std::string TeamFileJson(const std::vector<Profile>& members, const std::vector<std::string>& framework_json,
                         const std::string& now);

}  // namespace skillscope
