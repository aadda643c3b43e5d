// What next, in a session: the plan from the answers (and ticks that are the skill
// page's ratings), notes and due months kept in the profile, the order, the roles that
// fit with one chosen as the benchmark, the exports and the reminder, the timeline and
// its changes; each screen an address.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "core/chart/plan_export.h"
#include "core/profile/json.h"
#include "session_harness.h"

using namespace skillscope;
using namespace skillscope::testing;

namespace {

constexpr const char* kVersion = "it-operations-matrix@1.0.0-example-roles";
const std::string kCloud = std::string(kVersion) + "/CLOUD";
const std::string kAutoChoice = std::string(kVersion) + "/AUTO";
const std::string kIag = std::string(kVersion) + "/IAG";
constexpr const char* kCloudKey = "it-operations-matrix/CLOUD";
constexpr const char* kAutoKey2 = "it-operations-matrix/AUTO";

PlanScreenAction PlanDo(PlanScreenAction::Kind kind) {
  PlanScreenAction a;
  a.kind = kind;
  return a;
}

// The example-roles matrix loaded; CLOUD at 1 with target 3, AUTO at 2 with target 3, IAG at 2.
struct Person {
  std::shared_ptr<MemoryStorage> storage = std::make_shared<MemoryStorage>();
  Tab tab{storage};
  Person() {
    tab.Start();
    tab.Apply(Do(StartAction::Kind::LoadFramework));
    REQUIRE(tab.platform.chooser_open());
    tab.platform.ChooseFile("roles.json", ReadSourceFile("docs/examples/it-operations-matrix-example-roles.json"));
    tab.platform.storage().Settle();
    tab.Begin({kCloud, kAutoChoice, kIag});
    // Assessment order is the framework's: AUTO, CLOUD, IAG.
    for (const auto& [level, target] : std::vector<std::pair<int, int>>{{2, 3}, {1, 3}, {2, 0}}) {
      tab.ChooseLevel(level);
      if (target > 0) {
        SkillPageAction t = Do(SkillPageAction::Kind::SetTarget);
        t.level = target;
        tab.Apply(t);
      }
      tab.Apply(Do(SkillPageAction::Kind::Next));
    }
    REQUIRE(tab.AnswerTo(kCloudKey).target == 3);
  }
  const Framework& Matrix() {
    const CatalogEntry* e = tab.session.catalog().Find("it-operations-matrix", "1.0.0-example-roles");
    REQUIRE(e != nullptr);
    return e->framework;
  }
};

}  // namespace

TEST_CASE("the plan: the next level's statements as actions, ticked as the skill page's ratings, both ways") {
  Person kim;
  kim.tab.Apply(Do(ResultsAction::Kind::OpenPlan));
  CHECK(kim.tab.session.screen() == Screen::Plan);
  CHECK(kim.tab.platform.Fragment() == "/p/" + kim.tab.open().id + "/plan");
  const PlanModel& m = kim.tab.session.Plan();
  REQUIRE(m.items.size() == 2);
  CHECK(m.items[0].key == kCloudKey);  // the larger gap first
  const Skill* cloud = kim.Matrix().FindSkill("CLOUD");
  REQUIRE(cloud);
  std::vector<std::string> statements;
  for (const PlanAction& a : m.items[0].actions) statements.push_back(a.statement);
  CHECK(statements == cloud->statements.at(2));  // word for word

  const std::string id = m.items[0].actions[0].id;
  PlanScreenAction tick = PlanDo(PlanScreenAction::Kind::SetDone);
  tick.action_id = id;
  tick.done = true;
  kim.tab.Apply(tick);
  CHECK(kim.tab.AnswerTo(kCloudKey).ratings.at(2).at(0) == Rating::Consistently);
  // Saved, and so on the skill page's answer too.
  const nlohmann::json stored = nlohmann::json::parse(kim.tab.Storage().at("skillscope.v1.profile." + kim.tab.open().id));
  CHECK(stored["answers"][kCloudKey]["ratings"]["2"][0] == "consistently");
  ResultsAction open = Do(ResultsAction::Kind::OpenSkill);
  open.skill_key = kCloudKey;
  kim.tab.Apply(open);
  REQUIRE(kim.tab.session.SkillPage().key == kCloudKey);
  CHECK(kim.tab.session.SkillPage().answer->ratings.at(2).at(0) == Rating::Consistently);
  // Rated "consistently" on the skill page: done in the plan.
  SkillPageAction rate = Do(SkillPageAction::Kind::Rate);
  rate.level = 2;
  rate.statement = 1;
  rate.rating = Rating::Consistently;
  kim.tab.Apply(rate);
  CHECK(kim.tab.session.Plan().items[0].done() == 2);
}

