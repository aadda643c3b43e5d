#pragma once
// A notice on the start screen: the outcome of a load or an import, a problem with
// stored data, another tab's change. One value with its buttons, shown until the
// person dismisses it or another notice replaces it.
#include <string>
#include <vector>

namespace skillscope {

// What a notice's buttons do. The ui gives each its words.
enum class NoticeButton {
  UndoDelete, DownloadUnreadable, LoadFramework, ExportCurrent, UndoRemovePerson,
  SaveAgain,       // the database was cleared under the app: write everything again
  DownloadBackup,  // everything held here, in one file
  NotNow,          // the backup reminder: ask again later
  LinkBackup,          // choose a backup file that is rewritten after each change
  ResumeLinkedBackup,  // let the browser write to the linked file again (after a reload)
  ShowReview,          // a review arrived: its profile's results, at the Reviews section
};

struct Notice {
  enum class Kind { Info, Error };
  Kind kind = Kind::Info;
  std::string title;
  std::vector<std::string> lines;
  std::vector<NoticeButton> buttons;

  bool operator==(const Notice& o) const {
    return kind == o.kind && title == o.title && lines == o.lines && buttons == o.buttons;
  }
};

}  // namespace skillscope
