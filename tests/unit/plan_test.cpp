// What next, in core: the development plan (derived from answers, one source of truth
// for ticks, its order), the plan in the profile file, role fit, the timeline and its
// changes, and the plan's exports (Markdown, CSV, iCalendar).
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "core/chart/plan_export.h"
#include "core/chart/timeline.h"
#include "core/framework/loader.h"
#include "core/framework/roles.h"
#include "core/profile/assessment.h"
#include "core/profile/json.h"
#include "core/profile/plan.h"
#include "core/profile/role_fit.h"
#include "core/profile/role_targets.h"
#include "xml_check.h"

using namespace skillscope;
using nlohmann::json;

namespace {
const std::string kNow = "2026-12-07T10:00:00Z";

// Three skills on a 1-5 scale; NET is not defined at 3; a role for each kind of case.
Catalog TeamCatalog() {
  const json doc = json::parse(R"({
    "format": "skillscope-framework", "formatVersion": 1, "id": "team", "version": "1",
    "title": "Team skills", "source": "Our handbook", "attribution": "© Us",
    "scale": {"levels": [{"level": 1}, {"level": 2}, {"level": 3}, {"level": 4, "name": "Lead"}, {"level": 5}]},
    "skills": [
      {"code": "OBS", "name": "Observability", "levels": {"1": ["Reads dashboards."], "2": ["Writes alerts.", "Tunes noise."], "3": ["Defines standards."]}},
      {"code": "NET", "name": "Networking", "levels": {"2": ["Configures VLANs."], "4": ["Designs networks.", "Reviews *peering*."]}},
      {"code": "SEC", "name": "Security", "levels": {"1": ["Patches."], "2": ["Hardens hosts."], "5": ["Sets policy."]}}
    ],
    "roles": [
      {"name": "Operator", "levels": {"OBS": 2, "NET": 2}},
      {"name": "Network lead", "levels": {"NET": 4, "OBS": 3}},
      {"name": "Guardian", "levels": {"SEC": 5, "OBS": 1, "NET": 2}}
    ]
  })");
  FrameworkLoad load = LoadFramework(doc.dump(), "team.json");
  REQUIRE(load.ok());
  Catalog catalog;
  catalog.Add(std::move(*load.framework), FrameworkOrigin::Custom);
  return catalog;
}

const Framework& Team(const Catalog& c) { return c.entries()[0].framework; }

// OBS at 1 (target 3), NET at 2 (target 4), SEC at 1 (no target).
Profile Person(const Catalog& catalog) {
  const Framework& fw = Team(catalog);
  Profile p = NewProfile("p-1", "Kim's plan", "Kim", kNow, {{&fw, "OBS"}, {&fw, "NET"}, {&fw, "SEC"}});
  REQUIRE(ChooseLevel(p.answers["team/OBS"], fw.skills[0], 1, kNow));
  REQUIRE(SetTarget(p.answers["team/OBS"], fw.skills[0], 3, kNow));
  REQUIRE(ChooseLevel(p.answers["team/NET"], fw.skills[1], 2, kNow));
  REQUIRE(SetTarget(p.answers["team/NET"], fw.skills[1], 4, kNow));
  REQUIRE(ChooseLevel(p.answers["team/SEC"], fw.skills[2], 1, kNow));
  return p;
}

std::vector<std::string> Keys(const std::vector<PlanItem>& plan) {
  std::vector<std::string> out;
  for (const PlanItem& i : plan) out.push_back(i.key);
  return out;
}

std::map<std::string, int> RoleLevels(const Catalog& catalog, const std::string& name) {
  for (const RoleRef& r : AllRoles(catalog))
    if (r.role->name == name) return RoleLevelsByKey(r);
  FAIL("no role " << name);
  return {};
}

}  // namespace

TEST_CASE("the plan: the next defined level's statements, word for word, for each skill below its goal") {
  const Catalog catalog = TeamCatalog();
  Profile p = Person(catalog);
  const std::vector<PlanItem> plan = BuildPlan(p, catalog, {});
  // OBS and NET both have a gap of 2: assessment order. SEC has no target: not in the plan.
  REQUIRE(Keys(plan) == std::vector<std::string>{"team/OBS", "team/NET"});
  CHECK(plan[0].next_level == 2);
  REQUIRE(plan[0].actions.size() == 2);
  CHECK(plan[0].actions[0].statement == "Writes alerts.");
  CHECK(plan[0].actions[1].statement == "Tunes noise.");
  CHECK(plan[0].actions[1].id == "team/OBS@2#1");
  // NET is not defined at 3: the next level is 4, "Lead".
  CHECK(plan[1].next_level == 4);
  CHECK(plan[1].next_level_label == "Level 4 \xC2\xB7 Lead");
  CHECK(plan[1].actions[1].statement == "Reviews *peering*.");
  CHECK(plan[1].done() == 0);
  // A skill at its target, not answered, or not applicable has nothing to plan.
  const Framework& fw = Team(catalog);
  REQUIRE(ChooseLevel(p.answers["team/OBS"], fw.skills[0], 3, kNow));
  MarkNotApplicable(p.answers["team/NET"], kNow);
  CHECK(BuildPlan(p, catalog, {}).empty());
}

