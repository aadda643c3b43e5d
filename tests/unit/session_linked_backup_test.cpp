// A linked backup file (the File System Access API, here the native platform's
// MemoryLinkedFile): linking writes a whole backup at once; each change to a profile,
// a person or a framework rewrites it, close changes once; after a reload the writes
// wait until the person lets the browser carry on; a failed write is told once and
// loses nothing; unlinking stops the writes. Where the browser cannot link a file,
// none of it is offered and the 30-day reminder stands in.
#include <doctest/doctest.h>

#include "core/profile/backup.h"
#include "session_harness.h"

using namespace skillscope;
using namespace skillscope::testing;

namespace {

using testing::Do;

// Links "backup.json" from Help, as the person would, and goes back where they were
// once the first write is done.
void Link(Tab& tab) {
  tab.platform.SetAddressChangeHandler([&tab](std::string f) { tab.session.OnAddressChanged(f); });
  tab.Apply(Do(StartAction::Kind::ShowHelp));
  tab.platform.RunPending();
  CHECK(tab.session.Help().linked_backup == HelpModel::Linked::None);
  tab.Apply(Do(HelpAction::Kind::LinkBackup));
  REQUIRE(tab.platform.save_dialog_open());
  CHECK(tab.platform.save_dialog_suggestion() == "skillscope backup.json");
  tab.platform.ChooseSaveFile("backup.json");
  tab.platform.storage().Settle();
  REQUIRE(tab.platform.storage().linked_file().writes() == 1);
  tab.Apply(Do(HelpAction::Kind::Back));
  tab.platform.storage().Settle();
  REQUIRE(tab.session.screen() == Screen::Skill);
}

// A browser where "Mine" was begun and "backup.json" linked, as a later visit finds it.
std::shared_ptr<MemoryStorage> LinkedBrowser() {
  auto storage = std::make_shared<MemoryStorage>();
  Tab tab(storage);
  tab.Start();
  tab.Begin({kAiml}, "Mine");
  Link(tab);
  return storage;
}

// The profiles the linked file holds, by name.
std::vector<std::string> ProfilesIn(const std::string& bytes, const Catalog& catalog) {
  const BackupRead read = ReadBackup(bytes, "backup.json", catalog);
  REQUIRE_MESSAGE(read.ok(), bytes.substr(0, 200));
  std::vector<std::string> names;
  for (const Profile& p : read.profiles) names.push_back(p.name);
  return names;
}

}  // namespace

TEST_CASE("a linked file gets a whole backup at once, and again after each change, close changes written once") {
  Tab tab;
  tab.Start();
  tab.Begin({kAiml}, "Mine");
  tab.platform.RunPending();
  const MemoryLinkedFile& file = tab.platform.storage().linked_file();
  CHECK(file.writes() == 0);  // nothing is linked yet

  Link(tab);
  REQUIRE(file.linked());
  CHECK(file.writes() == 1);
  CHECK(ProfilesIn(file.bytes(), tab.session.catalog()) == std::vector<std::string>{"Mine"});
  REQUIRE(tab.session.notice());
  CHECK(tab.session.notice()->title == "Backups now go to \xE2\x80\x9C" "backup.json\xE2\x80\x9D");
  const HelpModel help = tab.session.Help();
  CHECK(help.linked_backup == HelpModel::Linked::Writable);
  CHECK(help.linked_backup_line ==
        "Linked backup file: \xE2\x80\x9C" "backup.json\xE2\x80\x9D, rewritten after each change to your profiles, "
        "people or frameworks.");

  // Three answers before the browser gets round to it: one write, with the last answer.
  tab.Apply(Do(SkillPageAction::Kind::Home));
  tab.Begin({kAiml}, "Second");
  tab.ChooseLevel(2);
  tab.ChooseLevel(3);
  tab.platform.RunPending();
  CHECK(file.writes() == 2);
  const BackupRead read = ReadBackup(file.bytes(), "backup.json", tab.session.catalog());
  REQUIRE(read.ok());
  REQUIRE(read.profiles.size() == 2);
  const Profile* second = read.profiles[0].name == "Second" ? &read.profiles[0] : &read.profiles[1];
  CHECK(second->answers.begin()->second.level == 3);
  // The backup is dated, and Help says when.
  CHECK(tab.session.Help().storage.back() == "Last backup: 30 Nov 2026.");

  // Moving about is not a change (opening another profile stores only which is open).
  tab.Apply(Do(SkillPageAction::Kind::Home));
  StartAction open = Do(StartAction::Kind::OpenProfile);
  open.profile_id = read.profiles[0].name == "Mine" ? read.profiles[0].id : read.profiles[1].id;
  tab.Apply(open);
  REQUIRE(tab.open().name == "Mine");
  tab.Apply(Do(SkillPageAction::Kind::Home));
  tab.Apply(Do(StartAction::Kind::ShowHelp));
  tab.platform.RunPending();
  CHECK(file.writes() == 2);
}

