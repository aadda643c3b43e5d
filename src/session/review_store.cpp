#include "session/review_store.h"

#include <algorithm>

namespace skillscope {

void ReviewStore::LoadReceived() {
  ++revision_;
  received_.clear();
  const std::string prefix = kReviewKeyPrefix;
  for (const std::string& key : received_store_.Keys(prefix)) {
    const auto text = received_store_.Get(key);
    ReviewRead read = text ? ReadReview(*text, key) : ReviewRead{};
    if (!read.ok()) continue;
    ReceivedReview received;
    received.review = std::move(*read.review);
    received.reviewer_answers = ReviewerAnswers(received.review);
    if (const auto replies = received_store_.Get(kReviewRepliesKeyPrefix + received.review.id))
      ReadReplies(*replies, received);
    const std::string id = received.review.id;
    received_[id] = std::move(received);
  }
}

void ReviewStore::LoadWritten() {
  ++revision_;
  written_.clear();
  written_answers_.clear();
  for (const std::string& key : written_store_.Keys(kMyReviewKeyPrefix)) {
    const auto text = written_store_.Get(key);
    ReviewRead read = text ? ReadReview(*text, key) : ReviewRead{};
    if (!read.ok()) continue;
    const std::string id = read.review->profile.id;
    written_answers_[id] = ReviewerAnswers(*read.review);
    written_[id] = std::move(*read.review);
  }
}

std::vector<const ReceivedReview*> ReviewStore::ReceivedFor(const std::string& profile_id) const {
  std::vector<const ReceivedReview*> out;
  for (const auto& [id, r] : received_)
    if (r.review.profile.id == profile_id) out.push_back(&r);
  std::stable_sort(out.begin(), out.end(), [](const ReceivedReview* a, const ReceivedReview* b) {
    return a->review.reviewed < b->review.reviewed;
  });
  return out;
}

const ReceivedReview* ReviewStore::FindReceived(const std::string& review_id) const {
  const auto it = received_.find(review_id);
  return it == received_.end() ? nullptr : &it->second;
}

bool ReviewStore::SaveReceived(const Review& review) {
  if (received_store_.Set(kReviewKeyPrefix + review.id, ReviewToJson(review)) != StorageStatus::Ok) return false;
  ++revision_;
  ReceivedReview& kept = received_[review.id];
  kept.review = review;
  kept.reviewer_answers = ReviewerAnswers(review);
  // Replies to skills the newer version no longer reviews are dropped with them.
  for (auto it = kept.replies.begin(); it != kept.replies.end();)
    it = review.skills.count(it->first) ? std::next(it) : kept.replies.erase(it);
  return true;
}

bool ReviewStore::SaveReplies(const ReceivedReview& received) {
  if (received_store_.Set(kReviewRepliesKeyPrefix + received.review.id, RepliesToJson(received)) != StorageStatus::Ok)
    return false;
  ++revision_;
  ReceivedReview& kept = received_[received.review.id];
  kept = received;
  kept.reviewer_answers = ReviewerAnswers(kept.review);
  return true;
}

const Review* ReviewStore::Written(const std::string& profile_id) const {
  const auto it = written_.find(profile_id);
  return it == written_.end() ? nullptr : &it->second;
}

bool ReviewStore::SaveWritten(const Review& review) {
  if (written_store_.Set(kMyReviewKeyPrefix + review.profile.id, ReviewToJson(review)) != StorageStatus::Ok) return false;
  ++revision_;
  written_[review.profile.id] = review;
  written_answers_[review.profile.id] = ReviewerAnswers(review);
  return true;
}

std::vector<const ReceivedReview*> ReviewStore::AllReceived() const {
  std::vector<const ReceivedReview*> out;
  for (const auto& [id, r] : received_) out.push_back(&r);
  return out;
}

std::vector<const Review*> ReviewStore::AllWritten() const {
  std::vector<const Review*> out;
  for (const auto& [id, r] : written_) out.push_back(&r);
  return out;
}

const std::map<std::string, Answer>* ReviewStore::WrittenAnswers(const std::string& profile_id) const {
  const auto it = written_answers_.find(profile_id);
  return it == written_answers_.end() ? nullptr : &it->second;
}

std::string ReviewStore::LatestReviewer() const {
  const Review* latest = nullptr;
  for (const auto& [id, review] : written_)
    if (!latest || review.reviewed > latest->reviewed) latest = &review;
  return latest ? latest->reviewer : std::string();
}

}  // namespace skillscope
