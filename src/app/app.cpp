#include "app/app.h"

#include <nlohmann/json.hpp>

#include "core/profile_json.h"
#include "imgui.h"
#include "platform/platform.h"
#include "ui/keyboard_nav.h"
#include "ui/start_screen.h"
#include "ui/widget_registry.h"
#include "ui/widgets.h"

namespace skillscope {

void App::Init() {
  font_files_.regular = platform::TakeBundledFile("fonts/OpenSans-Regular.ttf").value_or("");
  font_files_.semibold = platform::TakeBundledFile("fonts/OpenSans-Semibold.ttf").value_or("");
  font_files_.bold = platform::TakeBundledFile("fonts/OpenSans-Bold.ttf").value_or("");
  ui_.theme = platform::PrefersDarkColorScheme() ? ui::Theme::Dark : ui::Theme::Light;
}

void App::OnScaleChanged(float device_pixel_ratio) {
  ui_.device_pixel_ratio = device_pixel_ratio;
  ui_.fonts = ui::BuildFonts(ImGui::GetIO(), font_files_, device_pixel_ratio);
  ui::ApplyTheme(ui_.theme, device_pixel_ratio);
}

void App::DrawFrame() {
  ui::BeginWidgetFrame();
  ui::ExtendKeyboardNavigation();
  switch (screen_) {
    case Screen::Start:
      if (ui::DrawStartScreen(ui_) == ui::StartAction::Start) screen_ = Screen::Placeholder;
      break;
    case Screen::Placeholder:
      if (ui::BeginPage("##placeholder")) {
        ui::BeginColumn(ui_, 640);
        ui::Paragraph(ui_.fonts.heading, ui::ToImVec4(ui_.palette().text), "Choose a framework");
        if (ImGui::Button("Back##back")) screen_ = Screen::Start;
        ui::EndColumn();
      }
      ui::EndPage();
      break;
  }
}

std::string App::StateJson() const { return ProfileToJson(profile_); }

std::string App::WidgetsJson() const {
  nlohmann::json list = nlohmann::json::array();
  for (const ui::WidgetInfo& w : ui::FrameWidgets()) {
    list.push_back({{"id", w.id}, {"label", w.label}, {"window", w.window},
                    {"x", w.x}, {"y", w.y}, {"w", w.w}, {"h", w.h}});
  }
  return list.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace skillscope