TEST_CASE("after a reload, writes to the linked file wait until the person lets them carry on") {
  const auto storage = LinkedBrowser();
  const int written = storage->linked_file().writes();
  Tab tab(storage);
  tab.Start();
  CHECK_FALSE(tab.session.notice());  // no change yet: nothing to say
  tab.Apply(Do(StartAction::Kind::ShowHelp));
  tab.platform.RunPending();
  CHECK(tab.session.Help().linked_backup == HelpModel::Linked::Paused);

  tab.Apply(Do(HelpAction::Kind::Back));
  tab.platform.RunPending();
  tab.Apply(Do(StartAction::Kind::Continue));  // back into "Mine"
  tab.ChooseLevel(4);
  tab.platform.RunPending();
  CHECK(storage->linked_file().writes() == written);
  REQUIRE(tab.session.notice());
  CHECK(tab.session.notice()->title == "Backups to \xE2\x80\x9C" "backup.json\xE2\x80\x9D are paused");
  CHECK(tab.session.notice()->buttons == std::vector<NoticeButton>{NoticeButton::ResumeLinkedBackup});
  tab.Apply(PressNotice(NoticeButton::ResumeLinkedBackup));
  tab.platform.RunPending();
  CHECK(storage->linked_file().writes() == written + 1);
  CHECK_FALSE(tab.session.notice());
  CHECK(ReadBackup(storage->linked_file().bytes(), "b", tab.session.catalog()).profiles.front().answers.begin()->second.level == 4);
}

TEST_CASE("the browser refusing the linked file again keeps everything here and offers another file") {
  const auto storage = LinkedBrowser();
  storage->linked_file().SetAllows(false);
  Tab tab(storage);
  tab.Start();
  tab.Apply(Do(StartAction::Kind::ShowHelp));
  tab.platform.RunPending();
  tab.Apply(Do(HelpAction::Kind::ResumeLinkedBackup));
  tab.platform.RunPending();
  REQUIRE(tab.session.notice());
  CHECK(tab.session.notice()->title == "The browser did not let skillscope write to \xE2\x80\x9C" "backup.json\xE2\x80\x9D");
  CHECK(tab.session.notice()->buttons ==
        std::vector<NoticeButton>{NoticeButton::LinkBackup, NoticeButton::DownloadBackup});
  CHECK(tab.session.store().profiles().size() == 1);
}

TEST_CASE("a failed write is told once, loses nothing, and the next good write clears it") {
  Tab tab;
  tab.Start();
  tab.Begin({kAiml}, "Mine");
  Link(tab);
  MemoryLinkedFile& file = tab.platform.storage().linked_file();
  const std::string good = file.bytes();
  REQUIRE_FALSE(good.empty());
  file.SetFailure("The file was moved or deleted.");
  tab.ChooseLevel(2);
  tab.platform.RunPending();
  REQUIRE(tab.session.notice());
  const Notice failed = *tab.session.notice();
  CHECK(failed.kind == Notice::Kind::Error);
  CHECK(failed.title == "The backup file \xE2\x80\x9C" "backup.json\xE2\x80\x9D could not be written");
  CHECK(failed.lines == std::vector<std::string>{"The file was moved or deleted.",
                                                 "Everything is still kept in this browser. Link another file, or "
                                                 "download a backup."});
  CHECK(file.bytes() == good);
  CHECK(tab.open().answers.begin()->second.level == 2);  // the answer is kept here
  CHECK(tab.session.Help().linked_backup_line ==
        "Linked backup file: \xE2\x80\x9C" "backup.json\xE2\x80\x9D. The last write failed: The file was moved or deleted.");
  tab.Apply(PressNotice(NoticeButton::DownloadBackup));  // the notice's other way out still works
  CHECK(tab.platform.downloads().size() == 1);

  tab.ChooseLevel(3);  // still failing: told once only
  tab.platform.RunPending();
  file.SetFailure("");
  tab.ChooseLevel(4);
  tab.platform.RunPending();
  CHECK(ReadBackup(file.bytes(), "b", tab.session.catalog()).profiles.front().answers.begin()->second.level == 4);
  CHECK(tab.session.Help().linked_backup == HelpModel::Linked::Writable);
}

TEST_CASE("unlinking stops the writes; a browser without the API offers no link and keeps the reminder") {
  Tab tab;
  tab.Start();
  tab.Begin({kAiml}, "Mine");
  Link(tab);
  MemoryLinkedFile& file = tab.platform.storage().linked_file();
  const int written = file.writes();
  tab.Apply(Do(HelpAction::Kind::UnlinkBackup));
  CHECK_FALSE(file.linked());
  CHECK(tab.session.Help().linked_backup == HelpModel::Linked::None);
  tab.ChooseLevel(2);
  tab.platform.RunPending();
  CHECK(file.writes() == written);

  auto storage = std::make_shared<MemoryStorage>();
  storage->linked_file().SetSupported(false);
  Tab other(storage);
  other.Start();
  other.Begin({kAiml}, "Mine");
  other.platform.RunPending();
  const HelpModel help = other.session.Help();
  CHECK_FALSE(help.can_link_backup);
  CHECK(help.linked_backup_line.empty());
  Tab later(storage);
  later.platform.SetNow("2026-12-30T09:00:00Z");
  later.Start();
  REQUIRE(later.session.notice());
  CHECK(later.session.notice()->title == Tr(MSG("session.backup.reminder_title")));
}

TEST_CASE("a linked file that is writing keeps the 30-day reminder away") {
  const auto storage = LinkedBrowser();
  Tab later(storage);
  later.platform.SetNow("2027-02-01T09:00:00Z");
  later.Start();
  CHECK_FALSE(later.session.notice());
}
