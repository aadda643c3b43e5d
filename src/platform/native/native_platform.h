#pragma once
// The Platform in memory, for native tests and tools: nothing touches a disk, a
// browser or the real clock, and a test can set or read everything a browser would.
//   - storage is a MemoryStorage that several NativePlatforms may share, like tabs of
//     one browser: each hears the others' writes (the "storage" event), not its own;
//   - a quota in bytes (key + value), or no storage at all (private mode);
//   - a database (MemoryDatabase, IndexedDB's stand-in) beside it, shared the same way,
//     with its own quota, a blocked mode, and deletion under running tabs;
//   - downloads and the clipboard are recorded;
//   - the clock is set by the test; random ids count up, across every tab;
//   - the file chooser waits until the test chooses a file or cancels;
//   - the address bar keeps a history the test moves through like the browser's buttons;
//   - asynchronous answers (share links, other tabs' events) wait until RunPending().
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "platform/platform.h"

namespace skillscope {

class NativePlatform;

// IndexedDB as tests need it: every answer waits for RunPending, like the browser's
// transactions; a tab destroyed before then never wrote (a tab closed mid-way).
class MemoryDatabase {
 public:
  // 0: no limit. Counted as key + value bytes over every item.
  void SetQuota(std::size_t bytes) { quota_ = bytes; }
  // false: opening fails, as in private modes that block IndexedDB.
  void SetAvailable(bool available) { available_ = available; }
  // Whether the browser grants RequestPersistentStorage (it decides by itself).
  void SetGrantsPersistence(bool grants) { grants_persistence_ = grants; }
  bool persisted() const { return persisted_; }
  // The site's data cleared under running tabs: everything goes, and each tab that had
  // it open hears DatabaseEvent::Closed.
  void Delete();
  void Put(std::string key, std::string value) { items_[std::move(key)] = std::move(value); }
  std::size_t used() const;
  const std::map<std::string, std::string>& items() const { return items_; }

 private:
  friend class NativePlatform;
  std::map<std::string, std::string> items_;
  std::vector<NativePlatform*> open_;  // tabs holding it open
  std::size_t quota_ = 0;
  bool available_ = true;
  bool grants_persistence_ = true;
  bool persisted_ = false;
};

// The file a tab linked through the save dialog, as the disk holds it, and the link the
// browser keeps for the site (across reloads, like a handle kept in IndexedDB).
class MemoryLinkedFile {
 public:
  // false: a browser without the File System Access API.
  void SetSupported(bool supported) { supported_ = supported; }
  // The browser's words for the writes from now on ("": they succeed).
  void SetFailure(std::string error) { failure_ = std::move(error); }
  // What the person answers when a tab asks to write again after a reload.
  void SetAllows(bool allows) { allows_ = allows; }
  bool linked() const { return linked_; }
  const std::string& name() const { return name_; }
  const std::string& bytes() const { return bytes_; }
  int writes() const { return writes_; }

 private:
  friend class NativePlatform;
  bool supported_ = true;
  bool linked_ = false;
  bool allows_ = true;
  std::string failure_;
  std::string name_;
  std::string bytes_;
  int writes_ = 0;
};

class MemoryStorage {
 public:
  // 0: no limit. Counted as key + value bytes over every item.
  void SetQuota(std::size_t bytes) { quota_ = bytes; }
  // false: like a private window with storage turned off.
  void SetAvailable(bool available) { available_ = available; }
  std::size_t used() const;
  const std::map<std::string, std::string>& items() const { return items_; }
  MemoryDatabase& database() { return database_; }
  MemoryLinkedFile& linked_file() { return linked_file_; }
  // Every tab's asynchronous answers, until none is left (writes in flight land).
  void Settle();

 private:
  friend class NativePlatform;
  friend class MemoryDatabase;
  std::map<std::string, std::string> items_;
  MemoryDatabase database_;
  MemoryLinkedFile linked_file_;
  std::vector<NativePlatform*> tabs_;
  std::size_t quota_ = 0;
  bool available_ = true;
};

class NativePlatform final : public Platform {
 public:
  explicit NativePlatform(std::shared_ptr<MemoryStorage> storage = std::make_shared<MemoryStorage>());
  ~NativePlatform() override;
  NativePlatform(const NativePlatform&) = delete;
  NativePlatform& operator=(const NativePlatform&) = delete;

