// Reviews in a session, between two browsers with real files: the person's profile is
// exported, the reviewer takes it in (People), reviews it (agree, propose, discuss) and
// exports the review; the person imports it, accepts one level and keeps another with
// a reply, and saves the agreed levels as a snapshot. Then the rules: several
// reviewers, a review of an older revision, and every refusal changing nothing.
#include <doctest/doctest.h>

#include "core/profile/json.h"
#include "core/profile/review_json.h"
#include "session_harness.h"

using namespace skillscope;
using namespace skillscope::testing;

namespace {

constexpr const char* kItopKey = "sfia/ITOP";
constexpr const char* kAuto = "it-operations-matrix@1.0.0/AUTO";
constexpr const char* kAutoKey = "it-operations-matrix/AUTO";

// The person, in their own browser: automation (the first skill) at level 2, then ITOP
// at level 1, where the skill page stays.
struct Person {
  std::shared_ptr<MemoryStorage> storage = std::make_shared<MemoryStorage>();
  Tab tab{storage};
  Person() {
    tab.Start();
    tab.Begin({kItop, kAuto});
    tab.ChooseLevel(2);
    tab.Apply(Do(SkillPageAction::Kind::Next));
    tab.ChooseLevel(1);
    REQUIRE(tab.AnswerTo(kItopKey).level == 1);
  }
  std::string Export() { return ExportProfileJson(tab.open(), {}); }
};

// A reviewer with the person's file among People; `name` writes the review.
struct Reviewer {
  std::shared_ptr<MemoryStorage> storage = std::make_shared<MemoryStorage>();
  Tab tab{storage};
  std::string person_id;
  explicit Reviewer(const std::string& file) {
    tab.Start();
    tab.Apply(Do(StartAction::Kind::OpenPeople));
    PeopleAction pick;
    pick.kind = PeopleAction::Kind::ImportFiles;
    tab.Apply(pick);
    REQUIRE(tab.platform.chooser_open());
    tab.platform.ChooseFiles({{"kim.json", file}});
    tab.platform.storage().Settle();
    REQUIRE(tab.session.people().profiles().size() == 1);
    person_id = tab.session.people().profiles().front().id;
  }
  std::string Review(const std::string& name) {
    REQUIRE(tab.session.BeginReview(person_id, name));
    REQUIRE(tab.session.SetReviewVerdict(person_id, kItopKey, Verdict::Propose, 3));
    REQUIRE(tab.session.SetReviewComment(person_id, kItopKey, "You ran the patch rota \xE2\x80\x94 level 3.\n\tTalk?"));
    REQUIRE(tab.session.SetReviewVerdict(person_id, kAutoKey, Verdict::Discuss, 0));
    const std::size_t before = tab.platform.downloads().size();
    tab.session.ExportReview(person_id);
    REQUIRE(tab.platform.downloads().size() == before + 1);
    return tab.platform.downloads().back().bytes;
  }
};

}  // namespace

