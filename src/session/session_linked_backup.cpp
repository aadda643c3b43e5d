// A linked backup file: where the browser has the File System Access API, the person
// may choose a file on their disk once, and skillscope rewrites it with a whole backup
// after each change to their profiles, people or frameworks. It stays linked across
// visits, but browsers ask again on each visit before a page may write to it, so after
// a reload the writes wait (and the person is told, once, at the first change) until
// the person lets it carry on. Nothing here is ever lost by a failed write: the data
// stays in the browser, and the notice offers another file or a download.
#include "core/text/days.h"
#include "core/text/wording.h"
#include "session/session.h"

namespace skillscope {
namespace {

constexpr const char* kLinkedFileName = "skillscope backup.json";
constexpr const char* kPausedTitlePrefix = "Backups to ";

bool IsCollectionKey(const std::string& key) {
  for (const char* prefix : {kProfileKeyPrefix, kPersonKeyPrefix, kStoredFrameworkPrefix, kReviewKeyPrefix,
                             kReviewRepliesKeyPrefix, kMyReviewKeyPrefix})
    if (key.rfind(prefix, 0) == 0) return true;
  return false;
}

}  // namespace

void Session::FindLinkedBackup(std::function<void()> then) {
  if (linked_.asked || !platform_.CanLinkFile()) return then();
  platform_.FindLinkedFile([this, then = std::move(then)](LinkedFile file) {
    if (!linked_.asked) linked_.file = std::move(file);  // a link made meanwhile wins
    linked_.asked = true;
    then();
  });
}

void Session::OnCollectionChanged(const std::string& key) {
  if (!IsCollectionKey(key) || !platform_.CanLinkFile()) return;
  if (!linked_.asked) return FindLinkedBackup([this, key] { OnCollectionChanged(key); });
  switch (linked_.file.state) {
    case LinkedFile::State::None: break;
    case LinkedFile::State::Writable: WriteLinkedBackup(); break;
    case LinkedFile::State::NeedsPermission:
      if (linked_.paused_told || notice_) break;  // anything already told comes first
      linked_.paused_told = true;
      ShowNotice(Notice::Kind::Info, kPausedTitlePrefix + Quoted(linked_.file.name) + " are paused",
                 {"The browser asks on each visit before skillscope may write to this file again. Your changes are "
                  "kept here meanwhile, and written to it once you say so."},
                 {NoticeButton::ResumeLinkedBackup});
      break;
  }
}

void Session::LinkBackupFile() {
  if (!platform_.CanLinkFile()) return;
  platform_.LinkFile(kLinkedFileName, [this](LinkedFile file) {
    linked_.asked = true;
    linked_.file = std::move(file);
    linked_.error.clear();
    WriteLinkedBackup();
    ShowNotice(Notice::Kind::Info, "Backups now go to " + Quoted(linked_.file.name),
               {"skillscope writes everything kept here to this file now, and again after each change to your "
                "profiles, people or frameworks. On a later visit the browser may ask once before it carries on."});
  });
}

void Session::ResumeLinkedBackup() {
  platform_.AllowLinkedFile([this](LinkedFile file) {
    linked_.file = std::move(file);
    if (notice_ && notice_->title.rfind(kPausedTitlePrefix, 0) == 0) notice_.reset();
    if (linked_.file.state == LinkedFile::State::Writable) return WriteLinkedBackup();
    if (linked_.file.state == LinkedFile::State::NeedsPermission)
      ShowNotice(Notice::Kind::Error, "The browser did not let skillscope write to " + Quoted(linked_.file.name),
                 {"Your changes are kept in this browser. Link the file again, or download a backup."},
                 {NoticeButton::LinkBackup, NoticeButton::DownloadBackup});
  });
}

void Session::UnlinkBackupFile() {
  platform_.UnlinkFile();
  linked_.file = {};
  linked_.error.clear();
}

void Session::WriteLinkedBackup() {
  // The file holds the settings too, so they say when it was made (as a download's do).
  const std::string before = settings_.last_backup;
  platform_.WriteLinkedFile(
      [this] {
        linked_.writing_at = platform_.NowIso8601();
        settings_.last_backup = linked_.writing_at;
        SaveSettings(platform_, settings_);
        return BackupText(linked_.writing_at);
      },
      [this, before](std::string error) {
        if (error.empty()) {
          const bool was_failing = !linked_.error.empty();
          linked_.error.clear();
          if (was_failing && notice_ && notice_->kind == Notice::Kind::Error) notice_.reset();
          if (notice_ && notice_->title == kBackupReminderTitle) notice_.reset();
          return;
        }
        if (settings_.last_backup == linked_.writing_at) {
          settings_.last_backup = before;
          SaveSettings(platform_, settings_);
        }
        const bool first_failure = linked_.error.empty();
        linked_.error = error;
        if (first_failure)  // told once, not at every change while the file stays unwritable
          ShowNotice(Notice::Kind::Error, "The backup file " + Quoted(linked_.file.name) + " could not be written",
                     {error, "Everything is still kept in this browser. Link another file, or download a backup."},
                     {NoticeButton::LinkBackup, NoticeButton::DownloadBackup});
      });
}

std::string Session::LinkedBackupLine() const {
  if (!platform_.CanLinkFile()) return "";
  const std::string name = Quoted(linked_.file.name);
  switch (linked_.file.state) {
    case LinkedFile::State::None:
      return "No backup file is linked. Link one and skillscope rewrites it after each change to your profiles, "
             "people or frameworks.";
    case LinkedFile::State::NeedsPermission:
      return "Linked backup file: " + name + ", paused: the browser asks on each visit before skillscope may write "
             "to it again.";
    case LinkedFile::State::Writable:
      if (!linked_.error.empty()) return "Linked backup file: " + name + ". The last write failed: " + linked_.error;
      return "Linked backup file: " + name + ", rewritten after each change to your profiles, people or frameworks.";
  }
  return "";
}

}  // namespace skillscope
