// Several profiles arriving at once, and the team file: each file checked on its own,
// a broken one refused with its reasons while the rest arrive, repeats taken once,
// frameworks this browser lacks named. Also the team CSV and the team report.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "core/profile/assessment.h"
#include "core/framework/loader.h"
#include "core/team/people_import.h"
#include "core/profile/json.h"
#include "core/team/export.h"
#include "xml_check.h"

using namespace skillscope;

namespace {
const std::string kNow = "2026-11-30T09:00:00Z";

Framework Small(const std::string& id) {
  Framework fw;
  fw.id = id;
  fw.version = "1";
  fw.title = "Small " + id;
  fw.scale.levels = {{1, "", ""}, {2, "", ""}, {3, "", ""}};
  for (const char* code : {"X", "Y"}) {
    Skill s;
    s.code = code;
    s.name = std::string("Skill ") + code;
    for (int l = 1; l <= 3; ++l) s.statements[l] = {s.code + std::to_string(l)};
    fw.skills.push_back(s);
  }
  return fw;
}

Profile Member(const Catalog& catalog, const std::string& name, int x_level) {
  const Framework& fw = catalog.entries()[0].framework;
  Profile p = NewProfile("p-" + name, name + "'s review", name, kNow, {{&fw, "X"}, {&fw, "Y"}});
  REQUIRE(ChooseLevel(p.answers["small/X"], fw.skills[0], x_level, kNow));
  return p;
}

std::vector<std::string> Sources(const PeopleArrival& a) {
  std::vector<std::string> out;
  for (const ArrivedProfile& p : a.profiles) out.push_back(p.source);
  return out;
}

// A small CSV reader for the tests: quotes, doubled quotes, CRLF.
std::vector<std::vector<std::string>> ParseCsv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1, std::vector<std::string>(1));
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') rows.back().back() += '"', ++i;
      else if (c == '"') quoted = false;
      else rows.back().back() += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().emplace_back();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      rows.emplace_back(1);
      ++i;
    } else {
      rows.back().back() += c;
    }
  }
  if (rows.back().size() == 1 && rows.back()[0].empty()) rows.pop_back();
  return rows;
}

}  // namespace

TEST_CASE("several files: each read on its own, the broken ones refused with reasons") {
  Catalog catalog;
  catalog.Add(Small("small"), FrameworkOrigin::BuiltIn);
  const std::string kim = ExportProfileJson(Member(catalog, "Kim", 2), {});
  const std::string lee = ExportProfileJson(Member(catalog, "Lee", 3), {});
  const PeopleArrival a = ReadPeopleFiles({{"kim.json", kim},
                                           {"notes.txt", "meeting at 10"},
                                           {"framework.json", "{\"format\":\"skillscope-framework\"}"},
                                           {"lee.json", lee},
                                           {"kim again.json", kim}},
                                          catalog);
  CHECK(Sources(a) == std::vector<std::string>{"kim.json", "lee.json"});
  REQUIRE(a.refused.size() == 3);
  CHECK(a.refused[0].source == "notes.txt");
  CHECK(a.refused[0].reasons.front().rfind("notes.txt: not valid JSON", 0) == 0);
  CHECK(a.refused[1].reasons.front() ==
        "framework.json: not a skillscope profile: expected \"format\": \"skillscope-profile\", found format "
        "\"skillscope-framework\" (this is a framework; load it with Load framework)");
  CHECK(a.refused[2].reasons ==
        std::vector<std::string>{"kim again.json: the same profile as kim.json (\xE2\x80\x9CKim's review\xE2\x80\x9D), so it "
                                 "was taken once"});
}

TEST_CASE("a profile for a framework this browser lacks names the framework") {
  Catalog theirs;
  theirs.Add(Small("small"), FrameworkOrigin::BuiltIn);
  const std::string text = ExportProfileJson(Member(theirs, "Kim", 2), {});
  const PeopleArrival a = ReadPeopleFiles({{"kim.json", text}}, Catalog{});
  REQUIRE(a.refused.size() == 1);
  REQUIRE(a.refused[0].missing.size() == 1);
  CHECK(a.refused[0].missing[0].id == "small");
  CHECK(a.refused[0].reasons.front() ==
        "kim.json: uses the framework \"small\" version 1, which is not loaded in this browser. Load that framework, "
        "then import again.");
}