  // ---- Platform ------------------------------------------------------------
  std::string NowIso8601() override { return now_; }
  std::string RandomHex(int digits) override;
  std::optional<std::string> TakeBundledFile(std::string_view name) override;
  std::vector<std::string> BundledFileNames(std::string_view prefix) override;
  void FetchBundledFile(const std::string& name, TextCallback done) override;
  bool PrefersDarkColorScheme() override { return prefers_dark_; }
  std::vector<std::string> BrowserLanguages() override { return browser_languages_; }
  void SetPageLanguage(const std::string& code) override { page_language_ = code; }
  const std::string& page_language() const { return page_language_; }
  std::string UpdatedFromVersion() override { return updated_from_; }
  std::string Fragment() override { return history_[index_]; }
  void SetFragment(const std::string& fragment, bool push) override;
  void HistoryBack() override { GoInHistory(-1); }
  bool StorageAvailable() override { return storage_->available_; }
  std::optional<std::string> StorageGet(const std::string& key) override;
  StorageStatus StorageSet(const std::string& key, const std::string& value) override;
  void StorageRemove(const std::string& key) override;
  std::vector<std::string> StorageKeys(const std::string& prefix) override;
  void DatabaseOpen(std::function<void(DatabaseContents)> done) override;
  void DatabasePut(const std::string& key, const std::string& value, StatusCallback done) override;
  void DatabaseRemove(const std::string& key, StatusCallback done) override;
  void WatchDatabase(std::function<void(DatabaseEvent)> on_event) override { on_database_event_ = std::move(on_event); }
  void EstimateStorage(std::function<void(StorageEstimate)> done) override;
  void RequestPersistentStorage(std::function<void(bool granted)> done) override;
  bool CanLinkFile() override { return storage_->linked_file_.supported_; }
  void LinkFile(const std::string& suggested_name, LinkedFileCallback done) override;
  void FindLinkedFile(LinkedFileCallback done) override;
  void AllowLinkedFile(LinkedFileCallback done) override;
  void WriteLinkedFile(std::function<std::string()> contents, std::function<void(std::string error)> done) override;
  void UnlinkFile() override;
  void PickFile(const std::string& accept, std::size_t max_bytes, FileCallback on_picked) override;
  void PickFiles(const std::string& accept, std::size_t max_bytes, FilesCallback on_picked) override;
  void DownloadFile(const std::string& file_name, const std::string& mime_type, const std::string& bytes) override;
  void DownloadSvgAsPng(const std::string& file_name, const std::string& svg, double width, double height,
                        double scale) override;
  void MakeShareLink(const std::string& text, TextCallback done) override;
  // Reads links MakeShareLink made (stored deflate blocks); like the browser, the
  // answer arrives by RunPending.
  void CopyText(const std::string& text) override { clipboard_ = text; }

  // ---- What a test sets --------------------------------------------------------
  void SetNow(std::string iso8601) { now_ = std::move(iso8601); }
  void AddBundledFile(std::string name, std::string bytes) { bundle_[std::move(name)] = std::move(bytes); }
  void SetPrefersDark(bool dark) { prefers_dark_ = dark; }
  void SetBrowserLanguages(std::vector<std::string> languages) { browser_languages_ = std::move(languages); }
  // Files FetchBundledFile can have (the server's, or the service worker's cache); any
  // other is not to be had, as offline.
  void AddFetchableFile(std::string name, std::string bytes) { fetchable_[std::move(name)] = std::move(bytes); }
  void SetUpdatedFrom(std::string version) { updated_from_ = std::move(version); }
  // The fragment of a share link carrying `text`, as the browser makes them
  // ("p=" + base64url of deflate-raw; stored blocks here, which any inflater reads).
  static std::string ShareLinkFragment(const std::string& text);
  // Where other tabs' storage events go (the app wires this to the session).
  void SetStorageChangeHandler(std::function<void(std::string key)> handler) { on_storage_change_ = std::move(handler); }
  // ---- The address bar and history ------------------------------------------
  // The address the page is opened with (before Start).
  void SetInitialFragment(std::string fragment) { history_ = {std::move(fragment)}; index_ = 0; }
  // The browser's Back (-1) and Forward (+1) buttons: the change arrives by RunPending.
  void GoInHistory(int steps);
  // The person types an address: a new entry, reported like Back and Forward.
  void TypeAddress(const std::string& fragment);
  const std::vector<std::string>& history() const { return history_; }
  std::size_t history_index() const { return index_; }
  void SetAddressChangeHandler(std::function<void(std::string)> handler) { on_address_change_ = std::move(handler); }