TEST_CASE("ticking in the plan is rating the statement: one source of truth, both ways") {
  const Catalog catalog = TeamCatalog();
  Profile p = Person(catalog);
  REQUIRE(SetPlanActionDone(p, catalog, "team/OBS@2#1", true, kNow));
  CHECK(p.answers.at("team/OBS").ratings.at(2) == std::vector<Rating>{Rating::Unrated, Rating::Consistently});
  CHECK(BuildPlan(p, catalog, {})[0].actions[1].done);
  CHECK(p.answers.at("team/OBS").level == 1);  // the level is the person's to change
  // The other way: rated on the skill page, done in the plan.
  REQUIRE(RateStatement(p.answers["team/OBS"], Team(catalog).skills[0], 2, 0, Rating::Consistently, kNow));
  CHECK(BuildPlan(p, catalog, {})[0].done() == 2);
  // "Partly" is not done; unticking takes the rating back.
  REQUIRE(RateStatement(p.answers["team/OBS"], Team(catalog).skills[0], 2, 0, Rating::Partly, kNow));
  CHECK(BuildPlan(p, catalog, {})[0].done() == 1);
  REQUIRE(SetPlanActionDone(p, catalog, "team/OBS@2#1", false, kNow));
  CHECK(p.answers.at("team/OBS").ratings.at(2)[1] == Rating::Unrated);
  // Ids that name nothing change nothing.
  const Profile before = p;
  for (const char* id : {"team/OBS@3#4", "team/OBS@9#0", "team/NOPE@2#0", "team/OBS", "team/OBS@x#0", "@2#0"})
    CHECK_FALSE(SetPlanActionDone(p, catalog, id, true, kNow));
  CHECK(p == before);
}

TEST_CASE("the plan's order: the largest gap first, the role's gap first with a role, the person's own order first") {
  const Catalog catalog = TeamCatalog();
  Profile p = Person(catalog);
  REQUIRE(SetTarget(p.answers["team/OBS"], Team(catalog).skills[0], 2, kNow));  // gap 1; NET's is 2
  CHECK(Keys(BuildPlan(p, catalog, {})) == std::vector<std::string>{"team/NET", "team/OBS"});
  // Guardian expects SEC at 5 (gap 4, no target): SEC joins, first; its goal is the role's.
  const std::vector<PlanItem> guarded = BuildPlan(p, catalog, RoleLevels(catalog, "Guardian"));
  REQUIRE(Keys(guarded) == std::vector<std::string>{"team/SEC", "team/NET", "team/OBS"});
  CHECK(guarded[0].goal == 5);
  CHECK(guarded[0].role_level == 5);
  CHECK(guarded[0].next_level == 2);
  // Moving OBS up keeps the rest in order; the kept order wins over the plan's.
  p.plan.order = MovedPlanOrder(guarded, "team/OBS", -1);
  CHECK(p.plan.order == std::vector<std::string>{"team/SEC", "team/OBS", "team/NET"});
  CHECK(Keys(BuildPlan(p, catalog, RoleLevels(catalog, "Guardian"))) == p.plan.order);
  // A skill the kept order does not name (no role now: SEC is out) keeps its place after.
  p.plan.order = {"team/OBS"};
  CHECK(Keys(BuildPlan(p, catalog, {})) == std::vector<std::string>{"team/OBS", "team/NET"});
  CHECK(MovedPlanOrder(guarded, "team/SEC", -1) == Keys(guarded));  // the first cannot go higher
}

TEST_CASE("the plan is kept in the profile file: version 3 with a plan, 2 without; each problem said") {
  const Catalog catalog = TeamCatalog();
  Profile p = Person(catalog);
  CHECK(json::parse(ProfileToJson(p))["schemaVersion"] == 2);
  p.plan.role = "team@1/Guardian";
  p.plan.order = {"team/NET", "team/OBS"};
  p.plan.notes["team/OBS@2#0"] = {"Shadow Ana on call \xE2\x80\x94 \"alerts\"\n\tweek 2", "2027-03"};
  const std::string text = ProfileToJson(p);
  CHECK(json::parse(text)["schemaVersion"] == 3);
  const ProfileRead back = ReadProfile(text, "kim.json");
  REQUIRE(back.ok());
  CHECK(back.profile->plan == p.plan);
  CHECK(*back.profile == p);

  json doc = json::parse(text);
  doc["schemaVersion"] = 2;
  CHECK(ReadProfile(doc.dump(), "kim.json").errors ==
        std::vector<std::string>{"kim.json: plan: a plan needs schemaVersion 3; this file says schemaVersion 2"});
  doc = json::parse(text);
  doc["plan"]["notes"]["team/OBS@2#0"]["due"] = "2027-13";
  CHECK(ReadProfile(doc.dump(), "kim.json").errors ==
        std::vector<std::string>{"kim.json: plan.notes[\"team/OBS@2#0\"].due: expected a month as YYYY-MM (2027-03), "
                                 "found \"2027-13\""});
  doc = json::parse(text);
  doc["plan"]["notes"] = json::array();
  CHECK(ReadProfile(doc.dump(), "kim.json").errors ==
        std::vector<std::string>{"kim.json: plan.notes: expected an object of notes by action, found an array"});
}

