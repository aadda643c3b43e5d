// People's profiles in a session: many arrive at once (chooser with multiple selection,
// drops, pasted links, a team file), are kept apart from one's own assessments, a newer
// file replaces an older one keeping a snapshot, removal can be undone, the collection
// leaves as one file and comes back whole. Then compare and the team view: their
// addresses, choices kept across a reload, exports, and targets from a role.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "core/profile/assessment.h"
#include "core/team/people_import.h"
#include "core/profile/json.h"
#include "session/route.h"
#include "session_harness.h"

using namespace skillscope;
using namespace skillscope::testing;

namespace {

// A profile file as someone else's browser exports it: the it-operations-matrix skills
// `levels` names (code -> level; 0 = not applicable).
std::string PersonFile(const Catalog& catalog, const std::string& id, const std::string& person,
                       const std::map<std::string, int>& levels, const std::string& updated = "2026-11-20T10:00:00Z") {
  const Framework& fw = catalog.Find("it-operations-matrix", "1.0.0")->framework;
  std::vector<std::pair<const Framework*, std::string>> chosen;
  for (const auto& [code, level] : levels) chosen.push_back({&fw, code});
  Profile p = NewProfile(id, person + "'s review", person, "2026-11-01T10:00:00Z", chosen);
  for (const auto& [code, level] : levels) {
    Answer& a = p.answers["it-operations-matrix/" + code];
    if (level > 0) REQUIRE(ChooseLevel(a, *fw.FindSkill(code), level, updated));
    else MarkNotApplicable(a, updated);
  }
  p.updated = updated;
  return ExportProfileJson(p, {});
}

PeopleAction Do(PeopleAction::Kind kind) { PeopleAction a; a.kind = kind; return a; }

// Opens the People chooser and picks these files in one selection.
void ChooseMany(Tab& tab, const std::vector<std::pair<std::string, std::string>>& files) {
  tab.Apply(Do(PeopleAction::Kind::ImportFiles));
  REQUIRE(tab.platform.chooser_open());
  CHECK(tab.platform.chooser_multiple());
  tab.platform.ChooseFiles(files);
}

std::vector<std::string> PeopleNames(const Tab& tab) {
  std::vector<std::string> out;
  for (const PersonRow& r : tab.session.People().people) out.push_back(r.person);
  return out;
}

std::string Acme() { return ReadSourceFile("tests/e2e/fixtures/acme-platform.json"); }

}  // namespace

TEST_CASE("several files in one chooser selection become People, apart from one's own") {
  auto storage = std::make_shared<MemoryStorage>();
  Tab tab(storage);
  tab.Start();
  tab.Begin({kAiml}, "My own review");
  tab.ChooseLevel(2);
  const Profile mine = tab.open();
  const auto& catalog = tab.session.catalog();
  // One of them has the same id as the person's own profile: it must not touch it.
  ChooseMany(tab, {{"kim.json", PersonFile(catalog, "p-kim", "Kim Lee", {{"AIML", 3}, {"AUTO", 1}})},
                   {"ann.json", PersonFile(catalog, "p-ann", "Ann Ito", {{"AIML", 4}})},
                   {"twin.json", PersonFile(catalog, mine.id, "Twin", {{"AIML", 1}})}});
  REQUIRE(tab.session.notice());
  CHECK(tab.session.notice()->title == "3 people imported");
  CHECK(tab.session.notice()->kind == Notice::Kind::Info);
  CHECK(tab.session.screen() == Screen::People);
  CHECK(PeopleNames(tab) == std::vector<std::string>{"Ann Ito", "Kim Lee", "Twin"});
  CHECK(tab.session.store().profiles().size() == 1);
  CHECK(*tab.session.store().Find(mine.id) == mine);
  CHECK(tab.Storage().count(PeopleStore::Key("p-kim")) == 1);
  CHECK(tab.Storage().count(ProfileStore::Key("p-kim")) == 0);
  // The start screen's list is the person's own only.
  CHECK(tab.session.StartScreen().profiles.size() == 1);
  CHECK(tab.session.StartScreen().people == 3);

  const PersonRow kim = tab.session.People().people[1];
  CHECK(kim.profile_name == "Kim Lee's review");
  CHECK(kim.date == "20 Nov 2026");
  CHECK(kim.frameworks == "IT operations competency matrix 1.0.0");
  CHECK(kim.detail == "2 skills, 2 answered");

  // A reload finds them, still apart.
  Tab reloaded(storage);
  reloaded.Start();
  CHECK(PeopleNames(reloaded) == std::vector<std::string>{"Ann Ito", "Kim Lee", "Twin"});
  CHECK(reloaded.session.store().profiles().size() == 1);
  CHECK_FALSE(*reloaded.session.people().Find(mine.id) == mine);
}