TEST_CASE("the round trip: the person exports, the reviewer reviews, the person accepts and replies") {
  Person kim;
  Reviewer sam(kim.Export());
  const std::string file = sam.Review("Sam Okafor");
  CHECK(sam.tab.platform.downloads().back().name.find("review") != std::string::npos);
  // The reviewer's review is kept (in the database, beside the people).
  sam.tab.platform.storage().Settle();
  CHECK(sam.tab.Database().count(std::string(kMyReviewKeyPrefix) + sam.person_id) == 1);

  const Profile before = kim.tab.open();
  kim.tab.session.OnFileDropped(PickedFile{"review.json", file, file.size(), false, ""});
  REQUIRE(kim.tab.session.notice());
  CHECK(kim.tab.session.notice()->kind == Notice::Kind::Info);
  CHECK(kim.tab.session.notice()->title ==
        "The review by \xE2\x80\x9CSam Okafor\xE2\x80\x9D of \xE2\x80\x9CQ4 review\xE2\x80\x9D was imported");
  CHECK(kim.tab.session.notice()->lines.empty());  // of this very revision
  // Drawn over the chart, the review is a series of the SVG and PNG exports too.
  ResultsAction overlay;
  overlay.kind = ResultsAction::Kind::ChooseOverlay;
  overlay.overlay = 0;  // no snapshots yet: the first choice is the review
  kim.tab.Apply(overlay);
  ResultsAction svg;
  svg.kind = ResultsAction::Kind::ExportSvg;
  kim.tab.Apply(svg);
  REQUIRE_FALSE(kim.tab.platform.downloads().empty());
  CHECK(kim.tab.platform.downloads().back().bytes.find("Review by Sam Okafor (") != std::string::npos);
  overlay.overlay = -1;
  kim.tab.Apply(overlay);
  // "Show the review" opens the results at the Reviews section (once).
  REQUIRE(kim.tab.session.notice()->buttons == std::vector<NoticeButton>{NoticeButton::ShowReview});
  kim.tab.Apply(Do(SkillPageAction::Kind::Back));
  const std::uint64_t reveal = kim.tab.session.Results().reveal_reviews;
  kim.tab.Apply(PressNotice(NoticeButton::ShowReview));
  CHECK(kim.tab.session.screen() == Screen::Results);
  CHECK_FALSE(kim.tab.session.notice());
  CHECK(kim.tab.session.Results().reveal_reviews == reveal + 1);
  CHECK(kim.tab.open() == before);                  // importing changes no answer
  const auto reviews = kim.tab.session.ReviewsOf(before.id);
  REQUIRE(reviews.size() == 1);
  const std::string review_id = reviews[0]->review.id;
  // Every character of the comment arrived.
  CHECK(reviews[0]->review.skills.at(kItopKey).comment == "You ran the patch rota \xE2\x80\x94 level 3.\n\tTalk?");
  // The skills table has a Reviewed column: the proposal stands out, the point to discuss does not.
  const ResultsModel results = kim.tab.session.Results();
  REQUIRE(results.reviewed.size() == results.results.size());
  for (std::size_t i = 0; i < results.results.size(); ++i) {
    const ResultsModel::ReviewedCell& cell = results.reviewed[i];
    if (results.results[i].key == kItopKey) {
      CHECK_MESSAGE(cell.text.rfind("Sam Okafor: Level 3", 0) == 0, cell.text);
      CHECK(cell.differs);
    } else {
      CHECK(cell.text == "Sam Okafor: To discuss");
      CHECK_FALSE(cell.differs);
    }
  }

  SUBCASE("accept: the proposed level becomes the person's") {
    REQUIRE(kim.tab.session.AcceptReviewedLevel(review_id, kItopKey));
    CHECK(kim.tab.AnswerTo(kItopKey).level == 3);
    CHECK(kim.tab.session.ReviewsOf(before.id)[0]->replies.at(kItopKey).kind == ReplyKind::Accepted);
    // A point for discussion has no level to accept.
    CHECK_FALSE(kim.tab.session.AcceptReviewedLevel(review_id, kAutoKey));
  }
  SUBCASE("keep: the person's level stays, with their reply") {
    REQUIRE(kim.tab.session.KeepOwnLevel(review_id, kItopKey, "The rota was shared; \xE2\x80\x9Cled\xE2\x80\x9D is much."));
    CHECK(kim.tab.AnswerTo(kItopKey).level == 1);
    const ReviewReply& reply = kim.tab.session.ReviewsOf(before.id)[0]->replies.at(kItopKey);
    CHECK(reply.kind == ReplyKind::Kept);
    CHECK(reply.text == "The rota was shared; \xE2\x80\x9Cled\xE2\x80\x9D is much.");
  }
  REQUIRE(kim.tab.session.SaveAgreedLevels(review_id));
  const Profile& after = kim.tab.open();
  REQUIRE(after.snapshots.size() == 1);
  CHECK(after.snapshots[0].name.rfind("Agreed with Sam Okafor, ", 0) == 0);
  CHECK(after.snapshots[0].answers == after.answers);
  CHECK(kim.tab.session.ReviewsOf(before.id)[0]->agreed_snapshot == after.snapshots[0].id);

  // All of it is still there after a reload of the person's browser.
  Tab reloaded(kim.storage);
  reloaded.Start();
  reloaded.platform.storage().Settle();
  const auto kept = reloaded.session.ReviewsOf(before.id);
  REQUIRE(kept.size() == 1);
  CHECK(kept[0]->replies == kim.tab.session.ReviewsOf(before.id)[0]->replies);
  CHECK(kept[0]->agreed_snapshot == after.snapshots[0].id);
}

