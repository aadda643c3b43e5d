// The seed documents in ../shared/seeds became the shipped frameworks in frameworks/,
// word for word. Independent of the core loader: the JSON is read with nlohmann only.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <cctype>
#include <cstddef>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

using nlohmann::json;

namespace {

const char* const kBullet = "\xE2\x80\xA2";  // U+2022 BULLET, a list marker in seed 001

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::string();
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::string Seed(const char* name) { return ReadFile(std::string(SKILLSCOPE_SEEDS_DIR) + "/" + name); }

std::string FrameworkText(const char* name) {
  return ReadFile(std::string(SKILLSCOPE_SOURCE_DIR) + "/frameworks/" + name);
}

// Parses without throwing; a discarded value means the file is missing or not JSON.
json Framework(const char* name) { return json::parse(FrameworkText(name), nullptr, false); }

// Null-safe accessors, so a malformed file fails checks instead of throwing.
const json& Get(const json& j, const std::string& key) {
  static const json kNull;
  if (!j.is_object()) return kNull;
  const auto it = j.find(key);
  return it == j.end() ? kNull : *it;
}

std::string Str(const json& j) { return j.is_string() ? j.get<std::string>() : std::string("<not a string>"); }

std::vector<std::string> Strings(const json& j) {
  std::vector<std::string> out;
  if (!j.is_array()) return out;
  for (const json& s : j) out.push_back(Str(s));
  return out;
}

const json& Skill(const json& fw, const std::string& code) {
  static const json kNull;
  const json& skills = Get(fw, "skills");
  if (!skills.is_array()) return kNull;
  for (const json& s : skills)
    if (Get(s, "code") == code) return s;
  return kNull;
}

std::vector<std::string> Statements(const json& skill, int level) {
  return Strings(Get(Get(skill, "levels"), std::to_string(level)));
}

std::vector<int> DefinedLevels(const json& skill) {
  std::vector<int> out;
  const json& levels = Get(skill, "levels");
  if (!levels.is_object()) return out;
  for (auto it = levels.begin(); it != levels.end(); ++it) out.push_back(std::stoi(it.key()));
  std::set<int> sorted(out.begin(), out.end());
  return std::vector<int>(sorted.begin(), sorted.end());
}

std::vector<int> ScaleLevels(const json& fw) {
  std::vector<int> out;
  const json& levels = Get(Get(fw, "scale"), "levels");
  if (!levels.is_array()) return out;
  for (const json& l : levels) out.push_back(Get(l, "level").is_number_integer() ? Get(l, "level").get<int>() : -1);
  return out;
}

// Level name on the scale, or "" when the level has none (or is missing).
std::string LevelName(const json& fw, int level) {
  const json& levels = Get(Get(fw, "scale"), "levels");
  if (!levels.is_array()) return "<no scale>";
  for (const json& l : levels)
    if (Get(l, "level") == level) return Get(l, "name").is_null() ? std::string() : Str(Get(l, "name"));
  return "<level not on scale>";
}

bool Contains(const std::vector<std::string>& v, const std::string& s) {
  for (const std::string& x : v)
    if (x == s) return true;
  return false;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : text) {
    if (c == '\n') {
      out.push_back(cur);
      cur.clear();
    } else if (c != '\r') {
      cur += c;
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

std::string Trim(const std::string& s) {
  std::size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return s.substr(b, e - b);
}

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == sep) {
      out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  out.push_back(cur);
  return out;
}

bool StartsWith(const std::string& s, const std::string& prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

// "Level 3 (Apply)" / "Level 3:" / "Level 3Apply" -> 3, else 0.
int LevelHeading(const std::string& line) {
  if (!StartsWith(line, "Level ") || line.size() < 7 || !std::isdigit(static_cast<unsigned char>(line[6]))) return 0;
  return line[6] - '0';
}

// Every statement of every skill, in file order.
std::vector<std::string> AllStatements(const json& fw) {
  std::vector<std::string> out;
  const json& skills = Get(fw, "skills");
  if (!skills.is_array()) return out;
  for (const json& s : skills) {
    const json& levels = Get(s, "levels");
    if (!levels.is_object()) continue;
    for (const json& list : levels)
      for (const std::string& st : Strings(list)) out.push_back(st);
  }
  return out;
}

// Seed 000: one table row per skill area: | name | level 1 | level 2 | level 3 | level 4 |
struct MatrixRow {
  std::string name;
  std::vector<std::vector<std::string>> cells;  // [level-1] -> statements split at ';'
};
std::vector<MatrixRow> ParseMatrix(const std::string& text) {
  std::vector<MatrixRow> rows;
  for (const std::string& line : Lines(text)) {
    if (!StartsWith(line, "|") || StartsWith(line, "|---")) continue;
    std::vector<std::string> fields = Split(line, '|');
    // Leading and trailing '|' give an empty first and last field.
    if (fields.size() < 3) continue;
    MatrixRow row;
    row.name = Trim(fields[1]);
    for (std::size_t i = 2; i + 1 < fields.size(); ++i) {
      std::vector<std::string> parts;
      for (const std::string& p : Split(fields[i], ';')) parts.push_back(Trim(p));
      row.cells.push_back(parts);
    }
    rows.push_back(row);
  }
  return rows;
}

// Seeds 001/004: "Level N (Name)" headings, then "• text" or "- text" bullets.
struct BulletSeed {
  std::map<int, std::string> names;
  std::map<int, std::vector<std::string>> bullets;
};
BulletSeed ParseBullets(const std::string& text) {
  BulletSeed seed;
  int level = 0;
  const std::string bullet = std::string(kBullet) + " ";
  for (const std::string& raw : Lines(text)) {
    const std::string line = Trim(raw);
    if (const int n = LevelHeading(line)) {
      level = n;
      const std::size_t open = line.find('('), close = line.rfind(')');
      if (open != std::string::npos && close != std::string::npos && close > open)
        seed.names[n] = line.substr(open + 1, close - open - 1);
    } else if (StartsWith(line, bullet)) {
      seed.bullets[level].push_back(line.substr(bullet.size()));
    } else if (StartsWith(line, "- ")) {
      seed.bullets[level].push_back(line.substr(2));
    }
  }
  return seed;
}

// Seed 003: headed sections, then "Level NName" followed by one statement per line,
// then page furniture starting at "No notes added yet.".
struct SfiaPage {
  std::string description;
  std::vector<std::string> guidance;
  std::string activities_intro;
  std::vector<std::string> activities;
  std::map<int, std::string> names;
  std::map<int, std::vector<std::string>> lines;
};
SfiaPage ParseSfiaPage(const std::string& text) {
  SfiaPage page;
  enum { kNone, kDescription, kGuidance, kActivities, kLevels, kEnd } section = kNone;
  int level = 0;
  for (const std::string& line : Lines(text)) {
    if (line.empty()) continue;
    if (line == "Skill description") {
      section = kDescription;
    } else if (line == "Guidance notes") {
      section = kGuidance;
    } else if (StartsWith(line, "Activities may include")) {
      section = kActivities;
      page.activities_intro = line;
    } else if (line == "No notes added yet.") {
      section = kEnd;
    } else if (section != kEnd && LevelHeading(line) != 0) {
      section = kLevels;
      level = LevelHeading(line);
      page.names[level] = line.substr(7);
    } else if (section == kDescription) {
      page.description = line;
    } else if (section == kGuidance) {
      page.guidance.push_back(line);
    } else if (section == kActivities && StartsWith(line, "- ")) {
      page.activities.push_back(line.substr(2));
    } else if (section == kLevels) {
      page.lines[level].push_back(line);
    }
  }
  return page;
}

// Seed 002: "Level N:" then "Description: paragraph".
std::map<int, std::string> ParseSfiaDescriptions(const std::string& text) {
  std::map<int, std::string> out;
  int level = 0;
  for (const std::string& line : Lines(text)) {
    if (const int n = LevelHeading(line)) level = n;
    else if (level != 0 && StartsWith(line, "Description: ")) out[level] = line.substr(13);
  }
  return out;
}

std::string Join(const std::vector<std::string>& parts, const std::string& sep) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? sep : std::string()) + parts[i];
  return out;
}

void CheckHeader(const json& fw, const char* id) {
  CHECK(Get(fw, "format") == "skillscope-framework");
  CHECK(Get(fw, "formatVersion") == 1);
  CHECK(Get(fw, "id") == id);
  CHECK(Get(fw, "version") == "1.0.0");
  CHECK(Get(fw, "title").is_string());
  CHECK(Get(fw, "source").is_string());
  CHECK(Get(fw, "attribution").is_string());
  CHECK(Get(fw, "notes").is_string());
}

void CheckCounts(const json& skill, const std::vector<std::pair<int, std::size_t>>& expected) {
  std::vector<int> levels;
  for (const auto& e : expected) levels.push_back(e.first);
  CHECK(DefinedLevels(skill) == levels);
  for (const auto& e : expected) {
    INFO("skill ", Str(Get(skill, "code")), " level ", e.first);
    CHECK(Statements(skill, e.first).size() == e.second);
  }
}

const char* const kMatrixSeed = "000_58e5fe8242d38096.txt";
const char* const kIsdsSeed = "001_8deb2d50e90d3d6e.txt";
const char* const kSfiaSeed = "002_5d8707aa3fb2cdc9.txt";
const char* const kSfiaPageSeed = "003_9f2eeebda056b183.txt";
const char* const kIsupSeed = "004_74a150c4f0ee7c8c.txt";

}  // namespace

