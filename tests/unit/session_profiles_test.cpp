// Keeping profiles in a session: the list's actions, delete and undo, other tabs,
// storage that is full or missing, unreadable stored data, and reopening a profile
// where the person left it.
#include <doctest/doctest.h>

#include "core/profile/json.h"
#include "session_harness.h"

using namespace skillscope;
using namespace skillscope::testing;

namespace {

StartAction ForProfile(StartAction::Kind kind, const std::string& id, const std::string& text = "") {
  StartAction a = Do(kind);
  a.profile_id = id;
  a.text = text;
  return a;
}

}  // namespace

TEST_CASE("the list: open, rename, duplicate, export") {
  Tab tab;
  tab.Start();
  tab.Begin({kItop}, "First");
  const std::string first = tab.open().id;
  tab.ChooseLevel(2);
  tab.Apply(Do(SkillPageAction::Kind::Home));
  tab.Begin({kAiml}, "Second");
  const std::string second = tab.open().id;
  tab.Apply(Do(SkillPageAction::Kind::Home));
  REQUIRE(first != second);

  SUBCASE("OpenProfile") {
    tab.Apply(ForProfile(StartAction::Kind::OpenProfile, first));
    CHECK(tab.open().id == first);
    CHECK(tab.Storage().at(kCurrentProfileKey) == first);
    CHECK(tab.session.screen() == Screen::Skill);
  }
  SUBCASE("RenameProfile: blank names are refused") {
    tab.Apply(ForProfile(StartAction::Kind::RenameProfile, first, "  "));
    CHECK(tab.session.store().Find(first)->name == "First");
    tab.Apply(ForProfile(StartAction::Kind::RenameProfile, first, "Q1 review"));
    CHECK(tab.session.store().Find(first)->name == "Q1 review");
    CHECK(ReadProfile(tab.Storage().at(ProfileStore::Key(first)), "s").profile->name == "Q1 review");
    CHECK(tab.open().id == second);  // renaming another profile does not open it
    CHECK(tab.Storage().at(kCurrentProfileKey) == second);
  }
  SUBCASE("DuplicateProfile: a copy with its answers, not made current") {
    tab.Apply(ForProfile(StartAction::Kind::DuplicateProfile, first));
    const StartScreenModel m = tab.session.StartScreen();
    REQUIRE(m.profiles.size() == 3);
    const Profile* copy = nullptr;
    for (const Profile& p : tab.session.store().profiles())
      if (p.name == "First (copy)") copy = &p;
    REQUIRE(copy != nullptr);
    CHECK(copy->answers == tab.session.store().Find(first)->answers);
    CHECK(tab.open().id == second);
  }
  SUBCASE("ExportProfile downloads that profile") {
    tab.Apply(ForProfile(StartAction::Kind::ExportProfile, first));
    REQUIRE(tab.platform.downloads().size() == 1);
    CHECK(tab.platform.downloads()[0].name == "First-2026-11-30.json");
    CHECK(ReadProfile(tab.platform.downloads()[0].bytes, "export").profile->id == first);
  }
}

TEST_CASE("delete, then undo: the profile comes back as it was") {
  Tab tab;
  tab.Start();
  tab.Begin({kItop});
  tab.ChooseLevel(3);
  const Profile before = tab.open();
  const auto stored_before = tab.Storage();
  tab.Apply(Do(SkillPageAction::Kind::Home));

  tab.Apply(ForProfile(StartAction::Kind::DeleteProfile, before.id));
  CHECK(tab.session.open_profile() == nullptr);
  CHECK(tab.Storage().count(ProfileStore::Key(before.id)) == 0);
  REQUIRE(tab.session.notice());
  CHECK(tab.session.notice()->title == "Deleted \xE2\x80\x9CQ4 review\xE2\x80\x9D");
  CHECK(tab.session.notice()->buttons == std::vector<NoticeButton>{NoticeButton::UndoDelete});

  tab.Apply(PressNotice(NoticeButton::UndoDelete));
  CHECK(tab.open() == before);
  CHECK(tab.Storage().at(ProfileStore::Key(before.id)) == stored_before.at(ProfileStore::Key(before.id)));
  CHECK(tab.session.notice()->title == "Restored \xE2\x80\x9CQ4 review\xE2\x80\x9D");
  tab.Apply(Do(StartAction::Kind::DismissNotice));
  CHECK_FALSE(tab.session.notice());
}

