// The session from start-up through setup, the skill pages, the summary and the
// results: what each action does, with the in-memory platform. Every action kind of
// the setup, skill page, summary and results screens is exercised here.
#include <doctest/doctest.h>

#include "core/profile/json.h"
#include "session_harness.h"

using namespace skillscope;
using namespace skillscope::testing;

TEST_CASE("a first start: the start screen, the shipped frameworks, nothing open") {
  Tab tab;
  tab.Start();
  CHECK(tab.session.screen() == Screen::Start);
  CHECK_FALSE(tab.session.notice());
  CHECK(tab.session.open_profile() == nullptr);
  const StartScreenModel m = tab.session.StartScreen();
  CHECK(m.frameworks.size() == 3);
  CHECK(m.profiles.empty());
  CHECK(m.continue_label.empty());
  CHECK(m.storage_notice.empty());
}

TEST_CASE("setup: Start opens a fresh form, Back returns, Begin makes and stores a profile") {
  Tab tab;
  tab.Start();
  tab.Apply(Do(StartAction::Kind::Start));
  CHECK(tab.session.screen() == Screen::Setup);
  const SetupModel first = tab.session.Setup();
  CHECK(first.suggested_name == "Assessment 30 Nov 2026");
  CHECK(first.catalog->entries().size() == 3);

  tab.Apply(Do(SetupAction::Kind::Back));
  CHECK(tab.session.screen() == Screen::Start);
  tab.Apply(Do(StartAction::Kind::Start));
  CHECK(tab.session.Setup().visit == first.visit + 1);  // a fresh form on each arrival

  SUBCASE("Begin with nothing chosen does nothing") {
    tab.Apply(Do(SetupAction::Kind::Begin));
    CHECK(tab.session.screen() == Screen::Setup);
    CHECK(tab.session.open_profile() == nullptr);
  }
  SUBCASE("Begin stores the profile and opens its first skill") {
    SetupAction begin = Do(SetupAction::Kind::Begin);
    begin.name = "   ";  // blank: the suggested name is used
    begin.chosen = {kAiml, kItop};
    tab.Apply(begin);
    CHECK(tab.session.screen() == Screen::Skill);
    CHECK(tab.session.skill_index() == 0);
    const Profile& p = tab.open();
    CHECK(p.name == "Assessment 30 Nov 2026");
    // Catalog order: the frameworks as listed, then their skills.
    REQUIRE(p.selection.size() == 2);
    const auto storage = tab.Storage();
    REQUIRE(storage.count(ProfileStore::Key(p.id)) == 1);
    CHECK(storage.at(ProfileStore::Key(p.id)) == ProfileToJson(p));
    CHECK(storage.at(kCurrentProfileKey) == p.id);
  }
}

