#pragma once
// Corpora of bad input under tests/data/<name>/: each file is listed in the folder's
// expected.txt as "<file name><TAB><the first message it must get>". Shared by the
// profile, framework and share-link corpus tests.
#include <functional>
#include <string>
#include <vector>

namespace skillscope::testing {

struct Expectation {
  std::string file;
  std::string message;
};

// tests/data/<name>, in the source tree.
std::string CorpusDir(const std::string& name);
// The whole file, byte for byte; false when it cannot be opened.
bool ReadBytes(const std::string& path, std::string* out);
// expected.txt of a corpus; each file listed once (a failed check otherwise).
std::vector<Expectation> ReadExpectations(const std::string& dir);
// Fails a check for every file in `dir` (but expected.txt) that `expected` does not list.
void CheckEveryFileIsListed(const std::string& dir, const std::vector<Expectation>& expected);

// Checks every file of corpus `name` gets its expected message from `first_message`
// (given the file's bytes and name), and that every file is listed.
void CheckCorpus(const std::string& name,
                 const std::function<std::string(const std::string& bytes, const std::string& file)>& first_message);

}  // namespace skillscope::testing
