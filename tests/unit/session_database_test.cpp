// The database store under the session: frameworks and people move from localStorage on
// first start (and carry on when interrupted), the first frame never waits for them, and
// what goes wrong (blocked, full, deleted under the app) is told with nothing lost.
#include "core/profile/json.h"
#include "session_harness.h"

using namespace skillscope;
using namespace skillscope::testing;

namespace {

std::string Acme() { return ReadSourceFile("tests/e2e/fixtures/acme-platform.json"); }
const std::string kAcmeKey = std::string(kStoredFrameworkPrefix) + "acme-platform-team@2026.1";

void LoadAcme(Tab& tab) {
  tab.Apply(Do(StartAction::Kind::LoadFramework));
  REQUIRE(tab.platform.chooser_open());
  tab.platform.ChooseFile("acme-platform.json", Acme());
}

// What today's build (before the database) left in localStorage: a loaded framework and
// a person's profile, beside one's own profile.
std::shared_ptr<MemoryStorage> LocalStorageOnlyBrowser(std::string* person_key) {
  auto storage = std::make_shared<MemoryStorage>();
  Tab before(storage);
  before.Start();
  LoadAcme(before);
  before.Begin({kAiml}, "Mine");
  before.ChooseLevel(2);
  Profile person = before.open();
  person.id = "p-kim";
  person.person = "Kim Lee";
  *person_key = PeopleStore::Key(person.id);
  // Moved back to where the older version kept them.
  before.platform.storage().Settle();
  auto& db = storage->database();
  std::map<std::string, std::string> moved = db.items();
  db.Delete();
  for (const auto& [key, value] : moved) before.platform.StorageSet(key, value);
  before.platform.StorageSet(*person_key, ProfileToJson(person));
  return storage;
}

}  // namespace

TEST_CASE("first start moves frameworks and people from localStorage into the database") {
  std::string person_key;
  auto storage = LocalStorageOnlyBrowser(&person_key);
  REQUIRE(storage->items().count(kAcmeKey) == 1);
  const std::string acme_text = storage->items().at(kAcmeKey);
  Tab tab(storage);
  tab.Start();
  CHECK(tab.session.catalog().Find("acme-platform-team", "2026.1") != nullptr);
  CHECK(tab.session.people().Find("p-kim") != nullptr);
  CHECK(tab.session.store().profiles().size() == 1);  // one's own stays in localStorage
  CHECK(tab.Database().at(kAcmeKey) == acme_text);
  CHECK(tab.Database().count(person_key) == 1);
  CHECK(tab.Local().count(kAcmeKey) == 0);
  CHECK(tab.Local().count(person_key) == 0);
  CHECK_FALSE(tab.session.notice());
}

TEST_CASE("a move interrupted by closing the tab carries on at the next start") {
  std::string person_key;
  auto storage = LocalStorageOnlyBrowser(&person_key);
  const std::string acme_text = storage->items().at(kAcmeKey);

  SUBCASE("closed before the database wrote anything") {
    {
      NativePlatform platform(storage);
      for (const char* name : {"sfia.json", "it-operations-matrix.json", "infrastructure-proficiency.json"})
        platform.AddBundledFile(std::string("frameworks/") + name, ReadSourceFile(std::string("frameworks/") + name));
      Session session(platform);
      session.Start();
      CHECK(platform.RunNextPending());  // the estimate
      CHECK(platform.RunNextPending());  // the database opens; the writes are sent
      CHECK(session.catalog().Find("acme-platform-team", "2026.1") != nullptr);
    }  // closed: the writes never landed
    CHECK(storage->database().items().empty());
    CHECK(storage->items().count(kAcmeKey) == 1);
  }
  SUBCASE("closed after the writes, before the old copies went") {
    storage->database().Put(kAcmeKey, acme_text);
    storage->database().Put(person_key, storage->items().at(person_key));
  }
  Tab tab(storage);
  tab.Start();
  CHECK(tab.session.catalog().Find("acme-platform-team", "2026.1") != nullptr);
  CHECK(tab.session.people().Find("p-kim") != nullptr);
  CHECK(tab.Database().at(kAcmeKey) == acme_text);
  CHECK(tab.Local().count(kAcmeKey) == 0);
  CHECK(tab.Local().count(person_key) == 0);
  CHECK(tab.Local().count(std::string(kBackupPrefix) + kAcmeKey) == 0);  // the same text: nothing to keep aside
}

TEST_CASE("the first frame does not wait: a place needing a stored framework says it is being read") {
  auto storage = std::make_shared<MemoryStorage>();
  {
    Tab tab(storage);
    tab.Start();
    LoadAcme(tab);
    tab.Begin({"acme-platform-team@2026.1/OBS"}, "Acme review");
  }
  Tab reloaded(storage);
  storage->Settle();
  reloaded.session.Start();
  CHECK(reloaded.session.screen() == Screen::Reading);
  reloaded.platform.RunPending();
  CHECK(reloaded.session.screen() == Screen::Skill);
  CHECK_FALSE(reloaded.session.notice());

  // An address typed before the database is read (the reload opened the start screen)
  // waits for it too.
  {
    Tab tab(storage);
    tab.Start();
    tab.Apply(Do(SkillPageAction::Kind::Home));
    REQUIRE(tab.session.screen() == Screen::Start);
  }
  Tab typed(storage);
  storage->Settle();
  typed.session.Start();
  REQUIRE(typed.session.screen() == Screen::Start);
  const std::string id = typed.session.store().profiles().front().id;
  const std::string typed_address = "/p/" + id + "/skill/acme-platform-team/OBS";
  typed.platform.SetFragment(typed_address, true);  // as the person typed it
  typed.session.OnAddressChanged(typed_address);
  CHECK(typed.session.screen() == Screen::Reading);
  typed.platform.RunPending();
  CHECK(typed.session.screen() == Screen::Skill);
  CHECK_FALSE(typed.session.notice());

  // A profile of built-in frameworks needs no wait.
  auto plain = std::make_shared<MemoryStorage>();
  {
    Tab tab(plain);
    tab.Start();
    tab.Begin({kAiml});
  }
  Tab plain_reload(plain);
  plain->Settle();
  plain_reload.session.Start();
  CHECK(plain_reload.session.screen() == Screen::Skill);
}

