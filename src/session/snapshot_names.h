#pragma once
// The names the app gives the snapshots it takes by itself ("Before the import of 5 Mar
// 2026"). They are stored in English, because stored data is the same whatever the
// language (a profile exported from a German browser reads the same in a French one), and
// shown in the person's language.
#include <string>

#include "core/profile/profile.h"

namespace skillscope {

// Names to store, in English.
std::string BeforeImportSnapshotName(const std::string& taken);
std::string BeforeRestoreSnapshotName(const std::string& taken);
std::string AgreedSnapshotName(const std::string& reviewer, const std::string& taken);
std::string UnnamedSnapshotName(const std::string& taken);

// The snapshot's name to show: one the app gave it, in the current language; a name the
// person typed, as typed.
std::string ShownSnapshotName(const Snapshot& snapshot);

}  // namespace skillscope
