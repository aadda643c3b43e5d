// skillscope in the browser: hand the app to the platform's frame loop.
#include "app/app.h"
#include "platform/web/frame_loop.h"

int main() {
  static skillscope::App app;  // lives as long as the page; main() returns at once
  app.Init();
  skillscope::platform::Run({
      [](float ratio) { app.OnScaleChanged(ratio); },
      [] { return app.UpdateFonts(); },
      [] { app.DrawFrame(); },
      [] { return app.StateJson(); },
      [] { return app.WidgetsJson(); },
      [] { return app.TextsJson(); },
      [] { return app.FontsJson(); },
      [](unsigned item, bool press) { app.OnItemRequest(item, press); },
  });
  return 0;
}