TEST_CASE("several reviewers: each review is kept apart, and a newer version replaces its own") {
  Person kim;
  const std::string exported = kim.Export();
  Reviewer manager(exported), peer(exported);
  const std::string a = manager.Review("Sam Okafor");
  const std::string b = peer.Review("Lee Chan");
  kim.tab.session.ImportReviewText(a, "sam.json");
  kim.tab.session.ImportReviewText(b, "lee.json");
  const std::string id = kim.tab.open().id;
  REQUIRE(kim.tab.session.ReviewsOf(id).size() == 2);
  std::set<std::string> reviewers;
  for (const ReceivedReview* r : kim.tab.session.ReviewsOf(id)) reviewers.insert(r->review.reviewer);
  CHECK(reviewers == std::set<std::string>{"Sam Okafor", "Lee Chan"});

  REQUIRE(manager.tab.session.SetReviewVerdict(manager.person_id, kItopKey, Verdict::Agree, 0));
  manager.tab.session.ExportReview(manager.person_id);
  kim.tab.session.ImportReviewText(manager.tab.platform.downloads().back().bytes, "sam-2.json");
  CHECK(kim.tab.session.notice()->title.rfind("A newer version of the review by", 0) == 0);
  REQUIRE(kim.tab.session.ReviewsOf(id).size() == 2);
  for (const ReceivedReview* r : kim.tab.session.ReviewsOf(id))
    if (r->review.reviewer == "Sam Okafor") CHECK(r->review.skills.at(kItopKey).verdict == Verdict::Agree);
}

TEST_CASE("a review of an older revision is imported, with what changed since") {
  Person kim;
  Reviewer sam(kim.Export());
  const std::string file = sam.Review("Sam Okafor");
  kim.tab.ChooseLevel(2);  // ITOP: 1 -> 2, after the export
  kim.tab.session.ImportReviewText(file, "review.json");
  REQUIRE(kim.tab.session.notice());
  CHECK(kim.tab.session.notice()->kind == Notice::Kind::Info);
  const std::vector<std::string>& lines = kim.tab.session.notice()->lines;
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].rfind("It is of an older version of your profile", 0) == 0);
  CHECK(lines[1].find(": level 1 when reviewed, level 2 now") != std::string::npos);
  CHECK(kim.tab.session.ReviewsOf(kim.tab.open().id).size() == 1);
}

TEST_CASE("a refused review changes nothing stored, and says why") {
  Person kim;
  Reviewer sam(kim.Export());
  std::string file = sam.Review("Sam Okafor");
  kim.tab.platform.storage().Settle();
  const auto before = kim.tab.Storage();
  std::string expected;
  SUBCASE("malformed") {
    file = file.substr(0, file.find(",\n", file.size() / 2) + 2);  // cut off at a line's end
    expected = "review.json: not valid JSON: the file ends too early";
  }
  SUBCASE("of another person's profile") {
    Person ana;
    ana.tab.session.ImportReviewText(file, "review.json");
    REQUIRE(ana.tab.session.notice());
    CHECK(ana.tab.session.notice()->lines.front().find("which is not among your profiles here") != std::string::npos);
    file = ReviewToJson([&] {
      Review r = *ReadReview(file, "r").review;
      r.profile.id = "p-someone-else";
      return r;
    }());
    expected = "review.json: this review is of the profile";
  }
  SUBCASE("naming a skill the framework does not have") {
    Review r = *ReadReview(file, "r").review;
    r.skills["sfia/NOPE"] = SkillReview{};
    file = ReviewToJson(r);
    expected = "review.json: skills[\"sfia/NOPE\"]: the review names skill \xE2\x80\x9CNOPE\xE2\x80\x9D";
  }
  SUBCASE("from a future schema") {
    const std::size_t at = file.find("\"schemaVersion\": 1");
    REQUIRE(at != std::string::npos);
    file.replace(at, 18, "\"schemaVersion\": 7");
    expected = "review.json: schemaVersion: this review was saved by a newer skillscope";
  }
  SUBCASE("oversized") {
    file = "{\"format\": \"skillscope-review\", \"x\": \"" + std::string(kMaxReviewBytes, 'x') + "\"}";
    expected = "review.json: the file is";
  }
  kim.tab.session.ImportReviewText(file, "review.json");
  REQUIRE(kim.tab.session.notice());
  CHECK(kim.tab.session.notice()->kind == Notice::Kind::Error);
  CHECK(kim.tab.session.notice()->title == "The review from review.json was not imported; nothing was changed");
  CHECK_MESSAGE(kim.tab.session.notice()->lines.front().rfind(expected, 0) == 0, kim.tab.session.notice()->lines.front());
  kim.tab.platform.storage().Settle();
  CHECK(kim.tab.Storage() == before);
  CHECK(kim.tab.session.ReviewsOf(kim.tab.open().id).empty());
}