TEST_CASE("a newer file replaces and keeps a snapshot; an older one or the same one changes nothing") {
  Tab tab;
  tab.Start();
  const auto& catalog = tab.session.catalog();
  const std::string v1 = PersonFile(catalog, "p-kim", "Kim Lee", {{"AIML", 2}}, "2026-11-20T10:00:00Z");
  const std::string v2 = PersonFile(catalog, "p-kim", "Kim Lee", {{"AIML", 3}}, "2026-11-25T10:00:00Z");
  ChooseMany(tab, {{"kim-v2.json", v2}});
  const std::string stored = tab.Storage().at(PeopleStore::Key("p-kim"));

  SUBCASE("the same file again") {
    ChooseMany(tab, {{"kim-v2 copy.json", v2}});
    CHECK(tab.session.notice()->title == "Nothing new to import");
    CHECK(tab.session.notice()->lines ==
          std::vector<std::string>{"kim-v2 copy.json: \xE2\x80\x9CKim Lee's review\xE2\x80\x9D is already here, unchanged."});
    CHECK(tab.Storage().at(PeopleStore::Key("p-kim")) == stored);
  }
  SUBCASE("an older file") {
    ChooseMany(tab, {{"kim-v1.json", v1}});
    CHECK(tab.session.notice()->lines ==
          std::vector<std::string>{"kim-v1.json: \xE2\x80\x9CKim Lee's review\xE2\x80\x9D is older (20 Nov 2026) than the "
                                   "one already here (25 Nov 2026), which is kept."});
    CHECK(tab.Storage().at(PeopleStore::Key("p-kim")) == stored);
  }
  SUBCASE("a newer file") {
    const std::string v3 = PersonFile(catalog, "p-kim", "Kim Lee", {{"AIML", 4}}, "2026-11-28T10:00:00Z");
    tab.platform.SetNow("2026-11-30T12:00:00Z");
    ChooseMany(tab, {{"kim-v3.json", v3}});
    CHECK(tab.session.notice()->title == "1 person imported");
    CHECK(tab.session.notice()->lines ==
          std::vector<std::string>{"Replaced \xE2\x80\x9CKim Lee's review\xE2\x80\x9D with a newer file (kim-v3.json); its "
                                   "previous answers are kept as a snapshot."});
    const Profile* kim = tab.session.people().Find("p-kim");
    REQUIRE(kim);
    CHECK(kim->answers.at("it-operations-matrix/AIML").level == 4);
    REQUIRE(kim->snapshots.size() == 1);
    CHECK(kim->snapshots[0].name == "Before the import of 30 Nov 2026");
    CHECK(kim->snapshots[0].answers.at("it-operations-matrix/AIML").level == 3);
    CHECK(tab.session.people().profiles().size() == 1);
  }
}