TEST_CASE("a blocked database: frameworks and people stay in localStorage, and the person is told") {
  auto storage = std::make_shared<MemoryStorage>();
  storage->database().SetAvailable(false);
  Tab tab(storage);
  tab.Start();
  REQUIRE(tab.session.notice());
  CHECK(tab.session.notice()->title == "Frameworks and people are kept in this browser\xE2\x80\x99s small storage");
  CHECK(tab.session.notice()->buttons == std::vector<NoticeButton>{NoticeButton::DownloadBackup});
  LoadAcme(tab);
  CHECK(tab.Local().at(kAcmeKey) == Acme());
  Tab reloaded(storage);
  reloaded.Start();
  CHECK(reloaded.session.catalog().Find("acme-platform-team", "2026.1") != nullptr);
}

TEST_CASE("a write the database refuses later is told, and kept in memory") {
  auto storage = std::make_shared<MemoryStorage>();
  Tab tab(storage);
  tab.Start();
  storage->database().SetQuota(100);  // after the estimate: the write itself fails
  LoadAcme(tab);
  CHECK(tab.session.notice()->title.find("Loaded") == 0);
  tab.platform.RunPending();
  REQUIRE(tab.session.notice());
  CHECK(tab.session.notice()->title == "Some of your data could not be saved");
  CHECK(tab.session.notice()->lines.front().find("its storage is full") != std::string::npos);
  CHECK(tab.session.catalog().Find("acme-platform-team", "2026.1") != nullptr);
  CHECK(tab.session.database().unsaved() == 1);
}

TEST_CASE("the database deleted under the running app: told, nothing lost, saved again on request") {
  auto storage = std::make_shared<MemoryStorage>();
  Tab tab(storage);
  tab.Start();
  LoadAcme(tab);
  tab.platform.RunPending();
  storage->database().Delete();
  tab.platform.RunPending();
  REQUIRE(tab.session.notice());
  CHECK(tab.session.notice()->title == "This browser\xE2\x80\x99s saved data was cleared while skillscope was open");
  CHECK(tab.session.notice()->buttons == std::vector<NoticeButton>{NoticeButton::SaveAgain, NoticeButton::DownloadBackup});
  CHECK(tab.session.catalog().Find("acme-platform-team", "2026.1") != nullptr);
  CHECK(tab.session.database().unsaved() == 1);

  StartAction press = Do(StartAction::Kind::PressNoticeButton);
  press.button = NoticeButton::DownloadBackup;
  tab.Apply(press);
  REQUIRE(tab.platform.downloads().size() == 1);
  const std::string backup = tab.platform.downloads().back().bytes;
  CHECK(backup.find("\"format\": \"skillscope-backup\"") != std::string::npos);
  CHECK(backup.find("acme-platform-team") != std::string::npos);

  press.button = NoticeButton::SaveAgain;
  tab.Apply(press);
  tab.platform.RunPending();
  CHECK(tab.Database().count(kAcmeKey) == 1);
  CHECK(tab.session.database().unsaved() == 0);
  Tab reloaded(storage);
  reloaded.Start();
  CHECK(reloaded.session.catalog().Find("acme-platform-team", "2026.1") != nullptr);
}

TEST_CASE("two tabs: a framework loaded or removed in one shows in the other") {
  auto storage = std::make_shared<MemoryStorage>();
  Tab a(storage), b(storage);
  a.Start();
  b.Start();
  LoadAcme(a);
  a.platform.RunPending();
  CHECK(b.session.catalog().Find("acme-platform-team", "2026.1") == nullptr);
  b.platform.RunPending();
  CHECK(b.session.catalog().Find("acme-platform-team", "2026.1") != nullptr);
  StartAction remove = Do(StartAction::Kind::RemoveFramework);
  remove.framework_key = "acme-platform-team@2026.1";
  a.Apply(remove);
  storage->Settle();
  CHECK(b.session.catalog().Find("acme-platform-team", "2026.1") == nullptr);
}

// The web app opens the database only once the second wasm module is here (its code is
// there): until then a place that needs it waits, and nothing is read or written.
TEST_CASE("a start with the database later: the place that needs it waits for OpenDatabase") {
  auto storage = std::make_shared<MemoryStorage>();
  {
    Tab tab(storage);
    tab.Start();
    LoadAcme(tab);
    tab.Begin({"acme-platform-team@2026.1/OBS"}, "Acme review");
  }
  const auto before = storage->database().items();
  Tab later(storage);
  storage->Settle();
  later.session.Start(Session::Database::Later);
  later.platform.RunPending();
  CHECK(later.session.screen() == Screen::Reading);
  CHECK_FALSE(later.session.database().ready());
  later.session.OpenDatabase();
  later.session.OpenDatabase();  // once only
  later.platform.RunPending();
  CHECK(later.session.screen() == Screen::Skill);
  CHECK(later.session.open_profile()->name == "Acme review");
  CHECK(storage->database().items() == before);
}
