#pragma once
// A skills framework: a level scale and skills described by statements per level.
// See docs/framework-format.md for the file format.
#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/json/value_formats.h"

namespace skillscope {

struct ScaleLevel {
  int number = 0;
  std::string name;         // empty where the source gives none
  std::string description;  // optional
};

struct Scale {
  std::string name;
  std::vector<ScaleLevel> levels;  // strictly increasing numbers

  const ScaleLevel* Find(int number) const;
  int Lowest() const { return levels.empty() ? 0 : levels.front().number; }
  int Highest() const { return levels.empty() ? 0 : levels.back().number; }
  // "1-4" when contiguous, else "1, 2, 5".
  std::string RangeText() const;
};

struct Skill {
  std::string code;
  std::string name;
  std::vector<std::string> category;  // outermost first; may be empty
  std::string description;
  std::vector<std::string> guidance;  // paragraphs
  std::string activities_intro;
  std::vector<std::string> activities;
  std::map<int, std::vector<std::string>> statements;  // only the levels where it is defined

  bool DefinedAt(int level) const { return statements.count(level) != 0; }
  int LowestDefined() const { return statements.empty() ? 0 : statements.begin()->first; }
  int HighestDefined() const { return statements.empty() ? 0 : statements.rbegin()->first; }
  std::size_t StatementCount() const;
};

// A role a framework file may define (optional): the level expected in some of its
// skills. Roles set a person's targets and serve as a benchmark in compare and team views.
struct Role {
  std::string name;  // unique within its framework
  std::string description;
  std::map<std::string, int> levels;  // skill code -> expected level (defined for that skill)
};

struct Framework {
  std::string id;
  std::string version;
  std::string title;
  std::string description;
  std::string source;
  std::string attribution;
  std::string notes;
  Scale scale;
  std::vector<Skill> skills;
  std::vector<Role> roles;   // optional, in file order

  // "sha256:" and the SHA-256 of the canonical JSON (see framework/loader.h).
  const std::string& content_hash() const;
  // That JSON: embedded in exported profiles for custom frameworks.
  //
  // For the frameworks read at every start (built in and stored), both are worked out
  // from the file's text when first asked for: writing out and hashing a 5 MB framework
  // took a third of its reading, and most frameworks are only shown. A framework loaded
  // from a file gets them between frames (FrameworkLibrary::DoWorkBetweenFrames); one
  // that arrives inside a profile, at once (LoadFramework's DeriveHash).
  const std::string& canonical_json() const;
  // The file's text, for the two above.
  void KeepSourceText(std::string text);
  // The canonical JSON itself (its hash is worked out now).
  void KeepCanonicalJson(std::string canonical);
  // For a framework made in code, with no file behind it: the hash to report.
  void SetContentHash(std::string hash);

  const Skill* FindSkill(const std::string& code) const;
  const Role* FindRole(const std::string& name) const;
  std::size_t StatementCount() const;

 private:
  struct Derived {
    std::string source_text;
    std::string canonical_json;
    std::string content_hash;
  };
  // Shared by copies (they hold the same framework); replaced, never changed, when a
  // copy is given another text or hash.
  std::shared_ptr<Derived> derived_ = std::make_shared<Derived>();
};

// A framework's skills by code, for looking up many of them (a profile's answers):
// Framework::FindSkill goes through the list each time, which with 1000 skills is half
// a million comparisons per 1000 answers. Valid while the framework is not changed.
class SkillIndex {
 public:
  explicit SkillIndex(const Framework& framework);
  const Skill* Find(std::string_view code) const;

 private:
  std::vector<const Skill*> by_code_;  // sorted by code
};

// Skills looked up by framework and code, each framework indexed when first asked for:
// for going through a whole selection or a profile's answers.
class SkillFinder {
 public:
  const Skill* Find(const Framework& framework, std::string_view code);

 private:
  std::map<const Framework*, SkillIndex> indexes_;
};

// The label of a level on a scale: "Level 3 · Apply", or "Level 3" when unnamed.
std::string LevelLabel(const Scale& scale, int level);

}  // namespace skillscope