TEST_CASE("seed files and framework files are readable") {
  for (const char* seed : {kMatrixSeed, kIsdsSeed, kSfiaSeed, kSfiaPageSeed, kIsupSeed}) {
    INFO("seed ", seed);
    CHECK(!Seed(seed).empty());
  }
  for (const char* name : {"it-operations-matrix.json", "infrastructure-proficiency.json", "sfia.json"}) {
    INFO("framework ", name);
    const std::string text = FrameworkText(name);
    REQUIRE(!text.empty());
    CHECK(!json::parse(text, nullptr, false).is_discarded());
    // Typographic characters are stored as UTF-8, never as \u escapes.
    CHECK(text.find("\\u") == std::string::npos);
  }
}

TEST_CASE("seed 000 -> it-operations-matrix") {
  const json fw = Framework("it-operations-matrix.json");
  REQUIRE(!fw.is_discarded());
  CheckHeader(fw, "it-operations-matrix");

  SUBCASE("counts") {
    CHECK(Get(fw, "skills").size() == 7);
    CHECK(ScaleLevels(fw) == std::vector<int>{1, 2, 3, 4});
    for (int l = 1; l <= 4; ++l) CHECK(LevelName(fw, l).empty());  // the source names no levels
    const std::vector<std::pair<int, std::size_t>> four = {{1, 4}, {2, 4}, {3, 4}, {4, 4}};
    CheckCounts(Skill(fw, "AIML"), four);
    CheckCounts(Skill(fw, "AUTO"), four);
    CheckCounts(Skill(fw, "CLOUD"), four);
    CheckCounts(Skill(fw, "ENDPOINT"), four);
    CheckCounts(Skill(fw, "IAG"), {{1, 4}, {2, 4}, {3, 3}, {4, 4}});
    CheckCounts(Skill(fw, "ITSM"), {{1, 4}, {2, 4}, {3, 5}, {4, 4}});
    CheckCounts(Skill(fw, "SAAS"), four);
    CHECK(AllStatements(fw).size() == 112);
    for (const json& s : Get(fw, "skills")) CHECK(Get(s, "category").is_null());
  }

  SUBCASE("exact names and statements") {
    CHECK(Get(Skill(fw, "AIML"), "name") == "AI/ML Systems Operations");
    CHECK(Get(Skill(fw, "AUTO"), "name") == "Automation & Workflow Orchestration");
    CHECK(Get(Skill(fw, "IAG"), "name") == "Identity & Access Governance");
    CHECK(Get(Skill(fw, "ITSM"), "name") == "IT Service Management & Strategy");
    CHECK(Statements(Skill(fw, "AIML"), 1) ==
          std::vector<std::string>{"Monitors AI service health dashboards for anomalies",
                                   "executes predefined model deployment scripts without modification",
                                   "manages prompt libraries for administrative copilots",
                                   "reports anomalies to senior staff rather than attempting independent resolution."});
    CHECK(Contains(Statements(Skill(fw, "ENDPOINT"), 2), "Configures MDM policies (Intune, Jamf) for diverse device types"));
    CHECK(Contains(Statements(Skill(fw, "IAG"), 3),
                   "Architects hybrid identity solutions spanning Active Directory, Entra ID, and cloud IdPs"));
    CHECK(Contains(Statements(Skill(fw, "ITSM"), 3), "mentors junior staff on process adherence."));
    CHECK(Contains(Statements(Skill(fw, "SAAS"), 2), "manages SaaS-to-SaaS integrations via native connectors or iPaaS"));
  }

  SUBCASE("word for word, both ways") {
    const std::string seed = Seed(kMatrixSeed);
    REQUIRE(!seed.empty());
    for (const std::string& st : AllStatements(fw)) {
      INFO("statement: ", st);
      CHECK(!st.empty());
      CHECK(st == Trim(st));
      CHECK(st.find(';') == std::string::npos);
      CHECK(seed.find(st) != std::string::npos);
    }
    const std::vector<MatrixRow> rows = ParseMatrix(seed);
    REQUIRE(rows.size() == 7);
    const json& skills = Get(fw, "skills");
    REQUIRE(skills.size() == rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
      INFO("row ", rows[i].name);
      CHECK(Get(skills[i], "name") == rows[i].name);
      REQUIRE(rows[i].cells.size() == 4);
      for (int l = 1; l <= 4; ++l) CHECK(Statements(skills[i], l) == rows[i].cells[static_cast<std::size_t>(l - 1)]);
    }
  }
}

