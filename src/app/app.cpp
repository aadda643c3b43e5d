#include "app/app.h"

#include <nlohmann/json.hpp>

#include "core/catalog.h"
#include "core/framework_loader.h"
#include "core/json_input.h"
#include "core/profile_json.h"
#include "imgui.h"
#include "ui/keyboard_nav.h"
#include "ui/widget_registry.h"
#include "ui/widgets.h"

namespace skillscope {

void App::Init() {
  font_files_.regular = platform::TakeBundledFile("fonts/OpenSans-Regular.ttf").value_or("");
  font_files_.semibold = platform::TakeBundledFile("fonts/OpenSans-Semibold.ttf").value_or("");
  font_files_.bold = platform::TakeBundledFile("fonts/OpenSans-Bold.ttf").value_or("");
  ui_.theme = platform::PrefersDarkColorScheme() ? ui::Theme::Dark : ui::Theme::Light;

  std::vector<std::string> problems = frameworks_.LoadAll();
  if (!problems.empty()) ShowBanner(true, "Some saved data could not be read", std::move(problems));
  platform::SetFileDropHandler(kMaxFrameworkBytes, [this](platform::PickedFile file) { OnFrameworkFile(file); });
}

void App::OnScaleChanged(float device_pixel_ratio) {
  ui_.device_pixel_ratio = device_pixel_ratio;
  ui_.fonts = ui::BuildFonts(ImGui::GetIO(), font_files_, device_pixel_ratio);
  ui::ApplyTheme(ui_.theme, device_pixel_ratio);
}

void App::ShowBanner(bool error, std::string title, std::vector<std::string> lines) {
  banner_visible_ = true;
  banner_is_error_ = error;
  banner_title_ = std::move(title);
  banner_lines_ = std::move(lines);
}

void App::OnFrameworkFile(const platform::PickedFile& file) {
  if (!file.error.empty()) {
    ShowBanner(true, "\xE2\x80\x9C" + file.name + "\xE2\x80\x9D could not be read", {file.error});
  } else if (file.too_large) {
    ShowBanner(true, "\xE2\x80\x9C" + file.name + "\xE2\x80\x9D could not be loaded",
               {file.name + ": the file is " + HumanSize(file.size) + "; the limit is " + HumanSize(kMaxFrameworkBytes)});
  } else {
    LoadOutcome outcome = frameworks_.AddFromFile(file.name, file.bytes);
    ShowBanner(!outcome.ok, std::move(outcome.title), std::move(outcome.details));
  }
  screen_ = Screen::Start;  // the outcome is shown on the start screen
}

ui::StartScreenModel App::BuildStartModel() const {
  ui::StartScreenModel model;
  for (const CatalogEntry& e : frameworks_.catalog().entries()) {
    ui::FrameworkRow row;
    row.key = FrameworkLibrary::Key(e.framework.id, e.framework.version);
    row.title = e.framework.title;
    row.version = e.framework.version;
    row.size_text = FrameworkSizeText(e.framework);
    row.source = e.framework.source;
    row.attribution = e.framework.attribution;
    row.custom = e.origin == FrameworkOrigin::Custom;
    model.frameworks.push_back(std::move(row));
  }
  model.banner_visible = banner_visible_;
  model.banner_is_error = banner_is_error_;
  model.banner_title = banner_title_;
  model.banner_lines = banner_lines_;
  return model;
}

void App::DrawStart() {
  const ui::StartAction action = ui::DrawStartScreen(ui_, BuildStartModel(), start_state_);
  switch (action.kind) {
    case ui::StartAction::Start:
      screen_ = Screen::Placeholder;
      break;
    case ui::StartAction::LoadFramework:
      platform::PickFile(".json,application/json", kMaxFrameworkBytes,
                         [this](platform::PickedFile file) { OnFrameworkFile(file); });
      break;
    case ui::StartAction::RemoveFramework:
      for (const CatalogEntry& e : frameworks_.catalog().entries()) {
        if (FrameworkLibrary::Key(e.framework.id, e.framework.version) != action.framework_key) continue;
        // Copies: removal destroys the entry these strings live in.
        const std::string title = e.framework.title, id = e.framework.id, version = e.framework.version;
        frameworks_.Remove(id, version);
        ShowBanner(false, "Removed \xE2\x80\x9C" + title + "\xE2\x80\x9D", {});
        break;
      }
      break;
    case ui::StartAction::DismissBanner:
      banner_visible_ = false;
      break;
    case ui::StartAction::None:
      break;
  }
}

void App::DrawFrame() {
  ui::BeginWidgetFrame();
  ui::ExtendKeyboardNavigation();
  switch (screen_) {
    case Screen::Start:
      DrawStart();
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

std::string App::TextsJson() const {
  nlohmann::json list = nlohmann::json::array();
  for (const ui::TextInfo& t : ui::FrameTexts())
    list.push_back({{"text", t.text}, {"x", t.x}, {"y", t.y}, {"w", t.w}, {"h", t.h}});
  return list.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace skillscope
