#pragma once
// The page's accessibility: the mirror of real DOM elements over the canvas that
// screen readers, magnifiers and switch access use (library_a11y.js; README "The
// accessibility mirror"), and the browser's contrast preference.
#include <functional>
#include <string>

namespace skillscope::platform {

// The mirror's tree for this frame (JSON: see src/app/accessibility.h). Sent to the
// page after the frame is drawn; call only when it changed.
void PublishAccessibilityTree(std::string tree);

// The frame loop calls this after each frame: sends a published tree, then which item
// has ImGui's visible keyboard focus and which text field is being edited, when either
// changed (the page moves DOM focus to match).
void SyncAccessibility();

// The browser asks for more contrast (prefers-contrast: more) or forces its own
// colours (forced-colors: active).
bool PrefersMoreContrast();
void SetContrastHandler(std::function<void(bool more)> on_change);

}  // namespace skillscope::platform
