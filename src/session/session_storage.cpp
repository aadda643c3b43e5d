// The two stores at start-up and when they fail: the database read after the first
// frame, problems with stored data told in one notice, and what the person can do when
// the database refuses a write or is cleared under the app.
#include "core/text/file_names.h"
#include "core/text/messages.h"
#include "core/text/wording.h"
#include "session/session.h"

namespace skillscope {

void Session::TellUnreadable(std::vector<std::string> problems, std::vector<Unreadable> bad) {
  if (problems.empty() && bad.empty()) return;
  // Told with any problems already on show, in the same notice, with the same download.
  const std::string& title = Tr(MSG("session.storage.unreadable_title"));
  const bool telling = notice_ && notice_->kind == Notice::Kind::Error && notice_->title == title;
  std::vector<std::string> lines = telling ? notice_->lines : std::vector<std::string>{};
  lines.insert(lines.end(), problems.begin(), problems.end());
  for (const Unreadable& u : bad) {
    lines.insert(lines.end(), u.problems.begin(), u.problems.end());
    lines.push_back(u.backup_key.empty() ? Tr(MSG("session.storage.left_in_place"), u.key)
                                         : Tr(MSG("session.storage.kept_aside"), u.backup_key));
  }
  unreadable_.insert(unreadable_.end(), bad.begin(), bad.end());
  std::vector<NoticeButton> buttons;
  if (!unreadable_.empty()) buttons.push_back(NoticeButton::DownloadUnreadable);
  ShowNotice(Notice::Kind::Error, title, std::move(lines), std::move(buttons));
}

void Session::OnDatabaseRead() {
  TellUnreadable(frameworks_.LoadStored(), {});
  LoadPeople();
  reviews_.LoadWritten();
  if ((database_.state() == DatabaseStore::State::InLocalStorage ||
       database_.state() == DatabaseStore::State::MemoryOnly) &&
      !notice_ && store_.available())
    ShowNotice(Notice::Kind::Info, Tr(MSG("session.storage.small_storage_title")),
               {Tr(MSG("session.storage.small_storage_detail"))},
               {NoticeButton::DownloadBackup});
  if (screen_ == Screen::Reading) OpenAtStart();
  KeepPlaceValid();
  RemindOfBackup();
}

void Session::WatchDatabase() {
  DatabaseStore::Listener listener;
  listener.changed_elsewhere = [this](const std::string& key) { OnStorageChanged(key); };
  listener.write_failed = [this](const std::string& key, StorageStatus why) {
    const bool full = why == StorageStatus::QuotaExceeded;
    const std::string refused =
        key.rfind(kStoredFrameworkPrefix, 0) == 0
            ? Tr(full ? MSG("session.storage.framework_not_saved_full") : MSG("session.storage.framework_not_saved"),
                 Quoted(key.substr(std::string(kStoredFrameworkPrefix).size())))
            : Tr(full ? MSG("session.storage.person_not_saved_full") : MSG("session.storage.person_not_saved"),
                 key.substr(std::string(kPersonKeyPrefix).size()));
    ShowNotice(Notice::Kind::Error, Tr(MSG("session.storage.not_saved_title")),
               {refused + " " + Tr(MSG("session.storage.kept_until_closed"))},
               {NoticeButton::DownloadBackup});
  };
  listener.closed = [this] {
    save_problem_ = Tr(MSG("session.storage.cleared_problem"));
    ShowNotice(Notice::Kind::Error, Tr(MSG("session.storage.cleared_title")), {Tr(MSG("session.storage.cleared_detail"))},
               {NoticeButton::SaveAgain, NoticeButton::DownloadBackup});
    // One's own profiles live in localStorage, which may have gone with it: written again.
    for (const Profile& p : store_.profiles()) store_.Save(p);
  };
  database_.SetListener(std::move(listener));
}


}  // namespace skillscope
