// The two stores at start-up and when they fail: the database read after the first
// frame, problems with stored data told in one notice, and what the person can do when
// the database refuses a write or is cleared under the app.
#include "core/text/file_names.h"
#include "core/text/wording.h"
#include "session/session.h"

namespace skillscope {

void Session::TellUnreadable(std::vector<std::string> problems, std::vector<Unreadable> bad) {
  if (problems.empty() && bad.empty()) return;
  // Told with any problems already on show, in the same notice, with the same download.
  const bool telling = notice_ && notice_->kind == Notice::Kind::Error && notice_->title == "Some saved data could not be read";
  std::vector<std::string> lines = telling ? notice_->lines : std::vector<std::string>{};
  lines.insert(lines.end(), problems.begin(), problems.end());
  for (const Unreadable& u : bad) {
    lines.insert(lines.end(), u.problems.begin(), u.problems.end());
    lines.push_back(u.backup_key.empty()
                        ? "It was left where it was (\"" + u.key + "\"): this browser did not let skillscope move it."
                        : "Its data was kept, unchanged, under \"" + u.backup_key + "\".");
  }
  unreadable_.insert(unreadable_.end(), bad.begin(), bad.end());
  std::vector<NoticeButton> buttons;
  if (!unreadable_.empty()) buttons.push_back(NoticeButton::DownloadUnreadable);
  ShowNotice(Notice::Kind::Error, "Some saved data could not be read", std::move(lines), std::move(buttons));
}

void Session::OnDatabaseRead() {
  TellUnreadable(frameworks_.LoadStored(), {});
  LoadPeople();
  reviews_.LoadWritten();
  if ((database_.state() == DatabaseStore::State::InLocalStorage ||
       database_.state() == DatabaseStore::State::MemoryOnly) &&
      !notice_ && store_.available())
    ShowNotice(Notice::Kind::Info, "Frameworks and people are kept in this browser\xE2\x80\x99s small storage",
               {"This browser does not let skillscope use its database (IndexedDB) here, so frameworks you load "
                "and people\xE2\x80\x99s profiles share the about 5 MB of local storage with your own profiles. "
                "A large framework may not fit: download a backup to keep everything."},
               {NoticeButton::DownloadBackup});
  if (screen_ == Screen::Reading) OpenAtStart();
  KeepPlaceValid();
  RemindOfBackup();
}

void Session::WatchDatabase() {
  DatabaseStore::Listener listener;
  listener.changed_elsewhere = [this](const std::string& key) { OnStorageChanged(key); };
  listener.write_failed = [this](const std::string& key, StorageStatus why) {
    const std::string what = key.rfind(kStoredFrameworkPrefix, 0) == 0
                                 ? "the framework " + Quoted(key.substr(std::string(kStoredFrameworkPrefix).size()))
                                 : "a person\xE2\x80\x99s profile (" + key.substr(std::string(kPersonKeyPrefix).size()) + ")";
    ShowNotice(Notice::Kind::Error, "Some of your data could not be saved",
               {"This browser refused to save " + what +
                    (why == StorageStatus::QuotaExceeded ? ": its storage is full." : ".") +
                    " It is kept while this page stays open. Download a backup to keep it, and free space by "
                    "removing frameworks or people you no longer need."},
               {NoticeButton::DownloadBackup});
  };
  listener.closed = [this] {
    save_problem_ = "This browser\xE2\x80\x99s saved data was cleared while skillscope was open. Your answers are "
                    "kept while this page stays open; go to the start screen to save them again.";
    ShowNotice(Notice::Kind::Error, "This browser\xE2\x80\x99s saved data was cleared while skillscope was open",
               {"Everything you had is still here, in this page: your profiles, people and frameworks. Save again "
                "to keep it in this browser, or download a backup file."},
               {NoticeButton::SaveAgain, NoticeButton::DownloadBackup});
    // One's own profiles live in localStorage, which may have gone with it: written again.
    for (const Profile& p : store_.profiles()) store_.Save(p);
  };
  database_.SetListener(std::move(listener));
}


}  // namespace skillscope
