#include "ui/start_screen.h"

#include <algorithm>

#include "core/text/messages.h"
#include "core/text/wording.h"
#include "imgui_internal.h"
#include "imgui_stdlib.h"
#include "ui/controls.h"
#include "ui/glyphs.h"
#include "ui/keyboard_nav.h"
#include "ui/language_picker.h"
#include "ui/notice_view.h"
#include "ui/page_tools.h"
#include "ui/semantics.h"
#include "ui/widgets.h"

namespace skillscope::ui {
namespace {

void DrawIntro(const UiContext& ui, const StartScreenModel& model, float width, StartAction& action) {
  const Palette& p = ui.palette();
  Heading(ui, 1, "skillscope");
  ImGui::Spacing();
  Paragraph(ui.fonts.heading, ToImVec4(p.text), Tr(MSG("start.tagline")).c_str());
  ImGui::Spacing();
  Paragraph(ui.fonts.body, ToImVec4(p.text_muted), Tr(MSG("start.intro")).c_str());
  ImGui::Dummy(ImVec2(0, ui.px(8)));
  if (!model.continue_label.empty()) {
    Paragraph(ui.fonts.strong, ToImVec4(ui.palette().text), model.continue_label.c_str());
    const std::string continue_label =
        (model.continue_complete ? Tr(MSG("start.see_results")) : Tr(MSG("start.continue"))) + "##continue";
    const std::string start_label = Tr(MSG("start.start_new")) + "##start";
    // As wide as the longer label needs (German runs long), within the column.
    const float button_w =
        std::max({ui.px(260), ButtonWidth(ui, continue_label.c_str()), ButtonWidth(ui, start_label.c_str())});
    const ImVec2 size(std::min(width, button_w), ui.px(46));
    if (PrimaryButton(ui, continue_label.c_str(), size)) action.kind = StartAction::Kind::Continue;
    if (Button(ui, start_label.c_str(), size)) action.kind = StartAction::Kind::Start;
    return;
  }
  const std::string start_label = Tr(MSG("start.start")) + "##start";
  const float button_w = std::max(ui.px(220), ButtonWidth(ui, start_label.c_str()));
  if (PrimaryButton(ui, start_label.c_str(), ImVec2(std::min(width, button_w), ui.px(48))))
    action.kind = StartAction::Kind::Start;
}

void DrawFrameworkCard(const UiContext& ui, float width, const FrameworkRow& row, StartScreenState& state,
                       StartAction& action) {
  const Palette& p = ui.palette();
  ImGui::PushID(row.key.c_str());
  SemanticGroup group(Role::Group, row.title);
  BeginCard(ui, width, p.surface, p.border);
  Heading(ui, 3, row.title.c_str());
  const std::string meta = row.custom ? Tr(MSG("start.framework_meta_custom"), row.size_text, row.version)
                                      : Tr(MSG("start.framework_meta"), row.size_text, row.version);
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted), meta.c_str());
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted), Tr(MSG("start.framework_source"), row.source).c_str());
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted), row.attribution.c_str());
  if (Button(ui, (Tr(MSG("start.preview")) + "##preview:" + row.key).c_str())) state.preview_key = row.key;
  if (row.custom) {
    const std::string label = Tr(MSG("start.remove")) + "##remove:" + row.key;
    FlowNextButton(ui, label.c_str());
    if (Button(ui, label.c_str())) {
      if (row.used_by.empty()) { action.kind = StartAction::Kind::RemoveFramework; action.framework_key = row.key; }
      else state.confirm_remove_key = row.key;
    }
  }
  EndCard();
  ImGui::PopID();
}

