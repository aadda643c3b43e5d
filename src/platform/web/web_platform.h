#pragma once
// The Platform of the browser: localStorage and IndexedDB, the file chooser and drops, downloads,
// the clipboard and share links, through library_skillscope.js.
#include "platform/platform.h"

namespace skillscope::platform {

class WebPlatform final : public Platform {
 public:
  std::string NowIso8601() override;
  std::string RandomHex(int digits) override;
  std::optional<std::string> TakeBundledFile(std::string_view name) override;
  std::vector<std::string> BundledFileNames(std::string_view prefix) override;
  void FetchBundledFile(const std::string& name, TextCallback done) override { FetchBundleFile(name, std::move(done)); }
  bool PrefersDarkColorScheme() override;
  std::vector<std::string> BrowserLanguages() override;
  void SetPageLanguage(const std::string& code) override;
  std::string UpdatedFromVersion() override;
  std::string Fragment() override;
  void SetFragment(const std::string& fragment, bool push) override;
  void HistoryBack() override;
  bool StorageAvailable() override;
  std::optional<std::string> StorageGet(const std::string& key) override;
  StorageStatus StorageSet(const std::string& key, const std::string& value) override;
  void StorageRemove(const std::string& key) override;
  std::vector<std::string> StorageKeys(const std::string& prefix) override;
  // web_database.cpp
  void DatabaseOpen(std::function<void(DatabaseContents)> done) override;
  void DatabasePut(const std::string& key, const std::string& value, StatusCallback done) override;
  void DatabaseRemove(const std::string& key, StatusCallback done) override;
  void WatchDatabase(std::function<void(DatabaseEvent)> on_event) override;
  void EstimateStorage(std::function<void(StorageEstimate)> done) override;
  void RequestPersistentStorage(std::function<void(bool granted)> done) override;
  bool CanLinkFile() override;
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
  void CopyText(const std::string& text) override;

  // A file of the bundle that is not preloaded (font pieces), fetched now; done gets its
  // bytes, or ok=false when it could not be had (offline and never fetched before).
  static void FetchBundleFile(const std::string& path, TextCallback done);

  // ---- Events the page delivers (not effects the session asks for) ----------
  // Files dropped anywhere on the page, all of one drop at once (the last handler set
  // wins).
  static void SetFileDropHandler(std::size_t max_bytes, FilesCallback on_dropped);
  // The storage key another tab of this app just changed.
  static void SetStorageChangeHandler(std::function<void(std::string key)> on_change);
  // The address changed by Back, Forward or the person's typing (the new fragment).
  static void SetAddressChangeHandler(std::function<void(std::string fragment)> on_change);
  // The browser's colour scheme changed (true: dark).
  static void SetColorSchemeHandler(std::function<void(bool dark)> on_change);
  // Runs `then` once the whole app's code is here: at once with one wasm module, or when
  // the second arrives (web/boot.js). Work that can wait for it (reading the database)
  // then keeps its code out of the first module.
  static void WhenRestOfApp(std::function<void()> then);
};

}  // namespace skillscope::platform
