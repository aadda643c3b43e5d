#include "ui/start_screen.h"

#include <algorithm>

#include "ui/widgets.h"

namespace skillscope::ui {
namespace {

void DrawIntro(const UiContext& ui, const StartScreenModel& model, float width, StartAction& action) {
  const Palette& p = ui.palette();
  Paragraph(ui.fonts.title, ToImVec4(p.text), "skillscope");
  ImGui::Spacing();
  Paragraph(ui.fonts.heading, ToImVec4(p.text),
            "See where your skills stand \xE2\x80\x94 and where you want them to go.");
  ImGui::Spacing();
  Paragraph(ui.fonts.body, ToImVec4(p.text_muted),
            "Choose the skills you want to assess, read each one\xE2\x80\x99s level descriptions, say which level "
            "describes your work and where you want to be, and get a radar-chart profile. "
            "Everything stays in this browser unless you export it.");
  ImGui::Dummy(ImVec2(0, ui.px(8)));
  if (!model.continue_label.empty()) {
    Paragraph(ui.fonts.strong, ToImVec4(ui.palette().text), model.continue_label.c_str());
    if (PrimaryButton(ui, "Continue##continue", ImVec2(std::min(width, ui.px(220)), ui.px(48))))
      action = {StartAction::Continue, {}};
    if (Button(ui, "Start a new assessment##start", ImVec2(std::min(width, ui.px(260)), ui.px(44))))
      action = {StartAction::Start, {}};
    return;
  }
  if (PrimaryButton(ui, "Start##start", ImVec2(std::min(width, ui.px(220)), ui.px(48))))
    action = {StartAction::Start, {}};
}

void DrawFrameworkCard(const UiContext& ui, float width, const FrameworkRow& row, StartScreenState& state,
                       StartAction& action) {
  const Palette& p = ui.palette();
  ImGui::PushID(row.key.c_str());
  BeginCard(ui, width, p.surface, p.border);
  Paragraph(ui.fonts.strong, ToImVec4(p.text), row.title.c_str());
  const std::string meta = row.size_text + (row.custom ? " \xC2\xB7 loaded by you" : "") + " \xC2\xB7 version " + row.version;
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted), meta.c_str());
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted), ("Source: " + row.source).c_str());
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted), row.attribution.c_str());
  if (row.custom) {
    const std::string label = "Remove##remove:" + row.key;
    if (Button(ui, label.c_str())) {
      if (row.used_by.empty()) action = {StartAction::RemoveFramework, row.key};
      else state.confirm_remove_key = row.key;
    }
  }
  EndCard();
  ImGui::PopID();
}

void DrawRemoveDialog(const UiContext& ui, const StartScreenModel& model, StartScreenState& state,
                      StartAction& action) {
  if (state.confirm_remove_key.empty()) return;
  const auto row = std::find_if(model.frameworks.begin(), model.frameworks.end(),
                                [&](const FrameworkRow& r) { return r.key == state.confirm_remove_key; });
  if (row == model.frameworks.end()) {
    state.confirm_remove_key.clear();
    return;
  }
  const char* popup = "Remove framework?##confirm_remove";
  if (!ImGui::IsPopupOpen(popup)) ImGui::OpenPopup(popup);
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(vp->WorkSize.x - ui.px(24), ui.px(480)), 0));
  if (ImGui::BeginPopupModal(popup, nullptr, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize)) {
    const Palette& p = ui.palette();
    ImGui::PushTextWrapPos(0.0f);
    Paragraph(ui.fonts.body, ToImVec4(p.text),
              ("\xE2\x80\x9C" + row->title + "\xE2\x80\x9D is used by " + row->used_by +
               ". Those answers stay saved, but the profile cannot be opened again until the framework is "
               "loaded again. Remove it?").c_str());
    ImGui::PopTextWrapPos();
    if (Button(ui, "Remove##confirm_remove_yes")) {
      action = {StartAction::RemoveFramework, row->key};
      state.confirm_remove_key.clear();
      ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (Button(ui, "Keep it##confirm_remove_no")) {
      state.confirm_remove_key.clear();
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }
}

}  // namespace

StartAction DrawStartScreen(const UiContext& ui, const StartScreenModel& model, StartScreenState& state) {
  StartAction action;
  const Palette& p = ui.palette();
  if (BeginPage("##start")) {
    ImGui::Dummy(ImVec2(0, ui.px(std::min(96.0f, ImGui::GetContentRegionAvail().y * 0.08f / ui.device_pixel_ratio))));
    const float width = BeginColumn(ui, 720);
    DrawIntro(ui, model, width, action);

    ImGui::Dummy(ImVec2(0, ui.px(20)));
    if (model.banner_visible &&
        Banner(ui, width, model.banner_is_error ? BannerKind::Error : BannerKind::Info, model.banner_title,
               model.banner_lines, "Dismiss##dismiss_banner")) {
      action = {StartAction::DismissBanner, {}};
    }

    Paragraph(ui.fonts.heading, ToImVec4(p.text), "Frameworks");
    for (const FrameworkRow& row : model.frameworks) DrawFrameworkCard(ui, width, row, state, action);

    if (Button(ui, "Load framework\xE2\x80\xA6##load_framework")) action = {StartAction::LoadFramework, {}};
    Paragraph(ui.fonts.small, ToImVec4(p.text_muted),
              "Use your own framework: a JSON file in the skillscope framework format (described in the project\xE2\x80\x99s "
              "documentation), chosen here or dropped on this page. It is checked, then kept in this browser.");
    ImGui::Dummy(ImVec2(0, ui.px(24)));
    EndColumn();
    DrawRemoveDialog(ui, model, state, action);
  }
  EndPage();
  return action;
}

}  // namespace skillscope::ui
