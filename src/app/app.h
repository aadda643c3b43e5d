#pragma once
// The app: owns the core state, draws the screens, and carries out what the person
// asked for through the platform layer. The only place where core, ui and platform meet.
//
//   app.cpp           start-up, frame dispatch, screens (start, setup, questionnaire,
//                     summary, results) and the test hook
//   app_profiles.cpp  keeping and sharing profiles: the list, snapshots, import and
//                     export, share links, other tabs, saving
#include <optional>
#include <string>
#include <vector>

#include "app/framework_library.h"
#include "app/profile_store.h"
#include "core/assessment.h"
#include "core/profile.h"
#include "core/results.h"
#include "platform/platform.h"
#include "ui/fonts.h"
#include "ui/import_dialog.h"
#include "ui/results_screen.h"
#include "ui/setup_screen.h"
#include "ui/skill_page.h"
#include "ui/start_screen.h"
#include "ui/summary_screen.h"
#include "ui/ui_context.h"

namespace skillscope {

class App {
 public:
  // Reads bundled files and storage; call once before the first frame.
  void Init();
  void OnScaleChanged(float device_pixel_ratio);
  void DrawFrame();
  std::string StateJson() const;
  std::string WidgetsJson() const;
  std::string TextsJson() const;

 private:
  enum class Screen { Start, Setup, Skill, Summary, Results };
  // Codes of banner buttons (StartAction::banner_button).
  enum BannerCode { kUndoDelete = 1, kDownloadUnreadable, kLoadFramework, kExportCurrent };

  // ---- Screens (app.cpp) -------------------------------------------------
  void DrawStart();
  void DrawSetup();
  void DrawSkill();
  void DrawSummary();
  void DrawResults();
  void ApplySkillAction(const ui::SkillPageAction& action, const SelectedSkill& selected);
  void Export(ui::ResultsAction::Kind kind, const ui::ResultsModel& model);
  void OpenSkill(const std::string& key);
  void OnFrameworkFile(const platform::PickedFile& file);
  void ShowBanner(bool error, std::string title, std::vector<std::string> lines,
                  std::vector<ui::BannerButton> buttons = {});
  ui::StartScreenModel BuildStartModel() const;
  ui::SkillPageModel BuildSkillModel(const std::vector<SelectedSkill>& selected);
  ui::SummaryModel BuildSummaryModel(const std::vector<SelectedSkill>& selected) const;
  void GoTo(Screen screen, int skill_index = -1);
  void ToggleTheme();
  void SaveSettings();

  // ---- Profiles (app_profiles.cpp) ----------------------------------------
  void LoadProfiles();
  void OpenProfile(const std::string& id);
  void ApplyProfileAction(const ui::StartAction& action);
  void ApplyBannerButton(int code);
  // Saves the current profile after a change; never overwrites what another tab saved.
  void ProfileChanged();
  void SaveSnapshot(const std::string& name);
  void DeleteSnapshot(const std::string& id);
  void ExportProfile(const Profile& profile);
  std::vector<std::string> EmbeddedFrameworks(const Profile& profile) const;
  void ShareCurrentProfile();
  // Import from any source: file, drop, paste, link. Shows the outcome or the choice.
  void ImportText(const std::string& text, const std::string& source);
  void DrawImportDialog();
  void FinishImport(bool replace);
  void OnDroppedFile(const platform::PickedFile& file);
  void OnStorageChanged(const std::string& key);

  ui::FontFiles font_files_;
  ui::UiContext ui_;
  Screen screen_ = Screen::Start;
  FrameworkLibrary frameworks_;
  ProfileStore store_;
  Settings settings_;
  std::optional<Profile> profile_;  // the one being worked on (saved on every change)
  std::string saved_json_;          // what we last wrote for it, to notice other tabs
  int skill_index_ = 0;
  int overlay_ = -1;                // snapshot shown over the chart

  ui::StartScreenState start_state_;
  ui::SetupState setup_state_;
  ui::SkillPageState skill_state_;
  ui::ResultsState results_state_;
  std::vector<SkillResult> results_;  // rebuilt every frame the results screen is shown

  struct PendingImport {
    Profile profile;
    std::vector<Framework> embedded;
    std::string source;
    std::vector<std::string> notes;
  };
  std::optional<PendingImport> pending_import_;
  std::optional<Profile> deleted_;           // for Undo
  std::vector<Unreadable> unreadable_;       // stored data that could not be read
  std::string share_message_;

  bool banner_visible_ = false;
  bool banner_is_error_ = false;
  std::string banner_title_;
  std::vector<std::string> banner_lines_;
  std::vector<ui::BannerButton> banner_buttons_;
  std::string save_problem_;  // shown while saving fails
};

}  // namespace skillscope
