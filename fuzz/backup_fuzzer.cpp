// Any bytes restored as a backup file against the shipped frameworks: no crash, no
// undefined behaviour; a backup or errors, never part of one; and what a good file holds is
// written by BackupJson and read back the same (a restored browser backs up again).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/profile/backup.h"
#include "fuzz_check.h"
#include "shipped_catalog.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const skillscope::BackupRead read = skillscope::ReadBackup(text, "fuzz.json", skillscope::fuzz::ShippedCatalog());
  // Refused means refused whole: nothing of it may reach a restore.
  FUZZ_CHECK(read.ok() ||
             (read.profiles.empty() && read.people.empty() && read.frameworks.empty() && read.settings.empty()));
  if (!read.ok()) return 0;
  skillscope::BackupContents contents;
  for (const auto& p : read.profiles) contents.profiles.push_back(&p);
  for (const auto& p : read.people) contents.people.push_back(&p);
  for (const auto& f : read.frameworks) contents.frameworks.push_back(&f.canonical_json());
  contents.settings = read.settings;
  const skillscope::BackupRead again =
      skillscope::ReadBackup(skillscope::BackupJson(contents, read.created), "again", skillscope::fuzz::ShippedCatalog());
  FUZZ_CHECK(again.ok());
  FUZZ_CHECK(again.profiles == read.profiles);
  FUZZ_CHECK(again.people == read.people);
  FUZZ_CHECK(again.frameworks.size() == read.frameworks.size());
  FUZZ_CHECK(again.settings == read.settings);
  return 0;
}