TEST_CASE("the reviewer's review: a proposed level must be one the skill describes, and it carries over") {
  Person kim;
  Reviewer sam(kim.Export());
  CHECK_FALSE(sam.tab.session.People().people.front().reviewing);
  REQUIRE(sam.tab.session.BeginReview(sam.person_id, "Sam"));
  CHECK(sam.tab.session.People().people.front().reviewing);  // "Continue the review"
  CHECK_FALSE(sam.tab.session.BeginReview(sam.person_id, "  "));  // a name is needed
  CHECK_FALSE(sam.tab.session.SetReviewVerdict(sam.person_id, kItopKey, Verdict::Propose, 7));
  REQUIRE(sam.tab.session.SetReviewVerdict(sam.person_id, kItopKey, Verdict::Propose, 4));
  // Its first state: every skill agreed, with what the person answered.
  const Review* review = sam.tab.session.MyReviewOf(sam.person_id);
  REQUIRE(review);
  CHECK(review->skills.at(kAutoKey).verdict == Verdict::Agree);
  CHECK(review->skills.at(kAutoKey).seen_level == 2);
  // Beginning again keeps what was said.
  REQUIRE(sam.tab.session.BeginReview(sam.person_id, "Sam"));
  CHECK(sam.tab.session.MyReviewOf(sam.person_id)->skills.at(kItopKey).level == 4);
  // And a reload of the reviewer's browser finds it.
  sam.tab.platform.storage().Settle();
  Tab reloaded(sam.storage);
  reloaded.Start();
  reloaded.platform.storage().Settle();
  REQUIRE(reloaded.session.MyReviewOf(sam.person_id));
  CHECK(reloaded.session.MyReviewOf(sam.person_id)->skills.at(kItopKey).level == 4);
}

TEST_CASE("the reviewer's page: a skill at a time, its address, and the verdicts through actions") {
  Person kim;
  Reviewer sam(kim.Export());
  sam.tab.platform.SetAddressChangeHandler([&](std::string f) { sam.tab.session.OnAddressChanged(f); });
  PeopleAction review;
  review.kind = PeopleAction::Kind::Review;
  review.id = sam.person_id;
  sam.tab.Apply(review);
  REQUIRE(sam.tab.session.screen() == Screen::Review);
  // No name yet: the page asks for it before anything else.
  CHECK(sam.tab.session.ReviewPage().reviewer.empty());
  ReviewPageAction name;
  name.kind = ReviewPageAction::Kind::SetReviewer;
  name.text = "Sam Okafor";
  sam.tab.Apply(name);
  ReviewPageModel m = sam.tab.session.ReviewPage();
  CHECK(m.reviewer == "Sam Okafor");
  CHECK(m.count == 2);
  CHECK(m.index == 0);
  CHECK(m.their_level == "Level 2");
  CHECK(m.suggested == 3);  // the level above theirs
  const std::string first = sam.tab.platform.Fragment();
  CHECK(first == "/review/" + sam.person_id + "/it-operations-matrix/AUTO");

  ReviewPageAction propose;
  propose.kind = ReviewPageAction::Kind::Propose;
  propose.level = 3;
  sam.tab.Apply(propose);
  sam.tab.Apply(ReviewPageAction{ReviewPageAction::Kind::Next, 0, {}});
  CHECK(sam.tab.platform.Fragment() == "/review/" + sam.person_id + "/sfia/ITOP");
  CHECK(sam.tab.session.ReviewPage().skill_title == "ITOP Infrastructure operations");
  ReviewPageAction comment;
  comment.kind = ReviewPageAction::Kind::SetComment;
  comment.text = "Let\xE2\x80\x99s talk.";
  sam.tab.Apply(comment);
  sam.tab.Apply(ReviewPageAction{ReviewPageAction::Kind::Discuss, 0, {}});
  // Back returns to the first skill, with the verdict given there.
  sam.tab.platform.GoInHistory(-1);
  sam.tab.platform.RunPending();
  CHECK(sam.tab.platform.Fragment() == first);
  m = sam.tab.session.ReviewPage();
  CHECK(m.index == 0);
  CHECK(m.verdict == Verdict::Propose);
  CHECK(m.proposed == 3);
  CHECK(m.progress == "Skill 1 of 2 \xC2\xB7 1 level proposed, 1 to discuss");
  // The address alone opens the page (a reload, a bookmark).
  sam.tab.session.OnAddressChanged("/review/" + sam.person_id + "/sfia/ITOP");
  CHECK(sam.tab.session.ReviewPage().comment == "Let\xE2\x80\x99s talk.");
  // One that names nobody here says so, and goes to the start.
  sam.tab.session.OnAddressChanged("/review/p-nobody/sfia/ITOP");
  REQUIRE(sam.tab.session.notice());
  CHECK(sam.tab.session.notice()->title == "That page is not here any more");
}

