#pragma once
// The app: owns the core state, draws the screens, and carries out what the person
// asked for through the platform layer. The only place where core, ui and platform meet.
#include <string>
#include <vector>

#include "app/framework_library.h"
#include "core/profile.h"
#include "platform/platform.h"
#include "ui/fonts.h"
#include "ui/start_screen.h"
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
  enum class Screen { Start, Placeholder };

  void DrawStart();
  void OnFrameworkFile(const platform::PickedFile& file);
  void ShowBanner(bool error, std::string title, std::vector<std::string> lines);
  ui::StartScreenModel BuildStartModel() const;

  ui::FontFiles font_files_;
  ui::UiContext ui_;
  Screen screen_ = Screen::Start;
  FrameworkLibrary frameworks_;
  Profile profile_;

  ui::StartScreenState start_state_;
  bool banner_visible_ = false;
  bool banner_is_error_ = false;
  std::string banner_title_;
  std::vector<std::string> banner_lines_;
};

}  // namespace skillscope
