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
#include "ui/review_screen.h"
#include "ui/keyboard_nav.h"
#include "ui/summary_screen.h"
#include "ui/team_screen.h"
#include "ui/timeline_screen.h"
#include "ui/table_import_screen.h"
#include "ui/theme.h"
#include "ui/widget_registry.h"

namespace skillscope {

App::App() : session_(platform_) {}

void App::Init() {
  font_files_.regular = platform_.TakeBundledFile("fonts/OpenSans-Regular.ttf").value_or("");
  font_files_.semibold = platform_.TakeBundledFile("fonts/OpenSans-Semibold.ttf").value_or("");
  font_files_.bold = platform_.TakeBundledFile("fonts/OpenSans-Bold.ttf").value_or("");
  // The database's code is in the second wasm module: it is read once that is here,
  // after the first frame on a first visit (a place that needs it says it is reading).
  session_.Start(Session::Database::Later);
  platform::WebPlatform::WhenRestOfApp([this] { session_.OpenDatabase(); });
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
  DrawScreen(session_.screen());
  // Through a pointer read at run time, so that Binaryen does not inline the dialogs
  // (their code stays in the second module; see DrawScreen).
  static void (App::*volatile draw_dialogs)() = &App::DrawDialogs;
  (this->*draw_dialogs)();
  ui::EndWidgetFrame();
  if (auto tree = mirror_.TreeIfChanged(ui::FrameNodes())) platform::PublishAccessibilityTree(std::move(*tree));
  FollowTheme();
  glyphs_.Want(ui::TakeMissingGlyphs());
  work_between_frames_due_ = session_.HasWorkBetweenFrames();
  if (work_between_frames_due_) platform::RequestFrame();
}

// Each screen in a function of its own, never inlined (-flto -Oz would fold them all
// into one 50 KB DrawFrame): tools/split_wasm.py splits the app by function, so only
// the screens a first visit draws are in its first module. Binaryen's inliner (emcc's
// last step) ignores noinline and takes in a function with one caller, so DrawScreen
// calls them through a table: an indirect call is never inlined.
#define NOT_INLINED __attribute__((noinline))
NOT_INLINED void App::DrawStartScreen() { session_.Apply(ui::DrawStartScreen(ui_, session_.StartScreen(), start_)); }
NOT_INLINED void App::DrawSetupScreen() { session_.Apply(ui::DrawSetupScreen(ui_, session_.Setup(), setup_)); }
NOT_INLINED void App::DrawSkillScreen() { session_.Apply(ui::DrawSkillPage(ui_, session_.SkillPage(), skill_)); }
NOT_INLINED void App::DrawSummaryScreen() { session_.Apply(ui::DrawSummaryScreen(ui_, session_.Summary())); }
NOT_INLINED void App::DrawResultsScreen() { session_.Apply(ui::DrawResultsScreen(ui_, session_.Results(), results_)); }
NOT_INLINED void App::DrawHelpScreen() { session_.Apply(ui::DrawHelpScreen(ui_, session_.Help())); }
NOT_INLINED void App::DrawPeopleScreen() { session_.Apply(ui::DrawPeopleScreen(ui_, session_.People(), people_)); }
NOT_INLINED void App::DrawCompareScreen() { session_.Apply(ui::DrawCompareScreen(ui_, session_.Compare(), compare_)); }
NOT_INLINED void App::DrawTeamScreen() { session_.Apply(ui::DrawTeamScreen(ui_, session_.Team())); }
NOT_INLINED void App::DrawReviewScreen() { session_.Apply(ui::DrawReviewScreen(ui_, session_.ReviewPage(), review_)); }
NOT_INLINED void App::DrawPlanScreen() { session_.Apply(ui::DrawPlanScreen(ui_, session_.Plan(), plan_)); }
NOT_INLINED void App::DrawTimelineScreen() { session_.Apply(ui::DrawTimelineScreen(ui_, session_.TimelineScreen())); }
NOT_INLINED void App::DrawReadingScreen() { ui::DrawReadingScreen(ui_); }
NOT_INLINED void App::DrawTableImportScreen() { session_.Apply(ui::DrawTableImportScreen(ui_, session_.TableImportScreen(), table_)); }

void App::DrawScreen(Screen screen) {
  using Draw = void (App::*)();
  static constexpr Draw kDraw[] = {
      &App::DrawStartScreen,   &App::DrawSetupScreen,  &App::DrawSkillScreen,   &App::DrawSummaryScreen,
      &App::DrawResultsScreen, &App::DrawHelpScreen,   &App::DrawTableImportScreen, &App::DrawPeopleScreen,
      &App::DrawCompareScreen, &App::DrawTeamScreen,   &App::DrawReviewScreen,  &App::DrawPlanScreen,
      &App::DrawTimelineScreen, &App::DrawReadingScreen,
  };
  static_assert(sizeof(kDraw) / sizeof(kDraw[0]) == static_cast<std::size_t>(Screen::Reading) + 1,
                "one function for each screen, in the order of enum Screen");
  (this->*kDraw[static_cast<std::size_t>(screen)])();
}

NOT_INLINED void App::DrawDialogs() {
  if (const auto dialog = session_.ImportDialog()) session_.Apply(ui::DrawImportDialog(ui_, *dialog));
  if (const auto dialog = session_.RestoreDialog()) session_.Apply(ui::DrawRestoreDialog(ui_, *dialog));
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