TEST_CASE("role fit: met skills over counted ones; n/a and missing skills left out, unanswered ones counted") {
  const Catalog catalog = TeamCatalog();
  Profile p = Person(catalog);  // OBS 1, NET 2, SEC 1
  std::vector<RoleFit> fits = RoleFits(p, catalog);
  REQUIRE(fits.size() == 3);
  // Operator: NET 2 met, OBS 1 below 2: 1 of 2. Guardian: OBS and NET met, SEC below: 2 of 3.
  // Network lead: none of 2.
  CHECK(fits[0].label.rfind("Guardian", 0) == 0);
  CHECK(fits[0].met == 2);
  CHECK(fits[0].counted == 3);
  CHECK(fits[1].label.rfind("Operator", 0) == 0);
  CHECK(fits[2].label.rfind("Network lead", 0) == 0);
  CHECK(RoleFitText(fits[0]) == "2 of 3 skills at or above the role\xE2\x80\x99s level");
  // Skill by skill, in the framework's order, with why.
  REQUIRE(fits[0].skills.size() == 3);
  CHECK(fits[0].skills[0].code == "OBS");
  CHECK(RoleFitReason(fits[0].skills[0]) == "Level 1, the role expects 1: met");
  CHECK(RoleFitReason(fits[0].skills[2]) == "Level 1, the role expects 5");

  // Not applicable: out of the count. Unanswered: counted, not met.
  MarkNotApplicable(p.answers["team/SEC"], kNow);
  ClearAnswer(p.answers["team/OBS"], kNow);
  fits = RoleFits(p, catalog);
  const auto guardian = std::find_if(fits.begin(), fits.end(), [](const RoleFit& f) { return f.label.rfind("Guardian", 0) == 0; });
  REQUIRE(guardian != fits.end());
  CHECK(guardian->counted == 2);
  CHECK(guardian->met == 1);
  CHECK(RoleFitText(*guardian) == "1 of 2 skills at or above the role\xE2\x80\x99s level, 1 not applicable");
  CHECK(RoleFitReason(guardian->skills[0]) == "Not answered; the role expects 1");
  CHECK(RoleFitReason(guardian->skills[2]) == "Not applicable to your work: not counted");

  // A skill the assessment did not choose counts, not met.
  p.selection = {"team/NET"};
  fits = RoleFits(p, catalog);
  CHECK(fits[0].label.rfind("Operator", 0) == 0);  // NET 2 met, OBS not chosen: 1 of 2
  CHECK(RoleFitReason(fits[0].skills[0]) == "Not in this assessment; the role expects 2");
  // A profile on another framework has no roles to fit.
  p.frameworks[0].version = "2";
  CHECK(RoleFits(p, catalog).empty());
}

