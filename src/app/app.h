#pragma once
// The app in the browser: a thin loop. Each frame it asks the session for the model of
// the screen on show, lets the ui draw it, and hands the action the ui returns back to
// the session. It also owns what only drawing needs: fonts, theme, the screens' own
// state (scroll, folded lists, text being typed) and the test hook's views.
#include <string>

#include "app/glyph_supply.h"
#include "app/accessibility.h"
#include "platform/web/web_platform.h"
#include "session/session.h"
#include "ui/compare_screen.h"
#include "ui/fonts.h"
#include "ui/people_screen.h"
#include "ui/plan_screen.h"
#include "ui/review_screen.h"
#include "ui/results_screen.h"
#include "ui/setup_screen.h"
#include "ui/skill_page.h"
#include "ui/start_screen.h"
#include "ui/table_import_screen.h"
#include "ui/ui_context.h"

namespace skillscope {

class App {
 public:
  App();
  // Reads bundled files and storage; call once before the first frame.
  void Init();
  void OnScaleChanged(float device_pixel_ratio);
  // Before a frame: rebuilds the atlas when font pieces brought new glyphs.
  bool UpdateFonts();
  void DrawFrame();
  std::string StateJson() const { return session_.StateJson(); }
  std::string WidgetsJson() const;
  std::string TextsJson() const;
  std::string FontsJson() const { return glyphs_.StatsJson(); }
  // A screen reader (through the mirror) focused or pressed an item of the last frame.
  void OnItemRequest(unsigned item, bool press);

 private:
  // The screen on show, drawn and its action applied: one function per screen, so the
  // screens a first visit does not open stay out of the first wasm module.
  void DrawScreen(Screen screen);
  void DrawStartScreen();
  void DrawSetupScreen();
  void DrawSkillScreen();
  void DrawSummaryScreen();
  void DrawResultsScreen();
  void DrawHelpScreen();
  void DrawPeopleScreen();
  void DrawCompareScreen();
  void DrawTeamScreen();
  void DrawReviewScreen();
  void DrawPlanScreen();
  void DrawTimelineScreen();
  void DrawReadingScreen();
  void DrawTableImportScreen();
  void DrawDialogs();
  void FollowTheme();
  void ApplyStyle();

  platform::WebPlatform platform_;
  Session session_;
  ui::FontFiles font_files_;
  GlyphSupply glyphs_;
  ui::UiContext ui_;
  Screen shown_screen_ = Screen::Start;  // the screen drawn last frame
  bool work_between_frames_due_ = false;  // the last frame left the session work to do
  ui::StartScreenState start_;
  ui::SetupState setup_;
  ui::SkillPageState skill_;
  ui::ResultsState results_;
  ui::PeopleScreenState people_;
  ui::ReviewScreenState review_;
  ui::PlanScreenState plan_;
  ui::CompareScreenState compare_;
  ui::TableImportState table_;
  AccessibilityMirror mirror_;
};

}  // namespace skillscope
