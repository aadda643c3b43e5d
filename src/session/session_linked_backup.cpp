// A linked backup file: where the browser has the File System Access API, the person
// may choose a file on their disk once, and skillscope rewrites it with a whole backup
// after each change to their profiles, people or frameworks. It stays linked across
// visits, but browsers ask again on each visit before a page may write to it, so after
// a reload the writes wait (and the person is told, once, at the first change) until
// the person lets it carry on. Nothing here is ever lost by a failed write: the data
// stays in the browser, and the notice offers another file or a download.
#include "core/text/days.h"
#include "core/text/messages.h"
#include "core/text/wording.h"
#include "session/session.h"

namespace skillscope {
namespace {

// The title of the notice that the writes to the file `name` wait for the person.
std::string PausedTitle(const std::string& name) { return Tr(MSG("session.linked.paused_title"), Quoted(name)); }

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
      ShowNotice(Notice::Kind::Info, PausedTitle(linked_.file.name), {Tr(MSG("session.linked.paused_detail"))},
                 {NoticeButton::ResumeLinkedBackup});
      break;
  }
}

void Session::LinkBackupFile() {
  if (!platform_.CanLinkFile()) return;
  platform_.LinkFile(Tr(MSG("session.backup.file_name")) + ".json", [this](LinkedFile file) {
    linked_.asked = true;
    linked_.file = std::move(file);
    linked_.error.clear();
    WriteLinkedBackup();
    ShowNotice(Notice::Kind::Info, Tr(MSG("session.linked.linked_title"), Quoted(linked_.file.name)),
               {Tr(MSG("session.linked.linked_detail"))});
  });
}

void Session::ResumeLinkedBackup() {
  platform_.AllowLinkedFile([this](LinkedFile file) {
    const std::string paused_title = PausedTitle(linked_.file.name);
    linked_.file = std::move(file);
    if (notice_ && notice_->title == paused_title) notice_.reset();
    if (linked_.file.state == LinkedFile::State::Writable) return WriteLinkedBackup();
    if (linked_.file.state == LinkedFile::State::NeedsPermission)
      ShowNotice(Notice::Kind::Error, Tr(MSG("session.linked.not_allowed_title"), Quoted(linked_.file.name)),
                 {Tr(MSG("session.linked.not_allowed_detail"))},
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
          if (notice_ && notice_->title == Tr(MSG("session.backup.reminder_title"))) notice_.reset();
          return;
        }
        if (settings_.last_backup == linked_.writing_at) {
          settings_.last_backup = before;
          SaveSettings(platform_, settings_);
        }
        const bool first_failure = linked_.error.empty();
        linked_.error = error;
        if (first_failure)  // told once, not at every change while the file stays unwritable
          ShowNotice(Notice::Kind::Error, Tr(MSG("session.linked.write_failed_title"), Quoted(linked_.file.name)),
                     {error, Tr(MSG("session.linked.write_failed_detail"))},
                     {NoticeButton::LinkBackup, NoticeButton::DownloadBackup});
      });
}

std::string Session::LinkedBackupLine() const {
  if (!platform_.CanLinkFile()) return "";
  const std::string name = Quoted(linked_.file.name);
  switch (linked_.file.state) {
    case LinkedFile::State::None: return Tr(MSG("session.linked.line_none"));
    case LinkedFile::State::NeedsPermission: return Tr(MSG("session.linked.line_paused"), name);
    case LinkedFile::State::Writable:
      if (!linked_.error.empty()) return Tr(MSG("session.linked.line_failed"), name, linked_.error);
      return Tr(MSG("session.linked.line_writable"), name);
  }
  return "";
}

}  // namespace skillscope
