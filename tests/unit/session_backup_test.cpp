// Backups in a session: "Back up everything" holds every profile, person, framework and
// setting; a restore into an empty browser brings all of it back; a restore over what is
// here says what it would add and replace, changes nothing until confirmed, keeps the
// replaced answers as a snapshot and removes nothing. Broken backups are refused whole.
// Then the 30-day reminder and the request for persistent storage.
#include <doctest/doctest.h>

#include "core/profile/backup.h"
#include "core/profile/json.h"
#include "session_harness.h"

using namespace skillscope;
using namespace skillscope::testing;

namespace {

using testing::Do;
std::string Acme() { return ReadSourceFile("tests/e2e/fixtures/acme-platform.json"); }

PeopleAction Do(PeopleAction::Kind kind) { PeopleAction a; a.kind = kind; return a; }

// A browser with one own profile on the loaded Acme framework, one person, and a theme.
void Fill(Tab& tab) {
  tab.Start();
  tab.Apply(Do(StartAction::Kind::LoadFramework));
  tab.platform.ChooseFile("acme-platform.json", Acme());
  tab.Begin({"acme-platform-team@2026.1/OBS", kAiml}, "Mine");
  tab.ChooseLevel(2);
  Profile person = tab.open();
  person.id = "p-kim";
  person.name = "Kim's review";
  person.person = "Kim Lee";
  tab.Apply(Do(PeopleAction::Kind::ImportFiles));
  tab.platform.ChooseFiles({{"kim.json", ExportProfileJson(person, {})}});
  tab.Apply(Do(HelpAction::Kind::ToggleTheme));
}

const NativePlatform::Download& BackUp(Tab& tab) {
  tab.Apply(Do(HelpAction::Kind::BackUpEverything));
  REQUIRE_FALSE(tab.platform.downloads().empty());
  return tab.platform.downloads().back();
}

void Restore(Tab& tab, const std::string& name, const std::string& bytes) {
  tab.Apply(Do(HelpAction::Kind::Restore));
  REQUIRE(tab.platform.chooser_open());
  tab.platform.ChooseFile(name, bytes);
}

RestoreDialogAction Do(RestoreDialogAction::Kind kind) { RestoreDialogAction a; a.kind = kind; return a; }

}  // namespace

TEST_CASE("a backup holds everything, and restores it whole into an empty browser") {
  Tab before;
  Fill(before);
  const auto& backup = BackUp(before);
  CHECK(backup.name == "skillscope-backup-2026-11-30.json");
  CHECK(backup.mime_type == "application/json");
  const std::map<std::string, std::string> kept = before.Storage();

  Tab fresh;
  fresh.Start();
  Restore(fresh, backup.name, backup.bytes);
  const auto dialog = fresh.session.RestoreDialog();
  REQUIRE(dialog);
  CHECK(dialog->anything);
  CHECK(dialog->made == "made 30 Nov 2026");
  CHECK(dialog->changes == std::vector<std::string>{
            "Adds your profile \xE2\x80\x9CMine\xE2\x80\x9D.",
            "Adds the person \xE2\x80\x9CKim Lee\xE2\x80\x9D.",
            "Adds the framework \xE2\x80\x9C" "ACME platform team skills\xE2\x80\x9D (version 2026.1).",
            "Replaces your settings (theme, where you were in each profile, the team view)."});
  CHECK(fresh.Storage().count(PeopleStore::Key("p-kim")) == 0);  // nothing yet

  fresh.Apply(Do(RestoreDialogAction::Kind::Restore));
  CHECK_FALSE(fresh.session.RestoreDialog());
  REQUIRE(fresh.session.notice());
  CHECK(fresh.session.notice()->title == "Restored from \xE2\x80\x9C" + backup.name + "\xE2\x80\x9D");
  CHECK(fresh.session.catalog().Find("acme-platform-team", "2026.1") != nullptr);
  CHECK(fresh.session.people().Find("p-kim") != nullptr);
  REQUIRE(fresh.session.store().profiles().size() == 1);
  CHECK(fresh.session.store().profiles().front() == before.session.store().profiles().front());
  CHECK(fresh.session.dark_theme() == before.session.dark_theme());
  // What the first browser kept: the profiles byte for byte, the framework in its
  // canonical form, the settings as the restore left them (on the start screen).
  std::map<std::string, std::string> now = fresh.Storage();
  CHECK(now.size() == kept.size());
  for (const auto& [key, text] : kept)
    if (key != kSettingsKey && key.rfind(kStoredFrameworkPrefix, 0) != 0) CHECK_MESSAGE(now[key] == text, key);
  CHECK(fresh.session.catalog().Find("acme-platform-team", "2026.1")->framework.canonical_json() ==
        before.session.catalog().Find("acme-platform-team", "2026.1")->framework.canonical_json());
}

