#include "session/snapshot_names.h"

#include "core/text/messages.h"
#include "core/text/wording.h"

namespace skillscope {

namespace {

// The English name of a kind, with `who` for {0} and the date of `taken` for {1}.
std::string StoredName(MessageKey kind, const std::string& who, const std::string& taken) {
  WordsForStorage words;
  return Tr(kind, who, ShortDate(taken));
}

// Whether `name` is the English name of `kind` for the date `taken`; `who` gets what
// stands for {0}.
bool IsStoredName(MessageKey kind, const std::string& name, const std::string& taken, std::string* who) {
  static const std::string kMark = "\x01";
  const std::string pattern = StoredName(kind, kMark, taken);
  const std::size_t mark = pattern.find(kMark);
  if (mark == std::string::npos) {
    who->clear();
    return name == pattern;
  }
  const std::string before = pattern.substr(0, mark), after = pattern.substr(mark + kMark.size());
  if (name.size() < before.size() + after.size() || name.compare(0, before.size(), before) != 0 ||
      name.compare(name.size() - after.size(), after.size(), after) != 0)
    return false;
  *who = name.substr(before.size(), name.size() - before.size() - after.size());
  return true;
}

}  // namespace

std::string BeforeImportSnapshotName(const std::string& taken) {
  return StoredName(MSG("session.snapshot.before_import"), "", taken);
}
std::string BeforeRestoreSnapshotName(const std::string& taken) {
  return StoredName(MSG("session.snapshot.before_restore"), "", taken);
}
std::string AgreedSnapshotName(const std::string& reviewer, const std::string& taken) {
  return StoredName(MSG("session.snapshot.agreed"), reviewer, taken);
}
std::string UnnamedSnapshotName(const std::string& taken) {
  return StoredName(MSG("session.snapshot.unnamed"), "", taken);
}

std::string ShownSnapshotName(const Snapshot& snapshot) {
  static const MessageKey kKinds[] = {MSG("session.snapshot.before_import"), MSG("session.snapshot.before_restore"),
                                      MSG("session.snapshot.agreed"), MSG("session.snapshot.unnamed")};
  std::string who;
  for (MessageKey kind : kKinds)
    if (IsStoredName(kind, snapshot.name, snapshot.taken, &who)) return Tr(kind, who, ShortDate(snapshot.taken));
  return snapshot.name;
}

}  // namespace skillscope
