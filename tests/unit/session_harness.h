#pragma once
// A browser tab for session tests: the in-memory platform with the shipped frameworks
// bundled, a Session over it, and short ways to act as a person would. Several tabs
// can share one MemoryStorage, like tabs of one browser.
#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>

#include "platform/native/native_platform.h"
#include "session/session.h"

namespace skillscope::testing {

inline std::string ReadSourceFile(const std::string& relative) {
  std::ifstream in(std::string(SKILLSCOPE_SOURCE_DIR) + "/" + relative, std::ios::binary);
  REQUIRE_MESSAGE(in, relative);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// An action of this kind with no details: Do(StartAction::Kind::Start).
inline StartAction Do(StartAction::Kind kind) { StartAction a; a.kind = kind; return a; }
// A notice's button pressed on the start screen.
inline StartAction PressNotice(NoticeButton button) {
  StartAction a = Do(StartAction::Kind::PressNoticeButton);
  a.button = button;
  return a;
}
inline SetupAction Do(SetupAction::Kind kind) { SetupAction a; a.kind = kind; return a; }
inline SkillPageAction Do(SkillPageAction::Kind kind) { SkillPageAction a; a.kind = kind; return a; }
inline SummaryAction Do(SummaryAction::Kind kind) { SummaryAction a; a.kind = kind; return a; }
inline ResultsAction Do(ResultsAction::Kind kind) { ResultsAction a; a.kind = kind; return a; }
inline HelpAction Do(HelpAction::Kind kind) { HelpAction a; a.kind = kind; return a; }
inline ImportDialogAction Do(ImportDialogAction::Kind kind) { ImportDialogAction a; a.kind = kind; return a; }

struct Tab {
  explicit Tab(std::shared_ptr<MemoryStorage> storage = std::make_shared<MemoryStorage>())
      : platform(std::move(storage)), session(platform) {
    for (const char* name : {"sfia.json", "it-operations-matrix.json", "infrastructure-proficiency.json"})
      platform.AddBundledFile(std::string("frameworks/") + name, ReadSourceFile(std::string("frameworks/") + name));
    platform.SetStorageChangeHandler([this](std::string key) { session.OnStorageChanged(key); });
  }
  // A tab closed after sending its writes: the browser still commits them.
  ~Tab() { platform.RunPending(); }

  // Starts the session and lets the asynchronous start-up work (the database, a shared
  // link) arrive. The other tabs' writes in flight land first, as they would have by the
  // time a person opens another tab.
  Tab& Start() {
    platform.storage().Settle();
    session.Start();
    platform.RunPending();
    return *this;
  }

  void Apply(const Action& action) { session.Apply(action); }

  // From the start screen through setup to the first skill page.
  void Begin(std::set<std::string> choice_keys, const std::string& name = "Q4 review") {
    Apply(Do(StartAction::Kind::Start));
    REQUIRE(session.screen() == Screen::Setup);
    SetupAction begin = Do(SetupAction::Kind::Begin);
    begin.name = name;
    begin.person = "Kim";
    begin.chosen = std::move(choice_keys);
    Apply(begin);
    REQUIRE(session.screen() == Screen::Skill);
  }

  void ChooseLevel(int level) {
    SkillPageAction a = Do(SkillPageAction::Kind::ChooseLevel);
    a.level = level;
    Apply(a);
  }

  const Profile& open() const {
    const Profile* p = session.open_profile();
    REQUIRE(p != nullptr);
    return *p;
  }

  // The answer to a skill of the open profile (the default answer when none).
  Answer AnswerTo(const std::string& key) const {
    const auto it = open().answers.find(key);
    return it == open().answers.end() ? Answer{} : it->second;
  }

  // What this browser keeps, localStorage and the database together, once the writes in
  // flight have landed.
  std::map<std::string, std::string> Storage() {
    platform.storage().Settle();
    std::map<std::string, std::string> all = platform.storage().items();
    for (const auto& [key, value] : platform.storage().database().items()) all[key] = value;
    return all;
  }
  // The database alone (frameworks, people), once the writes in flight have landed.
  std::map<std::string, std::string> Database() {
    platform.storage().Settle();
    return platform.storage().database().items();
  }
  // localStorage alone.
  const std::map<std::string, std::string>& Local() { return platform.storage().items(); }

  NativePlatform platform;
  Session session;
};

inline constexpr const char* kItop = "sfia@1.0.0/ITOP";
inline constexpr const char* kAiml = "it-operations-matrix@1.0.0/AIML";
inline constexpr const char* kAuto = "it-operations-matrix@1.0.0/AUTO";
inline constexpr const char* kIsds = "infrastructure-proficiency@1.0.0/ISDS";

}  // namespace skillscope::testing