void DrawProfiles(const UiContext& ui, float width, const StartScreenModel& model, StartScreenState& state,
                  StartAction& action) {
  const Palette& p = ui.palette();
  Heading(ui, 2, Tr(MSG("start.your_assessments")).c_str());
  if (model.profiles.empty()) Paragraph(ui.fonts.body, ToImVec4(p.text_muted), Tr(MSG("start.no_assessments")).c_str());
  if (!model.profiles.empty()) BeginSemanticGroup(Role::List, Tr(MSG("start.your_assessments")));
  for (const ProfileRow& row : model.profiles) {
    ImGui::PushID(row.id.c_str());
    SemanticGroup group(Role::Group, row.name);  // names the buttons' "Open", "Rename", ...
    BeginCard(ui, width, p.surface, row.current ? p.accent : p.border);
    Heading(ui, 3, row.name.c_str());
    Paragraph(ui.fonts.small, ToImVec4(p.text_muted), row.detail.c_str());
    const std::string id = ":" + row.id;
    const int clicked =
        Segmented(ui,
                  {Tr(MSG("start.open")) + "##open" + id, Tr(MSG("start.rename")) + "##rename" + id,
                   Tr(MSG("start.duplicate")) + "##duplicate" + id, Tr(MSG("start.export")) + "##export" + id,
                   Tr(MSG("start.delete")) + "##delete" + id},
                  -1, ui.fonts.small, 34);
    switch (clicked) {
      case 0: { action.kind = StartAction::Kind::OpenProfile; action.profile_id = row.id; } break;
      case 1:
        state.rename_id = row.id;
        state.rename_text = row.name;
        break;
      case 2: { action.kind = StartAction::Kind::DuplicateProfile; action.profile_id = row.id; } break;
      case 3: { action.kind = StartAction::Kind::ExportProfile; action.profile_id = row.id; } break;
      case 4: { action.kind = StartAction::Kind::DeleteProfile; action.profile_id = row.id; } break;
      default: break;
    }
    EndCard();
    ImGui::PopID();
  }
  if (!model.profiles.empty()) EndSemanticGroup();
  const int clicked = Segmented(
      ui, {Tr(MSG("start.import_profile")) + "##import_profile", Tr(MSG("start.paste_profile")) + "##paste_profile"},
      -1, nullptr, 40);
  if (clicked == 0) action.kind = StartAction::Kind::ImportProfileFile;
  if (clicked == 1) state.paste_open = true;
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted), Tr(MSG("start.profile_file_help")).c_str());
  ImGui::Dummy(ImVec2(0, ui.px(12)));
}

// Profiles others shared: a way to the People, compare and team screens.
void DrawPeopleSection(const UiContext& ui, const StartScreenModel& model, StartAction& action) {
  const Palette& p = ui.palette();
  Paragraph(ui.fonts.heading, ToImVec4(p.text), Tr(MSG("start.people_and_teams")).c_str());
  Paragraph(ui.fonts.body, ToImVec4(p.text_muted),
            model.people == 0 ? Tr(MSG("start.people_intro")).c_str()
                              : TrN(MSG("start.people_count"), static_cast<long long>(model.people)).c_str());
  const int clicked = Segmented(ui,
                                {Tr(MSG("start.people")) + "##open_people", Tr(MSG("start.compare")) + "##open_compare",
                                 Tr(MSG("start.team_view")) + "##open_team"},
                                -1, nullptr, 40);
  const StartAction::Kind kinds[] = {StartAction::Kind::OpenPeople, StartAction::Kind::OpenCompare,
                                     StartAction::Kind::OpenTeam};
  if (clicked >= 0) action.kind = kinds[clicked];
  ImGui::Dummy(ImVec2(0, ui.px(12)));
}

void DrawRenameDialog(const UiContext& ui, StartScreenState& state, StartAction& action) {
  if (state.rename_id.empty()) return;
  if (!BeginDialog(ui, (Tr(MSG("start.rename_title")) + "##rename_dialog").c_str(), 480)) return;
  ImGui::SetNextItemWidth(-1);
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  const bool enter = ImGui::InputText("##rename_text", &state.rename_text, ImGuiInputTextFlags_EnterReturnsTrue);
  NeedGlyphs(state.rename_text);
  DescribeTextField("##rename_text", Tr(MSG("start.new_name")), state.rename_text);
  if (Button(ui, (Tr(MSG("start.rename")) + "##rename_ok").c_str()) || enter) {
    { action.kind = StartAction::Kind::RenameProfile; action.profile_id = state.rename_id; action.text = state.rename_text; }
    state.rename_id.clear();
    ImGui::CloseCurrentPopup();
  }
  ImGui::SameLine();
  if (Button(ui, (Tr(MSG("start.cancel")) + "##rename_cancel").c_str())) {
    state.rename_id.clear();
    ImGui::CloseCurrentPopup();
  }
  EndDialog();
}