TEST_CASE("reviews are in the backup, both ways round, and a restore brings them back") {
  Person kim;
  Reviewer sam(kim.Export());
  const std::string file = sam.Review("Sam Okafor");
  kim.tab.session.ImportReviewText(file, "review.json");
  const std::string review_id = kim.tab.session.ReviewsOf(kim.tab.open().id).front()->review.id;
  REQUIRE(kim.tab.session.KeepOwnLevel(review_id, kItopKey, "Shared rota \xE2\x80\x94 not led."));

  const auto backup = [](Tab& tab) {
    HelpAction a;
    a.kind = HelpAction::Kind::BackUpEverything;
    tab.Apply(a);
    REQUIRE_FALSE(tab.platform.downloads().empty());
    return tab.platform.downloads().back().bytes;
  };
  const auto restore = [](Tab& into, const std::string& bytes) {
    HelpAction a;
    a.kind = HelpAction::Kind::Restore;
    into.Apply(a);
    REQUIRE(into.platform.chooser_open());
    into.platform.ChooseFile("backup.json", bytes);
    return into.session.RestoreDialog();
  };

  // The person's new browser: the profile and the review with the reply.
  Tab fresh;
  fresh.Start();
  const auto dialog = restore(fresh, backup(kim.tab));
  REQUIRE(dialog);
  CHECK(std::count(dialog->changes.begin(), dialog->changes.end(),
                   "Adds the review by \xE2\x80\x9CSam Okafor\xE2\x80\x9D of \xE2\x80\x9CQ4 review\xE2\x80\x9D.") == 1);
  RestoreDialogAction go;
  go.kind = RestoreDialogAction::Kind::Restore;
  fresh.Apply(go);
  const auto kept = fresh.session.ReviewsOf(kim.tab.open().id);
  REQUIRE(kept.size() == 1);
  CHECK(kept[0]->review == kim.tab.session.ReviewsOf(kim.tab.open().id).front()->review);
  CHECK(kept[0]->replies.at(kItopKey).text == "Shared rota \xE2\x80\x94 not led.");

  // The reviewer's new browser: the person and the review being written.
  Tab other;
  other.Start();
  other.platform.storage().Settle();
  const auto theirs = restore(other, backup(sam.tab));
  REQUIRE(theirs);
  CHECK(std::count(theirs->changes.begin(), theirs->changes.end(),
                   "Adds your review of \xE2\x80\x9CKim\xE2\x80\x9D.") == 1);
  other.Apply(go);
  other.platform.storage().Settle();
  REQUIRE(other.session.MyReviewOf(sam.person_id));
  CHECK(*other.session.MyReviewOf(sam.person_id) == *sam.tab.session.MyReviewOf(sam.person_id));
}