TEST_CASE("the skill page: every action kind") {
  Tab tab;
  tab.Start();
  tab.Begin({kItop, kAiml, kAuto});
  // Catalog order: the matrix's two skills, then ITOP.
  SkillPageAction to_itop = Do(SkillPageAction::Kind::Jump);
  to_itop.jump_to = 2;
  tab.Apply(to_itop);
  const std::string itop = "sfia/ITOP";
  REQUIRE(tab.session.SkillPage().key == itop);
  const std::string stored_key = ProfileStore::Key(tab.open().id);

  SUBCASE("ChooseLevel: a defined level is kept and saved; an undefined one is refused") {
    tab.platform.SetNow("2026-11-30T10:00:00Z");
    tab.ChooseLevel(3);
    CHECK(tab.AnswerTo(itop).kind == AnswerKind::Level);
    CHECK(tab.AnswerTo(itop).level == 3);
    CHECK(tab.open().updated == "2026-11-30T10:00:00Z");
    CHECK(tab.Storage().at(stored_key) == ProfileToJson(tab.open()));
    tab.ChooseLevel(6);  // SFIA's scale has 6, but ITOP is defined at 1-5
    CHECK(tab.AnswerTo(itop).level == 3);
  }
  SUBCASE("NotApplicable, ClearAnswer") {
    tab.Apply(Do(SkillPageAction::Kind::NotApplicable));
    CHECK(tab.AnswerTo(itop).kind == AnswerKind::NotApplicable);
    tab.Apply(Do(SkillPageAction::Kind::ClearAnswer));
    CHECK(tab.AnswerTo(itop).kind == AnswerKind::Unanswered);
  }
  SUBCASE("Skip marks the skill and moves on (the last one stays)") {
    tab.Apply(Do(SkillPageAction::Kind::Skip));
    CHECK(tab.AnswerTo(itop).kind == AnswerKind::Skipped);
    CHECK(tab.session.skill_index() == 2);
    SkillPageAction first = Do(SkillPageAction::Kind::Jump);
    first.jump_to = 0;
    tab.Apply(first);
    tab.Apply(Do(SkillPageAction::Kind::Skip));
    CHECK(tab.session.skill_index() == 1);
  }
  SUBCASE("SetMode and Rate: statement mode suggests a level") {
    SkillPageAction mode = Do(SkillPageAction::Kind::SetMode);
    mode.mode = AnswerMode::Statements;
    tab.Apply(mode);
    CHECK(tab.AnswerTo(itop).mode == AnswerMode::Statements);
    const Skill& skill = *tab.session.SkillPage().skill;
    for (std::size_t i = 0; i < skill.statements.at(1).size(); ++i) {
      SkillPageAction rate = Do(SkillPageAction::Kind::Rate);
      rate.level = 1;
      rate.statement = i;
      rate.rating = Rating::Consistently;
      tab.Apply(rate);
    }
    CHECK(tab.session.SkillPage().suggestion.level == 1);
    SkillPageAction bad = Do(SkillPageAction::Kind::Rate);
    bad.level = 1;
    bad.statement = 999;  // no such statement: refused, nothing saved
    bad.rating = Rating::NotYet;
    const auto before = tab.Storage();
    tab.Apply(bad);
    CHECK(tab.Storage() == before);
  }
  SUBCASE("SetTarget, SetConfidence, SetNotes") {
    SkillPageAction target = Do(SkillPageAction::Kind::SetTarget);
    target.level = 4;
    tab.Apply(target);
    SkillPageAction confidence = Do(SkillPageAction::Kind::SetConfidence);
    confidence.confidence = Confidence::High;
    tab.Apply(confidence);
    SkillPageAction notes = Do(SkillPageAction::Kind::SetNotes);
    notes.notes = "Ran the on-call rota — 2025";
    tab.Apply(notes);
    const Answer a = tab.AnswerTo(itop);
    CHECK(a.target == 4);
    CHECK(a.confidence == Confidence::High);
    CHECK(a.notes == "Ran the on-call rota — 2025");
    target.level = 9;  // off the scale
    tab.Apply(target);
    CHECK(tab.AnswerTo(itop).target == 4);
  }
  SUBCASE("Next, Back, Jump move between skills and stay in range") {
    tab.Apply(Do(SkillPageAction::Kind::Next));
    CHECK(tab.session.skill_index() == 2);
    tab.Apply(Do(SkillPageAction::Kind::Back));
    CHECK(tab.session.skill_index() == 1);
    SkillPageAction jump = Do(SkillPageAction::Kind::Jump);
    jump.jump_to = -5;
    tab.Apply(jump);
    CHECK(tab.session.skill_index() == 0);
    tab.Apply(Do(SkillPageAction::Kind::Back));
    CHECK(tab.session.skill_index() == 0);
    jump.jump_to = 99;
    tab.Apply(jump);
    CHECK(tab.session.skill_index() == 2);
    // Moving is not answering: the stored profile only records where the person is.
    CHECK(tab.open().answers.empty());
  }
  SUBCASE("Finish opens the summary, Home the start screen") {
    tab.Apply(Do(SkillPageAction::Kind::Finish));
    CHECK(tab.session.screen() == Screen::Summary);
    tab.Apply(Do(SummaryAction::Kind::BackToQuestions));
    tab.Apply(Do(SkillPageAction::Kind::Home));
    CHECK(tab.session.screen() == Screen::Start);
    CHECK(tab.session.StartScreen().continue_label == "Your assessment \xE2\x80\x9CQ4 review\xE2\x80\x9D \xC2\xB7 0 of 3 skills answered");
  }
  SUBCASE("ToggleTheme is remembered in storage") {
    CHECK_FALSE(tab.session.dark_theme());
    tab.Apply(Do(SkillPageAction::Kind::ToggleTheme));
    CHECK(tab.session.dark_theme());
    CHECK(tab.Storage().at(kSettingsKey).find("\"theme\":\"dark\"") != std::string::npos);
  }
}

