// Reviews (core/profile/review.h, review_json.h): the file round trip, the revision a
// review names, the checks against the person's profile, what changed since, and the
// refused files of tests/data/bad-reviews with their exact messages.
#include <doctest/doctest.h>

#include <string>

#include "corpus.h"

#include "core/framework/loader.h"
#include "core/profile/assessment.h"
#include "core/profile/import.h"
#include "core/profile/review_json.h"

using namespace skillscope;

namespace {

std::string Source(const std::string& path) {
  std::string bytes;
  REQUIRE(testing::ReadBytes(std::string(SKILLSCOPE_SOURCE_DIR) + "/" + path, &bytes));
  return bytes;
}

// The sample profile (SFIA's ITOP at level 3, ACME's OBS skipped) with both frameworks.
struct Sample {
  Catalog catalog;
  Profile profile;
  Sample() {
    FrameworkLoad sfia = LoadFramework(Source("frameworks/sfia.json"), "sfia.json");
    REQUIRE(sfia.ok());
    catalog.Add(std::move(*sfia.framework), FrameworkOrigin::BuiltIn);
    ImportReport report = ImportProfile(Source("tests/data/sample-profile.json"), "sample-profile.json", catalog);
    REQUIRE(report.ok());
    for (Framework& f : report.embedded) catalog.Add(std::move(f), FrameworkOrigin::Custom);
    profile = *report.profile;
  }
};

Review SampleReview() {
  ReviewRead read = ReadReview(Source("tests/data/sample-review.json"), "sample-review.json");
  REQUIRE_MESSAGE(read.ok(), (read.errors.empty() ? std::string("ok") : read.errors.front()));
  return *read.review;
}

}  // namespace

TEST_CASE("the sample review reads whole, and writes back byte for byte") {
  const std::string text = Source("tests/data/sample-review.json");
  const Review review = SampleReview();
  CHECK(review.reviewer == "Sam Okafor");
  CHECK(review.profile.person == "Kim \xC3\x85ngstr\xC3\xB6m");
  const SkillReview& itop = review.skills.at("sfia/ITOP");
  CHECK(itop.verdict == Verdict::Propose);
  CHECK(itop.level == 4);
  CHECK(itop.seen_kind == AnswerKind::Level);
  CHECK(itop.seen_level == 3);
  // Every character of a comment is kept: a line break, a curly apostrophe.
  CHECK(itop.comment.find("level 4 work.\nLet\xE2\x80\x99s talk") != std::string::npos);
  CHECK(review.skills.at("acme-platform-team/OBS").verdict == Verdict::Discuss);
  CHECK(ReviewToJson(review) + "\n" == text);
}

TEST_CASE("a review begins with every selected skill agreed, and what the person answered") {
  const Sample s;
  const Review review = BeginReview(s.profile, "Sam", "r-1", "2026-12-05T14:00:00Z");
  CHECK(review.profile.id == s.profile.id);
  CHECK(review.profile.revision == ProfileRevision(s.profile));
  REQUIRE(review.skills.size() == 2);
  CHECK(review.skills.at("sfia/ITOP").verdict == Verdict::Agree);
  CHECK(review.skills.at("sfia/ITOP").seen_level == 3);
  CHECK(review.skills.at("acme-platform-team/OBS").seen_kind == AnswerKind::Skipped);
  CHECK(CheckReviewForProfile(review, s.profile, s.catalog).empty());
}

TEST_CASE("the revision: the levels, targets and notes judged, not names, dates or snapshots") {
  const Sample s;
  const std::string before = ProfileRevision(s.profile);
  CHECK(before == SampleReview().profile.revision);
  CHECK(before.rfind("sha256:", 0) == 0);
  Profile p = s.profile;
  p.name = "Renamed";
  p.updated = "2027-01-01T00:00:00Z";
  p.snapshots.push_back({"s-1", "Before", "2026-12-01T00:00:00Z", p.answers});
  p.answers.at("sfia/ITOP").updated = "2027-01-01T00:00:00Z";
  CHECK(ProfileRevision(p) == before);
  SUBCASE("a level") { p.answers.at("sfia/ITOP").level = 4; }
  SUBCASE("a note") { p.answers.at("sfia/ITOP").notes += "!"; }
  SUBCASE("a target") { p.answers.at("sfia/ITOP").target = 5; }
  SUBCASE("the selection") { p.selection.pop_back(); }
  CHECK(ProfileRevision(p) != before);
}

TEST_CASE("a review of an older revision says what changed since, skill by skill") {
  const Sample s;
  const Review review = SampleReview();
  CHECK(ChangesSinceReview(review, s.profile, s.catalog).empty());
  Profile p = s.profile;
  SUBCASE("a level changed") {
    p.answers.at("sfia/ITOP").level = 4;
    CHECK(ChangesSinceReview(review, p, s.catalog) ==
          std::vector<std::string>{"ITOP Infrastructure operations: level 3 when reviewed, level 4 now"});
  }
  SUBCASE("a skill removed") {
    p.selection = {"sfia/ITOP"};
    p.answers.erase("acme-platform-team/OBS");
    CHECK(ChangesSinceReview(review, p, s.catalog) ==
          std::vector<std::string>{"OBS Observability: no longer in your assessment"});
  }
  SUBCASE("only a note changed") {
    p.answers.at("sfia/ITOP").notes = "more";
    CHECK(ChangesSinceReview(review, p, s.catalog) ==
          std::vector<std::string>{"The levels it reviewed are the same; notes, targets, confidence or ticked "
                                   "statements changed since."});
  }
}

TEST_CASE("self and reviewer levels side by side") {
  const Sample s;
  Review review = SampleReview();
  const ReviewedLevel itop = CompareWithReview(review, s.profile, "sfia/ITOP");
  CHECK(itop.reviewed);
  CHECK(itop.self == 3);
  CHECK(itop.reviewer == 4);
  CHECK(itop.differs());
  review.skills.at("sfia/ITOP").verdict = Verdict::Agree;
  CHECK(CompareWithReview(review, s.profile, "sfia/ITOP").reviewer == 3);
  CHECK_FALSE(CompareWithReview(review, s.profile, "sfia/ITOP").differs());
  CHECK_FALSE(CompareWithReview(review, s.profile, "acme-platform-team/OBS").differs());  // discuss
  CHECK_FALSE(CompareWithReview(review, s.profile, "sfia/NONE").reviewed);
}

TEST_CASE("bad reviews: each file gets its exact message, read or checked against the sample profile") {
  const Sample s;
  testing::CheckCorpus("bad-reviews", [&](const std::string& bytes, const std::string& file) {
    const ReviewRead read = ReadReview(bytes, file);
    if (!read.ok()) return read.errors.empty() ? std::string() : read.errors.front();
    const std::vector<std::string> problems = CheckReviewForProfile(*read.review, s.profile, s.catalog);
    CHECK_FALSE(problems.empty());
    return problems.empty() ? std::string() : file + ": " + problems.front();
  });
}