TEST_CASE("bad input: each with a clear message, the rest still arrives") {
  Tab tab;
  tab.Start();
  const auto& catalog = tab.session.catalog();
  const std::string kim = PersonFile(catalog, "p-kim", "Kim Lee", {{"AIML", 2}});

  SUBCASE("not a profile, the same file twice, a framework this browser lacks") {
    Profile sample = *ReadProfile(ReadSourceFile("tests/data/sample-profile.json"), "sample").profile;
    ChooseMany(tab, {{"kim.json", kim},
                     {"notes.json", "{\"hello\": 1}"},
                     {"kim (1).json", kim},
                     {"acme.json", ProfileToJson(sample)}});
    const Notice& n = *tab.session.notice();
    CHECK(n.kind == Notice::Kind::Error);
    CHECK(n.title == "1 person imported; 3 were not");
    CHECK(n.lines == std::vector<std::string>{
                         "notes.json: not a skillscope profile: expected \"format\": \"skillscope-profile\", found no "
                         "\"format\" field",
                         "kim (1).json: the same profile as kim.json (\xE2\x80\x9CKim Lee's review\xE2\x80\x9D), so it "
                         "was taken once",
                         "acme.json: uses the framework \"acme-platform-team\" version 2026.1, which is not loaded in "
                         "this browser. Load that framework, then import again."});
    CHECK(n.buttons == std::vector<NoticeButton>{NoticeButton::LoadFramework});
    PeopleAction press = Do(PeopleAction::Kind::PressNoticeButton);
    press.button = NoticeButton::LoadFramework;
    tab.Apply(press);
    CHECK(tab.platform.chooser_open());
    CHECK_FALSE(tab.platform.chooser_multiple());
  }
  SUBCASE("a team file with one broken member") {
    nlohmann::json team = nlohmann::json::parse(TeamFileJson(
        {*ReadProfile(kim, "k").profile, *ReadProfile(PersonFile(catalog, "p-ann", "Ann", {{"AUTO", 3}}), "a").profile,
         *ReadProfile(PersonFile(catalog, "p-bo", "Bo", {{"IAG", 1}}), "b").profile},
        {}, "2026-11-30T09:00:00Z"));
    team["members"][1]["answers"]["it-operations-matrix/AUTO"]["level"] = 7;
    ChooseMany(tab, {{"team.json", team.dump()}});
    CHECK(tab.session.notice()->title == "2 people imported; 1 was not");
    CHECK(tab.session.notice()->lines ==
          std::vector<std::string>{"team.json, member 2 (\xE2\x80\x9C" "Ann's review\xE2\x80\x9D): "
                                   "answers[\"it-operations-matrix/AUTO\"].level: 7 is above the highest level 4"});
    CHECK(PeopleNames(tab) == std::vector<std::string>{"Bo", "Kim Lee"});
  }
  SUBCASE("a file over the limit is not even read") {
    ChooseMany(tab, {{"huge.json", std::string(kMaxTeamFileBytes + 1, ' ')}, {"kim.json", kim}});
    CHECK(tab.session.notice()->lines == std::vector<std::string>{"huge.json: the file is 40.0 MB; the limit is 40.0 MB"});
    CHECK(PeopleNames(tab) == std::vector<std::string>{"Kim Lee"});
  }
}

TEST_CASE("the collection leaves as one file and comes back whole, custom frameworks included") {
  Tab tab;
  tab.Start();
  tab.Apply(Do(StartAction::Kind::LoadFramework));
  tab.platform.ChooseFile("acme-platform.json", Acme());
  const std::string sample = ReadSourceFile("tests/data/sample-profile.json");  // an ACME profile
  ChooseMany(tab, {{"sample.json", sample},
                   {"kim.json", PersonFile(tab.session.catalog(), "p-kim", "Kim Lee", {{"AIML", 2}})}});
  REQUIRE(tab.session.people().profiles().size() == 2);
  tab.Apply(Do(PeopleAction::Kind::ExportAll));
  REQUIRE(tab.platform.downloads().size() == 1);
  const auto& file = tab.platform.downloads()[0];
  CHECK(file.name == "skillscope-team-2-people-2026-11-30.json");
  CHECK(file.mime_type == "application/json");

  // A browser that has never seen ACME's framework.
  Tab other;
  other.Start();
  other.Apply(Do(StartAction::Kind::OpenPeople));
  ChooseMany(other, {{file.name, file.bytes}});
  CHECK(other.session.notice()->title == "2 people imported");
  REQUIRE(other.session.people().profiles().size() == 2);
  for (const Profile& p : tab.session.people().profiles()) {
    REQUIRE(other.session.people().Find(p.id));
    CHECK(*other.session.people().Find(p.id) == p);
  }
  CHECK(other.session.catalog().Find("acme-platform-team", "2026.1") != nullptr);
}