TEST_CASE("the summary: every action kind, and rows that agree with the results") {
  Tab tab;
  tab.Start();
  tab.Begin({kItop, kAiml});
  tab.ChooseLevel(2);
  tab.Apply(Do(SkillPageAction::Kind::Finish));
  REQUIRE(tab.session.screen() == Screen::Summary);
  const SummaryModel m = tab.session.Summary();
  REQUIRE(m.rows.size() == 2);
  CHECK(m.progress_text == "1 of 2 skills answered");
  CHECK(m.rows[1].level == "Not answered");

  SUBCASE("Jump") {
    SummaryAction jump = Do(SummaryAction::Kind::Jump);
    jump.index = 1;
    tab.Apply(jump);
    CHECK(tab.session.screen() == Screen::Skill);
    CHECK(tab.session.skill_index() == 1);
  }
  SUBCASE("BackToQuestions") {
    tab.Apply(Do(SummaryAction::Kind::BackToQuestions));
    CHECK(tab.session.screen() == Screen::Skill);
  }
  SUBCASE("Home") {
    tab.Apply(Do(SummaryAction::Kind::Home));
    CHECK(tab.session.screen() == Screen::Start);
  }
  SUBCASE("Results") {
    tab.Apply(Do(SummaryAction::Kind::Results));
    CHECK(tab.session.screen() == Screen::Results);
  }
}

TEST_CASE("summary and results rows come from one function: a level the skill does not define") {
  // A profile saved with ITOP at level 6: on SFIA's scale, but ITOP is not defined there
  // (e.g. edited by hand, or made against another version of the framework).
  Tab first;
  first.Start();
  first.Begin({kItop});
  first.ChooseLevel(5);
  std::string stored = first.Storage().at(ProfileStore::Key(first.open().id));
  const std::size_t at = stored.find("\"level\":5");
  REQUIRE(at != std::string::npos);
  stored.replace(at, 9, "\"level\":6");

  auto storage = std::make_shared<MemoryStorage>();
  Tab tab(storage);
  tab.platform.StorageSet(ProfileStore::Key(first.open().id), stored);
  tab.platform.StorageSet(kCurrentProfileKey, first.open().id);
  tab.Start();
  REQUIRE(tab.AnswerTo("sfia/ITOP").level == 6);
  const SummaryModel summary = tab.session.Summary();
  const ResultsModel results = tab.session.Results();
  REQUIRE(summary.rows.size() == 1);
  REQUIRE(results.results.size() == 1);
  CHECK(summary.rows[0].level == "Not answered");
  CHECK(results.results[0].level_label == "Not answered");
  CHECK(summary.rows[0].kind == results.results[0].kind);
}