TEST_CASE("a restore over what is here asks first, replaces with a snapshot, and removes nothing") {
  Tab tab;
  Fill(tab);
  const std::string backup = BackUp(tab).bytes;
  const std::string mine_id = tab.open().id;
  const std::string aiml = "it-operations-matrix/AIML";
  const Answer backed_up = tab.AnswerTo(aiml);
  REQUIRE(backed_up.level == 2);
  tab.ChooseLevel(3);  // changed since the backup
  tab.Begin({kItop}, "Newer");  // not in the backup
  const std::map<std::string, std::string> before = tab.Storage();

  Restore(tab, "backup.json", backup);
  const auto dialog = tab.session.RestoreDialog();
  REQUIRE(dialog);
  REQUIRE(dialog->changes.size() == 2);
  CHECK(dialog->changes[0] == "Replaces your profile \xE2\x80\x9CMine\xE2\x80\x9D (changed 30 Nov 2026 here) with the "
                              "backup\xE2\x80\x99s (30 Nov 2026); the answers here are kept as a snapshot.");
  CHECK(dialog->changes[1] == "Replaces your settings (theme, where you were in each profile, the team view).");
  CHECK(dialog->unchanged == "1 profile and 1 framework are here already, unchanged.");

  SUBCASE("cancelled: nothing changed") {
    tab.Apply(Do(RestoreDialogAction::Kind::Cancel));
    CHECK_FALSE(tab.session.RestoreDialog());
    CHECK(tab.Storage() == before);
  }
  SUBCASE("restored: the backup's answers, today's kept as a snapshot, the newer profile kept") {
    tab.Apply(Do(RestoreDialogAction::Kind::Restore));
    const Profile* mine = tab.session.store().Find(mine_id);
    REQUIRE(mine != nullptr);
    CHECK(mine->answers.at(aiml) == backed_up);
    REQUIRE_FALSE(mine->snapshots.empty());
    CHECK(mine->snapshots.back().name == "Before the restore of 30 Nov 2026");
    CHECK(mine->snapshots.back().answers.at(aiml).level == 3);
    CHECK(tab.session.store().profiles().size() == 2);
  }
}

TEST_CASE("restoring the same backup again changes nothing, and says so") {
  Tab tab;
  Fill(tab);
  const std::string backup = BackUp(tab).bytes;
  Restore(tab, "backup.json", backup);
  const auto dialog = tab.session.RestoreDialog();
  REQUIRE(dialog);
  CHECK_FALSE(dialog->anything);
  CHECK(dialog->changes.empty());
  CHECK(dialog->unchanged == "2 profiles and 1 framework are here already, unchanged.");
}

TEST_CASE("a broken backup is refused whole, with what is wrong and where") {
  Tab source;
  Fill(source);
  const std::string good = BackUp(source).bytes;
  Tab tab;
  tab.Start();
  const std::map<std::string, std::string> before = tab.Storage();
  struct Case {
    std::string bytes, message;
  };
  std::string bad_answer = good;
  const std::string level = "\"level\":2";
  REQUIRE(bad_answer.find(level) != std::string::npos);
  bad_answer.replace(bad_answer.find(level), level.size(), "\"level\":9");
  const Case cases[] = {
      {"{\"format\": \"skillscope-profile\"}",
       "b.json: not a skillscope backup (a backup says \"format\": \"skillscope-backup\"; profile files are imported "
       "with \xE2\x80\x9CImport profile\xE2\x80\x9D)"},
      {"{\"format\": \"skillscope-backup\", \"version\": 2}",
       "b.json: made by a newer skillscope (backup version 2); this one reads version 1. Update skillscope first."},
      {"{\"format\": \"skillscope-backup\", \"version\": 1, \"people\": {}}",
       "b.json: people: expected a list, found an object"},
      {"{\"format\": \"skillscope-backup\", \"version\": 1, \"settings\": {\"skillscope.v1.settings\": 3}}",
       "b.json: settings[\"skillscope.v1.settings\"]: expected text, found a number"},
      {bad_answer, ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.message);
    Restore(tab, "b.json", c.bytes);
    CHECK_FALSE(tab.session.RestoreDialog());
    REQUIRE(tab.session.notice());
    CHECK(tab.session.notice()->title == "\xE2\x80\x9C" "b.json\xE2\x80\x9D was not restored; nothing was changed");
    REQUIRE_FALSE(tab.session.notice()->lines.empty());
    if (!c.message.empty()) CHECK(tab.session.notice()->lines.front() == c.message);
    else CHECK(tab.session.notice()->lines.front().rfind("b.json: profiles[0]: answers[", 0) == 0);
    CHECK(tab.Storage() == before);
  }
}

