#pragma once
// The browser edge as the session sees it: one narrow interface.
//
// The session (src/session/) asks for every effect through this class: storage,
// files in and out, the clipboard, share links, the clock. One implementation per
// platform, chosen by the build:
//   src/platform/web/     the browser (Emscripten); all JS in library_skillscope.js
//   src/platform/native/  in memory, for tests and tools: a storage quota to set,
//                         downloads and clipboard recorded, a clock to set
// Neither core/ nor ui/ includes this file; the web frame loop is in frame_loop.h.
//
// Browser APIs are asynchronous: what waits on the person or on the browser takes a
// callback, which runs later on the main thread (never inside the call).
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace skillscope {

enum class StorageStatus { Ok, QuotaExceeded, Unavailable };

struct PickedFile {
  std::string name;
  std::string bytes;       // empty when too_large
  std::size_t size = 0;    // size on disk
  bool too_large = false;  // larger than the limit asked for; bytes were not read
  std::string error;       // the browser could not read it
};
using FileCallback = std::function<void(PickedFile)>;
using FilesCallback = std::function<void(std::vector<PickedFile>)>;
using TextCallback = std::function<void(bool ok, std::string text)>;

// What the database held when it opened (IndexedDB), or that it could not be opened.
struct DatabaseContents {
  bool available = false;  // false: blocked (private modes, policies) or failed to open
  std::string error;       // the browser's words when not available
  std::vector<std::pair<std::string, std::string>> items;  // key and value
};
// Something happened to the database that this tab did not do.
struct DatabaseEvent {
  enum class Kind {
    Changed,  // another tab wrote `key` (value) or removed it (no value)
    Closed,   // the database was deleted or cleared under the running app
  } kind = Kind::Changed;
  std::string key;
  std::optional<std::string> value;
};
// How much this site stores and may store (navigator.storage), when the browser says.
struct StorageEstimate {
  bool known = false;
  double usage_bytes = 0;
  double quota_bytes = 0;
  bool persisted = false;  // the browser will not clear it under pressure
};
using StatusCallback = std::function<void(StorageStatus)>;
// A file on the person's disk that the app may keep rewriting (the File System Access
// API's save dialog), kept linked across visits.
struct LinkedFile {
  enum class State {
    None,             // no file is linked
    Writable,         // the browser lets the app write to it now
    NeedsPermission,  // linked on an earlier visit: the browser asks again first
  } state = State::None;
  std::string name;  // as the person named it ("skillscope backup.json")
};
using LinkedFileCallback = std::function<void(LinkedFile)>;

class Platform {
 public:
  virtual ~Platform() = default;

  // ---- Clock and ids ------------------------------------------------------
  // Wall-clock time as ISO 8601 UTC ("2026-11-22T08:51:07Z").
  virtual std::string NowIso8601() = 0;
  // Random lower-case hex digits from a cryptographic generator (for ids).
  virtual std::string RandomHex(int digits) = 0;

  // ---- Files bundled with the page ----------------------------------------
  // Fonts and built-in frameworks; each can be taken once.
  virtual std::optional<std::string> TakeBundledFile(std::string_view name) = 0;
  virtual std::vector<std::string> BundledFileNames(std::string_view prefix) = 0;
  // A file of the bundle that was not handed over at start (another language's words),
  // fetched now: done(true, bytes), or done(false, "") when it cannot be had (offline,
  // and never fetched before).
  virtual void FetchBundledFile(const std::string& name, TextCallback done) = 0;

  // ---- What the browser knows ---------------------------------------------
  virtual bool PrefersDarkColorScheme() = 0;
  // The languages the person reads, most preferred first (navigator.languages: "de-AT").
  virtual std::vector<std::string> BrowserLanguages() = 0;
  // The language the page is in now (<html lang>), for screen readers' pronunciation.
  virtual void SetPageLanguage(const std::string& code) = 0;
  // The version the app ran as on this browser's previous visit, when it was another
  // one (the service worker has just moved this browser to a new deployment).
  virtual std::string UpdatedFromVersion() = 0;

  // ---- The address ---------------------------------------------------------
  // The part of the address after '#', without the '#' ("" when none).
  virtual std::string Fragment() = 0;
  // Shows where the person is. push: a new history entry, so Back returns to the one
  // before; otherwise the current entry changes. Changing the address this way does
  // not report it back as a change.
  virtual void SetFragment(const std::string& fragment, bool push) = 0;
  // The browser's Back. The address change arrives later, like the browser's button.
  virtual void HistoryBack() = 0;

  // ---- Persistent storage (localStorage); values are UTF-8 text ------------
  // False in private modes or when storage is off: the app then works in memory.
  virtual bool StorageAvailable() = 0;
  virtual std::optional<std::string> StorageGet(const std::string& key) = 0;
  virtual StorageStatus StorageSet(const std::string& key, const std::string& value) = 0;
  virtual void StorageRemove(const std::string& key) = 0;
  virtual std::vector<std::string> StorageKeys(const std::string& prefix) = 0;

  // ---- The database (IndexedDB): large values, asynchronous ---------------
  // Opens it and reads everything in it. Called again after a Closed event, it opens a
  // new, empty one. Until the callback runs, puts and removes wait.
  virtual void DatabaseOpen(std::function<void(DatabaseContents)> done) = 0;
  // done gets Ok once the write is durable, or why it failed (QuotaExceeded; Unavailable
  // when the database is gone). Other tabs hear of it (DatabaseEvent::Changed).
  virtual void DatabasePut(const std::string& key, const std::string& value, StatusCallback done) = 0;
  virtual void DatabaseRemove(const std::string& key, StatusCallback done) = 0;
  // Where the events go (one handler; the last one set wins).
  virtual void WatchDatabase(std::function<void(DatabaseEvent)> on_event) = 0;
  virtual void EstimateStorage(std::function<void(StorageEstimate)> done) = 0;
  // Asks the browser not to clear this site's storage under pressure; done(granted).
  virtual void RequestPersistentStorage(std::function<void(bool granted)> done) = 0;

  // ---- A linked backup file -------------------------------------------------
  // Whether this browser lets a page keep writing to a file the person chose.
  virtual bool CanLinkFile() = 0;
  // The save dialog: done once a file is chosen (Writable), not at all on cancel. It
  // replaces any earlier link, and stays linked for later visits until UnlinkFile.
  virtual void LinkFile(const std::string& suggested_name, LinkedFileCallback done) = 0;
  // The file linked on an earlier visit, if any.
  virtual void FindLinkedFile(LinkedFileCallback done) = 0;
  // Asks the browser to let the app write to the linked file again; it only asks
  // straight after the person's click. done: the state after.
  virtual void AllowLinkedFile(LinkedFileCallback done) = 0;
  // Rewrites the whole linked file. Requests close together are written once:
  // `contents` runs when the write starts (so it holds the latest state), and every
  // request's done gets "" once the file is written, or the browser's words.
  virtual void WriteLinkedFile(std::function<std::string()> contents, std::function<void(std::string error)> done) = 0;
  virtual void UnlinkFile() = 0;

  // ---- Files the person hands us or takes away -----------------------------
  // Opens the file chooser; the callback runs once a file is chosen and read, not at
  // all when the person cancels.
  virtual void PickFile(const std::string& accept, std::size_t max_bytes, FileCallback on_picked) = 0;
  // The chooser with multiple selection: the callback runs once, when every chosen file
  // is read (in the order the browser lists them); not at all when the person cancels.
  virtual void PickFiles(const std::string& accept, std::size_t max_bytes, FilesCallback on_picked) = 0;
  virtual void DownloadFile(const std::string& file_name, const std::string& mime_type, const std::string& bytes) = 0;
  // Renders an SVG (width x height CSS px) to a PNG at `scale` and downloads it.
  virtual void DownloadSvgAsPng(const std::string& file_name, const std::string& svg, double width, double height,
                                double scale) = 0;

  // ---- Sharing ----------------------------------------------------------------
  // Compresses `text` (deflate-raw) and returns the whole link: this page's address
  // + "#p=" + base64url. The fragment is never sent to a server.
  virtual void MakeShareLink(const std::string& text, TextCallback done) = 0;
  // Puts text on the clipboard (best effort; the browser may refuse).
  virtual void CopyText(const std::string& text) = 0;
};

}  // namespace skillscope