TEST_CASE("results: every action kind") {
  Tab tab;
  tab.Start();
  tab.Begin({kItop, kAiml, kAuto});
  tab.ChooseLevel(3);
  tab.Apply(Do(SkillPageAction::Kind::Next));
  tab.ChooseLevel(2);
  tab.Apply(Do(SkillPageAction::Kind::Next));
  tab.ChooseLevel(1);
  tab.Apply(Do(SkillPageAction::Kind::Finish));
  tab.Apply(Do(SummaryAction::Kind::Results));
  REQUIRE(tab.session.screen() == Screen::Results);
  const ResultsModel m = tab.session.Results();
  CHECK(m.results.size() == 3);
  CHECK(m.chart.axes.size() == 3);
  CHECK(m.subtitle == "Kim \xC2\xB7 30 Nov 2026 \xC2\xB7 3 of 3 skills answered");

  SUBCASE("OpenSkill opens that skill's page") {
    ResultsAction open = Do(ResultsAction::Kind::OpenSkill);
    open.skill_key = m.results[1].key;
    tab.Apply(open);
    CHECK(tab.session.screen() == Screen::Skill);
    CHECK(tab.session.skill_index() == 1);
  }
  SUBCASE("ExportSvg, ExportPng, ExportReport, ExportProfile download files") {
    tab.Apply(Do(ResultsAction::Kind::ExportSvg));
    tab.Apply(Do(ResultsAction::Kind::ExportPng));
    tab.Apply(Do(ResultsAction::Kind::ExportReport));
    tab.Apply(Do(ResultsAction::Kind::ExportProfile));
    const auto& d = tab.platform.downloads();
    REQUIRE(d.size() == 4);
    CHECK(d[0].name == "Q4-review-2026-11-30.svg");
    CHECK(d[0].mime_type == "image/svg+xml");
    CHECK(d[0].bytes.rfind("<svg", 0) == 0);
    CHECK(d[1].name == "Q4-review-2026-11-30.png");
    CHECK(d[1].png_scale == 2.0);
    CHECK(d[2].mime_type == "text/html");
    CHECK(d[2].bytes.find("Q4 review") != std::string::npos);
    CHECK(d[3].mime_type == "application/json");
    const ProfileRead back = ReadProfile(d[3].bytes, "export");
    REQUIRE(back.ok());
    CHECK(back.profile->answers == tab.open().answers);
  }
  SUBCASE("ShareLink copies a link once the browser has made it") {
    tab.Apply(Do(ResultsAction::Kind::ShareLink));
    CHECK(tab.session.share_message() == "Making the link\xE2\x80\xA6");
    tab.platform.RunPending();
    CHECK(tab.platform.clipboard().rfind("http://127.0.0.1/#p=", 0) == 0);
    CHECK(tab.session.share_message().rfind("Link copied to the clipboard", 0) == 0);
  }
  SUBCASE("BackToQuestions, Home") {
    tab.Apply(Do(ResultsAction::Kind::BackToQuestions));
    CHECK(tab.session.screen() == Screen::Skill);
    tab.Apply(Do(SkillPageAction::Kind::Finish));
    tab.Apply(Do(SummaryAction::Kind::Results));
    tab.Apply(Do(ResultsAction::Kind::Home));
    CHECK(tab.session.screen() == Screen::Start);
    CHECK(tab.session.StartScreen().continue_complete);
    tab.Apply(Do(StartAction::Kind::Continue));  // a finished assessment continues at its results
    CHECK(tab.session.screen() == Screen::Results);
  }
  SUBCASE("ToggleTheme") {
    tab.platform.SetPrefersDark(true);  // read at start-up only: no change now
    tab.Apply(Do(ResultsAction::Kind::ToggleTheme));
    CHECK(tab.session.dark_theme());
    tab.Apply(Do(ResultsAction::Kind::ToggleTheme));
    CHECK_FALSE(tab.session.dark_theme());
  }
  SUBCASE("SaveSnapshot, ChooseOverlay, DeleteSnapshot") {
    ResultsAction save = Do(ResultsAction::Kind::SaveSnapshot);
    save.text = "Before the training";
    tab.Apply(save);
    REQUIRE(tab.open().snapshots.size() == 1);
    CHECK(tab.open().snapshots[0].answers == tab.open().answers);
    ResultsAction overlay = Do(ResultsAction::Kind::ChooseOverlay);
    overlay.overlay = 0;
    const std::size_t series_without = tab.session.Results().chart.series.size();
    tab.Apply(overlay);
    const ResultsModel shown = tab.session.Results();
    CHECK(shown.overlay == 0);
    CHECK(shown.chart.series.size() == series_without + 1);  // the snapshot's series
    ResultsAction del = Do(ResultsAction::Kind::DeleteSnapshot);
    del.text = tab.open().snapshots[0].id;
    tab.Apply(del);
    CHECK(tab.open().snapshots.empty());
    CHECK(tab.session.Results().overlay == -1);
    const Profile stored = *ReadProfile(tab.Storage().at(ProfileStore::Key(tab.open().id)), "stored").profile;
    CHECK(stored.snapshots.empty());
  }
}

TEST_CASE("a skill whose framework is gone: the start screen says so instead of a blank page") {
  // A saved profile made against a framework this browser does not have.
  ProfileRead read = ReadProfile(ReadSourceFile("tests/data/sample-profile.json"), "sample");
  REQUIRE(read.ok());
  Tab reloaded;
  reloaded.platform.StorageSet(ProfileStore::Key(read.profile->id), ProfileToJson(*read.profile));
  reloaded.Start();
  REQUIRE(reloaded.session.open_profile() != nullptr);
  reloaded.Apply(Do(StartAction::Kind::Continue));
  // sfia/ITOP first: available. Then the custom framework's skill, which is not here.
  CHECK(reloaded.session.screen() == Screen::Skill);
  reloaded.Apply(Do(SkillPageAction::Kind::Next));
  CHECK(reloaded.session.screen() == Screen::Start);
  REQUIRE(reloaded.session.notice());
  CHECK(reloaded.session.notice()->title == "A skill of \xE2\x80\x9CQ4 review\xE2\x80\x9D is not available");
  CHECK(reloaded.session.Summary().rows[1].name == "(not available)");
}