TEST_CASE("the team file: written and read back; a broken member does not stop the rest") {
  Catalog catalog;
  const FrameworkLoad custom = LoadFramework(R"({"format": "skillscope-framework", "formatVersion": 1, "id": "small",
      "version": "1", "title": "Small", "source": "Us", "attribution": "Us",
      "scale": {"levels": [{"level": 1}, {"level": 2}, {"level": 3}]},
      "skills": [{"code": "X", "name": "Skill X", "levels": {"1": ["X1"], "2": ["X2"], "3": ["X3"]}},
                 {"code": "Y", "name": "Skill Y", "levels": {"1": ["Y1"], "2": ["Y2"], "3": ["Y3"]}}]})",
                                             "small.json");
  REQUIRE(custom.ok());
  catalog.Add(*custom.framework, FrameworkOrigin::Custom);
  const std::vector<Profile> members{Member(catalog, "Kim", 2), Member(catalog, "Lee", 3), Member(catalog, "Max", 1)};
  std::string file = TeamFileJson(members, {custom.framework->canonical_json()}, kNow);

  SUBCASE("read back in a browser that has nothing: the framework comes with it") {
    const PeopleArrival a = ReadPeopleFiles({{"team.json", file}}, Catalog{});
    CHECK(a.refused.empty());
    REQUIRE(a.profiles.size() == 3);
    CHECK(a.profiles[1].source == "team.json, member 2 (\xE2\x80\x9CLee's review\xE2\x80\x9D)");
    CHECK(a.profiles[1].profile == members[1]);
    REQUIRE(a.profiles[0].embedded.size() == 1);
    CHECK(a.profiles[0].embedded[0].id == "small");
  }
  SUBCASE("one member broken") {
    nlohmann::json doc = nlohmann::json::parse(file);
    doc["members"][1]["answers"]["small/X"]["level"] = 9;
    const PeopleArrival a = ReadPeopleFiles({{"team.json", doc.dump()}}, catalog);
    CHECK(Sources(a) == std::vector<std::string>{"team.json, member 1 (\xE2\x80\x9CKim's review\xE2\x80\x9D)",
                                                 "team.json, member 3 (\xE2\x80\x9CMax's review\xE2\x80\x9D)"});
    REQUIRE(a.refused.size() == 1);
    CHECK(a.refused[0].source == "team.json, member 2 (\xE2\x80\x9CLee's review\xE2\x80\x9D)");
    CHECK(a.refused[0].reasons == std::vector<std::string>{"team.json, member 2 (\xE2\x80\x9CLee's review\xE2\x80\x9D): "
                                                           "answers[\"small/X\"].level: 9 is above the highest level 3"});
  }
  SUBCASE("a newer format is refused whole") {
    nlohmann::json doc = nlohmann::json::parse(file);
    doc["formatVersion"] = 2;
    const PeopleArrival a = ReadPeopleFiles({{"team.json", doc.dump()}}, catalog);
    CHECK(a.profiles.empty());
    REQUIRE(a.refused.size() == 1);
    CHECK(a.refused[0].reasons.front().find("made by a newer skillscope") != std::string::npos);
  }
  SUBCASE("no members list") {
    nlohmann::json doc = nlohmann::json::parse(file);
    doc.erase("members");
    const PeopleArrival a = ReadPeopleFiles({{"team.json", doc.dump()}}, catalog);
    REQUIRE(a.refused.size() == 1);
    CHECK(a.refused[0].reasons == std::vector<std::string>{"team.json: missing required field \"members\""});
  }
}

TEST_CASE("the heatmap as CSV: a row per skill, level and target per person, the figures") {
  Catalog catalog;
  catalog.Add(Small("small"), FrameworkOrigin::BuiltIn);
  std::vector<Profile> people{Member(catalog, "Kim, the \"lead\"", 3), Member(catalog, "=Lee", 1)};
  REQUIRE(SetTarget(people[1].answers["small/X"], catalog.entries()[0].framework.skills[0], 3, kNow));
  std::vector<AnswerSet> sets;
  for (const Profile& p : people) sets.push_back(CurrentAnswers(p, p.id, p.person));
  TeamOptions options;
  options.threshold = 2;
  const TeamGrid g = BuildTeamGrid(sets, catalog, options);
  const std::string csv = TeamCsv(g, {1, 0}, "");
  REQUIRE(csv.rfind("\xEF\xBB\xBF", 0) == 0);
  const auto rows = ParseCsv(csv.substr(3));
  REQUIRE(rows.size() == 3);
  CHECK(rows[0] == std::vector<std::string>{"Code", "Skill", "Framework", "Version", "Category", "Kim, the \"lead\"",
                                            "Kim, the \"lead\" target", "'=Lee", "'=Lee target", "Holders by level",
                                            "Median", "Coverage at level 2 or above", "Single point of failure"});
  CHECK(rows[1] == std::vector<std::string>{"Y", "Skill Y", "Small small", "1", "", "not answered", "", "not answered",
                                            "", "L1 0 \xC2\xB7 L2 0 \xC2\xB7 L3 0", "", "0", "no"});
  CHECK(rows[2] == std::vector<std::string>{"X", "Skill X", "Small small", "1", "", "3", "", "1", "3",
                                            "L1 1 \xC2\xB7 L2 0 \xC2\xB7 L3 1", "2", "1",
                                            "yes (Kim, the \"lead\")"});
}

