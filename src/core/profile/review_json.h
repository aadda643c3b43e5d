#pragma once
// The review file (docs/review-format.md): what a reviewer exports and the person
// imports. Structure only here; CheckReviewForProfile (review.h) checks it against the
// person's profile and frameworks.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/profile/review.h"

namespace skillscope {

inline constexpr const char* kReviewFormat = "skillscope-review";
inline constexpr int kReviewSchemaVersion = 1;
inline constexpr std::size_t kMaxReviewBytes = 5u * 1024u * 1024u;
inline constexpr std::size_t kMaxReviewCommentChars = 20000;

std::string ReviewToJson(const Review& review, int indent = 2);

struct ReviewRead {
  std::optional<Review> review;
  std::vector<std::string> errors;  // "<source>: <json path>: <message>"
  bool ok() const { return review.has_value(); }
};
ReviewRead ReadReview(std::string_view text, const std::string& source_name);

// The person's replies to a review, as kept beside it in storage:
// {"replies": {"sfia/ITOP": {"reply": "kept", "text": "…"}}, "agreedSnapshot": "s-…"}.
std::string RepliesToJson(const ReceivedReview& received);
// Reads them into `received`; an entry that is not right is left out (storage is ours,
// but may have been damaged), and so is a reply to a skill the review does not have.
void ReadReplies(std::string_view text, ReceivedReview& received);

}  // namespace skillscope