TEST_CASE("removing a person, and undo") {
  Tab tab;
  tab.Start();
  ChooseMany(tab, {{"kim.json", PersonFile(tab.session.catalog(), "p-kim", "Kim Lee", {{"AIML", 2}})},
                   {"ann.json", PersonFile(tab.session.catalog(), "p-ann", "Ann", {{"AIML", 1}})}});
  CompareAction pick;
  pick.kind = CompareAction::Kind::Toggle;
  pick.ref = "person:p-kim";
  tab.Apply(pick);
  PeopleAction remove = Do(PeopleAction::Kind::Remove);
  remove.id = "p-kim";
  tab.Apply(remove);
  CHECK(PeopleNames(tab) == std::vector<std::string>{"Ann"});
  CHECK(tab.Storage().count(PeopleStore::Key("p-kim")) == 0);
  CHECK(tab.session.notice()->title == "Removed \xE2\x80\x9CKim Lee's review\xE2\x80\x9D of Kim Lee");
  CHECK(tab.session.Compare().chosen == 0);  // compare forgets it
  PeopleAction undo = Do(PeopleAction::Kind::PressNoticeButton);
  undo.button = NoticeButton::UndoRemovePerson;
  tab.Apply(undo);
  CHECK(PeopleNames(tab) == std::vector<std::string>{"Ann", "Kim Lee"});
  CHECK(tab.Storage().count(PeopleStore::Key("p-kim")) == 1);
}

TEST_CASE("storage fills up in the middle of a batch: what is stored is whole, the rest is listed") {
  auto storage = std::make_shared<MemoryStorage>();
  Tab tab(storage);
  // Room for about one; known to the app by the browser's estimate when it starts.
  const std::string a = PersonFile(Tab().Start().session.catalog(), "p-a", "Ann", {{"AIML", 2}});
  storage->database().SetQuota(a.size() + 200);
  tab.Start();
  const auto& catalog = tab.session.catalog();
  ChooseMany(tab, {{"a.json", a},
                   {"b.json", PersonFile(catalog, "p-b", "Bo", {{"AIML", 3}})},
                   {"c.json", PersonFile(catalog, "p-c", "Cy", {{"AIML", 1}})}});
  CHECK(tab.session.notice()->title == "1 person imported; 2 were not");
  CHECK(tab.session.notice()->lines ==
        std::vector<std::string>{"b.json: not imported; this browser's storage is full.",
                                 "c.json: not imported; this browser's storage is full.",
                                 "Free space by removing frameworks, profiles or people you no longer need, then "
                                 "import again."});
  CHECK(PeopleNames(tab) == std::vector<std::string>{"Ann"});
  Tab reloaded(storage);
  reloaded.Start();
  CHECK(PeopleNames(reloaded) == std::vector<std::string>{"Ann"});
}