TEST_CASE("a backup file dropped on the page is offered for restore") {
  Tab source;
  Fill(source);
  const std::string backup = BackUp(source).bytes;
  Tab tab;
  tab.Start();
  tab.session.OnFileDropped({"dropped.json", backup, backup.size(), false, ""});
  REQUIRE(tab.session.RestoreDialog());
  CHECK(tab.session.RestoreDialog()->source == "dropped.json");
}

TEST_CASE("a backup is suggested 30 days after the last one when something changed since") {
  auto storage = std::make_shared<MemoryStorage>();
  {
    Tab tab(storage);
    Fill(tab);
    BackUp(tab);  // 30 Nov
  }
  const auto reload = [&](const std::string& now, const std::function<void(Tab&)>& then = {}) {
    Tab tab(storage);
    tab.platform.SetNow(now);
    tab.Start();
    const bool reminded = tab.session.notice() && tab.session.notice()->title == Tr(MSG("session.backup.reminder_title"));
    if (then) then(tab);
    return reminded;
  };
  CHECK_FALSE(reload("2027-01-15T09:00:00Z"));  // nothing changed since
  CHECK_FALSE(reload("2026-12-10T09:00:00Z", [](Tab& tab) { tab.ChooseLevel(3); }));  // a change, 10 days on
  CHECK_FALSE(reload("2026-12-29T09:00:00Z"));  // 29 days
  CHECK(reload("2026-12-30T09:00:00Z", [](Tab& tab) {
    const Notice& n = *tab.session.notice();
    CHECK(n.lines.front().rfind("Your last backup was 30 days ago (30 Nov 2026)", 0) == 0);
    CHECK(n.buttons == std::vector<NoticeButton>{NoticeButton::DownloadBackup, NoticeButton::NotNow});
    tab.Apply(PressNotice(NoticeButton::NotNow));
    CHECK_FALSE(tab.session.notice());
  }));
  CHECK_FALSE(reload("2027-01-05T09:00:00Z"));  // "Not now": a week's quiet
  CHECK(reload("2027-01-06T09:00:00Z", [](Tab& tab) {
    tab.Apply(PressNotice(NoticeButton::DownloadBackup));
    CHECK(tab.platform.downloads().size() == 1);
    CHECK_FALSE(tab.session.notice());
  }));
  CHECK_FALSE(reload("2027-03-01T09:00:00Z"));  // backed up, nothing since
}

TEST_CASE("never backed up: suggested 30 days after the first profile") {
  auto storage = std::make_shared<MemoryStorage>();
  {
    Tab tab(storage);
    tab.Start();
    tab.Begin({kAiml});
  }
  Tab soon(storage);
  soon.platform.SetNow("2026-12-29T09:00:00Z");
  soon.Start();
  CHECK_FALSE(soon.session.notice());
  Tab later(storage);
  later.platform.SetNow("2026-12-30T09:00:00Z");
  later.Start();
  REQUIRE(later.session.notice());
  CHECK(later.session.notice()->lines.front().rfind("You have kept profiles here for 30 days without a backup.", 0) == 0);
}

TEST_CASE("persistent storage is asked for at the first save, once, and help says what the browser answered") {
  auto storage = std::make_shared<MemoryStorage>();
  storage->database().SetGrantsPersistence(true);
  Tab tab(storage);
  tab.Start();
  CHECK_FALSE(storage->database().persisted());
  tab.Apply(Do(StartAction::Kind::ShowHelp));
  tab.platform.RunPending();
  const auto has = [&](const std::string& line) {
    const HelpModel m = tab.session.Help();
    return std::find(m.storage.begin(), m.storage.end(), line) != m.storage.end();
  };
  CHECK(has("Storage is not persistent: the browser may clear it when the device runs short of space, or after "
            "weeks without a visit. Keep a backup."));
  CHECK(has("No backup made yet."));
  tab.Begin({kAiml});
  tab.ChooseLevel(2);
  tab.platform.RunPending();
  CHECK(storage->database().persisted());
  CHECK(has("Storage is persistent: the browser will not clear it to make room."));
  CHECK(has("This browser keeps skillscope\xE2\x80\x99s data in its database (IndexedDB), and your own profiles in "
            "its local storage."));
}