TEST_CASE("the team report: self-contained, no scripts, every figure in words") {
  Catalog catalog;
  catalog.Add(Small("small"), FrameworkOrigin::BuiltIn);
  std::vector<Profile> people{Member(catalog, "Kim", 3), Member(catalog, "Lee <script>", 1)};
  std::vector<AnswerSet> sets;
  for (const Profile& p : people) sets.push_back(CurrentAnswers(p, p.id, p.person));
  TeamOptions options;
  options.threshold = 3;
  options.role_levels = {{"small/X", 2}};
  const TeamGrid g = BuildTeamGrid(sets, catalog, options);
  TeamReportInput in;
  in.title = "Platform team";
  in.date = "30 Nov 2026";
  in.filter = "All frameworks";
  in.role_name = "Operator";
  in.grid = &g;
  in.rows = {0, 1};
  in.sources = {"Small small: \xC2\xA9 Us"};
  in.privacy_note = "Made in the browser; nothing was uploaded.";
  const std::string html = TeamReportHtml(in);
  const xmlcheck::Result xml = xmlcheck::Check(html.substr(html.find("<html")));
  REQUIRE(xml.error == "");
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("Content-Security-Policy\" content=\"default-src 'none'") != std::string::npos);
  CHECK(xml.text.find("X \xC2\xB7 Skill X: only Kim at level 3 or above") != std::string::npos);
  CHECK(xml.text.find("Y \xC2\xB7 Skill Y: nobody at level 3 or above") != std::string::npos);
  CHECK(xml.text.find("Lee <script>: 1 of 2 skills at a level (median 1), 1 not answered; 1 gap to the role.") !=
        std::string::npos);
  CHECK(xml.text.find("Made in the browser; nothing was uploaded.") != std::string::npos);
  CHECK(html.find("class=\"lv gap\"") != std::string::npos);  // Lee's X: level 1, the role asks for 2
}

TEST_CASE("one's own review of a person: its level beside theirs in the CSV and the team report") {
  Catalog catalog;
  catalog.Add(Small("small"), FrameworkOrigin::BuiltIn);
  std::vector<Profile> people{Member(catalog, "Kim", 3), Member(catalog, "Lee", 1)};
  std::vector<AnswerSet> sets;
  for (const Profile& p : people) sets.push_back(CurrentAnswers(p, p.id, p.person));
  TeamGrid g = BuildTeamGrid(sets, catalog, {});
  // Lee reviewed: X proposed at 2. Kim not reviewed.
  g.member_reviewed = {false, true};
  TeamCell& lee_x = g.cells[0 * g.members() + 1];
  REQUIRE(lee_x.level == 1);
  lee_x.reviewed = 2;
  lee_x.reviewed_differs = true;
  const auto rows = ParseCsv(TeamCsv(g, {0}, "").substr(3));
  REQUIRE(rows.size() == 2);
  CHECK(std::vector<std::string>(rows[0].begin() + 5, rows[0].begin() + 10) ==
        std::vector<std::string>{"Kim", "Kim target", "Lee", "Lee target", "Lee (your review)"});
  CHECK(std::vector<std::string>(rows[1].begin() + 5, rows[1].begin() + 10) ==
        std::vector<std::string>{"3", "", "1", "", "2"});
  TeamReportInput in;
  in.title = "Platform team";
  in.grid = &g;
  in.rows = {0, 1};
  const std::string html = TeamReportHtml(in);
  const xmlcheck::Result xml = xmlcheck::Check(html.substr(html.find("<html")));
  REQUIRE(xml.error == "");
  CHECK(html.find("title=\"Lee, X, your review: level 2\">1<span class=\"rv\">review 2</span></td>") != std::string::npos);
  CHECK(xml.text.find("your review of that person proposed level 2 there.") != std::string::npos);
}