TEST_CASE("another tab saved first: both versions are kept") {
  auto storage = std::make_shared<MemoryStorage>();
  Tab mine(storage);
  mine.Start();
  mine.Begin({kItop});
  const std::string id = mine.open().id;
  Tab theirs(storage);
  theirs.Start();
  REQUIRE(theirs.open().id == id);
  theirs.Apply(Do(StartAction::Kind::Continue));

  // They answer; the event has not reached this tab yet when it answers too.
  theirs.ChooseLevel(4);
  mine.ChooseLevel(2);
  REQUIRE(mine.session.notice());
  CHECK(mine.session.notice()->title == "This profile was changed in another tab at the same time");
  CHECK(mine.session.notice()->lines ==
        std::vector<std::string>{"Both versions are kept: the other tab's as \xE2\x80\x9CQ4 review\xE2\x80\x9D, this "
                                 "tab's as \xE2\x80\x9CQ4 review (this tab)\xE2\x80\x9D."});
  // Theirs is open here now, untouched; this tab's answer lives on in a copy.
  CHECK(mine.open().id == id);
  CHECK(mine.AnswerTo("sfia/ITOP").level == 4);
  int copies = 0;
  for (const auto& [key, text] : storage->items()) {
    if (key.rfind(kProfileKeyPrefix, 0) != 0) continue;
    const Profile p = *ReadProfile(text, key).profile;
    if (p.id == id) CHECK(p.answers.at("sfia/ITOP").level == 4);
    else {
      ++copies;
      CHECK(p.name == "Q4 review (this tab)");
      CHECK(p.answers.at("sfia/ITOP").level == 2);
    }
  }
  CHECK(copies == 1);
}

TEST_CASE("another tab's change arrives: the open profile follows it, a deletion closes it") {
  auto storage = std::make_shared<MemoryStorage>();
  Tab mine(storage);
  mine.Start();
  mine.Begin({kItop});
  Tab theirs(storage);
  theirs.Start();
  theirs.Apply(Do(StartAction::Kind::Continue));
  SkillPageAction notes = Do(SkillPageAction::Kind::SetNotes);
  notes.notes = "Written in the other tab";
  theirs.Apply(notes);
  mine.platform.RunPending();  // the storage event
  CHECK(mine.AnswerTo("sfia/ITOP").notes == "Written in the other tab");
  CHECK(mine.session.SkillPage().answer->notes == "Written in the other tab");
  // And this tab can go on saving: it has seen their version.
  mine.ChooseLevel(1);
  CHECK_FALSE(mine.session.notice());

  theirs.platform.RunPending();
  theirs.Apply(Do(SkillPageAction::Kind::Home));
  theirs.Apply(ForProfile(StartAction::Kind::DeleteProfile, theirs.open().id));
  mine.platform.RunPending();
  CHECK(mine.session.open_profile() == nullptr);
  CHECK(mine.session.screen() == Screen::Start);
}

TEST_CASE("storage full: the app keeps working in memory and says so") {
  Tab tab;
  tab.Start();
  tab.Begin({kItop, kAiml});
  const std::string key = ProfileStore::Key(tab.open().id);
  const std::string stored = tab.Storage().at(key);
  tab.platform.storage().SetQuota(tab.platform.storage().used());  // not one byte more

  tab.ChooseLevel(3);
  CHECK(tab.AnswerTo("it-operations-matrix/AIML").level == 3);  // kept in memory
  CHECK(tab.Storage().at(key) == stored);                      // storage as it was
  CHECK(tab.session.SkillPage().save_problem.rfind("Your latest answers could not be saved", 0) == 0);
  REQUIRE(tab.session.notice());
  CHECK(tab.session.notice()->title == "Storage is full");
  CHECK(tab.session.notice()->buttons == std::vector<NoticeButton>{NoticeButton::ExportCurrent});

  // The person goes on, then exports what storage could not keep.
  tab.Apply(Do(SkillPageAction::Kind::Next));
  tab.ChooseLevel(2);
  tab.Apply(PressNotice(NoticeButton::ExportCurrent));
  REQUIRE(tab.platform.downloads().size() == 1);
  const Profile exported = *ReadProfile(tab.platform.downloads()[0].bytes, "export").profile;
  CHECK(exported.answers.size() == 2);

  // Space again: the next change is saved, and the problem goes away.
  tab.platform.storage().SetQuota(0);
  tab.ChooseLevel(1);
  CHECK(tab.session.SkillPage().save_problem.empty());
  CHECK(ReadProfile(tab.Storage().at(key), "s").profile->answers.size() == 2);
}

