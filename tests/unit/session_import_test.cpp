// What arrives from outside a session: profiles from files, drops, pastes and links
// (imported as new, or replacing with a snapshot, or refused with nothing changed),
// and frameworks the person loads or removes. Storage never holds half an import.
#include <doctest/doctest.h>

#include "core/framework/loader.h"
#include "core/profile/json.h"
#include "session_harness.h"

using namespace skillscope;
using namespace skillscope::testing;

namespace {

// A profile as another person's browser would export it: made in a tab of its own.
std::string ExportedProfile(int itop_level, const std::string& name = "Kim's review") {
  Tab other;
  other.Start();
  other.Begin({kItop}, name);
  other.ChooseLevel(itop_level);
  other.Apply(Do(SkillPageAction::Kind::Finish));
  other.Apply(Do(SummaryAction::Kind::Results));
  other.Apply(Do(ResultsAction::Kind::ExportProfile));
  REQUIRE(other.platform.downloads().size() == 1);
  return other.platform.downloads()[0].bytes;
}

StartAction Paste(const std::string& text) {
  StartAction a = Do(StartAction::Kind::ImportProfileText);
  a.text = text;
  return a;
}

// A framework file of the person's own (read when a test needs it).
std::string Acme() { return ReadSourceFile("tests/e2e/fixtures/acme-platform.json"); }

}  // namespace

TEST_CASE("import as new: asks first, then keeps it as one more profile") {
  Tab tab;
  tab.Start();
  tab.Apply(Paste(ExportedProfile(3)));
  const auto dialog = tab.session.ImportDialog();
  REQUIRE(dialog);
  CHECK(dialog->source == "pasted text");
  CHECK(dialog->profile_name == "Kim's review");
  CHECK(dialog->detail == "1 skill, 1 answered");
  CHECK(dialog->replace_name.empty());
  CHECK(tab.session.open_profile() == nullptr);  // nothing happens before the answer

  tab.Apply(Do(ImportDialogAction::Kind::ImportAsNew));
  CHECK_FALSE(tab.session.ImportDialog());
  CHECK(tab.open().name == "Kim's review");
  CHECK(tab.AnswerTo("sfia/ITOP").level == 3);
  CHECK(tab.session.notice()->title == "Imported \xE2\x80\x9CKim's review\xE2\x80\x9D");
  CHECK(tab.Storage().count(ProfileStore::Key(tab.open().id)) == 1);
}

TEST_CASE("importing a profile that is already here") {
  Tab tab;
  tab.Start();
  const std::string v1 = ExportedProfile(2);
  tab.Apply(Paste(v1));
  tab.Apply(Do(ImportDialogAction::Kind::ImportAsNew));
  const Profile mine = tab.open();
  // A newer export of the same profile (same id), now at level 4.
  Profile newer = *ReadProfile(v1, "v1").profile;
  newer.answers["sfia/ITOP"].level = 4;
  const std::string v2 = ExportProfileJson(newer, {});
  tab.Apply(Paste(v2));
  REQUIRE(tab.session.ImportDialog());
  CHECK(tab.session.ImportDialog()->replace_name == "Kim's review");

  SUBCASE("Replace keeps the replaced answers as a snapshot") {
    tab.platform.SetNow("2026-12-01T08:00:00Z");
    tab.Apply(Do(ImportDialogAction::Kind::Replace));
    CHECK(tab.session.store().profiles().size() == 1);
    const Profile& now = tab.open();
    CHECK(now.id == mine.id);
    CHECK(now.answers.at("sfia/ITOP").level == 4);
    REQUIRE(now.snapshots.size() == 1);
    CHECK(now.snapshots[0].name == "Before the import of 1 Dec 2026");
    CHECK(now.snapshots[0].answers == mine.answers);
    CHECK(tab.session.notice()->title == "Replaced \xE2\x80\x9CKim's review\xE2\x80\x9D");
    CHECK(*ReadProfile(tab.Storage().at(ProfileStore::Key(mine.id)), "s").profile == now);
  }
  SUBCASE("ImportAsNew keeps both, the new one under a new id") {
    tab.Apply(Do(ImportDialogAction::Kind::ImportAsNew));
    CHECK(tab.session.store().profiles().size() == 2);
    CHECK(tab.open().id != mine.id);
    CHECK(tab.open().name == "Kim's review (imported)");
    CHECK(*tab.session.store().Find(mine.id) == mine);
  }
  SUBCASE("Cancel changes nothing") {
    const auto before = tab.Storage();
    tab.Apply(Do(ImportDialogAction::Kind::Cancel));
    CHECK_FALSE(tab.session.ImportDialog());
    CHECK(tab.Storage() == before);
    CHECK(tab.open() == mine);
  }
}