  // Runs the asynchronous answers that arrived so far, in order.
  void RunPending();
  // Runs the first one only (false when none): a test stops a tab between two answers.
  bool RunNextPending();

  // ---- The file chooser --------------------------------------------------------
  bool chooser_open() const { return chooser_.has_value(); }
  const std::string& chooser_accept() const;
  // Picks a file in the open chooser: over the size limit asked for, the bytes are not
  // handed over (too_large), as the browser side does.
  void ChooseFile(const std::string& name, const std::string& bytes);
  // Picks several files at once in a chooser opened with PickFiles (or one, in PickFile's).
  void ChooseFiles(const std::vector<std::pair<std::string, std::string>>& files);
  bool chooser_multiple() const { return chooser_ && chooser_->on_picked_many; }
  void CancelChooser() { chooser_.reset(); }

  // ---- The save dialog of LinkFile -----------------------------------------------
  bool save_dialog_open() const { return save_dialog_ != nullptr; }
  const std::string& save_dialog_suggestion() const { return save_dialog_suggestion_; }
  // The person names the file and saves: it is linked, and this tab may write to it.
  void ChooseSaveFile(const std::string& name);
  void CancelSaveDialog() { save_dialog_ = nullptr; }

  // ---- What the app did --------------------------------------------------------
  struct Download {
    std::string name;
    std::string mime_type;
    std::string bytes;  // the SVG for a PNG download
    double png_scale = 0;  // > 0: rendered to PNG at this scale
  };
  const std::vector<Download>& downloads() const { return downloads_; }
  const std::string& clipboard() const { return clipboard_; }
  MemoryStorage& storage() { return *storage_; }

 private:
  friend class MemoryDatabase;
  friend class MemoryStorage;
  void Notify(const std::string& key);  // the other tabs hear of a change
  // The other tabs with the database open hear of a change to it.
  void NotifyDatabase(const std::string& key, std::optional<std::string> value);
  bool HasDatabaseOpen() const;
  void Hear(DatabaseEvent event);  // later, by RunPending

  struct Chooser {
    std::string accept;
    std::size_t max_bytes = 0;
    FileCallback on_picked;
    FilesCallback on_picked_many;  // set by PickFiles
  };
  std::shared_ptr<MemoryStorage> storage_;
  std::string now_ = "2026-11-30T09:00:00Z";
  std::map<std::string, std::string, std::less<>> bundle_;
  bool prefers_dark_ = false;
  std::vector<std::string> browser_languages_{"en-US", "en"};
  std::string page_language_ = "en";
  std::map<std::string, std::string, std::less<>> fetchable_;
  std::string updated_from_;
  std::function<void(std::string)> on_storage_change_;
  std::function<void(DatabaseEvent)> on_database_event_;
  std::function<void(std::string)> on_address_change_;
  std::vector<std::string> history_{""};
  std::size_t index_ = 0;
  std::deque<std::function<void()>> pending_;
  std::optional<Chooser> chooser_;
  LinkedFileCallback save_dialog_;
  std::string save_dialog_suggestion_;
  bool may_write_linked_ = false;  // this tab linked the file, or was allowed again
  // A linked write waiting for RunPending: the latest contents, and everyone waiting.
  struct LinkedWrite {
    std::function<std::string()> contents;
    std::vector<std::function<void(std::string)>> done;
  };
  std::shared_ptr<LinkedWrite> linked_write_;
  LinkedFile LinkedFileNow() const;
  std::vector<Download> downloads_;
  std::string clipboard_;
};

}  // namespace skillscope