TEST_CASE("the timeline: a level per snapshot and now, changed skills first; the changes between two points") {
  const Catalog catalog = TeamCatalog();
  Profile p = Person(catalog);
  const Framework& fw = Team(catalog);
  Snapshot first{"s-1", "Before the course", "2026-03-01T09:00:00Z", p.answers};
  REQUIRE(ChooseLevel(p.answers["team/OBS"], fw.skills[0], 2, kNow));
  MarkSkipped(p.answers["team/SEC"], kNow);
  Snapshot second{"s-2", "After it", "2026-06-01T09:00:00Z", p.answers};
  REQUIRE(ChooseLevel(p.answers["team/OBS"], fw.skills[0], 3, kNow));
  REQUIRE(ChooseLevel(p.answers["team/SEC"], fw.skills[2], 2, kNow));
  p.snapshots = {first, second};
  p.updated = kNow;
  const Timeline t = BuildTimeline(p, catalog);
  REQUIRE(t.points.size() == 3);
  CHECK(t.points[0].label == "Before the course");
  CHECK(t.points[0].date == "1 Mar 2026");
  CHECK(t.points[2].label == "Now");
  REQUIRE(t.skills.size() == 3);
  CHECK(t.changed == 2);
  CHECK(t.skills[0].key == "team/OBS");
  CHECK(t.skills[0].levels == std::vector<int>{1, 2, 3});
  CHECK(t.skills[1].levels == std::vector<int>{1, 0, 2});
  CHECK(t.skills[2].key == "team/NET");  // unchanged: folded to the end
  CHECK_FALSE(t.skills[2].changed);

  std::vector<std::string> lines;
  for (const LevelChange& c : ChangesBetween(t, 0, 1)) lines.push_back(ChangeText(c));
  CHECK(lines == std::vector<std::string>{"OBS Observability: up from 1 to 2", "SEC Security: dropped (was 1)"});
  lines.clear();
  for (const LevelChange& c : ChangesBetween(t, 1, 2)) lines.push_back(ChangeText(c));
  CHECK(lines == std::vector<std::string>{"OBS Observability: up from 2 to 3", "SEC Security: new, at 2"});
  lines.clear();
  for (const LevelChange& c : ChangesBetween(t, 2, 0)) lines.push_back(ChangeText(c));
  CHECK(lines == std::vector<std::string>{"OBS Observability: down from 3 to 1", "SEC Security: down from 2 to 1"});
  CHECK(ChangesBetween(t, 0, 9).empty());

  const SvgDocument svg = TimelineSvg(t, "Progress: Kim's plan", false);
  const xmlcheck::Result xml = xmlcheck::Check(svg.text);
  REQUIRE(xml.error == "");
  CHECK(xml.text.find("OBS Observability") != std::string::npos);
  CHECK(xml.text.find("NET Networking") == std::string::npos);  // unchanged, left out
  CHECK(xml.text.find("After it (1 Jun 2026): level 2") != std::string::npos);
  CHECK(TimelineSvg(t, "t", true).text.find("NET Networking") != std::string::npos);
}

TEST_CASE("the plan's exports: a Markdown checklist, a CSV, and a reminder that parses as iCalendar") {
  const Catalog catalog = TeamCatalog();
  Profile p = Person(catalog);
  REQUIRE(SetPlanActionDone(p, catalog, "team/OBS@2#0", true, kNow));
  p.plan.notes["team/OBS@2#1"] = {"Pair with Ana\nweekly", "2027-03"};
  const std::vector<PlanItem> plan = BuildPlan(p, catalog, {});
  const std::string md = PlanMarkdown("Kim's [plan]", plan);
  CHECK(md.rfind("# Development plan: Kim's \\[plan\\]\n", 0) == 0);
  CHECK(md.find("## OBS Observability: level 1 to Level 2\n\n- [x] Writes alerts.\n- [ ] Tunes noise.\n  Due: 2027-03\n"
                "  Pair with Ana\n  weekly\n") != std::string::npos);
  CHECK(md.find("- [ ] Reviews \\*peering\\*.") != std::string::npos);

  const std::string csv = PlanCsv(plan);
  CHECK(csv.rfind("\xEF\xBB\xBF" "Code,Skill,Level now,Goal,Next level,Action,Done,Due,Note\r\n", 0) == 0);
  CHECK(csv.find("OBS,Observability,1,3,Level 2,Tunes noise.,no,2027-03,\"Pair with Ana\nweekly\"\r\n") !=
        std::string::npos);

  CHECK(DateMonthsLater("2026-12-07T10:00:00Z", 3) == "2027-03-07");
  CHECK(DateMonthsLater("2026-11-30T10:00:00Z", 3) == "2027-02-28");
  CHECK(DateMonthsLater("2027-11-30T10:00:00Z", 3) == "2028-02-29");
  CHECK(DateMonthsLater("2026-01-31T10:00:00Z", 12) == "2027-01-31");
  const std::string ics = ReassessIcs("Kim's plan, Q4; \xC3\x85ngstr\xC3\xB6m edition with a name long enough to fold", "2027-06-07");
  CHECK(ics.rfind("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", 0) == 0);
  CHECK(ics.find("DTSTART;VALUE=DATE:20270607\r\n") != std::string::npos);
  CHECK(ics.find("SUMMARY:Reassess \xE2\x80\x9CKim's plan\\, Q4\\; ") != std::string::npos);
  CHECK(ics.size() > 2);
  CHECK(ics.substr(ics.size() - 15) == "END:VCALENDAR\r\n");
  // Every line within 75 octets, folded lines start with a space, nothing about the person but the name.
  std::size_t start = 0;
  while (start < ics.size()) {
    const std::size_t end = ics.find("\r\n", start);
    REQUIRE(end != std::string::npos);
    CHECK(end - start <= 75);
    start = end + 2;
  }
  CHECK(ics.find("\r\n ") != std::string::npos);
  CHECK(ics.find("Kim\r\n") == std::string::npos);
}
