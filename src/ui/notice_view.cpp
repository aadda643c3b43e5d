#include "ui/notice_view.h"

#include <vector>

#include "imgui_internal.h"
#include "ui/widgets.h"

namespace skillscope::ui {
namespace {

// The words on a notice's buttons, with their ids for tests.
const char* NoticeButtonLabel(NoticeButton button) {
  switch (button) {
    case NoticeButton::UndoDelete: return "Undo##undo_delete";
    case NoticeButton::DownloadUnreadable: return "Download the unreadable data##download_unreadable";
    case NoticeButton::LoadFramework: return "Load framework\xE2\x80\xA6##banner_load_framework";
    case NoticeButton::ExportCurrent: return "Export this profile##export_current";
    case NoticeButton::UndoRemovePerson: return "Undo##undo_remove_person";
    case NoticeButton::SaveAgain: return "Save again##save_again";
    case NoticeButton::DownloadBackup: return "Download a backup##download_backup";
    case NoticeButton::NotNow: return "Not now##not_now";
    case NoticeButton::LinkBackup: return "Link a backup file\xE2\x80\xA6##notice_link_backup";
    case NoticeButton::ResumeLinkedBackup: return "Keep writing to it##resume_linked_backup";
    case NoticeButton::ShowReview: return "Show the review##show_review";
  }
  return "";
}

}  // namespace

NoticeResult DrawNotice(const UiContext& ui, float width, const Notice& notice, std::string& shown) {
  std::vector<std::string> buttons;
  for (const NoticeButton b : notice.buttons) buttons.push_back(NoticeButtonLabel(b));
  const ImVec2 top = ImGui::GetCursorScreenPos();
  const BannerResult r = Banner(ui, width, notice.kind == Notice::Kind::Error ? BannerKind::Error : BannerKind::Info,
                                notice.title, notice.lines, buttons, "Dismiss##dismiss_banner");
  std::string identity = notice.title;
  for (const std::string& line : notice.lines) identity += "\n" + line;
  if (identity != shown) {
    shown = identity;
    ImGui::ScrollToRect(ImGui::GetCurrentWindow(), ImRect(top, ImVec2(top.x + width, ImGui::GetCursorScreenPos().y)),
                        ImGuiScrollFlags_KeepVisibleEdgeY);
  }
  NoticeResult out;
  out.dismissed = r.dismissed;
  if (r.button >= 0) out.pressed = notice.buttons[static_cast<std::size_t>(r.button)];
  return out;
}

}  // namespace skillscope::ui