TEST_CASE("a refused file changes nothing and says why") {
  Tab tab;
  tab.Start();
  tab.Begin({kItop});
  tab.ChooseLevel(2);
  tab.Apply(Do(SkillPageAction::Kind::Home));
  const auto before = tab.Storage();
  const Profile open_before = tab.open();

  SUBCASE("by the file chooser") {
    tab.Apply(Do(StartAction::Kind::ImportProfileFile));
    REQUIRE(tab.platform.chooser_open());
    CHECK(tab.platform.chooser_accept() == ".json,application/json");
    tab.platform.ChooseFile("broken.json", "{\"format\":\"skillscope-profile\"");
    REQUIRE(tab.session.notice());
    CHECK(tab.session.notice()->title == "The profile from broken.json was not imported; nothing was changed");
    CHECK(tab.session.notice()->lines.front().rfind("broken.json: ", 0) == 0);
  }
  SUBCASE("too large") {
    tab.Apply(Do(StartAction::Kind::ImportProfileFile));
    tab.platform.ChooseFile("huge.json", std::string(kMaxProfileBytes + 1, ' '));
    CHECK(tab.session.notice()->title == "\xE2\x80\x9Chuge.json\xE2\x80\x9D was not imported");
  }
  SUBCASE("a profile for a framework this browser lacks offers to load it") {
    Profile p = *ReadProfile(ReadSourceFile("tests/data/sample-profile.json"), "sample").profile;
    tab.Apply(Paste(ProfileToJson(p)));  // without its embedded framework
    REQUIRE(tab.session.notice());
    CHECK(tab.session.notice()->buttons == std::vector<NoticeButton>{NoticeButton::LoadFramework});
    StartAction press = Do(StartAction::Kind::PressNoticeButton);
    press.button = NoticeButton::LoadFramework;
    tab.Apply(press);
    CHECK(tab.platform.chooser_open());
  }
  CHECK(tab.session.notice()->kind == Notice::Kind::Error);
  CHECK_FALSE(tab.session.ImportDialog());
  CHECK(tab.Storage() == before);
  CHECK(tab.open() == open_before);
}

TEST_CASE("a dropped file: a profile is imported, anything else is tried as a framework") {
  Tab tab;
  tab.Start();
  tab.session.OnFileDropped(PickedFile{"kim.json", ExportedProfile(1), 0, false, ""});
  REQUIRE(tab.session.ImportDialog());
  CHECK(tab.session.ImportDialog()->source == "kim.json");
  tab.Apply(Do(ImportDialogAction::Kind::Cancel));

  tab.session.OnFileDropped(PickedFile{"acme-platform.json", Acme(), Acme().size(), false, ""});
  REQUIRE(tab.session.notice());
  CHECK(tab.session.notice()->title == "Loaded \xE2\x80\x9C" "ACME platform team skills\xE2\x80\x9D (version 2026.1)");
  CHECK(tab.session.catalog().Find("acme-platform-team", "2026.1") != nullptr);
}

TEST_CASE("a shared link opens the import question; a broken one says why") {
  SUBCASE("a profile in the link") {
    Tab tab;
    tab.platform.SetInitialFragment(NativePlatform::ShareLinkFragment(ExportedProfile(5)));
    tab.Start();
    REQUIRE(tab.session.ImportDialog());
    CHECK(tab.session.ImportDialog()->source == "a shared link");
  }
  SUBCASE("a link that could not be read") {
    Tab tab;
    tab.platform.SetInitialFragment("p=AAAA%");
    tab.Start();
    REQUIRE(tab.session.notice());
    CHECK(tab.session.notice()->title == "The shared link could not be opened");
    CHECK(tab.session.notice()->lines ==
          std::vector<std::string>{"The link is damaged: character 5 of the encoded profile is \"%\", which base64url "
                                   "does not use."});
    CHECK(tab.platform.history() == std::vector<std::string>{"/"});  // the link left the address bar
  }
}

TEST_CASE("frameworks: load by the chooser, refuse a broken one, remove a custom one") {
  Tab tab;
  tab.Start();
  tab.Apply(Do(StartAction::Kind::LoadFramework));
  REQUIRE(tab.platform.chooser_open());
  tab.platform.ChooseFile("not-json.json", "this is not JSON");
  CHECK(tab.session.notice()->kind == Notice::Kind::Error);
  CHECK(tab.session.notice()->title == "\xE2\x80\x9Cnot-json.json\xE2\x80\x9D could not be loaded");

  tab.Apply(Do(StartAction::Kind::LoadFramework));
  tab.platform.ChooseFile("acme-platform.json", Acme());
  CHECK(tab.session.notice()->kind == Notice::Kind::Info);
  CHECK(tab.Storage().at(std::string(kStoredFrameworkPrefix) + "acme-platform-team@2026.1") == Acme());
  CHECK(tab.session.StartScreen().frameworks.size() == 4);

  StartAction remove = Do(StartAction::Kind::RemoveFramework);
  remove.framework_key = "acme-platform-team@2026.1";
  tab.Apply(remove);
  CHECK(tab.session.notice()->title == "Removed \xE2\x80\x9C" "ACME platform team skills\xE2\x80\x9D");
  CHECK(tab.session.catalog().Find("acme-platform-team", "2026.1") == nullptr);
  CHECK(tab.Storage().count(std::string(kStoredFrameworkPrefix) + "acme-platform-team@2026.1") == 0);
  // Built-in frameworks stay.
  remove.framework_key = "sfia@1.0.0";
  tab.Apply(remove);
  CHECK(tab.session.catalog().Find("sfia", "1.0.0") != nullptr);
}