// A framework's skills and levels, word for word, before anyone assesses against it.
// Skills are folded: a framework of hundreds of skills opens at once.
void DrawPreviewDialog(const UiContext& ui, const StartScreenModel& model, StartScreenState& state) {
  if (state.preview_key.empty()) return;
  const auto row = std::find_if(model.frameworks.begin(), model.frameworks.end(),
                                [&](const FrameworkRow& r) { return r.key == state.preview_key; });
  if (row == model.frameworks.end() || !row->framework) {
    state.preview_key.clear();
    return;
  }
  if (!BeginDialog(ui, (Tr(MSG("start.preview_title")) + "##framework_preview").c_str(), 760)) return;
  const Palette& p = ui.palette();
  const Framework& fw = *row->framework;
  Heading(ui, 3, fw.title.c_str());
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted), row->size_text.c_str());
  const float list_h = std::min(ImGui::GetMainViewport()->WorkSize.y * 0.6f, ui.px(560));
  ImGui::BeginChild("##preview_skills", ImVec2(0, list_h), true);
  ImGui::PushStyleVar(ImGuiStyleVar_IndentSpacing, ui.px(14));
  for (const Skill& skill : fw.skills) {
    ImGui::PushID(skill.code.c_str());
    ImGui::PushFont(ui.fonts.strong);
    // The node is the code; the name beside it wraps (a tree node's label cannot).
    const std::string label = skill.code + "##preview_skill:" + skill.code;
    const bool open = ImGui::TreeNodeEx(label.c_str());
    DescribeDisclosure(label.c_str(), open);
    ImGui::PopFont();
    ImGui::SameLine();
    Paragraph(ui.fonts.body, ToImVec4(p.text), skill.name.c_str());
    if (open) {
      if (!skill.description.empty()) Paragraph(ui.fonts.body, ToImVec4(p.text_muted), skill.description.c_str());
      for (const auto& [level, statements] : skill.statements) {
        Paragraph(ui.fonts.strong, ToImVec4(p.text), LevelLabel(fw.scale, level).c_str());
        for (const std::string& st : statements) BulletParagraph(ui.fonts.body, ToImVec4(p.text), st.c_str());
      }
      ImGui::TreePop();
    }
    ImGui::PopID();
  }
  ImGui::PopStyleVar();
  ImGui::EndChild();
  if (Button(ui, (Tr(MSG("start.close")) + "##preview_close").c_str()) ||
      ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) {
    state.preview_key.clear();
    ImGui::CloseCurrentPopup();
  }
  EndDialog();
}

void DrawPasteDialog(const UiContext& ui, StartScreenState& state, StartAction& action) {
  if (!state.paste_open) return;
  if (!BeginDialog(ui, (Tr(MSG("start.paste_title")) + "##paste_dialog").c_str(), 640)) return;
  Paragraph(ui.fonts.body, ToImVec4(ui.palette().text), Tr(MSG("start.paste_prompt")).c_str());
  ImGui::InputTextMultiline("##paste_text", &state.paste_text, ImVec2(-1, ui.px(220)));
  NeedGlyphs(state.paste_text);
  DescribeTextField("##paste_text", Tr(MSG("start.paste_field")), state.paste_text, true);
  FixMultilineTabbing();
  if (PrimaryButton(ui, (Tr(MSG("start.import")) + "##paste_ok").c_str(), ImVec2(0, 0), !state.paste_text.empty())) {
    { action.kind = StartAction::Kind::ImportProfileText; action.text = state.paste_text; }
    state.paste_open = false;
    state.paste_text.clear();
    ImGui::CloseCurrentPopup();
  }
  ImGui::SameLine();
  if (Button(ui, (Tr(MSG("start.cancel")) + "##paste_cancel").c_str())) {
    state.paste_open = false;
    ImGui::CloseCurrentPopup();
  }
  EndDialog();
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
  if (BeginDialog(ui, (Tr(MSG("start.remove_title")) + "##confirm_remove").c_str(), 480)) {
    const Palette& p = ui.palette();
    ImGui::PushTextWrapPos(0.0f);
    Paragraph(ui.fonts.body, ToImVec4(p.text),
              Tr(MSG("start.remove_confirm"), Quoted(row->title), row->used_by).c_str());
    ImGui::PopTextWrapPos();
    if (Button(ui, (Tr(MSG("start.remove")) + "##confirm_remove_yes").c_str())) {
      { action.kind = StartAction::Kind::RemoveFramework; action.framework_key = row->key; }
      state.confirm_remove_key.clear();
      ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (Button(ui, (Tr(MSG("start.keep_it")) + "##confirm_remove_no").c_str())) {
      state.confirm_remove_key.clear();
      ImGui::CloseCurrentPopup();
    }
    EndDialog();
  }
}

}  // namespace