TEST_CASE("notes and due months are kept in the profile; a month that is not one is refused with a message") {
  Person kim;
  kim.tab.Apply(Do(ResultsAction::Kind::OpenPlan));
  const std::string id = kim.tab.session.Plan().items[0].actions[0].id;
  PlanScreenAction note = PlanDo(PlanScreenAction::Kind::SetNote);
  note.action_id = id;
  note.text = "Shadow Ana \xE2\x80\x94 \xE2\x80\x9Cthe cloud bill\xE2\x80\x9D\n\tweekly";
  kim.tab.Apply(note);
  PlanScreenAction due = PlanDo(PlanScreenAction::Kind::SetDue);
  due.action_id = id;
  due.text = "2027-13";
  const Profile before = kim.tab.open();
  kim.tab.Apply(due);
  CHECK(kim.tab.open() == before);
  CHECK(kim.tab.session.Plan().message == "\xE2\x80\x9C" "2027-13\xE2\x80\x9D is not a month: write it as year and "
                                          "month, like 2027-02.");
  due.text = "2027-03";
  kim.tab.Apply(due);
  CHECK(kim.tab.session.Plan().message.empty());
  CHECK(kim.tab.session.Plan().items[0].actions[0].note == PlanNote{note.text, "2027-03"});
  const nlohmann::json stored = nlohmann::json::parse(kim.tab.Storage().at("skillscope.v1.profile." + kim.tab.open().id));
  CHECK(stored["schemaVersion"] == 3);
  CHECK(stored["plan"]["notes"][id]["note"] == note.text);
  // After a reload, at the plan's address.
  Tab reloaded(kim.storage);
  reloaded.platform.SetInitialFragment("/p/" + kim.tab.open().id + "/plan");
  reloaded.Start();
  reloaded.platform.storage().Settle();
  CHECK(reloaded.session.screen() == Screen::Plan);
  CHECK(reloaded.session.Plan().items[0].actions[0].note.due == "2027-03");
  // A note made empty again leaves nothing behind.
  note.text = "";
  due.text = "";
  kim.tab.Apply(note);
  kim.tab.Apply(due);
  CHECK(kim.tab.open().plan.empty());
}

TEST_CASE("the order: the person moves a skill; Reset gives the plan's own back") {
  Person kim;
  kim.tab.Apply(Do(ResultsAction::Kind::OpenPlan));
  PlanScreenAction down = PlanDo(PlanScreenAction::Kind::MoveDown);
  down.skill_key = kCloudKey;
  kim.tab.Apply(down);
  CHECK(kim.tab.session.Plan().items[0].key == kAutoKey2);
  CHECK(kim.tab.session.Plan().own_order);
  kim.tab.Apply(PlanDo(PlanScreenAction::Kind::ResetOrder));
  CHECK(kim.tab.session.Plan().items[0].key == kCloudKey);
  CHECK_FALSE(kim.tab.session.Plan().own_order);
}