TEST_CASE("the report has the reviewed levels and, unless left out, the comments and replies") {
  Person kim;
  Reviewer sam(kim.Export());
  kim.tab.session.ImportReviewText(sam.Review("Sam Okafor"), "review.json");
  const std::string review_id = kim.tab.session.ReviewsOf(kim.tab.open().id).front()->review.id;
  REQUIRE(kim.tab.session.KeepOwnLevel(review_id, kItopKey, "Shared <rota>."));
  const auto report = [&] {
    ResultsAction a;
    a.kind = ResultsAction::Kind::ExportReport;
    kim.tab.Apply(a);
    REQUIRE_FALSE(kim.tab.platform.downloads().empty());
    return kim.tab.platform.downloads().back().bytes;
  };
  std::string html = report();
  CHECK(html.find("<h2 id=\"reviews\">Review</h2>") != std::string::npos);
  CHECK(html.find("<strong>Proposes Level 3 \xC2\xB7 Apply</strong>") != std::string::npos);
  CHECK(html.find("You ran the patch rota \xE2\x80\x94 level 3.") != std::string::npos);
  CHECK(html.find("You kept yours: Shared &lt;rota&gt;.") != std::string::npos);
  ResultsAction leave_out;
  leave_out.kind = ResultsAction::Kind::ToggleReviewComments;
  kim.tab.Apply(leave_out);
  CHECK_FALSE(kim.tab.session.Results().review_comments_in_exports);
  html = report();
  CHECK(html.find("<strong>Proposes Level 3 \xC2\xB7 Apply</strong>") != std::string::npos);
  CHECK(html.find("patch rota") == std::string::npos);
  CHECK(html.find("Shared &lt;rota&gt;") == std::string::npos);
}

TEST_CASE("a reviewer of several people sees where they rate themselves above or below the reviews") {
  Person kim;  // automation 2, ITOP 1
  Person lee;
  lee.tab.Apply(Do(SkillPageAction::Kind::Back));
  lee.tab.ChooseLevel(4);  // automation 4, ITOP 1
  Reviewer sam(kim.Export());
  sam.tab.Apply(Do(StartAction::Kind::OpenPeople));
  PeopleAction pick;
  pick.kind = PeopleAction::Kind::ImportFiles;
  sam.tab.Apply(pick);
  // Another person's profile: the same skills under another id.
  Profile other = lee.tab.open();
  other.id = "p-lee";
  other.person = "Lee";
  sam.tab.platform.ChooseFiles({{"lee.json", ExportProfileJson(other, {})}});
  sam.tab.platform.storage().Settle();
  REQUIRE(sam.tab.session.people().profiles().size() == 2);
  for (const std::string& id : {sam.person_id, std::string("p-lee")}) {
    REQUIRE(sam.tab.session.BeginReview(id, "Sam"));
    REQUIRE(sam.tab.session.SetReviewVerdict(id, kAutoKey, Verdict::Propose, 3));
  }
  const PeopleModel m = sam.tab.session.People();
  CHECK(m.reviewed_people == 2);
  REQUIRE(m.review_gaps.size() == 2);
  // Automation first (two differences): Kim 2 is below 3, Lee 4 above; ITOP agreed by both.
  CHECK(m.review_gaps[0].key == kAutoKey);
  CHECK(m.review_gaps[0].above == 1);
  CHECK(m.review_gaps[0].below == 1);
  CHECK(m.review_gaps[1].key == kItopKey);
  CHECK(m.review_gaps[1].same == 2);
  CHECK(m.review_gaps[1].skill == "ITOP Infrastructure operations");

  // The team view carries the reviewed levels: in the cells, and in the CSV a column
  // for each reviewed person.
  const TeamModel& team = sam.tab.session.Team();
  REQUIRE(team.grid.members() == 2);
  CHECK(team.grid.member_reviewed == std::vector<bool>{true, true});
  std::size_t automation = team.grid.skills.size(), itop = automation;
  for (std::size_t i = 0; i < team.grid.skills.size(); ++i) {
    if (team.grid.skills[i].key == kAutoKey) automation = i;
    if (team.grid.skills[i].key == kItopKey) itop = i;
  }
  REQUIRE(automation < team.grid.skills.size());
  REQUIRE(itop < team.grid.skills.size());
  for (std::size_t member = 0; member < 2; ++member) {
    CHECK(team.grid.At(automation, member).reviewed == 3);
    CHECK(team.grid.At(automation, member).reviewed_differs);
    CHECK(team.grid.At(itop, member).reviewed == 1);  // agreed: the person's level
    CHECK_FALSE(team.grid.At(itop, member).reviewed_differs);
  }
  const std::size_t before = sam.tab.platform.downloads().size();
  TeamAction csv_action;
  csv_action.kind = TeamAction::Kind::ExportCsv;
  sam.tab.Apply(csv_action);
  REQUIRE(sam.tab.platform.downloads().size() == before + 1);
  const std::string csv = sam.tab.platform.downloads().back().bytes;
  const std::string kim_name = team.grid.member_names[0] == "Lee" ? team.grid.member_names[1] : team.grid.member_names[0];
  CHECK(csv.find("," + kim_name + " target," + kim_name + " (your review),") != std::string::npos);
  CHECK(csv.find(",Lee target,Lee (your review),") != std::string::npos);
  // Automation's row: Kim 2 (no target) reviewed 3, Lee 4 reviewed 3, in member order.
  const std::size_t row = csv.find("AUTO,");
  REQUIRE(row != std::string::npos);
  const std::string line = csv.substr(row, csv.find("\r\n", row) - row);
  const bool kim_first = team.grid.member_names[0] != "Lee";
  CHECK_MESSAGE(line.find(kim_first ? ",2,,3,4,,3," : ",4,,3,2,,3,") != std::string::npos, line);
}

