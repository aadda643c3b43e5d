#pragma once
// Small drawing helpers shared by the screens.
#include <string>
#include <vector>

#include "imgui.h"
#include "ui/ui_context.h"

namespace skillscope::ui {

// The one full-window ImGui window every screen draws into.
// Always pair with EndPage(), whatever BeginPage() returned.
bool BeginPage(const char* name, ImGuiWindowFlags extra_flags = 0);
void EndPage();

// The column width of the start, setup, summary and results screens: one width, so the
// page does not jump sideways between them.
inline constexpr float kPageMaxCss = 960;

// A column of at most max_css pixels, centred in the page; text wraps at its edge.
// Returns the column width in framebuffer pixels.
// reserve_right: pixels kept free on the right (a neighbour's scrollbar), so columns in
// different windows line up.
float BeginColumn(const UiContext& ui, float max_css, float reserve_right = 0.0f);
void EndColumn();

// Wrapped text in a font and colour.
void Paragraph(ImFont* font, const ImVec4& color, const char* text);
// A bulleted paragraph; its wrapped lines hang under the first, not under the bullet.
void BulletParagraph(ImFont* font, const ImVec4& color, const char* text);

// A multi-line text field's text, shown in reading order over the field (min, max)
// while it is not being edited: ImGui draws a field's text in typing order, which
// reverses right-to-left text. Call right after the field, which was drawn with a
// transparent text colour. True when the text needs it (has right-to-left characters).
bool NeedsReadingOrder(const std::string& text);
void DrawInReadingOrder(ImFont* font, const std::string& text, ImVec2 min, ImVec2 max);

// A card: a rounded panel behind a group of widgets, as wide as the column.
// Cards do not nest. Text inside wraps at the card's inner edge.
void BeginCard(const UiContext& ui, float width, Rgb fill, Rgb border);
void EndCard();

// A banner for outcomes: kind Error uses the danger colours.
enum class BannerKind { Info, Error };
// Reports whether Dismiss or one of `buttons` (labels with ids) was pressed.
struct BannerResult {
  bool dismissed = false;
  int button = -1;  // index into buttons
};
BannerResult Banner(const UiContext& ui, float width, BannerKind kind, const std::string& title,
                    const std::vector<std::string>& lines, const std::vector<std::string>& buttons,
                    const char* dismiss_id);

// A modal dialog sized for phones and desktops alike, centred. Pair a true result with
// EndDialog().
bool BeginDialog(const UiContext& ui, const char* title_id, float max_width_css);
void EndDialog();

// A plain button in the theme's font, at least touch-sized.
bool Button(const UiContext& ui, const char* label, const ImVec2& size = ImVec2(0, 0));

// A filled accent button, the one obvious next step on a screen. When not enabled it
// is drawn plain (still readable) and cannot be pressed.
bool PrimaryButton(const UiContext& ui, const char* label, const ImVec2& size = ImVec2(0, 0), bool enabled = true);

}  // namespace skillscope::ui