TEST_CASE("no storage at all (a private window): everything works in memory") {
  Tab tab;
  tab.platform.storage().SetAvailable(false);
  tab.Start();
  CHECK_FALSE(tab.session.StartScreen().storage_notice.empty());
  tab.Begin({kItop});
  tab.ChooseLevel(2);
  CHECK(tab.AnswerTo("sfia/ITOP").level == 2);
  CHECK(tab.session.SkillPage().save_problem.rfind("This browser does not allow saving here", 0) == 0);
  CHECK(tab.platform.storage().items().empty());
}

TEST_CASE("reopening a profile returns to its last screen") {
  auto storage = std::make_shared<MemoryStorage>();
  std::string first, second;
  {
    Tab tab(storage);
    tab.Start();
    tab.Begin({kItop, kAiml, kAuto}, "First");
    first = tab.open().id;
    SkillPageAction jump = Do(SkillPageAction::Kind::Jump);
    jump.jump_to = 2;
    tab.Apply(jump);
    tab.Apply(Do(SkillPageAction::Kind::Home));
    tab.Begin({kItop}, "Second");
    second = tab.open().id;
    tab.Apply(Do(SkillPageAction::Kind::Finish));
    REQUIRE(tab.session.screen() == Screen::Summary);

    tab.Apply(Do(SummaryAction::Kind::Home));
    tab.Apply(ForProfile(StartAction::Kind::OpenProfile, first));
    CHECK(tab.session.screen() == Screen::Skill);
    CHECK(tab.session.skill_index() == 2);
    tab.Apply(Do(SkillPageAction::Kind::Home));
    tab.Apply(ForProfile(StartAction::Kind::OpenProfile, second));
    CHECK(tab.session.screen() == Screen::Summary);
  }
  // A reload opens the page the person was on.
  Tab reloaded(storage);
  reloaded.Start();
  CHECK(reloaded.open().id == second);
  CHECK(reloaded.session.screen() == Screen::Summary);
  // ...but the start screen when that is where they were.
  reloaded.Apply(Do(SummaryAction::Kind::Home));
  Tab again(storage);
  again.Start();
  CHECK(again.session.screen() == Screen::Start);
}

TEST_CASE("unreadable stored data is moved aside, reported and can be downloaded") {
  auto storage = std::make_shared<MemoryStorage>();
  Tab tab(storage);
  const std::string broken = "{\"format\":\"skillscope-profile\",\"schemaVersion\":2,";
  tab.platform.StorageSet(std::string(kProfileKeyPrefix) + "p-broken", broken);
  tab.Start();
  REQUIRE(tab.session.notice());
  CHECK(tab.session.notice()->title == "Some saved data could not be read");
  CHECK(tab.session.notice()->lines.back() ==
        "Its data was kept, unchanged, under \"skillscope.v1.backup.skillscope.v1.profile.p-broken\".");
  CHECK(tab.Storage().count(std::string(kProfileKeyPrefix) + "p-broken") == 0);
  CHECK(tab.Storage().at("skillscope.v1.backup.skillscope.v1.profile.p-broken") == broken);
  tab.Apply(PressNotice(NoticeButton::DownloadUnreadable));
  REQUIRE(tab.platform.downloads().size() == 1);
  CHECK(tab.platform.downloads()[0].bytes == broken);
}

TEST_CASE("an update is announced once the new version starts") {
  Tab tab;
  tab.platform.SetUpdatedFrom("0.0.9");
  tab.Start();
  REQUIRE(tab.session.notice());
  CHECK(tab.session.notice()->title.rfind("skillscope was updated to version ", 0) == 0);
  CHECK(tab.session.notice()->lines ==
        std::vector<std::string>{"You were using version 0.0.9. Your profiles are kept as they were."});
}