TEST_CASE("people: another tab's import shows; an unreadable entry is moved aside and told") {
  auto storage = std::make_shared<MemoryStorage>();
  Tab a(storage), b(storage);
  a.Start();
  b.Start();
  ChooseMany(a, {{"kim.json", PersonFile(a.session.catalog(), "p-kim", "Kim Lee", {{"AIML", 2}})}});
  CHECK(PeopleNames(b).empty());
  const std::size_t before = b.session.Team().grid.members();
  a.platform.RunPending();  // the write lands; b hears of it
  b.platform.RunPending();
  CHECK(PeopleNames(b) == std::vector<std::string>{"Kim Lee"});
  CHECK(b.session.Team().grid.members() == before + 1);  // the team view is built again

  storage->SetQuota(0);
  a.platform.StorageSet(PeopleStore::Key("p-bad"), "{\"format\": \"skillscope-profile\"");
  Tab c(storage);
  c.Start();
  REQUIRE(c.session.notice());
  CHECK(c.session.notice()->title == "Some saved data could not be read");
  CHECK(c.session.notice()->buttons == std::vector<NoticeButton>{NoticeButton::DownloadUnreadable});
  CHECK(c.Storage().count(std::string(kBackupPrefix) + PeopleStore::Key("p-bad")) == 1);
  CHECK(PeopleNames(c) == std::vector<std::string>{"Kim Lee"});
}

TEST_CASE("pasted share links, one a line, arrive in the order pasted") {
  Tab tab;
  tab.Start();
  std::vector<std::string> links;
  for (const auto& [id, name] : std::vector<std::pair<std::string, std::string>>{{"p-b", "Bo"}, {"p-a", "Ann"}}) {
    tab.platform.MakeShareLink(PersonFile(tab.session.catalog(), id, name, {{"AIML", 2}}),
                               [&](bool ok, std::string link) {
                                 REQUIRE(ok);
                                 links.push_back(link);
                               });
  }
  tab.platform.RunPending();
  PeopleAction paste = Do(PeopleAction::Kind::ImportText);
  paste.text = links[0] + "\n\n  " + links[1] + "  \nnot a link\nhttp://127.0.0.1/#p=AB%CD\n";
  tab.Apply(paste);
  REQUIRE(tab.session.notice());
  CHECK(tab.session.notice()->title == "2 people imported; 2 were not");
  REQUIRE(tab.session.notice()->lines.size() == 2);
  CHECK(tab.session.notice()->lines[0] == "link 3: This is not a skillscope share link.");
  // A damaged link is read by core, and says where it is damaged.
  CHECK(tab.session.notice()->lines[1].rfind("link 4: The link is damaged", 0) == 0);
  CHECK(tab.session.notice()->lines[1].find("\"%\"") != std::string::npos);
  CHECK(PeopleNames(tab) == std::vector<std::string>{"Ann", "Bo"});

  SUBCASE("pasted JSON is a file") {
    paste.text = "  " + PersonFile(tab.session.catalog(), "p-c", "Cy", {{"AIML", 2}});
    tab.Apply(paste);
    CHECK(tab.session.notice()->title == "1 person imported");
  }
}

TEST_CASE("drops: several files go to People; one file goes to People only on its screens") {
  Tab tab;
  tab.Start();
  const auto& catalog = tab.session.catalog();
  const std::string kim = PersonFile(catalog, "p-kim", "Kim Lee", {{"AIML", 2}});
  const std::string ann = PersonFile(catalog, "p-ann", "Ann", {{"AIML", 3}});
  tab.session.OnFilesDropped({PickedFile{"kim.json", kim, kim.size(), false, ""}});
  REQUIRE(tab.session.ImportDialog());  // on the start screen: offered as one's own
  tab.Apply(Do(ImportDialogAction::Kind::Cancel));
  tab.session.OnFilesDropped(
      {PickedFile{"kim.json", kim, kim.size(), false, ""}, PickedFile{"ann.json", ann, ann.size(), false, ""}});
  CHECK_FALSE(tab.session.ImportDialog());
  CHECK(PeopleNames(tab) == std::vector<std::string>{"Ann", "Kim Lee"});
  CHECK(tab.session.screen() == Screen::People);
  const std::string bo = PersonFile(catalog, "p-bo", "Bo", {{"AIML", 1}});
  tab.session.OnFilesDropped({PickedFile{"bo.json", bo, bo.size(), false, ""}});
  CHECK_FALSE(tab.session.ImportDialog());
  CHECK(PeopleNames(tab) == std::vector<std::string>{"Ann", "Bo", "Kim Lee"});
  CHECK(tab.session.store().profiles().empty());
}

