#include "corpus.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <system_error>

namespace skillscope::testing {

std::string CorpusDir(const std::string& name) { return std::string(SKILLSCOPE_SOURCE_DIR) + "/tests/data/" + name; }

bool ReadBytes(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream text;
  text << in.rdbuf();
  *out = text.str();
  return true;
}

std::vector<Expectation> ReadExpectations(const std::string& dir) {
  std::vector<Expectation> out;
  std::string text;
  REQUIRE(ReadBytes(dir + "/expected.txt", &text));
  std::istringstream lines(text);
  std::string line;
  std::set<std::string> listed;
  while (std::getline(lines, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    const std::size_t tab = line.find('\t');
    CAPTURE(line);
    REQUIRE(tab != std::string::npos);
    out.push_back({line.substr(0, tab), line.substr(tab + 1)});
    CHECK_MESSAGE(listed.insert(out.back().file).second, "listed twice in expected.txt");
  }
  return out;
}

void CheckEveryFileIsListed(const std::string& dir, const std::vector<Expectation>& expected) {
  std::set<std::string> listed;
  for (const Expectation& e : expected) listed.insert(e.file);
  std::error_code ec;
  std::filesystem::directory_iterator it(dir, ec), end;
  REQUIRE_FALSE(ec);
  std::size_t files = 0;
  for (; it != end; it.increment(ec)) {
    if (ec) break;
    const std::string name = it->path().filename().string();
    if (name == "expected.txt") continue;
    ++files;
    CAPTURE(name);
    CHECK_MESSAGE(listed.count(name) == 1, "a corpus file is missing from expected.txt");
  }
  CHECK_FALSE(ec);
  CHECK(files == expected.size());
}

void CheckCorpus(const std::string& name,
                 const std::function<std::string(const std::string& bytes, const std::string& file)>& first_message) {
  const std::string dir = CorpusDir(name);
  const std::vector<Expectation> expected = ReadExpectations(dir);
  CHECK_FALSE(expected.empty());
  for (const Expectation& e : expected) {
    CAPTURE(e.file);
    std::string bytes;
    if (!ReadBytes(dir + "/" + e.file, &bytes)) {
      FAIL_CHECK("cannot read the corpus file");
      continue;
    }
    CHECK(first_message(bytes, e.file) == e.message);
  }
  // A new case without an expectation fails.
  CheckEveryFileIsListed(dir, expected);
}

}  // namespace skillscope::testing
