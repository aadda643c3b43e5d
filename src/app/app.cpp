#include "app/app.h"

#include <nlohmann/json.hpp>

#include "core/profile/json.h"
#include "imgui.h"
#include "platform/web/accessibility.h"
#include "platform/web/frame_loop.h"
#include "ui/help_screen.h"
#include "ui/reading_screen.h"
#include "ui/glyphs.h"
#include "ui/import_dialog.h"
#include "ui/restore_dialog.h"
#include "ui/keyboard_nav.h"
#include "ui/summary_screen.h"
#include "ui/team_screen.h"
#include "ui/table_import_screen.h"
#include "ui/theme.h"
#include "ui/widget_registry.h"

namespace skillscope {

App::App() : session_(platform_) {}

void App::Init() {
  font_files_.regular = platform_.TakeBundledFile("fonts/OpenSans-Regular.ttf").value_or("");
  font_files_.semibold = platform_.TakeBundledFile("fonts/OpenSans-Semibold.ttf").value_or("");
  font_files_.bold = platform_.TakeBundledFile("fonts/OpenSans-Bold.ttf").value_or("");
  session_.Start();
  ui_.theme = session_.dark_theme() ? ui::Theme::Dark : ui::Theme::Light;
  platform::WebPlatform::SetFileDropHandler(kMaxTeamFileBytes, [this](std::vector<PickedFile> files) {
    session_.OnFilesDropped(std::move(files));
  });
  platform::WebPlatform::SetStorageChangeHandler([this](std::string key) { session_.OnStorageChanged(key); });
  platform::WebPlatform::SetAddressChangeHandler([this](std::string fragment) { session_.OnAddressChanged(fragment); });
  platform::WebPlatform::SetColorSchemeHandler([this](bool dark) { session_.OnColorSchemeChanged(dark); });
  ui_.high_contrast = platform::PrefersMoreContrast();
  platform::SetContrastHandler([this](bool more) {
    ui_.high_contrast = more;
    ApplyStyle();
  });
}

void App::OnScaleChanged(float device_pixel_ratio) {
  ui_.device_pixel_ratio = device_pixel_ratio;
  ui_.fonts = ui::BuildFonts(ImGui::GetIO(), font_files_, device_pixel_ratio, glyphs_.glyphs());
  ApplyStyle();
}

void App::ApplyStyle() { ui::ApplyTheme(ui_.theme, ui_.device_pixel_ratio, ui_.high_contrast); }

bool App::UpdateFonts() {
  if (!glyphs_.TakeRebuild()) return false;
  ui_.fonts = ui::BuildFonts(ImGui::GetIO(), font_files_, ui_.device_pixel_ratio, glyphs_.glyphs());
  return true;
}

// The session decides the theme; the style follows when it changes.
void App::FollowTheme() {
  const ui::Theme theme = session_.dark_theme() ? ui::Theme::Dark : ui::Theme::Light;
  if (theme == ui_.theme) return;
  ui_.theme = theme;
  ApplyStyle();
}

void App::DrawFrame() {
  // Work an action left (a loaded framework's hash) runs in the frame after the one that
  // showed its result, a task of its own: the person sees "Loaded" first.
  if (work_between_frames_due_) session_.DoWorkBetweenFrames();
  ui::BeginWidgetFrame();
  ui::ExtendKeyboardNavigation();
  // Arriving at a skill page from another screen starts at the top of the page.
  if (session_.screen() == Screen::Skill && shown_screen_ != Screen::Skill) skill_.scroll_to_top_for = -1;
  shown_screen_ = session_.screen();
  switch (session_.screen()) {
    case Screen::Start: session_.Apply(ui::DrawStartScreen(ui_, session_.StartScreen(), start_)); break;
    case Screen::Setup: session_.Apply(ui::DrawSetupScreen(ui_, session_.Setup(), setup_)); break;
    case Screen::Skill: session_.Apply(ui::DrawSkillPage(ui_, session_.SkillPage(), skill_)); break;
    case Screen::Summary: session_.Apply(ui::DrawSummaryScreen(ui_, session_.Summary())); break;
    case Screen::Results: session_.Apply(ui::DrawResultsScreen(ui_, session_.Results(), results_)); break;
    case Screen::Help: session_.Apply(ui::DrawHelpScreen(ui_, session_.Help())); break;
    case Screen::People: session_.Apply(ui::DrawPeopleScreen(ui_, session_.People(), people_)); break;
    case Screen::Compare: session_.Apply(ui::DrawCompareScreen(ui_, session_.Compare(), compare_)); break;
    case Screen::Team: session_.Apply(ui::DrawTeamScreen(ui_, session_.Team())); break;
    case Screen::Reading: ui::DrawReadingScreen(ui_); break;
    case Screen::TableImport:
      session_.Apply(ui::DrawTableImportScreen(ui_, session_.TableImportScreen(), table_));
      break;
  }
  if (const auto dialog = session_.ImportDialog()) session_.Apply(ui::DrawImportDialog(ui_, *dialog));
  if (const auto dialog = session_.RestoreDialog()) session_.Apply(ui::DrawRestoreDialog(ui_, *dialog));
  ui::EndWidgetFrame();
  if (auto tree = mirror_.TreeIfChanged(ui::FrameNodes())) platform::PublishAccessibilityTree(std::move(*tree));
  FollowTheme();
  glyphs_.Want(ui::TakeMissingGlyphs());
  work_between_frames_due_ = session_.HasWorkBetweenFrames();
  if (work_between_frames_due_) platform::RequestFrame();
}

void App::OnItemRequest(unsigned item, bool press) { ui::RequestItemFocus(item, press); }

// The items in view, with their role and accessible name (window.skillscope.widgets()).
std::string App::WidgetsJson() const {
  nlohmann::json list = nlohmann::json::array();
  for (const ui::Node& n : ui::FrameNodes()) {
    if (n.kind != ui::Node::Kind::Item || !n.IsShown()) continue;
    const ImRect& r = n.visible;
    list.push_back({{"id", n.id}, {"label", n.label}, {"window", n.window}, {"focused", n.focused},
                    {"role", ui::RoleName(n.role)}, {"name", n.name.empty() ? n.label : n.name},
                    {"x", r.Min.x}, {"y", r.Min.y}, {"w", r.GetWidth()}, {"h", r.GetHeight()}});
  }
  return list.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// The drawn texts in view (window.skillscope.texts()).
std::string App::TextsJson() const {
  nlohmann::json list = nlohmann::json::array();
  for (const ui::Node& n : ui::FrameNodes()) {
    if (n.kind != ui::Node::Kind::Text || !n.drawn || !n.IsShown()) continue;
    const ImRect& r = n.visible;
    list.push_back({{"text", n.label}, {"x", r.Min.x}, {"y", r.Min.y}, {"w", r.GetWidth()}, {"h", r.GetHeight()}});
  }
  return list.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace skillscope
