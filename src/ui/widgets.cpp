#include "ui/widgets.h"

#include <algorithm>
#include <cfloat>

#include <cstring>

#include "core/text/bidi.h"
#include "imgui_internal.h"
#include "ui/controls.h"
#include "ui/text_layout.h"
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

float BeginColumn(const UiContext& ui, float max_css, float reserve_right) {
  const float avail = ImGui::GetContentRegionAvail().x - reserve_right;
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
  // Laid out here (not with TextWrapped) so lines break only at spaces, long notes are
  // not cut by ImGui's 3 KB format buffer, and the block is one item.
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  if (window->SkipItems) return;
  ImGui::PushFont(font);
  const float size = ImGui::GetFontSize();
  const ImVec2 pos(window->DC.CursorPos.x, window->DC.CursorPos.y + window->DC.CurrLineTextBaseOffset);
  // Wrap at the column edge, or at the cell / window edge outside one.
  const float wrap_local = window->DC.TextWrapPos;
  const float right = (wrap_local > 0 && !ImGui::GetCurrentTable()) ? window->Pos.x - window->Scroll.x + wrap_local
                                                                      : ImGui::GetContentRegionMaxAbs().x;
  const float wrap = std::max(right - pos.x, size);
  const TextLayout layout = LayOutText(font, size, text, text + std::strlen(text), wrap);
  // A right-to-left paragraph spans the column and its lines end at the right edge,
  // as a browser sets a paragraph of that direction.
  const float width = layout.right_to_left ? std::max(layout.width, wrap) : layout.width;
  const ImVec2 block(width, size * static_cast<float>(layout.lines.size()));
  const ImRect bb(pos, ImVec2(pos.x + block.x, pos.y + block.y));
  ImGui::ItemSize(block, 0.0f);
  if (ImGui::ItemAdd(bb, 0)) {
    DrawTextLayout(window->DrawList, font, size, pos, ImGui::ColorConvertFloat4ToU32(color), layout, width);
  }
  RecordText(text, bb.Min, bb.Max);  // in view or not: the mirror reads the whole page
  ImGui::PopFont();
}

bool NeedsReadingOrder(const std::string& text) { return HasRightToLeft(text); }

void DrawInReadingOrder(ImFont* font, const std::string& text, ImVec2 min, ImVec2 max) {
  const ImVec2 pad = ImGui::GetStyle().FramePadding;
  const ImVec2 inner_min(min.x + pad.x, min.y + pad.y), inner_max(max.x - pad.x, max.y - pad.y);
  const float size = font->FontSize;
  // No wrapping: a field breaks lines only where the text has them.
  const TextLayout layout = LayOutText(font, size, text.data(), text.data() + text.size(), FLT_MAX);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->PushClipRect(inner_min, inner_max, true);
  DrawTextLayout(dl, font, size, inner_min, ImGui::GetColorU32(ImGuiCol_Text), layout, inner_max.x - inner_min.x);
  dl->PopClipRect();
}

void BulletParagraph(ImFont* font, const ImVec4& color, const char* text) {
  ImGui::Bullet();
  ImGui::SameLine();
  ImGui::BeginGroup();
  SetNextTextRole(Role::Bullet);
  Paragraph(font, color, text);
  ImGui::EndGroup();
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

BannerResult Banner(const UiContext& ui, float width, BannerKind kind, const std::string& title,
                    const std::vector<std::string>& lines, const std::vector<std::string>& buttons,
                    const char* dismiss_id) {
  BannerResult result;
  const Palette& p = ui.palette();
  const bool error = kind == BannerKind::Error;
  SemanticGroup notice(Role::Group, title, error ? Live::Assertive : Live::Polite);  // announced when it appears
  BeginCard(ui, width, error ? p.danger_surface : p.surface, error ? p.danger : p.accent);
  Paragraph(ui.fonts.strong, ToImVec4(p.text), title.c_str());
  for (const std::string& line : lines) BulletParagraph(ui.fonts.body, ToImVec4(p.text), line.c_str());
  ImGui::PushFont(ui.fonts.strong);
  for (std::size_t i = 0; i <= buttons.size(); ++i) {
    const char* label = i < buttons.size() ? buttons[i].c_str() : dismiss_id;
    FlowNext(ButtonWidth(label), i == 0);
    if (Button(ui, label)) {
      if (i < buttons.size()) result.button = static_cast<int>(i);
      else result.dismissed = true;
    }
  }
  ImGui::PopFont();
  EndCard();
  return result;
}

bool BeginDialog(const UiContext& ui, const char* title_id, float max_width_css) {
  if (!ImGui::IsPopupOpen(title_id)) ImGui::OpenPopup(title_id);
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(vp->WorkSize.x - ui.px(24), ui.px(max_width_css)), 0));
  // No ImGui title bar (a strip in another style); the title is the dialog's heading.
  if (!ImGui::BeginPopupModal(title_id, nullptr,
                              ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoTitleBar))
    return false;
  const std::string title = SplitWidgetLabel(title_id).visible;
  BeginSemanticGroup(Role::Dialog, title);
  SetNextTextRole(Role::Heading, 2);
  Paragraph(ui.fonts.heading, ToImVec4(ui.palette().text), title.c_str());
  return true;
}

void EndDialog() {
  EndSemanticGroup();
  ImGui::EndPopup();
}

bool Button(const UiContext& ui, const char* label, const ImVec2& size) {
  ImVec2 s = size;
  if (s.y <= 0) s.y = ui.px(40);  // comfortable for a finger
  ImGui::PushFont(ui.fonts.strong);
  const bool pressed = ImGui::Button(label, s);
  DescribeItem(label, Role::Button);
  ImGui::PopFont();
  return pressed;
}

bool PrimaryButton(const UiContext& ui, const char* label, const ImVec2& size, bool enabled) {
  const Palette& p = ui.palette();
  if (!enabled) {
    // ImGui's disabled look fades the text below a readable contrast; keep it legible.
    ImGui::PushItemFlag(ImGuiItemFlags_Disabled, true);
    ImGui::PushStyleColor(ImGuiCol_Button, ToImVec4(p.surface_hover));
    ImGui::PushStyleColor(ImGuiCol_Text, ToImVec4(p.text_muted));
    Button(ui, label, size);
    ImGui::PopStyleColor(2);
    ImGui::PopItemFlag();
    return false;
  }
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
