#include <doctest/doctest.h>

#include "core/framework/catalog.h"

using namespace skillscope;

namespace {
Framework Make(const std::string& id, const std::string& version, const std::string& hash) {
  Framework fw;
  fw.id = id;
  fw.version = version;
  fw.SetContentHash(hash);
  fw.scale.levels = {{1, "", ""}, {2, "", ""}, {3, "", ""}, {4, "", ""}};
  Skill s;
  s.code = "A";
  s.statements[1] = {"x", "y"};
  s.statements[3] = {"z"};
  fw.skills.push_back(s);
  return fw;
}
}  // namespace

TEST_CASE("versions of one framework live side by side") {
  Catalog c;
  CHECK(c.Add(Make("team", "1", "h1"), FrameworkOrigin::Custom) == AddOutcome::Added);
  CHECK(c.Add(Make("team", "2", "h2"), FrameworkOrigin::Custom) == AddOutcome::Added);
  CHECK(c.Versions("team").size() == 2);
  CHECK(c.Find("team", "1")->framework.content_hash() == "h1");
  CHECK(c.Find("team", "2")->framework.content_hash() == "h2");
}

TEST_CASE("loading the same framework twice changes nothing; same version with other content is refused") {
  Catalog c;
  c.Add(Make("team", "1", "h1"), FrameworkOrigin::Custom);
  CHECK(c.Add(Make("team", "1", "h1"), FrameworkOrigin::Custom) == AddOutcome::AlreadyLoaded);
  CHECK(c.Add(Make("team", "1", "other"), FrameworkOrigin::Custom) == AddOutcome::Conflict);
  CHECK(c.entries().size() == 1);
  CHECK(c.Find("team", "1")->framework.content_hash() == "h1");
}

TEST_CASE("only custom frameworks can be removed") {
  Catalog c;
  c.Add(Make("sfia", "1", "h"), FrameworkOrigin::BuiltIn);
  c.Add(Make("team", "1", "h"), FrameworkOrigin::Custom);
  CHECK_FALSE(c.Remove("sfia", "1"));
  CHECK(c.Remove("team", "1"));
  CHECK_FALSE(c.Remove("team", "1"));
  CHECK(c.entries().size() == 1);
}

TEST_CASE("size text counts skills, levels and statements") {
  CHECK(FrameworkSizeText(Make("a", "1", "h")) == "1 skill \xC2\xB7 levels 1\xE2\x80\x93" "4 \xC2\xB7 3 statements");
}

TEST_CASE("a skill index finds each skill by its code, as FindSkill does") {
  Framework fw;
  for (const char* code : {"ITOP", "AB", "ABC", "A", "ZZ"}) {
    Skill s;
    s.code = code;
    s.name = std::string("first ") + code;
    fw.skills.push_back(s);
  }
  Skill again;
  again.code = "AB";
  again.name = "second AB";
  fw.skills.push_back(again);
  const SkillIndex index(fw);
  for (const char* code : {"ITOP", "AB", "ABC", "A", "ZZ"}) {
    CAPTURE(code);
    CHECK(index.Find(code) == fw.FindSkill(code));
  }
  CHECK(index.Find("AB")->name == "first AB");  // a code twice: the first, like FindSkill
  for (const char* missing : {"", "AA", "ABCD", "B", "ZZZ", "itop"}) {
    CAPTURE(missing);
    CHECK(index.Find(missing) == nullptr);
  }
  CHECK(SkillIndex(Framework{}).Find("A") == nullptr);
}

TEST_CASE("a skill finder keeps one index per framework") {
  Framework one, two;
  for (Framework* fw : {&one, &two}) {
    for (const char* code : {"A", "B"}) {
      Skill s;
      s.code = code;
      fw->skills.push_back(s);
    }
  }
  SkillFinder finder;
  CHECK(finder.Find(one, "B") == &one.skills[1]);
  CHECK(finder.Find(two, "B") == &two.skills[1]);  // the same code, from its own framework
  CHECK(finder.Find(one, "A") == &one.skills[0]);
  CHECK(finder.Find(two, "C") == nullptr);
}