TEST_CASE("people, compare and team are addresses: Back, Forward and a reload return there") {
  for (const auto& [screen, fragment] : std::vector<std::pair<Screen, std::string>>{
           {Screen::People, "/people"}, {Screen::Compare, "/compare"}, {Screen::Team, "/team"}}) {
    CHECK(RouteFragment(Route{screen, "", ""}) == fragment);
    CHECK(ParseRoute(fragment) == Route{screen, "", ""});
  }
  auto storage = std::make_shared<MemoryStorage>();
  Tab tab(storage);
  tab.platform.SetAddressChangeHandler([&](std::string f) { tab.session.OnAddressChanged(f); });
  tab.Start();
  tab.Apply(Do(StartAction::Kind::OpenPeople));
  tab.Apply(Do(PeopleAction::Kind::OpenTeam));
  CHECK(tab.platform.Fragment() == "/team");
  TeamAction compare;
  compare.kind = TeamAction::Kind::Compare;
  tab.Apply(compare);
  CHECK(tab.platform.history() == std::vector<std::string>{"/", "/people", "/team", "/compare"});
  tab.platform.GoInHistory(-2);
  tab.platform.RunPending();
  CHECK(tab.session.screen() == Screen::People);
  tab.platform.GoInHistory(1);
  tab.platform.RunPending();
  CHECK(tab.session.screen() == Screen::Team);

  Tab reloaded(storage);
  reloaded.platform.SetInitialFragment("/team");
  reloaded.Start();
  CHECK(reloaded.session.screen() == Screen::Team);
  CHECK_FALSE(reloaded.session.notice());
}

TEST_CASE("compare: two to five, own and people's and snapshots, kept across a reload") {
  auto storage = std::make_shared<MemoryStorage>();
  Tab tab(storage);
  tab.Start();
  tab.Begin({kAiml, kAuto, "it-operations-matrix@1.0.0/CLOUD"}, "Mine");
  tab.ChooseLevel(2);
  const std::string mine = tab.open().id;
  tab.Apply(Do(SkillPageAction::Kind::Home));
  const auto& catalog = tab.session.catalog();
  std::vector<std::pair<std::string, std::string>> files;
  for (const char* name : {"Ann", "Bo", "Cy", "Di", "Ed"})
    files.push_back({std::string(name) + ".json",
                     PersonFile(catalog, std::string("p-") + name, name, {{"AIML", 3}, {"AUTO", 2}, {"CLOUD", 4}})});
  tab.Apply(Do(StartAction::Kind::OpenPeople));
  ChooseMany(tab, files);
  auto toggle = [&](const std::string& ref) {
    CompareAction a;
    a.kind = CompareAction::Kind::Toggle;
    a.ref = ref;
    tab.Apply(a);
  };
  CHECK(tab.session.Compare().message ==
        "Choose two to five to compare: your assessments, people\xE2\x80\x99s profiles, or snapshots of either.");
  toggle("own:" + mine);
  CHECK(tab.session.Compare().chart.series.empty());
  toggle("person:p-Ann");
  CompareModel m = tab.session.Compare();
  CHECK(m.message.empty());
  REQUIRE(m.chart.series.size() == 2);
  CHECK(m.chart.series[0].name == "You (Mine)");
  CHECK(m.chart.series[1].name == "Ann");
  CHECK(m.chart.series[1].levels == std::vector<int>{3, 2, 4});
  CHECK(m.own.front().chosen);
  for (const char* name : {"Bo", "Cy", "Di", "Ed"}) toggle(std::string("person:p-") + name);
  m = tab.session.Compare();
  CHECK(m.chosen == 5);  // Ed is one too many
  CHECK(m.full);
  CHECK(m.chart.series.back().name == "Di");
  toggle("person:p-Bo");
  CHECK(tab.session.Compare().chosen == 4);

  Tab reloaded(storage);
  reloaded.Start();
  CHECK(reloaded.session.Compare().chosen == 4);

  SUBCASE("exports: the chart as SVG and PNG, with initials when asked") {
    TeamAction initials;
    initials.kind = TeamAction::Kind::ToggleInitials;
    tab.Apply(initials);
    CompareAction svg;
    svg.kind = CompareAction::Kind::ExportSvg;
    tab.Apply(svg);
    svg.kind = CompareAction::Kind::ExportPng;
    tab.Apply(svg);
    REQUIRE(tab.platform.downloads().size() == 2);
    const auto& file = tab.platform.downloads()[0];
    CHECK(file.name == "skillscope-compare-2026-11-30.svg");
    // The own profile's person is Kim (the harness names her).
    CHECK(file.bytes.find("<title id=\"chart-title\">Skills compared: K., A., C. and D.</title>") != std::string::npos);
    CHECK(file.bytes.find("<g class=\"rings\"") != std::string::npos);  // a radar: the others answered three
    CHECK(file.bytes.find("Ann") == std::string::npos);
    CHECK(tab.platform.downloads()[1].png_scale == 2.0);
  }
}

