// What the session shows for the open profile alone (the snapshot over the chart, the
// outcome of a share link or of targets from a role) stays with that profile: opening
// another one, by the start screen or by an address, starts it afresh.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "session_harness.h"

using namespace skillscope;
using namespace skillscope::testing;

namespace {

constexpr const char* kOperator = "acme-platform-team@2026.2/Operator";
constexpr const char* kOnCall = "acme-platform-team@2026.2/On call";
constexpr const char* kOperatorSet = "Targets from the role \xE2\x80\x9COperator\xE2\x80\x9D: 1 skill set.";
constexpr const char* kOnCallSet = "Targets from the role \xE2\x80\x9COn call\xE2\x80\x9D: 1 skill set.";

// ACME's framework with two roles that both expect OBS at level 2, loaded as a file of
// one's own.
void LoadAcmeWithRoles(Tab& tab) {
  nlohmann::json acme = nlohmann::json::parse(ReadSourceFile("tests/e2e/fixtures/acme-platform.json"));
  acme["version"] = "2026.2";
  acme["roles"] = nlohmann::json::parse(
      R"([{"name": "Operator", "levels": {"OBS": 2}}, {"name": "On call", "levels": {"OBS": 2}}])");
  tab.Apply(Do(StartAction::Kind::LoadFramework));
  tab.platform.ChooseFile("acme-roles.json", acme.dump());
  REQUIRE(tab.session.notice()->kind == Notice::Kind::Info);
}

void GoToResults(Tab& tab) {
  tab.session.OnAddressChanged("/p/" + tab.open().id + "/results");
  REQUIRE(tab.session.screen() == Screen::Results);
}

// A new profile of OBS at `level`, on its results screen; returns its id.
std::string NewProfileAtResults(Tab& tab, const std::string& name, int level) {
  tab.session.OnAddressChanged("/");
  tab.Begin({"acme-platform-team@2026.2/OBS"}, name);
  tab.ChooseLevel(level);
  GoToResults(tab);
  return tab.open().id;
}

void OpenFromStart(Tab& tab, const std::string& id) {
  tab.session.OnAddressChanged("/");
  REQUIRE(tab.session.screen() == Screen::Start);
  StartAction open = Do(StartAction::Kind::OpenProfile);
  open.profile_id = id;
  tab.Apply(open);
  REQUIRE(tab.open().id == id);
}

void SetTargetsFrom(Tab& tab, const char* role_key) {
  ResultsAction set = Do(ResultsAction::Kind::SetTargetsFromRole);
  set.text = role_key;
  tab.Apply(set);
}

}  // namespace

TEST_CASE("another profile opened shows none of the last one's share link, role targets or snapshot") {
  Tab tab;
  tab.Start();
  LoadAcmeWithRoles(tab);
  const std::string a = NewProfileAtResults(tab, "Mine", 1);
  ResultsAction snapshot = Do(ResultsAction::Kind::SaveSnapshot);
  snapshot.text = "Before";
  tab.Apply(snapshot);
  const std::string b = NewProfileAtResults(tab, "Other", 2);
  tab.Apply(snapshot);
  OpenFromStart(tab, a);
  GoToResults(tab);
  tab.Apply(Do(ResultsAction::Kind::ShareLink));
  tab.platform.RunPending();
  SetTargetsFrom(tab, kOperator);
  ResultsAction overlay = Do(ResultsAction::Kind::ChooseOverlay);
  overlay.overlay = 0;
  tab.Apply(overlay);
  REQUIRE(tab.session.Results().share_message.rfind("Link copied to the clipboard", 0) == 0);
  REQUIRE(tab.session.Results().targets_message == kOperatorSet);
  REQUIRE(tab.session.Results().overlay == 0);

  SUBCASE("from the start screen") { OpenFromStart(tab, b); }
  SUBCASE("by its address") {
    tab.session.OnAddressChanged("/p/" + b + "/results");
    REQUIRE(tab.open().id == b);
  }
  GoToResults(tab);
  const ResultsModel& m = tab.session.Results();
  CHECK(m.share_message.empty());
  CHECK(m.targets_message.empty());
  CHECK(m.overlay == -1);
}

TEST_CASE("targets from a role that change nothing in the profile still say what the role did") {
  Tab tab;
  tab.Start();
  LoadAcmeWithRoles(tab);
  NewProfileAtResults(tab, "Mine", 1);
  SetTargetsFrom(tab, kOperator);
  REQUIRE(tab.AnswerTo("acme-platform-team/OBS").target == 2);
  REQUIRE(tab.session.Results().targets_message == kOperatorSet);
  // The second role expects what the first set: the profile stays as it is, and the
  // results model kept between frames must still show this role's outcome.
  const Profile before = tab.open();
  SetTargetsFrom(tab, kOnCall);
  CHECK(tab.open() == before);
  CHECK(tab.session.Results().targets_message == kOnCallSet);
}

TEST_CASE("a share link that arrives after another profile was opened is not that profile's") {
  Tab tab;
  tab.Start();
  LoadAcmeWithRoles(tab);
  const std::string a = NewProfileAtResults(tab, "Mine", 1);
  const std::string b = NewProfileAtResults(tab, "Other", 2);
  OpenFromStart(tab, a);
  GoToResults(tab);
  tab.Apply(Do(ResultsAction::Kind::ShareLink));
  REQUIRE(tab.session.Results().share_message == "Making the link\xE2\x80\xA6");
  OpenFromStart(tab, b);  // before the browser made the link
  tab.platform.RunPending();
  GoToResults(tab);
  CHECK(tab.session.Results().share_message.empty());
  CHECK(tab.platform.clipboard().empty());  // A's link is not put there behind the person's back
}
