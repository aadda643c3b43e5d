#include "ui/widgets.h"

#include <algorithm>

#include "imgui_internal.h"
#include "ui/widget_registry.h"

namespace skillscope::ui {

bool BeginPage(const char* name, ImGuiWindowFlags extra_flags) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
  // NoDecoration hides the scrollbar too; long pages need it back.
  return ImGui::Begin(name, nullptr, (flags & ~ImGuiWindowFlags_NoScrollbar) | extra_flags);
}

void EndPage() { ImGui::End(); }

float BeginColumn(const UiContext& ui, float max_css) {
  const float avail = ImGui::GetContentRegionAvail().x;
  const float width = std::max(1.0f, std::min(avail - 1.0f, ui.px(max_css)));
  // At least 1 px: ImGui::Indent(0) means "the default indent", not none.
  const float indent = std::max(1.0f, (avail - width) * 0.5f);
  ImGui::Indent(indent);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  // Remember the indent for EndColumn.
  ImGui::GetStateStorage()->SetFloat(ImGui::GetID("##column_indent"), indent);
  return width;
}

void EndColumn() {
  ImGui::PopTextWrapPos();
  const float indent = ImGui::GetStateStorage()->GetFloat(ImGui::GetID("##column_indent"), 0.0f);
  ImGui::Unindent(indent);
}

void Paragraph(ImFont* font, const ImVec4& color, const char* text) {
  ImGui::PushFont(font);
  ImGui::PushStyleColor(ImGuiCol_Text, color);
  // TextUnformatted, not TextWrapped("%s"): formatting goes through a 3 KB buffer that
  // would cut long notes short. Wrap at the column edge, or the window edge outside one.
  const float wrap = ImGui::GetCurrentWindowRead()->DC.TextWrapPos;
  ImGui::PushTextWrapPos(wrap < 0.0f ? 0.0f : wrap);
  ImGui::TextUnformatted(text);
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  ImGui::PopFont();
  RecordText(text, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
}

namespace {
struct CardFrame {
  ImVec2 start;
  float width = 0;
  float pad = 0;
  ImU32 fill = 0, border = 0;
  float rounding = 0;
};
std::vector<CardFrame>& Cards() {
  static std::vector<CardFrame> cards;
  return cards;
}
}  // namespace

void BeginCard(const UiContext& ui, float width, Rgb fill, Rgb border) {
  CardFrame card;
  card.start = ImGui::GetCursorScreenPos();
  card.width = width;
  card.pad = ui.px(16);
  card.fill = ToU32(fill);
  card.border = ToU32(border);
  card.rounding = ui.px(10);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->ChannelsSplit(2);
  dl->ChannelsSetCurrent(1);  // content above, the panel is drawn behind it in EndCard
  ImGui::Dummy(ImVec2(0, card.pad - ImGui::GetStyle().ItemSpacing.y));
  ImGui::Indent(card.pad);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - 2 * card.pad);
  ImGui::BeginGroup();
  Cards().push_back(card);
}

void EndCard() {
  const CardFrame card = Cards().back();
  Cards().pop_back();
  ImGui::EndGroup();
  ImGui::PopTextWrapPos();
  ImGui::Unindent(card.pad);
  ImGui::Dummy(ImVec2(0, card.pad - ImGui::GetStyle().ItemSpacing.y));
  const ImVec2 end(card.start.x + card.width, ImGui::GetItemRectMax().y);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->ChannelsSetCurrent(0);
  dl->AddRectFilled(card.start, end, card.fill, card.rounding);
  dl->AddRect(card.start, end, card.border, card.rounding);
  dl->ChannelsMerge();
}

bool Banner(const UiContext& ui, float width, BannerKind kind, const std::string& title,
            const std::vector<std::string>& lines, const char* dismiss_id) {
  const Palette& p = ui.palette();
  const bool error = kind == BannerKind::Error;
  BeginCard(ui, width, error ? p.danger_surface : p.surface, error ? p.danger : p.accent);
  Paragraph(ui.fonts.strong, ToImVec4(p.text), title.c_str());
  for (const std::string& line : lines) {
    // A bullet per message; messages wrap under their own first line.
    ImGui::Bullet();
    ImGui::SameLine();
    ImGui::BeginGroup();  // wrapped lines hang under the first, not under the bullet
    Paragraph(ui.fonts.body, ToImVec4(p.text), line.c_str());
    ImGui::EndGroup();
  }
  const bool dismissed = Button(ui, dismiss_id);
  EndCard();
  return dismissed;
}

bool Button(const UiContext& ui, const char* label, const ImVec2& size) {
  ImVec2 s = size;
  if (s.y <= 0) s.y = ui.px(40);  // comfortable for a finger
  ImGui::PushFont(ui.fonts.strong);
  const bool pressed = ImGui::Button(label, s);
  ImGui::PopFont();
  return pressed;
}

bool PrimaryButton(const UiContext& ui, const char* label, const ImVec2& size) {
  const Palette& p = ui.palette();
  ImGui::PushStyleColor(ImGuiCol_Button, ToImVec4(p.accent_fill));
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ToImVec4(p.accent_fill_hover));
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, ToImVec4(p.accent_fill_hover));
  ImGui::PushStyleColor(ImGuiCol_Text, ToImVec4(p.on_accent));
  ImGui::PushStyleColor(ImGuiCol_Border, ToImVec4(p.accent_fill));
  const bool pressed = Button(ui, label, size);
  ImGui::PopStyleColor(5);
  return pressed;
}

}  // namespace skillscope::ui
