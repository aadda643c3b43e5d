#pragma once
// "Back up everything": one file with every profile (one's own and people's), every
// framework the person loaded, and the settings, so that nothing kept in this browser
// depends on the browser keeping it.
//
//   {"format": "skillscope-backup", "version": 1, "created": "<ISO 8601>",
//    "profiles": [<profile>...], "people": [<profile>...],
//    "frameworks": [<framework>...], "settings": {"<key>": "<stored text>"...},
//    "reviews": [{"review": <review>, "replies": <replies>}...], "myReviews": [<review>...]}
//
// "reviews" are reviews of one's own profiles with one's replies, "myReviews" the ones
// one wrote of people's; a version 1 reader before them ignores both.
//
// Profiles and frameworks are written in their own file formats, as exports write them,
// so each reads back with the same checks as an import.
#include <map>
#include <string>
#include <vector>

#include "core/framework/catalog.h"
#include "core/profile/profile.h"
#include "core/profile/review.h"

namespace skillscope {

inline constexpr const char* kBackupFormat = "skillscope-backup";
inline constexpr int kBackupVersion = 1;

struct BackupContents {
  std::vector<const Profile*> profiles;
  std::vector<const Profile*> people;
  std::vector<const std::string*> frameworks;  // canonical framework JSON texts
  std::map<std::string, std::string> settings;  // storage key -> stored text
  std::vector<const ReceivedReview*> reviews;
  std::vector<const Review*> my_reviews;
};

std::string BackupJson(const BackupContents& contents, const std::string& created_iso8601);

// A backup file read back. Each profile and framework gets the checks an import gives
// it (profiles may use the frameworks the backup holds); one problem anywhere refuses
// the whole file, so a restore is all or nothing.
struct BackupRead {
  std::vector<std::string> errors;  // "<file>: profiles[1]: answers: ..."
  std::string created;
  std::vector<Profile> profiles;
  std::vector<Profile> people;
  std::vector<Framework> frameworks;
  std::map<std::string, std::string> settings;
  std::vector<ReceivedReview> reviews;
  std::vector<Review> my_reviews;
  std::vector<std::string> notes;  // what the profile imports noted (migrations)
  bool ok() const { return errors.empty(); }
};
// Backups hold frameworks of megabytes: up to this size is read.
inline constexpr std::size_t kMaxBackupBytes = 64u * 1024u * 1024u;
BackupRead ReadBackup(std::string_view text, const std::string& file_name, const Catalog& here);

}  // namespace skillscope
