#pragma once
// Reviews kept here, both ways round:
// - received: reviews of one's own profiles, as their files arrived
//   ("skillscope.v1.review.<review id>"), with the person's replies beside each
//   ("skillscope.v1.review-replies.<review id>"); in localStorage, with the profiles
//   they answer;
// - written: one's own review of someone else's profile, one per profile
//   ("skillscope.v1.my-review.<profile id>"), in the database with the people.
// An entry that cannot be read is left where it is and skipped.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/profile/review_json.h"
#include "session/key_value_store.h"

namespace skillscope {

inline constexpr const char* kReviewKeyPrefix = "skillscope.v1.review.";
inline constexpr const char* kReviewRepliesKeyPrefix = "skillscope.v1.review-replies.";
inline constexpr const char* kMyReviewKeyPrefix = "skillscope.v1.my-review.";

class ReviewStore {
 public:
  ReviewStore(KeyValueStore& received, KeyValueStore& written) : received_store_(received), written_store_(written) {}

  void LoadReceived();
  void LoadWritten();

  // Reviews of one's profile `profile_id`, oldest first.
  std::vector<const ReceivedReview*> ReceivedFor(const std::string& profile_id) const;
  const ReceivedReview* FindReceived(const std::string& review_id) const;
  // Keeps a review that arrived (replacing one with its id, replies kept) or the
  // person's replies to it. False, and nothing changed, when storage refused it.
  bool SaveReceived(const Review& review);
  bool SaveReplies(const ReceivedReview& received);

  const Review* Written(const std::string& profile_id) const;
  // The written review as answers (ReviewerAnswers), kept beside it.
  const std::map<std::string, Answer>* WrittenAnswers(const std::string& profile_id) const;
  // Everything kept, for a backup.
  std::vector<const ReceivedReview*> AllReceived() const;
  std::vector<const Review*> AllWritten() const;
  bool SaveWritten(const Review& review);
  // The reviewer's name on the review changed last ("" when none): a new review starts with it.
  std::string LatestReviewer() const;
  // Changes with every load and save: views built from reviews know when to build again.
  std::uint64_t revision() const { return revision_; }

 private:
  KeyValueStore& received_store_;
  KeyValueStore& written_store_;
  std::map<std::string, ReceivedReview> received_;  // by review id
  std::map<std::string, Review> written_;           // by the reviewed profile's id
  std::map<std::string, std::map<std::string, Answer>> written_answers_;
  std::uint64_t revision_ = 0;
};

}  // namespace skillscope
