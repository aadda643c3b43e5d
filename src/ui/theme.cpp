#include "ui/theme.h"

namespace skillscope::ui {

const Palette& PaletteFor(Theme theme, bool high_contrast) {
  if (high_contrast) return theme == Theme::Dark ? kHighContrastDarkPalette : kHighContrastLightPalette;
  return theme == Theme::Dark ? kDarkPalette : kLightPalette;
}

ImVec4 ToImVec4(Rgb c, float alpha) { return ImVec4(c.r / 255.0f, c.g / 255.0f, c.b / 255.0f, alpha); }
ImU32 ToU32(Rgb c, float alpha) { return ImGui::ColorConvertFloat4ToU32(ToImVec4(c, alpha)); }

void ApplyTheme(Theme theme, float device_pixel_ratio, bool high_contrast) {
  const Palette& p = PaletteFor(theme, high_contrast);
  ImGuiStyle style;  // fresh defaults: ScaleAllSizes must not compound across rebuilds
  if (theme == Theme::Dark) ImGui::StyleColorsDark(&style); else ImGui::StyleColorsLight(&style);

  style.WindowPadding = ImVec2(24, 20);
  style.FramePadding = ImVec2(12, 7);
  style.ItemSpacing = ImVec2(10, 10);
  style.ItemInnerSpacing = ImVec2(8, 6);
  style.CellPadding = ImVec2(8, 6);
  style.ScrollbarSize = 14;
  style.GrabMinSize = 14;
  style.WindowRounding = 0;
  style.ChildRounding = 8;
  style.FrameRounding = 6;
  style.PopupRounding = 8;
  style.ScrollbarRounding = 7;
  style.GrabRounding = 6;
  style.WindowBorderSize = 0;
  style.ChildBorderSize = 1;
  style.PopupBorderSize = 1;
  style.FrameBorderSize = high_contrast ? 2.0f : 1.0f;  // outlines that stand out

  ImVec4* c = style.Colors;
  c[ImGuiCol_Text] = ToImVec4(p.text);
  c[ImGuiCol_TextDisabled] = ToImVec4(p.text_muted);
  c[ImGuiCol_WindowBg] = ToImVec4(p.background);
  c[ImGuiCol_ChildBg] = ToImVec4(p.background, 0.0f);
  c[ImGuiCol_PopupBg] = ToImVec4(p.surface);
  c[ImGuiCol_Border] = ToImVec4(p.control_border);  // fields and buttons; cards draw their own
  c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_FrameBg] = ToImVec4(p.surface);
  c[ImGuiCol_FrameBgHovered] = ToImVec4(p.surface_hover);
  c[ImGuiCol_FrameBgActive] = ToImVec4(p.surface_hover);
  c[ImGuiCol_Button] = ToImVec4(p.surface);
  c[ImGuiCol_ButtonHovered] = ToImVec4(p.surface_hover);
  c[ImGuiCol_ButtonActive] = ToImVec4(p.border);
  c[ImGuiCol_Header] = ToImVec4(p.accent, 0.16f);
  c[ImGuiCol_HeaderHovered] = ToImVec4(p.accent, 0.22f);
  c[ImGuiCol_HeaderActive] = ToImVec4(p.accent, 0.30f);
  c[ImGuiCol_CheckMark] = ToImVec4(p.accent);
  c[ImGuiCol_SliderGrab] = ToImVec4(p.accent);
  c[ImGuiCol_SliderGrabActive] = ToImVec4(p.accent_fill_hover);
  c[ImGuiCol_Separator] = ToImVec4(p.border);
  c[ImGuiCol_ScrollbarBg] = ToImVec4(p.background, 0.0f);
  c[ImGuiCol_ScrollbarGrab] = ToImVec4(p.border);
  c[ImGuiCol_ScrollbarGrabHovered] = ToImVec4(p.text_muted, 0.6f);
  c[ImGuiCol_ScrollbarGrabActive] = ToImVec4(p.text_muted);
  c[ImGuiCol_NavHighlight] = ToImVec4(p.accent);
  c[ImGuiCol_TextSelectedBg] = ToImVec4(p.accent, 0.30f);
  c[ImGuiCol_ModalWindowDimBg] = ImVec4(0, 0, 0, theme == Theme::Dark ? 0.55f : 0.35f);
  c[ImGuiCol_TableHeaderBg] = ToImVec4(p.surface_hover);
  c[ImGuiCol_TableBorderStrong] = ToImVec4(p.border);
  c[ImGuiCol_TableBorderLight] = ToImVec4(p.border, 0.6f);
  c[ImGuiCol_TableRowBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_TableRowBgAlt] = ToImVec4(p.surface_hover, 0.5f);
  c[ImGuiCol_PlotHistogram] = ToImVec4(p.accent);

  style.ScaleAllSizes(device_pixel_ratio);
  ImGui::GetStyle() = style;
}

}  // namespace skillscope::ui