StartAction DrawStartScreen(const UiContext& ui, const StartScreenModel& model, StartScreenState& state) {
  StartAction action;
  const Palette& p = ui.palette();
  if (BeginPage("##start")) {
    ImGui::Dummy(ImVec2(0, ui.px(8)));
    const float width = BeginColumn(ui, kPageMaxCss);
    BeginSemanticGroup(Role::Main);
    const float left = ImGui::GetCursorPosX();
    ImGui::SetCursorPosX(left + width - PageToolsWidth(ui));
    switch (DrawPageTools(ui)) {
      case PageTool::None: break;
      case PageTool::Help: action.kind = StartAction::Kind::ShowHelp; break;
      case PageTool::Theme: action.kind = StartAction::Kind::ToggleTheme; break;
    }
    ImGui::SetCursorPosX(left);
    ImGui::Dummy(ImVec2(0, ui.px(std::min(48.0f, ImGui::GetContentRegionAvail().y * 0.04f / ui.device_pixel_ratio))));
    DrawIntro(ui, model, width, action);

    ImGui::Dummy(ImVec2(0, ui.px(20)));
    if (!model.storage_notice.empty()) {
      SetNextTextLive(Live::Assertive);
      Paragraph(ui.fonts.strong, ToImVec4(p.danger), model.storage_notice.c_str());
    }
    if (model.notice) {
      const NoticeResult r = DrawNotice(ui, width, *model.notice, state.notice_shown);
      if (r.dismissed) action.kind = StartAction::Kind::DismissNotice;
      if (r.pressed) {
        action.kind = StartAction::Kind::PressNoticeButton;
        action.button = *r.pressed;
      }
    }
    if (!model.notice) state.notice_shown.clear();
    DrawProfiles(ui, width, model, state, action);
    DrawPeopleSection(ui, model, action);

    Heading(ui, 2, Tr(MSG("start.frameworks")).c_str());
    BeginSemanticGroup(Role::List, Tr(MSG("start.frameworks")));
    for (const FrameworkRow& row : model.frameworks) DrawFrameworkCard(ui, width, row, state, action);
    EndSemanticGroup();

    // Side by side where they fit, under each other on a phone.
    const int load = Segmented(ui,
                               {Tr(MSG("start.load_framework")) + "##load_framework",
                                Tr(MSG("start.framework_from_table")) + "##framework_from_table"},
                               -1, nullptr, 40);
    if (load == 0) action.kind = StartAction::Kind::LoadFramework;
    if (load == 1) action.kind = StartAction::Kind::FrameworkFromTable;
    Paragraph(ui.fonts.small, ToImVec4(p.text_muted), Tr(MSG("start.own_framework_help")).c_str());
    ImGui::Dummy(ImVec2(0, ui.px(24)));
    if (auto language = LanguagePicker(ui, model.language)) {
      action.kind = StartAction::Kind::ChooseLanguage;
      action.text = *language;
    }
    ImGui::Dummy(ImVec2(0, ui.px(24)));
    EndSemanticGroup();
    EndColumn();
    DrawRemoveDialog(ui, model, state, action);
    DrawRenameDialog(ui, state, action);
    DrawPasteDialog(ui, state, action);
    DrawPreviewDialog(ui, model, state);
  }
  EndPage();
  return action;
}

}  // namespace skillscope::ui
