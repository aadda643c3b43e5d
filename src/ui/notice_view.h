#pragma once
// The notice banner (model/notice.h) as the start and people screens show it: its
// title, lines and buttons; a new notice is scrolled into view.
#include <optional>
#include <string>

#include "model/notice.h"
#include "ui/ui_context.h"

namespace skillscope::ui {

struct NoticeResult {
  bool dismissed = false;
  std::optional<NoticeButton> pressed;
};

// `shown`: what the screen drew last (kept by the screen; a different notice is brought
// into view, e.g. after "Load framework…" at the bottom of the page).
NoticeResult DrawNotice(const UiContext& ui, float width, const Notice& notice, std::string& shown);

}  // namespace skillscope::ui
