// Any bytes read as a review file, and as the replies kept beside one: no crash, no
// undefined behaviour; a review or errors; a good review is written by ReviewToJson and
// read back the same (the reviewer's browser keeps it that way, and exports it again).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/profile/review_json.h"
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const skillscope::ReviewRead read = skillscope::ReadReview(text, "fuzz.json");
  FUZZ_CHECK(read.ok() != !read.errors.empty());
  if (!read.ok()) return 0;
  const skillscope::ReviewRead again = skillscope::ReadReview(skillscope::ReviewToJson(*read.review), "again");
  FUZZ_CHECK(again.ok());
  FUZZ_CHECK(*again.review == *read.review);
  // The same bytes as stored replies to it: only replies to its own skills are taken.
  skillscope::ReceivedReview received;
  received.review = *read.review;
  skillscope::ReadReplies(text, received);
  for (const auto& [key, reply] : received.replies) FUZZ_CHECK(received.review.skills.count(key) == 1);
  return 0;
}
