// The address and history: every screen is a history entry, the fragment says where
// the person is, Back and Forward move between screens, deep links reopen them, and
// a stale address lands on the start screen with a notice.
#include <doctest/doctest.h>

#include "core/profile/version.h"
#include "session/route.h"
#include "session_harness.h"

using namespace skillscope;
using namespace skillscope::testing;

TEST_CASE("routes: every screen has an address, and it reads back the same") {
  const Route skill{Screen::Skill, "p-20261130090000-00000a", "sfia/ITOP"};
  CHECK(RouteFragment(skill) == "/p/p-20261130090000-00000a/skill/sfia/ITOP");
  CHECK(RouteFragment(Route{}) == "/");
  CHECK(RouteFragment(Route{Screen::Setup, "", ""}) == "/new");
  CHECK(RouteFragment(Route{Screen::Help, "", ""}) == "/help");
  CHECK(RouteFragment(Route{Screen::Summary, "p-1", ""}) == "/p/p-1/summary");
  CHECK(RouteFragment(Route{Screen::Results, "p-1", ""}) == "/p/p-1/results");
  for (const Route& r : {skill, Route{}, Route{Screen::Setup, "", ""}, Route{Screen::Help, "", ""},
                         Route{Screen::Summary, "p-1", ""}, Route{Screen::Results, "p-1", ""}}) {
    const auto back = ParseRoute(RouteFragment(r));
    REQUIRE(back);
    CHECK(*back == r);
  }
  // Codes with characters that mean something in an address survive.
  const Route odd{Screen::Skill, "p-1", "acme team/C# & C++ 100%"};
  CHECK(RouteFragment(odd) == "/p/p-1/skill/acme%20team/C%23%20%26%20C%2B%2B%20100%25");
  CHECK(*ParseRoute(RouteFragment(odd)) == odd);
  CHECK(ParseRoute("") == Route{});
}

TEST_CASE("routes: what is not a route") {
  for (const char* bad : {"/nowhere", "p/p-1/summary", "/p/p-1", "/p/p-1/skill/sfia", "/p//summary",
                          "/p/p-1/skill/sfia/IT%2", "/p/p-1/skill/sfia/%zz", "/help/more", "/p/p-1/results/x"}) {
    CAPTURE(bad);
    CHECK_FALSE(ParseRoute(bad));
  }
  CHECK(IsShareLinkFragment("p=eJzLSM3JyQcABiwCFQ"));
  CHECK_FALSE(ParseRoute("p=eJzLSM3JyQcABiwCFQ"));
  CHECK_FALSE(IsShareLinkFragment("/p/p-1/summary"));
}

TEST_CASE("each screen is a history entry; Back and Forward move between them") {
  Tab tab;
  tab.platform.SetAddressChangeHandler([&](std::string f) { tab.session.OnAddressChanged(f); });
  tab.Start();
  CHECK(tab.platform.history() == std::vector<std::string>{"/"});
  tab.Begin({kItop, kAiml});
  const std::string id = tab.open().id;
  tab.Apply(Do(SkillPageAction::Kind::Next));
  tab.Apply(Do(SkillPageAction::Kind::Finish));
  tab.Apply(Do(SummaryAction::Kind::Results));
  const std::string p = "/p/" + id;
  CHECK(tab.platform.history() == std::vector<std::string>{"/", "/new", p + "/skill/it-operations-matrix/AIML",
                                                           p + "/skill/sfia/ITOP", p + "/summary", p + "/results"});
  // Answering does not add entries; only moving does.
  CHECK(tab.platform.history_index() == 5);

  auto back = [&](int steps) {
    tab.platform.GoInHistory(steps);
    tab.platform.RunPending();
  };
  back(-1);
  CHECK(tab.session.screen() == Screen::Summary);
  back(-1);
  CHECK(tab.session.screen() == Screen::Skill);
  CHECK(tab.session.skill_index() == 1);
  back(-1);
  CHECK(tab.session.skill_index() == 0);
  back(-1);
  CHECK(tab.session.screen() == Screen::Setup);
  back(-1);
  CHECK(tab.session.screen() == Screen::Start);
  back(+1);
  back(+1);
  CHECK(tab.session.screen() == Screen::Skill);
  CHECK(tab.session.skill_index() == 0);
  // Going somewhere new from the middle drops the entries ahead, as in a browser.
  tab.Apply(Do(SkillPageAction::Kind::Finish));
  CHECK(tab.platform.history().size() == 4);
  CHECK(tab.platform.history().back() == p + "/summary");
  CHECK(tab.platform.history().size() == tab.platform.history_index() + 1);
}

