#pragma once
// The reviewer's page: one skill of someone's assessment, their answer read-only, the
// reviewer's verdict and comment, and the review's export.
#include <string>

#include "model/review_page.h"
#include "ui/ui_context.h"

namespace skillscope::ui {

struct ReviewScreenState {
  std::string name;          // the reviewer's name, typed before the review begins
  std::string comment;       // the comment field's text
  std::string comment_from;  // the saved comment it was last set from
  int comment_for = -1;      // the skill index it belongs to
};

ReviewPageAction DrawReviewScreen(const UiContext& ui, const ReviewPageModel& model, ReviewScreenState& state);

}  // namespace skillscope::ui