TEST_CASE("a framework loaded from a file gets its hash between frames: the same hash, not while loading") {
  Tab tab;
  tab.Start();
  CHECK_FALSE(tab.session.HasWorkBetweenFrames());
  tab.Apply(Do(StartAction::Kind::LoadFramework));
  tab.platform.ChooseFile("not-json.json", "this is not JSON");
  CHECK_FALSE(tab.session.HasWorkBetweenFrames());  // nothing loaded, nothing left to do

  tab.Apply(Do(StartAction::Kind::LoadFramework));
  tab.platform.ChooseFile("acme-platform.json", Acme());
  CHECK(tab.session.notice()->kind == Notice::Kind::Info);
  CHECK(tab.session.HasWorkBetweenFrames());
  tab.session.DoWorkBetweenFrames();
  CHECK_FALSE(tab.session.HasWorkBetweenFrames());
  const CatalogEntry* entry = tab.session.catalog().Find("acme-platform-team", "2026.1");
  REQUIRE(entry != nullptr);
  CHECK(entry->framework.content_hash() == LoadFramework(Acme(), "acme").framework->content_hash());

  // The same file again compares hashes at once: already loaded, and no work left.
  tab.Apply(Do(StartAction::Kind::LoadFramework));
  tab.platform.ChooseFile("acme-platform.json", Acme());
  CHECK(tab.session.notice()->title.find("is already loaded") != std::string::npos);
  CHECK_FALSE(tab.session.HasWorkBetweenFrames());
}

TEST_CASE("storage fills up during an import: a reload never finds half of it") {
  // A profile that brings its own framework: two keys to write.
  const std::string sample = ReadSourceFile("tests/data/sample-profile.json");
  const std::string framework_key = std::string(kStoredFrameworkPrefix) + "acme-platform-team@2026.1";
  auto storage = std::make_shared<MemoryStorage>();
  Tab tab(storage);
  tab.Start();
  tab.Apply(Paste(sample));
  REQUIRE(tab.session.ImportDialog());
  auto before = tab.Storage();
  before.erase(kSettingsKey);

  SUBCASE("the framework does not fit") {
    storage->SetQuota(storage->used() + 100);
  }
  SUBCASE("the framework fits, the profile does not") {
    const FrameworkLoad acme = LoadFramework(Acme(), "acme");
    REQUIRE(acme.ok());
    storage->SetQuota(storage->used() + framework_key.size() + acme.framework->canonical_json().size() + 10);
  }
  tab.Apply(Do(ImportDialogAction::Kind::ImportAsNew));
  auto after = tab.Storage();
  after.erase(kSettingsKey);  // where the person is: not part of the import
  CHECK(after == before);
  REQUIRE(tab.session.notice());
  CHECK(tab.session.notice()->title == "The profile from pasted text was not imported; nothing was changed");
  CHECK(tab.session.catalog().Find("acme-platform-team", "2026.1") == nullptr);
  CHECK(tab.session.store().profiles().empty());
  // What a reload finds is what the person sees.
  Tab reloaded(storage);
  reloaded.Start();
  CHECK(reloaded.session.store().profiles().empty());
  CHECK(reloaded.session.catalog().Find("acme-platform-team", "2026.1") == nullptr);
}

TEST_CASE("importing a profile keeps its dates; the same file again changes nothing") {
  Tab tab;
  tab.Start();
  const std::string file = ExportedProfile(2);
  const Profile exported = *ReadProfile(file, "file").profile;
  tab.platform.SetNow("2027-01-15T12:00:00Z");
  tab.Apply(Paste(file));
  tab.Apply(Do(ImportDialogAction::Kind::ImportAsNew));
  CHECK(tab.open().updated == exported.updated);
  CHECK(tab.open().created == exported.created);
  const auto stored = tab.Storage().at(ProfileStore::Key(exported.id));

  tab.platform.SetNow("2027-02-01T12:00:00Z");
  tab.Apply(Paste(file));
  tab.Apply(Do(ImportDialogAction::Kind::Replace));
  CHECK(tab.session.notice()->title == "\xE2\x80\x9CKim's review\xE2\x80\x9D is already here, unchanged");
  CHECK(tab.Storage().at(ProfileStore::Key(exported.id)) == stored);
  CHECK(tab.open().snapshots.empty());
  CHECK(tab.open().updated == exported.updated);
}

TEST_CASE("a dropped file whose \"format\" is not a text is told, not a crash") {
  // json::value("format", "") threw on a number here, and nothing caught it.
  Tab tab;
  tab.Start();
  const std::size_t frameworks = tab.session.catalog().entries().size();
  tab.session.OnFileDropped(PickedFile{"odd.json", "{\"format\": 5}", 13, false, ""});
  REQUIRE(tab.session.notice());
  CHECK(tab.session.notice()->kind == Notice::Kind::Error);
  CHECK(tab.session.notice()->title == "\xE2\x80\x9Codd.json\xE2\x80\x9D could not be loaded");
  CHECK(tab.session.catalog().entries().size() == frameworks);
}
