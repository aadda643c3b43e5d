#pragma once
// The app: owns the core state, draws the screens, and carries out what the person
// asked for through the platform layer. The only place where core, ui and platform meet.
#include <optional>
#include <string>
#include <vector>

#include "app/framework_library.h"
#include "app/profile_store.h"
#include "core/assessment.h"
#include "core/profile.h"
#include "platform/platform.h"
#include "core/results.h"
#include "ui/fonts.h"
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

  // Screens: build the model from core state, draw, apply the action.
  void DrawStart();
  void DrawSetup();
  void DrawSkill();
  void DrawSummary();
  void DrawResults();
  void Export(ui::ResultsAction::Kind kind, const ui::ResultsModel& model);
  void OpenSkill(const std::string& key);
  void ApplySkillAction(const ui::SkillPageAction& action, const SelectedSkill& selected);

  void OnFrameworkFile(const platform::PickedFile& file);
  void ShowBanner(bool error, std::string title, std::vector<std::string> lines);
  ui::StartScreenModel BuildStartModel() const;
  ui::SkillPageModel BuildSkillModel(const std::vector<SelectedSkill>& selected);
  ui::SummaryModel BuildSummaryModel(const std::vector<SelectedSkill>& selected) const;

  void GoTo(Screen screen, int skill_index = -1);
  void ToggleTheme();
  // Saves the profile after a change; a failure is shown, the state stays in memory.
  void ProfileChanged();
  void SaveSettings();

  ui::FontFiles font_files_;
  ui::UiContext ui_;
  Screen screen_ = Screen::Start;
  FrameworkLibrary frameworks_;
  ProfileStore store_;
  Settings settings_;
  std::optional<Profile> profile_;
  int skill_index_ = 0;

  ui::StartScreenState start_state_;
  ui::SetupState setup_state_;
  ui::SkillPageState skill_state_;
  ui::ResultsState results_state_;
  std::vector<SkillResult> results_;  // rebuilt every frame the results screen is shown

  bool banner_visible_ = false;
  bool banner_is_error_ = false;
  std::string banner_title_;
  std::vector<std::string> banner_lines_;
  std::string save_problem_;  // shown while saving fails
};

}  // namespace skillscope