TEST_CASE("compare a snapshot with now") {
  Tab tab;
  tab.Start();
  tab.Begin({kAiml, kAuto, "it-operations-matrix@1.0.0/CLOUD"}, "Mine");
  tab.ChooseLevel(1);
  ResultsAction snap;
  snap.kind = ResultsAction::Kind::SaveSnapshot;
  snap.text = "Before";
  tab.Apply(snap);
  tab.ChooseLevel(3);
  const Profile mine = tab.open();
  CompareAction a;
  a.kind = CompareAction::Kind::Toggle;
  a.ref = "own:" + mine.id;
  tab.Apply(a);
  a.ref = "own:" + mine.id + "/" + mine.snapshots[0].id;
  tab.Apply(a);
  const CompareModel m = tab.session.Compare();
  REQUIRE(m.chart.series.size() == 2);
  CHECK(m.chart.series[1].name == "You (Mine), Before (30 Nov 2026)");
  CHECK(m.chart.series[0].levels[0] == 3);
  CHECK(m.chart.series[1].levels[0] == 1);
}

TEST_CASE("the team view: filters, coverage level, sorting, kept across a reload; CSV and report") {
  auto storage = std::make_shared<MemoryStorage>();
  Tab tab(storage);
  tab.Start();
  const auto& catalog = tab.session.catalog();
  tab.Apply(Do(StartAction::Kind::OpenTeam));
  CHECK(tab.session.Team().empty_message ==
        "Nobody here yet: import the profiles people shared with you on the People screen.");
  ChooseMany(tab, {{"a.json", PersonFile(catalog, "p-a", "Ann Ito", {{"AIML", 3}, {"AUTO", 1}})},
                   {"b.json", PersonFile(catalog, "p-b", "Bo Li", {{"AIML", 2}, {"AUTO", 4}, {"IAG", 0}})}});
  const TeamModel& m = tab.session.Team();
  CHECK(m.empty_message.empty());
  REQUIRE(m.grid.skills.size() == 3);
  CHECK(m.grid.member_names == std::vector<std::string>{"Ann Ito", "Bo Li"});
  CHECK(m.frameworks == std::vector<std::pair<std::string, std::string>>{{"it-operations-matrix", "IT operations competency matrix"}});
  CHECK(m.levels == std::vector<int>{1, 2, 3, 4});
  CHECK(m.risks == std::vector<std::string>{"AIML \xC2\xB7 AI/ML Systems Operations: only Ann Ito at level 3 or above",
                                            "AUTO \xC2\xB7 Automation & Workflow Orchestration: only Bo Li at level 3 or above",
                                            "IAG \xC2\xB7 Identity & Access Governance: nobody at level 3 or above"});
  TeamAction a;
  a.kind = TeamAction::Kind::ChooseThreshold;
  a.value = 2;
  tab.Apply(a);
  CHECK(tab.session.Team().grid.skills[0].covered == 2);
  a.kind = TeamAction::Kind::Sort;
  a.sort.key = TeamSortKey::Member;
  a.sort.member = 1;  // Bo
  a.sort.descending = true;
  tab.Apply(a);
  CHECK(tab.session.Team().rows == std::vector<std::size_t>{1, 0, 2});
  a.kind = TeamAction::Kind::ChooseFramework;
  a.text = "sfia";  // not among the team's: reads as all
  tab.Apply(a);
  CHECK(tab.session.Team().framework.empty());

  Tab reloaded(storage);
  reloaded.Start();
  CHECK(reloaded.session.Team().threshold == 2);
  CHECK(reloaded.session.Team().rows == std::vector<std::size_t>{1, 0, 2});

  a.kind = TeamAction::Kind::ToggleInitials;
  tab.Apply(a);
  a.kind = TeamAction::Kind::ExportCsv;
  tab.Apply(a);
  a.kind = TeamAction::Kind::ExportReport;
  tab.Apply(a);
  REQUIRE(tab.platform.downloads().size() == 2);
  const std::string& csv = tab.platform.downloads()[0].bytes;
  CHECK(tab.platform.downloads()[0].name == "skillscope-team-heatmap-2026-11-30.csv");
  CHECK(csv.find("A.I.,A.I. target,B.L.,B.L. target") != std::string::npos);
  CHECK(csv.find("Ann") == std::string::npos);
  const std::string& html = tab.platform.downloads()[1].bytes;
  CHECK(tab.platform.downloads()[1].mime_type == "text/html");
  CHECK(html.find("Bo Li") == std::string::npos);
  CHECK(html.find("Names are shown as initials.") != std::string::npos);
  CHECK(html.find("only B.L. at level 2 or above") != std::string::npos);
}