TEST_CASE("a deep link, a reload or a bookmark opens the page it names") {
  auto storage = std::make_shared<MemoryStorage>();
  std::string id;
  {
    Tab tab(storage);
    tab.Start();
    tab.Begin({kItop, kAiml, kAuto}, "First");
    id = tab.open().id;
    tab.Apply(Do(SkillPageAction::Kind::Home));
    tab.Begin({kItop}, "Second");  // the one a plain reload would open
  }
  Tab reloaded(storage);
  reloaded.platform.SetInitialFragment("/p/" + id + "/skill/it-operations-matrix/AUTO");
  reloaded.Start();
  CHECK(reloaded.session.screen() == Screen::Skill);
  CHECK(reloaded.open().id == id);
  CHECK(reloaded.session.SkillPage().key == "it-operations-matrix/AUTO");
  CHECK_FALSE(reloaded.session.notice());
  // The address is kept as it was (no extra entry).
  CHECK(reloaded.platform.history() == std::vector<std::string>{"/p/" + id + "/skill/it-operations-matrix/AUTO"});

  Tab results(storage);
  results.platform.SetInitialFragment("/p/" + id + "/results");
  results.Start();
  CHECK(results.session.screen() == Screen::Results);
  Tab help(storage);
  help.platform.SetInitialFragment("/help");
  help.Start();
  CHECK(help.session.screen() == Screen::Help);
  help.Apply(Do(HelpAction::Kind::Back));  // nothing of ours to go back to: the start screen
  CHECK(help.session.screen() == Screen::Start);
}

TEST_CASE("a stale or unknown address lands on the start screen with a notice") {
  auto storage = std::make_shared<MemoryStorage>();
  std::string id;
  {
    Tab tab(storage);
    tab.Start();
    tab.Begin({kItop}, "Mine");
    id = tab.open().id;
  }
  struct Case {
    std::string fragment;
    std::string title;
    std::string line;
  };
  const Case cases[] = {
      {"/p/p-19990101000000-dead00/summary", "That page is not here any more",
       "The address names the profile \"p-19990101000000-dead00\", which is not in this browser: it was deleted, or "
       "it was saved in another browser. To move a profile to another browser, export it as a file there and import "
       "it here."},
      {"/p/" + id + "/skill/sfia/XXXX", "That page is not here any more",
       "The address names the skill \"sfia/XXXX\", which \xE2\x80\x9CMine\xE2\x80\x9D does not include."},
      {"/settings", "skillscope has no page at that address",
       "The address ended in \"#/settings\". Here is the start screen instead."},
  };
  for (const Case& c : cases) {
    CAPTURE(c.fragment);
    Tab tab(storage);
    tab.platform.SetInitialFragment(c.fragment);
    tab.Start();
    CHECK(tab.session.screen() == Screen::Start);
    REQUIRE(tab.session.notice());
    CHECK(tab.session.notice()->title == c.title);
    CHECK(tab.session.notice()->lines == std::vector<std::string>{c.line});
    // The address is corrected in place: Back does not return to the stale one.
    CHECK(tab.platform.history() == std::vector<std::string>{"/"});
  }
}

TEST_CASE("a share link is never taken for a route") {
  Tab tab;
  tab.platform.SetInitialFragment(NativePlatform::ShareLinkFragment(ReadSourceFile("tests/data/sample-profile.json")));
  tab.platform.AddBundledFile("frameworks/acme.json", ReadSourceFile("tests/e2e/fixtures/acme-platform.json"));
  tab.Start();
  CHECK_FALSE(tab.session.notice());
  REQUIRE(tab.session.ImportDialog());
  CHECK(tab.platform.history() == std::vector<std::string>{"/"});
}

TEST_CASE("the person types an address into the open app") {
  Tab tab;
  tab.platform.SetAddressChangeHandler([&](std::string f) { tab.session.OnAddressChanged(f); });
  tab.Start();
  tab.Begin({kItop, kAiml});
  const std::string id = tab.open().id;
  tab.platform.TypeAddress("/p/" + id + "/skill/sfia/ITOP");
  tab.platform.RunPending();
  CHECK(tab.session.screen() == Screen::Skill);
  CHECK(tab.session.SkillPage().key == "sfia/ITOP");
  tab.platform.TypeAddress("/nonsense");
  tab.platform.RunPending();
  CHECK(tab.session.screen() == Screen::Start);
  CHECK(tab.platform.history().back() == "/");
}