TEST_CASE("a review travels in a share link too, and the person's browser imports it from the address") {
  Person kim;
  Reviewer sam(kim.Export());
  sam.Review("Sam Okafor");
  sam.tab.Apply(PeopleAction{PeopleAction::Kind::Review, sam.person_id, {}, NoticeButton::UndoDelete});
  sam.tab.Apply(ReviewPageAction{ReviewPageAction::Kind::ShareLink, 0, {}});
  sam.tab.platform.RunPending();
  const std::string message = sam.tab.session.ReviewPage().share_message;
  CHECK(message.rfind("Link copied to the clipboard", 0) == 0);
  const std::string link = sam.tab.platform.clipboard();
  const std::size_t hash = link.find('#');
  REQUIRE(hash != std::string::npos);

  kim.tab.platform.storage().Settle();
  Tab opened(kim.storage);
  opened.platform.SetInitialFragment(link.substr(hash + 1));
  opened.Start();
  opened.platform.storage().Settle();
  REQUIRE(opened.session.notice());
  CHECK(opened.session.notice()->title.rfind("The review by \xE2\x80\x9CSam Okafor\xE2\x80\x9D", 0) == 0);
  CHECK(opened.session.ReviewsOf(kim.tab.open().id).size() == 1);
}

TEST_CASE("compare: a review is offered beside the profile it reviewed, and drawn as its series") {
  Person kim;
  Reviewer sam(kim.Export());
  kim.tab.session.ImportReviewText(sam.Review("Sam Okafor"), "review.json");
  const std::string id = kim.tab.open().id;
  const std::string review_ref = "own:" + id + "/review:" + kim.tab.session.ReviewsOf(id).front()->review.id;
  const CompareModel before = kim.tab.session.Compare();
  const auto offered = std::find_if(before.own.begin(), before.own.end(),
                                    [&](const CompareChoice& c) { return c.ref == review_ref; });
  REQUIRE(offered != before.own.end());
  CHECK(offered->label == "Review by Sam Okafor");
  for (const std::string& ref : {"own:" + id, review_ref})
    kim.tab.Apply(CompareAction{CompareAction::Kind::Toggle, ref, 0});
  const CompareModel m = kim.tab.session.Compare();
  CHECK(m.chosen == 2);
  REQUIRE(m.chart.series.size() >= 2);
  CHECK(m.chart.series[1].name.rfind("You (Q4 review), review by Sam Okafor", 0) == 0);

  // The reviewer compares the person's own levels with their review.
  const CompareModel theirs = sam.tab.session.Compare();
  CHECK(std::any_of(theirs.people.begin(), theirs.people.end(),
                    [&](const CompareChoice& c) { return c.ref == "person:" + sam.person_id + "/my-review"; }));
}