TEST_CASE("seeds 001 and 004 -> infrastructure-proficiency") {
  const json fw = Framework("infrastructure-proficiency.json");
  REQUIRE(!fw.is_discarded());
  CheckHeader(fw, "infrastructure-proficiency");
  const json& isds = Skill(fw, "ISDS");
  const json& isup = Skill(fw, "ISUP");

  SUBCASE("counts") {
    CHECK(Get(fw, "skills").size() == 2);
    CHECK(ScaleLevels(fw) == std::vector<int>{1, 2, 3, 4, 5});
    CheckCounts(isds, {{1, 3}, {2, 3}, {3, 3}, {4, 3}, {5, 3}});
    CheckCounts(isup, {{1, 3}, {2, 3}, {3, 3}, {4, 4}, {5, 3}});
  }

  SUBCASE("exact level names, descriptions and statements") {
    CHECK(LevelName(fw, 1) == "Follow");
    CHECK(LevelName(fw, 2) == "Assist");
    CHECK(LevelName(fw, 3) == "Apply");
    CHECK(LevelName(fw, 4) == "Ensure");
    CHECK(LevelName(fw, 5) == "Strategise");
    CHECK(Get(isds, "name") == "Infrastructure Strategy, Development and Support");
    CHECK(Get(isup, "name") == "Infrastructure Support");
    CHECK(Get(isds, "description") ==
          "Encompassing the entire lifecycle of IT infrastructure, from strategic planning and design, through "
          "implementation and rollout, to ongoing operational support and maintenance. (Broader scope).");
    CHECK(Get(isup, "description") ==
          "Providing operational support, maintenance, and troubleshooting for IT infrastructure components "
          "(hardware, software, networks) to ensure availability and performance.");
    CHECK(Contains(Statements(isds, 5),
                   "Develops and oversees the integrated strategy covering the entire lifecycle for the organisation's IT "
                   "infrastructure."));
    CHECK(Contains(Statements(isds, 1),
                   "Follows procedures for basic infrastructure support tasks (e.g., password resets) and simple "
                   "deployment steps (e.g., installing approved software)."));
    CHECK(Contains(Statements(isup, 4), "Mentors junior support staff."));
    CHECK(Contains(Statements(isup, 5),
                   "Defines support processes, Service Level Agreements (SLAs), and key performance indicators (KPIs) "
                   "for infrastructure operations."));
    // The bullet characters are list markers, not statement text.
    for (const std::string& st : AllStatements(fw)) {
      CHECK(st.find(kBullet) == std::string::npos);
      CHECK(!StartsWith(st, "- "));
    }
  }

  SUBCASE("word for word, both ways") {
    const struct {
      const json& skill;
      const char* seed_name;
    } pairs[] = {{isds, kIsdsSeed}, {isup, kIsupSeed}};
    for (const auto& p : pairs) {
      INFO("seed ", p.seed_name);
      const std::string seed = Seed(p.seed_name);
      REQUIRE(!seed.empty());
      CHECK(seed.find(Str(Get(p.skill, "name"))) != std::string::npos);
      CHECK(seed.find(Str(Get(p.skill, "description"))) != std::string::npos);
      const BulletSeed parsed = ParseBullets(seed);
      CHECK(parsed.names == std::map<int, std::string>{{1, "Follow"}, {2, "Assist"}, {3, "Apply"}, {4, "Ensure"}, {5, "Strategise"}});
      CHECK(parsed.bullets.count(0) == 0);  // no bullet before the first level heading
      for (int l = 1; l <= 5; ++l) {
        INFO("level ", l);
        const auto name = parsed.names.find(l);
        CHECK((name != parsed.names.end() && LevelName(fw, l) == name->second));
        const std::vector<std::string> statements = Statements(p.skill, l);
        for (const std::string& st : statements) {
          INFO("statement: ", st);
          CHECK(seed.find(st) != std::string::npos);
        }
        const auto it = parsed.bullets.find(l);
        REQUIRE(it != parsed.bullets.end());
        for (const std::string& b : it->second) {
          INFO("seed bullet: ", b);
          CHECK(Contains(statements, b));
        }
        CHECK(statements == it->second);
      }
    }
  }
}

