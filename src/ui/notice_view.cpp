#include "ui/notice_view.h"

#include <vector>

#include "core/text/messages.h"
#include "imgui_internal.h"
#include "ui/widgets.h"

namespace skillscope::ui {
namespace {

// The words on a notice's buttons, with their ids for tests.
std::string NoticeButtonLabel(NoticeButton button) {
  switch (button) {
    case NoticeButton::UndoDelete: return Tr(MSG("notice.undo")) + "##undo_delete";
    case NoticeButton::DownloadUnreadable: return Tr(MSG("notice.download_unreadable")) + "##download_unreadable";
    case NoticeButton::LoadFramework: return Tr(MSG("notice.load_framework")) + "##banner_load_framework";
    case NoticeButton::ExportCurrent: return Tr(MSG("notice.export_current")) + "##export_current";
    case NoticeButton::UndoRemovePerson: return Tr(MSG("notice.undo")) + "##undo_remove_person";
    case NoticeButton::SaveAgain: return Tr(MSG("notice.save_again")) + "##save_again";
    case NoticeButton::DownloadBackup: return Tr(MSG("notice.download_backup")) + "##download_backup";
    case NoticeButton::NotNow: return Tr(MSG("notice.not_now")) + "##not_now";
    case NoticeButton::LinkBackup: return Tr(MSG("notice.link_backup")) + "##notice_link_backup";
    case NoticeButton::ResumeLinkedBackup: return Tr(MSG("notice.resume_linked_backup")) + "##resume_linked_backup";
    case NoticeButton::ShowReview: return Tr(MSG("notice.show_review")) + "##show_review";
  }
  return "";
}

}  // namespace

NoticeResult DrawNotice(const UiContext& ui, float width, const Notice& notice, std::string& shown) {
  std::vector<std::string> buttons;
  for (const NoticeButton b : notice.buttons) buttons.push_back(NoticeButtonLabel(b));
  const std::string dismiss = Tr(MSG("notice.dismiss")) + "##dismiss_banner";
  const ImVec2 top = ImGui::GetCursorScreenPos();
  const BannerResult r = Banner(ui, width, notice.kind == Notice::Kind::Error ? BannerKind::Error : BannerKind::Info,
                                notice.title, notice.lines, buttons, dismiss.c_str());
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
