// Backups: "Back up everything" writes one file of all that this browser keeps for
// skillscope; "Restore" reads one back with the checks an import gives, shows what it
// would add and replace, and changes nothing until the person says so. Replaced
// profiles keep their answers as a snapshot, and nothing the backup does not hold is
// removed. A reminder suggests a backup after 30 days with changes since the last one.
//
// Sections
//   [SECTION] Back up
//   [SECTION] Restore: read, then ask
//   [SECTION] Restore: apply
//   [SECTION] The reminder, and persistent storage
#include <algorithm>

#include "core/json/input.h"
#include "core/profile/backup.h"
#include "core/text/days.h"
#include "core/text/file_names.h"
#include "core/text/messages.h"
#include "core/text/wording.h"
#include "session/session.h"
#include "session/snapshot_names.h"
#include "session/team_view.h"

namespace skillscope {
namespace {

constexpr long kBackupReminderDays = 30;
constexpr long kReminderAgainDays = 7;  // after "Not now"
constexpr const char* kSettingsKeys[] = {kSettingsKey, kTeamViewKey};

}  // namespace

// ---------------------------------------------------------------------------
// [SECTION] Back up
// ---------------------------------------------------------------------------
void Session::DownloadBackup() {
  // The settings it holds say when it was made, so restoring it later changes nothing there.
  const std::string now = platform_.NowIso8601();
  settings_.last_backup = now;
  SaveSettings(platform_, settings_);
  platform_.DownloadFile(DownloadName(Tr(MSG("session.backup.file_name")), now, "json"), "application/json",
                         BackupText(now));
  if (notice_ && notice_->title == Tr(MSG("session.backup.reminder_title"))) notice_.reset();
}

std::string Session::BackupText(const std::string& now) const {
  BackupContents contents;
  for (const Profile& p : store_.profiles()) contents.profiles.push_back(&p);
  for (const Profile& p : people_.profiles()) contents.people.push_back(&p);
  for (const CatalogEntry& e : frameworks_.catalog().entries())
    if (e.origin == FrameworkOrigin::Custom) contents.frameworks.push_back(&e.framework.canonical_json());
  for (const char* key : kSettingsKeys)
    if (const auto text = local_.Get(key)) contents.settings[key] = *text;
  contents.reviews = reviews_.AllReceived();
  contents.my_reviews = reviews_.AllWritten();
  return BackupJson(contents, now);
}

// ---------------------------------------------------------------------------
// [SECTION] Restore: read, then ask
// ---------------------------------------------------------------------------
void Session::PickBackupFile() {
  platform_.PickFile(".json,application/json", kMaxBackupBytes, [this](PickedFile file) { ReadBackupFile(file); });
}

bool Session::LooksLikeBackup(const std::string& bytes) {
  // Cheap, without parsing megabytes: BackupJson writes the format first.
  return bytes.find("\"skillscope-backup\"") < 200;
}

void Session::ReadBackupFile(const PickedFile& file) {
  const std::string refused = Tr(MSG("session.backup.not_restored"), Quoted(file.name));
  if (!file.error.empty()) return ShowNotice(Notice::Kind::Error, refused, {file.error});
  if (file.too_large)
    return ShowNotice(Notice::Kind::Error, refused,
                      {Tr(MSG("session.backup.file_line"), file.name, TooLargeMessage(file.size, kMaxBackupBytes))});
  BackupRead read = ReadBackup(file.bytes, file.name, frameworks_.catalog());
  if (!read.ok()) {
    constexpr std::size_t kShown = 10;  // a broken file of a thousand profiles is not a thousand lines
    if (read.errors.size() > kShown) {
      const std::size_t more = read.errors.size() - kShown;
      read.errors.resize(kShown);
      read.errors.push_back(TrN(MSG("session.backup.more_problems"), static_cast<long long>(more)));
    }
    return ShowNotice(Notice::Kind::Error, refused, std::move(read.errors));
  }
  for (auto it = read.settings.begin(); it != read.settings.end();)
    it = std::find(std::begin(kSettingsKeys), std::end(kSettingsKeys), it->first) == std::end(kSettingsKeys)
             ? read.settings.erase(it)
             : std::next(it);
  RestoreDialogModel model = WhatRestoreChanges(read, file.name);
  pending_restore_ = PendingRestore{std::move(read), file.name, std::move(model)};
}

std::optional<RestoreDialogModel> Session::RestoreDialog() const {
  if (!pending_restore_) return std::nullopt;
  return pending_restore_->model;
}

// Worked out once, when the file is read: comparing a thousand profiles is not a
// frame's work.
RestoreDialogModel Session::WhatRestoreChanges(const BackupRead& b, const std::string& source) const {
  RestoreDialogModel m;
  m.source = source;
  if (!b.created.empty()) m.made = Tr(MSG("session.backup.made"), ShortDate(b.created));
  std::size_t same_profiles = 0, same_frameworks = 0;
  // `adds` and `replaces` say it of one's own profiles or of people's.
  const auto profiles = [&](const std::vector<Profile>& from, const auto& here, MessageKey adds, MessageKey replaces,
                            bool people) {
    const auto name = [people](const Profile& p) { return Quoted(people ? PeopleStore::NameOf(p) : p.name); };
    for (const Profile& p : from) {
      const Profile* existing = here.Find(p.id);
      if (!existing) m.changes.push_back(Tr(adds, name(p)));
      else if (*existing == p) ++same_profiles;
      else m.changes.push_back(Tr(replaces, name(*existing), ShortDate(existing->updated), ShortDate(p.updated)));
    }
  };
  profiles(b.profiles, store_, MSG("session.backup.adds_profile"), MSG("session.backup.replaces_profile"), false);
  profiles(b.people, people_, MSG("session.backup.adds_person"), MSG("session.backup.replaces_person"), true);
  for (const Framework& fw : b.frameworks) {
    if (frameworks_.catalog().Find(fw.id, fw.version)) ++same_frameworks;
    else m.changes.push_back(Tr(MSG("session.backup.adds_framework"), Quoted(fw.title), fw.version));
  }
  for (const ReceivedReview& r : b.reviews) {
    const ReceivedReview* here = reviews_.FindReceived(r.review.id);
    if (!here || !(here->review == r.review) || here->replies != r.replies)
      m.changes.push_back(Tr(here ? MSG("session.backup.replaces_review") : MSG("session.backup.adds_review"),
                             Quoted(r.review.reviewer), Quoted(r.review.profile.name)));
  }
  for (const Review& r : b.my_reviews) {
    const Review* here = reviews_.Written(r.profile.id);
    if (!here || !(*here == r))
      m.changes.push_back(Tr(here ? MSG("session.backup.replaces_my_review") : MSG("session.backup.adds_my_review"),
                             Quoted(r.profile.person.empty() ? r.profile.name : r.profile.person)));
  }
  for (const auto& [key, text] : b.settings)
    if (local_.Get(key) != text) {
      m.changes.push_back(Tr(MSG("session.backup.replaces_settings")));
      break;
    }
  m.anything = !m.changes.empty();
  std::vector<std::string> same;
  if (same_profiles > 0) same.push_back(TrN(MSG("session.backup.profile_count"), static_cast<long long>(same_profiles)));
  if (same_frameworks > 0)
    same.push_back(TrN(MSG("session.backup.framework_count"), static_cast<long long>(same_frameworks)));
  if (!same.empty())
    m.unchanged = TrN(MSG("session.backup.unchanged"), static_cast<long long>(same_profiles + same_frameworks),
                      JoinAsList(same));
  return m;
}

void Session::Dispatch(const RestoreDialogAction& action) {
  switch (action.kind) {
    case RestoreDialogAction::Kind::None: break;
    case RestoreDialogAction::Kind::Restore: FinishRestore(); break;
    case RestoreDialogAction::Kind::Cancel: pending_restore_.reset(); break;
  }
}

// ---------------------------------------------------------------------------
// [SECTION] Restore: apply
// ---------------------------------------------------------------------------
void Session::FinishRestore() {
  if (!pending_restore_) return;
  PendingRestore pending = std::move(*pending_restore_);
  pending_restore_.reset();
  BackupRead& b = pending.backup;
  const std::string now = platform_.NowIso8601();
  std::vector<std::string> problems;
  std::size_t changed = 0;
  for (const Framework& fw : b.frameworks) {
    const auto outcome = frameworks_.AddEmbedded(fw);
    if (outcome == FrameworkLibrary::EmbeddedOutcome::Added) ++changed;
    if (outcome == FrameworkLibrary::EmbeddedOutcome::NotStored)
      problems.push_back(Tr(MSG("session.backup.framework_not_stored"), Quoted(fw.title)));
  }
  // A replaced profile keeps the answers it had here as a snapshot.
  const std::string before_restore = BeforeRestoreSnapshotName(now);
  const auto keep_answers = [&](Profile& incoming, const Profile& existing) {
    std::vector<Snapshot> snaps = existing.snapshots;
    snaps.push_back({"s-" + platform_.RandomHex(8), before_restore, now, existing.answers});
    MergeSnapshots(snaps, std::move(incoming.snapshots));
    incoming.snapshots = std::move(snaps);
  };
  const auto restore = [&](std::vector<Profile>& from, auto& here) {
    for (Profile& incoming : from) {
      const Profile* existing = here.Find(incoming.id);
      if (existing && *existing == incoming) continue;
      if (existing) keep_answers(incoming, *existing);
      const std::string name = PeopleStore::NameOf(incoming);
      switch (here.SaveWhole(incoming)) {
        case SaveOutcome::Saved:
        case SaveOutcome::Unavailable: ++changed; break;  // without storage, it lives in memory
        case SaveOutcome::QuotaExceeded:
          problems.push_back(Tr(MSG("session.backup.profile_not_stored"), Quoted(name)));
          break;
        case SaveOutcome::ChangedElsewhere:
          here.Reload(incoming.id);
          problems.push_back(Tr(MSG("session.backup.changed_elsewhere"), Quoted(name)));
          break;
      }
    }
  };
  restore(b.profiles, store_);
  restore(b.people, people_);
  for (const ReceivedReview& r : b.reviews) {
    const ReceivedReview* here = reviews_.FindReceived(r.review.id);
    if (here && here->review == r.review && here->replies == r.replies && here->agreed_snapshot == r.agreed_snapshot)
      continue;
    if (reviews_.SaveReceived(r.review) && reviews_.SaveReplies(r)) ++changed;
    else problems.push_back(Tr(MSG("session.backup.review_not_stored"), Quoted(r.review.reviewer)));
  }
  for (const Review& r : b.my_reviews) {
    const Review* here = reviews_.Written(r.profile.id);
    if (here && *here == r) continue;
    if (reviews_.SaveWritten(r)) ++changed;
    else problems.push_back(Tr(MSG("session.backup.my_review_not_stored"), Quoted(r.profile.name)));
  }
  bool settings_changed = false;
  for (const auto& [key, text] : b.settings)
    if (local_.Get(key) != text && local_.Set(key, text) == StorageStatus::Ok) settings_changed = true;
  if (settings_changed) {
    const std::string last_backup = settings_.last_backup;
    settings_ = LoadSettings(platform_);
    settings_.last_backup = std::max(settings_.last_backup, last_backup);
    SaveSettings(platform_, settings_);
    team_view_ = LoadTeamView(platform_);
    ++changed;
  }
  if (!open_profile()) SetOpenProfile(store_.CurrentId());
  std::vector<std::string> lines = b.notes;
  lines.insert(lines.end(), problems.begin(), problems.end());
  ShowNotice(problems.empty() ? Notice::Kind::Info : Notice::Kind::Error,
             changed == 0 && problems.empty() ? Tr(MSG("session.backup.nothing_to_restore"), Quoted(pending.source))
                                              : Tr(MSG("session.backup.restored"), Quoted(pending.source)),
             std::move(lines), problems.empty() ? std::vector<NoticeButton>{} : std::vector<NoticeButton>{NoticeButton::DownloadBackup});
  GoTo(Screen::Start);
}

// ---------------------------------------------------------------------------
// [SECTION] The reminder, and persistent storage
// ---------------------------------------------------------------------------
void Session::RemindOfBackup() {
  // A linked file is rewritten after each change (or says itself that it is paused).
  if (!linked_.asked && platform_.CanLinkFile()) return FindLinkedBackup([this] { RemindOfBackup(); });
  if (linked_.file.state != LinkedFile::State::None) return;
  if (notice_) return;  // anything already told comes first
  const std::string now = platform_.NowIso8601();
  // Changed since the last backup: any profile or person updated after it. Never backed
  // up: counted from the oldest thing kept here.
  std::string oldest, newest;
  const auto consider = [&](const std::vector<Profile>& list) {
    for (const Profile& p : list) {
      if (oldest.empty() || p.created < oldest) oldest = p.created;
      newest = std::max(newest, p.updated);
    }
  };
  consider(store_.profiles());
  consider(people_.profiles());
  if (newest.empty()) return;
  const std::string& since = settings_.last_backup.empty() ? oldest : settings_.last_backup;
  if (!settings_.last_backup.empty() && newest <= settings_.last_backup) return;  // nothing since
  const auto days = DaysBetween(since, now);
  if (!days || *days < kBackupReminderDays) return;
  if (const auto again = DaysBetween(settings_.backup_reminded, now); again && *again < kReminderAgainDays) return;
  ShowNotice(Notice::Kind::Info, Tr(MSG("session.backup.reminder_title")),
             {settings_.last_backup.empty()
                  ? TrN(MSG("session.backup.reminder_never"), *days)
                  : TrN(MSG("session.backup.reminder_since"), *days, ShortDate(settings_.last_backup))},
             {NoticeButton::DownloadBackup, NoticeButton::NotNow});
}

void Session::SnoozeBackupReminder() {
  settings_.backup_reminded = platform_.NowIso8601();
  SaveSettings(platform_, settings_);
  notice_.reset();
}

void Session::AskForPersistentStorage() {
  if (persistence_asked_) return;
  persistence_asked_ = true;
  platform_.RequestPersistentStorage([this](bool granted) { estimate_.persisted = granted; });
}

void Session::RefreshStorageEstimate() {
  platform_.EstimateStorage([this](StorageEstimate e) { estimate_ = e; });
}

}  // namespace skillscope