TEST_CASE("roles by fit, each with why; the chosen one is the benchmark of the plan and the results chart") {
  Person kim;  // AUTO 2, CLOUD 1, IAG 2
  kim.tab.Apply(Do(ResultsAction::Kind::OpenPlan));
  const PlanModel& m = kim.tab.session.Plan();
  REQUIRE(m.roles.size() == 3);
  // Cloud platform engineer: IAG 2 met; CLOUD, AUTO below; AIML not chosen: 1 of 4.
  // Service desk: IAG met; ENDPOINT, ITSM, SAAS not chosen: 1 of 4. Lead: 0 of 6.
  CHECK(m.roles[0].fit == "1 of 4 skills at or above the role\xE2\x80\x99s level");
  CHECK(m.roles[2].label.rfind("IT operations lead (example)", 0) == 0);
  CHECK(m.roles[2].fit == "0 of 6 skills at or above the role\xE2\x80\x99s level");
  const auto cloud_role = std::find_if(m.roles.begin(), m.roles.end(), [](const RoleFitRow& r) {
    return r.label.rfind("Cloud platform engineer", 0) == 0;
  });
  REQUIRE(cloud_role != m.roles.end());
  CHECK(std::find(cloud_role->reasons.begin(), cloud_role->reasons.end(),
                  "AIML AI/ML Systems Operations: Not in this assessment; the role expects 2") != cloud_role->reasons.end());
  const std::size_t series_before = kim.tab.session.Results().chart.series.size();
  PlanScreenAction choose = PlanDo(PlanScreenAction::Kind::ChooseRole);
  choose.text = cloud_role->key;
  kim.tab.Apply(choose);
  CHECK(kim.tab.open().plan.role == choose.text);
  CHECK(kim.tab.session.Plan().role_name.rfind("Cloud platform engineer", 0) == 0);
  CHECK(kim.tab.session.Results().benchmark.rfind("Cloud platform engineer", 0) == 0);
  CHECK(kim.tab.session.Results().chart.series.size() == series_before + 1);
  // Choosing it again lets it go.
  kim.tab.Apply(choose);
  CHECK(kim.tab.open().plan.role.empty());
}

TEST_CASE("exports: Markdown, CSV, the report's section, and a reminder for the chosen months") {
  Person kim;
  kim.tab.Apply(Do(ResultsAction::Kind::OpenPlan));
  auto last = [&] { return kim.tab.platform.downloads().back(); };
  kim.tab.Apply(PlanDo(PlanScreenAction::Kind::ExportMarkdown));
  CHECK(last().name.find(".md") != std::string::npos);
  CHECK(last().bytes.rfind("# Development plan: Q4 review\n", 0) == 0);
  CHECK(last().bytes.find("- [ ] ") != std::string::npos);
  kim.tab.Apply(PlanDo(PlanScreenAction::Kind::ExportCsv));
  CHECK(last().bytes.find("Code,Skill,Level now,Goal,Next level,Action,Done,Due,Note\r\n") != std::string::npos);
  PlanScreenAction reminder = PlanDo(PlanScreenAction::Kind::Reminder);
  reminder.months = 6;
  kim.tab.Apply(reminder);
  CHECK(last().name.find(".ics") != std::string::npos);
  CHECK(last().bytes.find("DTSTART;VALUE=DATE:20270530\r\n") != std::string::npos);  // 30 Nov 2026 + 6 months
  CHECK(kim.tab.session.Plan().message.rfind("A reminder for 30 May 2027 was saved", 0) == 0);
  kim.tab.Apply(Do(ResultsAction::Kind::ExportReport));
  CHECK(last().bytes.find("<h2 id=\"plan\">Development plan</h2>") != std::string::npos);
}

TEST_CASE("the timeline: levels across snapshots and now, the unchanged folded, the changes between two points") {
  Person kim;
  ResultsAction snapshot = Do(ResultsAction::Kind::SaveSnapshot);
  snapshot.text = "Before the course";
  kim.tab.Apply(snapshot);
  ResultsAction open = Do(ResultsAction::Kind::OpenSkill);  // CLOUD, 1 -> 2
  open.skill_key = kCloudKey;
  kim.tab.Apply(open);
  kim.tab.ChooseLevel(2);
  kim.tab.Apply(Do(ResultsAction::Kind::OpenTimeline));
  CHECK(kim.tab.session.screen() == Screen::Timeline);
  CHECK(kim.tab.platform.Fragment() == "/p/" + kim.tab.open().id + "/timeline");
  const TimelineModel& m = kim.tab.session.TimelineScreen();
  REQUIRE(m.timeline.points.size() == 2);
  CHECK(m.timeline.changed == 1);
  CHECK(m.timeline.skills.size() == 3);
  CHECK(m.changes == std::vector<std::string>{"CLOUD Cloud Infrastructure Architecture: up from 1 to 2"});
  TimelineAction from;
  from.kind = TimelineAction::Kind::ChooseFrom;
  from.point = 1;
  kim.tab.Apply(from);
  CHECK(kim.tab.session.TimelineScreen().changes.empty());
  TimelineAction svg;
  svg.kind = TimelineAction::Kind::ExportSvg;
  kim.tab.Apply(svg);
  CHECK(kim.tab.platform.downloads().back().bytes.find("CLOUD Cloud Infrastructure Architecture") != std::string::npos);
}
