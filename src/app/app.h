#pragma once
// The app: owns the core state, draws the screens, and carries out what the user
// asked for through the platform layer. The only place where core, ui and platform meet.
#include <string>

#include "core/profile.h"
#include "ui/fonts.h"
#include "ui/ui_context.h"

namespace skillscope {

class App {
 public:
  // Reads bundled files; call once before the first frame.
  void Init();
  void OnScaleChanged(float device_pixel_ratio);
  void DrawFrame();
  std::string StateJson() const;
  std::string WidgetsJson() const;

 private:
  enum class Screen { Start, Placeholder };

  ui::FontFiles font_files_;
  ui::UiContext ui_;
  Screen screen_ = Screen::Start;
  Profile profile_;
};

}  // namespace skillscope
