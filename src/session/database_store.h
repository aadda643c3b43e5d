#pragma once
// Frameworks and people's profiles, kept in the browser's database (IndexedDB) behind a
// copy in memory. Reading the database is asynchronous and the first frame never waits
// for it: Open() reads everything once, and from then on reads are answered from memory
// at once while writes go through to the database behind them.
//
// What can go wrong, and what happens then (nothing in memory is ever dropped):
//   - the database is blocked (private modes): the entries live in localStorage, as
//     before this store existed, or in memory alone when that is off too;
//   - a write fails (storage full): the entry stays in memory, unsaved, and the
//     listener hears which; a write that cannot fit by the browser's estimate is refused
//     at once, like localStorage's quota error;
//   - the database is deleted under the running app: every entry becomes unsaved until
//     SaveAgain() writes them into a new one.
// Another tab's writes reach the copy here before the listener hears of them, so a
// reader always sees what the database holds.
//
// Migration: entries an earlier version kept in localStorage (under `prefixes`) move in
// on Open, one at a time: written here, then removed there once the write is durable.
// Closing the tab mid-way leaves each entry in one place or in both with the same text,
// so the next start carries on where this one stopped.
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "session/key_value_store.h"

namespace skillscope {

class DatabaseStore final : public KeyValueStore {
 public:
  enum class State {
    Opening,         // reading the database; reads see only what was written since
    Open,            // the database holds what memory holds (or is about to)
    InLocalStorage,  // the database is blocked: localStorage is used instead
    MemoryOnly,      // neither store can be used
    Closed,          // the database was deleted under the app; see SaveAgain
  };
  struct Listener {
    std::function<void(const std::string& key)> changed_elsewhere;  // another tab wrote or removed it
    std::function<void(const std::string& key, StorageStatus why)> write_failed;
    std::function<void()> closed;
  };

  DatabaseStore(Platform& platform, KeyValueStore& local, std::vector<std::string> prefixes)
      : platform_(platform), local_(local), prefixes_(std::move(prefixes)) {}
  void SetListener(Listener listener) { listener_ = std::move(listener); }

  // Opens the database and moves entries from localStorage into it; `ready` runs once
  // it is read (or known to be blocked), before which reads see only new writes.
  void Open(std::function<void()> ready);
  // After Closed: opens a new database and writes every entry held here into it.
  void SaveAgain();

  State state() const { return state_; }
  bool ready() const { return state_ != State::Opening; }
  // The browser's words when the database could not be opened.
  const std::string& blocked_reason() const { return blocked_reason_; }
  // Entries whose latest text is in memory only (a write failed or the database went).
  std::size_t unsaved() const { return unsaved_.size(); }
  // Writes sent to the database and not yet answered.
  std::size_t writing() const { return writing_; }

  // ---- KeyValueStore ---------------------------------------------------------
  bool available() const override;
  std::optional<std::string> Get(const std::string& key) const override;
  StorageStatus Set(const std::string& key, const std::string& value) override;
  void Remove(const std::string& key) override;
  std::vector<std::string> Keys(const std::string& prefix) const override;

 private:
  void OnOpened(DatabaseContents contents, std::function<void()> ready);
  void MoveFromLocalStorage();
  void Write(const std::string& key);  // memory's text of key (or its absence) to the database
  void OnEvent(const DatabaseEvent& event);

  Platform& platform_;
  KeyValueStore& local_;
  std::vector<std::string> prefixes_;
  Listener listener_;
  State state_ = State::Opening;
  std::string blocked_reason_;
  std::map<std::string, std::string> items_;  // the copy in memory
  std::set<std::string> touched_while_opening_;  // written or removed before the database was read
  std::set<std::string> unsaved_;
  std::size_t writing_ = 0;
  // Room left by the browser's estimate (negative: unknown).
  double room_bytes_ = -1;
};

}  // namespace skillscope