TEST_CASE("roles: a benchmark in compare and team; targets of one's own from a role") {
  Tab tab;
  tab.Start();
  // ACME's framework with a role added (a file of the person's own).
  nlohmann::json acme = nlohmann::json::parse(Acme());
  acme["version"] = "2026.2";
  acme["roles"] = nlohmann::json::parse(R"([{"name": "Operator", "levels": {"OBS": 2}}])");
  tab.Apply(Do(StartAction::Kind::LoadFramework));
  tab.platform.ChooseFile("acme-roles.json", acme.dump());
  REQUIRE(tab.session.notice()->kind == Notice::Kind::Info);
  tab.Begin({"acme-platform-team@2026.2/OBS"}, "Mine");
  tab.ChooseLevel(1);
  tab.Apply(Do(SkillPageAction::Kind::Finish));
  tab.Apply(Do(SummaryAction::Kind::Results));
  const ResultsModel results = tab.session.Results();
  REQUIRE(results.roles.size() == 1);
  CHECK(results.roles[0].key == "acme-platform-team@2026.2/Operator");
  ResultsAction set;
  set.kind = ResultsAction::Kind::SetTargetsFromRole;
  set.text = results.roles[0].key;
  tab.Apply(set);
  CHECK(tab.AnswerTo("acme-platform-team/OBS").target == 2);
  CHECK(tab.session.Results().targets_message == "Targets from the role \xE2\x80\x9COperator\xE2\x80\x9D: 1 skill set.");

  CompareAction c;
  c.kind = CompareAction::Kind::Toggle;
  c.ref = "own:" + tab.open().id;
  tab.Apply(c);
  c.kind = CompareAction::Kind::ChooseRole;
  c.ref = results.roles[0].key;
  tab.Apply(c);
  const CompareModel m = tab.session.Compare();
  REQUIRE(m.chart.series.size() == 2);  // one profile against the role
  CHECK(m.chart.series[1].name == "Role: Operator");
  CHECK(m.gaps == std::vector<int>{1});  // OBS: level 1, the role expects 2
  CHECK(m.chart.series[1].levels == std::vector<int>{2});
}