TEST_CASE("seeds 002 and 003 -> sfia (ITOP)") {
  const json fw = Framework("sfia.json");
  REQUIRE(!fw.is_discarded());
  CheckHeader(fw, "sfia");
  const json& itop = Skill(fw, "ITOP");
  REQUIRE(itop.is_object());

  SUBCASE("counts") {
    CHECK(Get(fw, "skills").size() == 1);
    CHECK(ScaleLevels(fw) == std::vector<int>{1, 2, 3, 4, 5, 6, 7});
    CheckCounts(itop, {{1, 2}, {2, 3}, {3, 6}, {4, 8}, {5, 5}});
    CHECK(Get(itop, "guidance").size() == 3);
    CHECK(Get(itop, "activities").size() == 7);
  }

  SUBCASE("ITOP is not defined at levels 6 and 7, which are on the scale") {
    CHECK(ScaleLevels(fw).size() == 7);
    CHECK(Get(Get(itop, "levels"), "6").is_null());
    CHECK(Get(Get(itop, "levels"), "7").is_null());
    CHECK(Statements(itop, 6).empty());
    CHECK(Statements(itop, 7).empty());
    // The seeds do not name levels 6 and 7.
    CHECK(LevelName(fw, 6).empty());
    CHECK(LevelName(fw, 7).empty());
  }

  SUBCASE("exact names and texts") {
    CHECK(LevelName(fw, 1) == "Follow");
    CHECK(LevelName(fw, 2) == "Assist");
    CHECK(LevelName(fw, 3) == "Apply");
    CHECK(LevelName(fw, 4) == "Enable");
    CHECK(LevelName(fw, 5) == "Ensure, advise");
    CHECK(Get(itop, "name") == "Infrastructure operations");
    CHECK(Get(itop, "category") == json::array({"Delivery and operation", "Technology management"}));
    CHECK(Get(itop, "description") ==
          "Provisioning, deploying, configuring, operating and optimising technology infrastructure across physical, "
          "virtual and cloud-based environments.");
    CHECK(Get(itop, "activitiesIntro") == "Activities may include, but are not limited to:");
    CHECK(Contains(Strings(Get(itop, "activities")), "collaborating with development teams (DevOps) ."));
    CHECK(Contains(Strings(Get(itop, "guidance")),
                   "These components may be on-premises, outsourced to third parties, or provisioned through cloud services."));
    CHECK(Statements(itop, 1) ==
          std::vector<std::string>{
              "Supports routine infrastructure tasks and basic troubleshooting under close supervision.",
              "Monitors infrastructure health and reports on component status to support operational continuity."});
    CHECK(Contains(Statements(itop, 4), "Configures tools and/or creates scripts to automate infrastructure tasks."));
    CHECK(Contains(Statements(itop, 5),
                   "Ensures operational procedures and documentation are current and effective, tracks and addresses "
                   "operational issues and reports to stakeholders."));
    CHECK(Get(fw, "attribution").is_string());
    CHECK(Str(Get(fw, "attribution")).find("\xC2\xA9 SFIA Foundation") != std::string::npos);  // ©
  }

  SUBCASE("word for word, both ways (003)") {
    const std::string seed = Seed(kSfiaPageSeed);
    REQUIRE(!seed.empty());
    const SfiaPage page = ParseSfiaPage(seed);
    CHECK(Get(itop, "description") == page.description);
    CHECK(Strings(Get(itop, "guidance")) == page.guidance);
    CHECK(Get(itop, "activitiesIntro") == page.activities_intro);
    CHECK(Strings(Get(itop, "activities")) == page.activities);
    CHECK(page.names ==
          std::map<int, std::string>{{1, "Follow"}, {2, "Assist"}, {3, "Apply"}, {4, "Enable"}, {5, "Ensure, advise"}});

    std::vector<std::string> texts = AllStatements(fw);
    texts.push_back(Str(Get(itop, "description")));
    texts.push_back(Str(Get(itop, "activitiesIntro")));
    for (const std::string& g : Strings(Get(itop, "guidance"))) texts.push_back(g);
    for (const std::string& a : Strings(Get(itop, "activities"))) texts.push_back(a);
    for (const std::string& t : texts) {
      INFO("text: ", t);
      CHECK(seed.find(t) != std::string::npos);
    }
    for (const auto& entry : page.lines) {
      INFO("level ", entry.first);
      const std::vector<std::string> statements = Statements(itop, entry.first);
      for (const std::string& line : entry.second) {
        INFO("seed line: ", line);
        CHECK(Contains(statements, line));
      }
      CHECK(statements == entry.second);
    }
    // The page furniture after the last level is not content.
    for (const char* junk : {"No notes added yet.", "Comments", "0 comments"})
      CHECK(FrameworkText("sfia.json").find(std::string("\"") + junk) == std::string::npos);
    CHECK(FrameworkText("sfia.json").find("Please sign in") == std::string::npos);
  }

  SUBCASE("002 agrees with 003 and with sfia.json") {
    const std::string seed = Seed(kSfiaSeed);
    REQUIRE(!seed.empty());
    const std::vector<std::string> category = Strings(Get(itop, "category"));
    REQUIRE(category.size() == 2);
    CHECK(seed.find("Category: " + category[0]) != std::string::npos);
    CHECK(seed.find("Subcategory: " + category[1]) != std::string::npos);
    CHECK(seed.find("Infrastructure operations - ITOP") != std::string::npos);
    CHECK(seed.find(Str(Get(itop, "description"))) != std::string::npos);
    const std::map<int, std::string> descriptions = ParseSfiaDescriptions(seed);
    CHECK(descriptions.size() == 5);
    for (int l = 1; l <= 5; ++l) {
      INFO("level ", l);
      const auto it = descriptions.find(l);
      REQUIRE(it != descriptions.end());
      CHECK(it->second == Join(Statements(itop, l), " "));
    }
  }
}