TEST_CASE("help: from any screen, and Back returns where it was opened") {
  Tab tab;
  tab.platform.SetAddressChangeHandler([&](std::string f) { tab.session.OnAddressChanged(f); });
  tab.Start();
  tab.Apply(Do(StartAction::Kind::ShowHelp));
  CHECK(tab.session.screen() == Screen::Help);
  CHECK(tab.platform.history().back() == "/help");
  tab.Apply(Do(HelpAction::Kind::Back));
  tab.platform.RunPending();
  CHECK(tab.session.screen() == Screen::Start);

  tab.Begin({kItop, kAiml});
  tab.Apply(Do(SkillPageAction::Kind::Next));
  tab.Apply(Do(SkillPageAction::Kind::ShowHelp));
  CHECK(tab.session.screen() == Screen::Help);
  CHECK(tab.session.Help().version == kAppVersion);
  tab.Apply(Do(HelpAction::Kind::ToggleTheme));
  CHECK(tab.session.dark_theme());
  tab.Apply(Do(HelpAction::Kind::Back));
  tab.platform.RunPending();
  CHECK(tab.session.screen() == Screen::Skill);
  CHECK(tab.session.skill_index() == 1);

  tab.Apply(Do(SkillPageAction::Kind::Finish));
  tab.Apply(Do(SummaryAction::Kind::ShowHelp));
  CHECK(tab.session.screen() == Screen::Help);
  tab.platform.GoInHistory(-1);  // the browser's button works as well
  tab.platform.RunPending();
  CHECK(tab.session.screen() == Screen::Summary);
  tab.Apply(Do(SummaryAction::Kind::Results));
  tab.Apply(Do(ResultsAction::Kind::ShowHelp));
  CHECK(tab.session.screen() == Screen::Help);
  tab.Apply(Do(HelpAction::Kind::Back));
  tab.platform.RunPending();
  CHECK(tab.session.screen() == Screen::Results);
  tab.Apply(Do(ResultsAction::Kind::Home));
  tab.Apply(Do(StartAction::Kind::Start));
  tab.Apply(Do(SetupAction::Kind::ShowHelp));
  CHECK(tab.session.screen() == Screen::Help);
}

TEST_CASE("the theme follows the browser until the person chooses one") {
  Tab tab;
  tab.Start();
  CHECK_FALSE(tab.session.dark_theme());
  tab.session.OnColorSchemeChanged(true);
  CHECK(tab.session.dark_theme());
  tab.Apply(Do(StartAction::Kind::ToggleTheme));  // chosen: light
  CHECK_FALSE(tab.session.dark_theme());
  tab.session.OnColorSchemeChanged(true);
  CHECK_FALSE(tab.session.dark_theme());
  tab.Begin({kItop});
  tab.Apply(Do(SkillPageAction::Kind::Finish));
  tab.Apply(Do(SummaryAction::Kind::ToggleTheme));
  CHECK(tab.session.dark_theme());
  tab.Apply(Do(SummaryAction::Kind::Home));
  tab.Apply(Do(StartAction::Kind::Start));
  tab.Apply(Do(SetupAction::Kind::ToggleTheme));
  CHECK_FALSE(tab.session.dark_theme());
}

TEST_CASE("copying a level puts the skill, the level and its statements on the clipboard") {
  Tab tab;
  tab.Start();
  tab.Begin({kItop});
  SkillPageAction copy = Do(SkillPageAction::Kind::CopyLevel);
  copy.level = 6;  // not defined for ITOP: nothing is copied
  tab.Apply(copy);
  CHECK(tab.platform.clipboard().empty());
  copy.level = 1;
  tab.Apply(copy);
  const Skill& itop = *tab.session.SkillPage().skill;
  std::string expected = "ITOP \xC2\xB7 " + itop.name + " \xE2\x80\x94 " + LevelLabel(tab.session.SkillPage().framework->scale, 1) + "\n";
  for (const std::string& s : itop.statements.at(1))
    expected += (itop.statements.at(1).size() > 1 ? "\xE2\x80\xA2 " : "") + s + "\n";
  CHECK(tab.platform.clipboard() == expected);
  CHECK(tab.session.SkillPage().copied_level == 1);
  tab.Apply(Do(SkillPageAction::Kind::NotApplicable));  // anything else done: the button says Copy again
  CHECK(tab.session.SkillPage().copied_level == 0);
  tab.Apply(copy);
  tab.Apply(Do(SkillPageAction::Kind::Finish));
  tab.Apply(Do(SummaryAction::Kind::BackToQuestions));
  CHECK(tab.session.SkillPage().copied_level == 0);
}

TEST_CASE("a problem with stored data is told on the start screen, whatever the address") {
  auto storage = std::make_shared<MemoryStorage>();
  std::string id;
  {
    Tab tab(storage);
    tab.Start();
    tab.Begin({kItop});
    id = tab.open().id;
  }
  Tab tab(storage);
  tab.platform.StorageSet(std::string(kProfileKeyPrefix) + "p-broken", "{\"format\":");
  tab.platform.SetInitialFragment("/p/" + id + "/skill/sfia/ITOP");
  tab.Start();
  CHECK(tab.session.screen() == Screen::Start);
  REQUIRE(tab.session.notice());
  CHECK(tab.session.notice()->title == "Some saved data could not be read");
  CHECK(tab.platform.history() == std::vector<std::string>{"/"});
}
