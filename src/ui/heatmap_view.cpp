// Sections
//   [SECTION] Columns and sizes
//   [SECTION] Cells
//   [SECTION] Tooltips
//   [SECTION] DrawHeatmap
//   [SECTION] DrawHeatmapKey
#include "ui/heatmap_view.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <string>
#include <vector>

#include "core/chart/heat_style.h"
#include "core/chart/radar.h"
#include "core/chart/style.h"
#include "core/text/messages.h"
#include "imgui_internal.h"
#include "ui/controls.h"
#include "ui/nested_scroll.h"
#include "ui/text_layout.h"
#include "ui/widget_registry.h"
#include "ui/widgets.h"

namespace skillscope::ui {
namespace {

// ---------------------------------------------------------------------------
// [SECTION] Columns and sizes
// ---------------------------------------------------------------------------
enum class Col { Role, Holders, Median, Coverage, Single, Gaps, Member };

struct Column {
  Col kind;
  std::size_t member = 0;
  float width = 0;
  std::string heading;  // may hold a line break
  std::string id;       // "median", "member:<id>"...
  TeamSortKey sort = TeamSortKey::Default;
};

struct Layout {
  float row_h = 0, header_h = 0, skill_w = 0, pad = 0;
  std::vector<Column> columns;
  std::vector<float> x;  // left of each column, from the end of the skill column
  float total_w = 0;     // the scrolling part
};

Rgb FromRgb(std::uint32_t rgb) {
  return Rgb{static_cast<std::uint8_t>(rgb >> 16), static_cast<std::uint8_t>(rgb >> 8), static_cast<std::uint8_t>(rgb)};
}

// How wide a figures' column must be for each line of its heading: as drawn (strong),
// and as Fit lays it out (small, inside the padding), so that no word is cut.
float HeadingWidth(const UiContext& ui, const std::string& heading, float pad) {
  ImFont* drawn = ui.fonts.strong;
  ImFont* fitted = ui.fonts.small;
  float widest = 0;
  std::size_t from = 0;
  for (;;) {
    const std::size_t nl = heading.find('\n', from);
    const std::string line = heading.substr(from, nl == std::string::npos ? std::string::npos : nl - from);
    widest = std::max({widest, drawn->CalcTextSizeA(drawn->FontSize, FLT_MAX, 0, line.c_str()).x,
                       fitted->CalcTextSizeA(fitted->FontSize, FLT_MAX, 0, line.c_str()).x + 2 * pad});
    if (nl == std::string::npos) return std::ceil(widest);
    from = nl + 1;
  }
}

// The widest word a cell may hold ("skipped", "übersprungen"), with a target after it and the
// cell's inset: member cells and the key's samples are at least that wide.
float WidestCellLabel(const UiContext& ui) {
  ImFont* small = ui.fonts.small;
  float widest = 0;
  for (CellKind kind : {CellKind::NotApplicable, CellKind::Skipped, CellKind::OtherVersion}) {
    const std::string label = CellText({kind, 0, 0});
    widest = std::max(widest, small->CalcTextSizeA(small->FontSize, FLT_MAX, 0, label.c_str()).x);
  }
  return std::ceil(widest + 2 * ui.px(3));
}

Layout LayOut(const UiContext& ui, const TeamModel& m, float width) {
  Layout l;
  const bool narrow = width < ui.px(560);
  l.row_h = ui.px(32);
  l.header_h = ui.px(46);
  l.pad = ui.px(6);
  l.skill_w = narrow ? ui.px(118) : std::min(ui.px(260), width * 0.3f);
  const bool role = !m.role.empty();
  ImFont* small = ui.fonts.small;
  // The figures' columns as wide as their widest text (a name in "only one" up to a limit).
  float holders_w = ui.px(90), single_w = ui.px(76);
  for (std::size_t i : m.rows) {
    const TeamSkill& s = m.grid.skills[i];
    const std::string text = HoldersText(s);
    holders_w = std::max(holders_w, small->CalcTextSizeA(small->FontSize, FLT_MAX, 0, text.c_str()).x + 2 * l.pad);
    if (s.single_point)
      single_w = std::min(ui.px(150), std::max(single_w, ui.fonts.strong->CalcTextSizeA(ui.fonts.strong->FontSize, FLT_MAX, 0,
                                                                                        s.single_holder.c_str()).x + 2 * l.pad));
  }
  if (role)
    l.columns.push_back({Col::Role, 0, ui.px(52), Tr(MSG("heatmap.heading.role_level")), "role", TeamSortKey::Role});
  l.columns.push_back(
      {Col::Holders, 0, holders_w, Tr(MSG("heatmap.heading.holders")), "holders", TeamSortKey::Holders});
  l.columns.push_back({Col::Median, 0, ui.px(64), Tr(MSG("heatmap.heading.median")), "median", TeamSortKey::Median});
  l.columns.push_back({Col::Coverage, 0, ui.px(76), Tr(MSG("heatmap.heading.coverage"), m.threshold), "coverage",
                       TeamSortKey::Coverage});
  l.columns.push_back({Col::Single, 0, single_w, Tr(MSG("heatmap.heading.single"), m.threshold), "single",
                       TeamSortKey::Coverage});
  if (role) l.columns.push_back({Col::Gaps, 0, ui.px(56), Tr(MSG("heatmap.heading.gaps")), "gaps", TeamSortKey::Role});
  for (Column& c : l.columns) c.width = std::max(c.width, HeadingWidth(ui, c.heading, l.pad));
  const float member_w = std::max(ui.px(78), WidestCellLabel(ui) + 2 * l.pad);
  for (std::size_t i = 0; i < m.grid.members(); ++i)
    l.columns.push_back({Col::Member, i, member_w, m.grid.member_names[i], "member:" + m.grid.member_ids[i],
                         TeamSortKey::Member});
  float x = 0;
  for (const Column& c : l.columns) {
    l.x.push_back(x);
    x += c.width;
  }
  l.total_w = x;
  return l;
}

// Lines of `text` that fit `width`, at most `max_lines`, the last cut with "…".
std::string Fit(ImFont* font, const std::string& text, float width, int max_lines) {
  const char* b = text.c_str();
  const auto lines = WrapLines(font, font->FontSize, b, b + text.size(), width);
  std::string out;
  for (int i = 0; i < static_cast<int>(lines.size()) && i < max_lines; ++i) {
    std::string line(lines[i].begin, lines[i].end);
    if (i == max_lines - 1 && static_cast<int>(lines.size()) > max_lines) {
      while (!line.empty() && font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, (line + "\xE2\x80\xA6").c_str()).x > width) {
        line.pop_back();
        while (!line.empty() && (static_cast<unsigned char>(line.back()) & 0xC0) == 0x80) line.pop_back();
        if (!line.empty() && static_cast<unsigned char>(line.back()) >= 0xC0) line.pop_back();
      }
      line += "\xE2\x80\xA6";
    }
    out += (i ? "\n" : "") + line;
  }
  return out;
}

// Text centred in a box (several lines each centred).
void CentredText(ImDrawList* dl, ImFont* font, const ImVec2& min, const ImVec2& max, ImU32 color, const std::string& text) {
  const float size = font->FontSize;
  std::vector<std::string> lines;
  std::size_t from = 0;
  for (;;) {
    const std::size_t nl = text.find('\n', from);
    lines.push_back(text.substr(from, nl == std::string::npos ? std::string::npos : nl - from));
    if (nl == std::string::npos) break;
    from = nl + 1;
  }
  float y = (min.y + max.y - size * static_cast<float>(lines.size())) * 0.5f;
  for (const std::string& line : lines) {
    const float w = font->CalcTextSizeA(size, FLT_MAX, 0, line.c_str()).x;
    dl->AddText(font, size, ImVec2(std::floor((min.x + max.x - w) * 0.5f), std::floor(y)), color, line.c_str());
    y += size;
  }
}

// ---------------------------------------------------------------------------
// [SECTION] Cells
// ---------------------------------------------------------------------------
void DrawHatch(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 color, float step, float thickness) {
  dl->PushClipRect(a, b, true);
  const float h = b.y - a.y;
  for (float x = a.x - h; x < b.x; x += step) dl->AddLine(ImVec2(x, b.y), ImVec2(x + h, a.y), color, thickness);
  dl->PopClipRect();
}

void DrawDashedRect(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 color, float dash, float thickness) {
  auto line = [&](ImVec2 from, ImVec2 to) {
    const float len = std::hypot(to.x - from.x, to.y - from.y);
    const ImVec2 d((to.x - from.x) / len, (to.y - from.y) / len);
    for (float t = 0; t < len; t += 2 * dash) {
      const float e = std::min(t + dash, len);
      dl->AddLine(ImVec2(from.x + d.x * t, from.y + d.y * t), ImVec2(from.x + d.x * e, from.y + d.y * e), color, thickness);
    }
  };
  line(a, ImVec2(b.x, a.y));
  line(ImVec2(b.x, a.y), b);
  line(b, ImVec2(a.x, b.y));
  line(ImVec2(a.x, b.y), a);
}

void DrawMemberCell(ImDrawList* dl, const UiContext& ui, const TeamSkill& s, const TeamCell& c, ImVec2 a, ImVec2 b) {
  const Palette& p = ui.palette();
  const float in = ui.px(3);
  const ImVec2 ia(a.x + in, a.y + in), ib(b.x - in, b.y - in);
  ImU32 text = ToU32(p.text_muted);
  ImFont* font = ui.fonts.small;
  switch (c.kind) {
    case CellKind::Level: {
      const double f = LevelFraction(s.scale_levels, c.level);
      dl->AddRectFilled(ia, ib, ToU32(FromRgb(HeatFillRgb(f))), ui.px(3));
      text = ToU32(FromRgb(HeatTextRgb(f)));
      font = ui.fonts.strong;
      break;
    }
    case CellKind::NotApplicable: DrawHatch(dl, ia, ib, ToU32(p.border), ui.px(6), ui.px(1)); break;
    case CellKind::Unanswered: DrawDashedRect(dl, ia, ib, ToU32(p.text_muted, 0.8f), ui.px(3), ui.px(1)); break;
    case CellKind::OtherVersion: dl->AddRect(ia, ib, ToU32(p.text_muted, 0.6f), ui.px(3), 0, ui.px(1)); break;
    case CellKind::Skipped:
    case CellKind::NotAssessed: break;
  }
  if (IsRoleGap(s, c)) dl->AddRect(ImVec2(ia.x - ui.px(1), ia.y - ui.px(1)), ImVec2(ib.x + ui.px(1), ib.y + ui.px(1)),
                                   ToU32(p.danger), ui.px(3), 0, ui.px(2));
  const std::string label = CellText(c);
  if (!label.empty()) CentredText(dl, font, a, b, text, label);
  // One's own review proposed another level: a corner in the review series' colour
  // (the radar draws reviews as that series), outlined so it shows on any fill.
  if (c.reviewed_differs) {
    const SeriesStyle& st = StyleForSeries(2);
    const ImU32 mark = ToU32(FromRgb(ui.theme == Theme::Dark ? st.dark_rgb : st.light_rgb));
    const float side = ui.px(11);
    const ImVec2 p1(ib.x - side, ia.y), p2(ib.x, ia.y), p3(ib.x, ia.y + side);
    dl->AddTriangleFilled(p1, p2, p3, mark);
    dl->AddTriangle(p1, p2, p3, ToU32(p.background), ui.px(1));
  }
}

// ---------------------------------------------------------------------------
// [SECTION] Tooltips
// ---------------------------------------------------------------------------
// Sentences one after another: what the cell holds, then what the role and one's review say.
std::string CellMeaning(const TeamSkill& s, const TeamCell& c) {
  std::string out;
  switch (c.kind) {
    case CellKind::Level: out = Tr(MSG("heatmap.cell.level"), c.level); break;
    case CellKind::NotApplicable: out = Tr(MSG("heatmap.cell.not_applicable")); break;
    case CellKind::Skipped: out = Tr(MSG("heatmap.cell.skipped")); break;
    case CellKind::Unanswered: out = Tr(MSG("heatmap.cell.unanswered")); break;
    case CellKind::NotAssessed: return Tr(MSG("heatmap.cell.not_assessed"));
    case CellKind::OtherVersion: return Tr(MSG("heatmap.cell.other_version"));
  }
  if (c.target > 0) out = Tr(MSG("heatmap.cell.with_target"), out, c.target);
  if (IsRoleGap(s, c)) out += ". " + Tr(MSG("heatmap.cell.role_gap"), s.role_level);
  if (c.reviewed_differs) out += ". " + Tr(MSG("heatmap.cell.review_differs"), c.reviewed);
  else if (c.reviewed > 0) out += ". " + Tr(MSG("heatmap.cell.review_agreed"));
  return out;
}

void Tooltip(const UiContext& ui, const std::string& heading, const std::string& line, const std::string& detail) {
  const Palette& p = ui.palette();
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ui.px(360));
  Paragraph(ui.fonts.strong, ToImVec4(p.text), heading.c_str());
  if (!line.empty()) Paragraph(ui.fonts.body, ToImVec4(p.text), line.c_str());
  if (!detail.empty()) Paragraph(ui.fonts.small, ToImVec4(p.text_muted), detail.c_str());
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

std::string FigureText(const TeamSkill& s, const Column& c) {
  switch (c.kind) {
    case Col::Role: return s.role_level > 0 ? FormatInteger(s.role_level) : "\xE2\x80\x94";
    case Col::Holders: return HoldersText(s);
    case Col::Median: return MedianText(s);
    case Col::Coverage: return s.threshold_defined ? FormatInteger(s.covered) : "\xE2\x80\x94";
    case Col::Single:
      return s.single_point ? s.single_holder : s.threshold_defined && s.covered == 0 ? Tr(MSG("heatmap.nobody")) : "";
    case Col::Gaps: return s.role_level > 0 ? FormatInteger(s.gaps) : "\xE2\x80\x94";
    case Col::Member: break;
  }
  return "";
}

}  // namespace

// ---------------------------------------------------------------------------
// [SECTION] DrawHeatmap
// ---------------------------------------------------------------------------
HeatmapResult DrawHeatmap(const UiContext& ui, const TeamModel& m, float width, float max_height) {
  HeatmapResult result;
  const Palette& p = ui.palette();
  const Layout l = LayOut(ui, m, width);
  // Exactly as tall as the rows when they fit (then the wheel scrolls the page, not
  // this: ImGui hands it on only when a child has nothing to scroll), else max_height.
  const float scrollbar = ImGui::GetStyle().ScrollbarSize;
  const float content_w = l.skill_w + l.total_w, content_h = l.header_h + l.row_h * static_cast<float>(m.rows.size());
  const bool tall = content_h + scrollbar > max_height;
  const bool wide = content_w > width - (tall ? scrollbar : 0);
  const float height = tall ? max_height : content_h + (wide ? scrollbar : 0);
  ImGui::SetNextWindowContentSize(ImVec2(content_w, content_h));
  ImGui::PushStyleColor(ImGuiCol_ChildBg, ToImVec4(p.surface));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  const bool open = ImGui::BeginChild("##heatmap", ImVec2(width, height), true, ImGuiWindowFlags_HorizontalScrollbar);
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
  if (!open) {
    ImGui::EndChild();
    return result;
  }
  PassWheelOnAtEnds();
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  ImDrawList* dl = window->DrawList;
  const ImRect inner = window->InnerRect;
  const ImVec2 origin = inner.Min;
  const float scroll_x = ImGui::GetScrollX(), scroll_y = ImGui::GetScrollY();
  const ImRect body(ImVec2(origin.x + l.skill_w, origin.y + l.header_h), inner.Max);
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  const bool hovered = ImGui::IsWindowHovered();
  const std::size_t rows = m.rows.size();
  const std::size_t first = static_cast<std::size_t>(std::max(0.0f, scroll_y / l.row_h));
  const std::size_t last = std::min(rows, static_cast<std::size_t>((scroll_y + body.GetHeight()) / l.row_h) + 1);
  std::size_t col_first = l.columns.size(), col_last = 0;
  for (std::size_t c = 0; c < l.columns.size(); ++c) {
    const float x0 = body.Min.x + l.x[c] - scroll_x;
    if (x0 + l.columns[c].width <= body.Min.x || x0 >= body.Max.x) continue;
    col_first = std::min(col_first, c);
    col_last = c + 1;
  }
  auto row_top = [&](std::size_t r) { return body.Min.y + l.row_h * static_cast<float>(r) - scroll_y; };
  auto col_left = [&](std::size_t c) { return body.Min.x + l.x[c] - scroll_x; };
  const ImU32 grid = ToU32(p.border, 0.7f);

  // Each pane (corner, headings, skill column, body) is drawn in one pass under its own
  // clip rect (a clip change per row would be a draw call and a scissor each). The
  // accessibility mirror then gets the rows in reading order (the skill, then its cells)
  // from a pass that only records; the headings record themselves.
  const ImRect skills(ImVec2(origin.x, body.Min.y), ImVec2(body.Min.x, inner.Max.y));
  const ImRect head(ImVec2(body.Min.x, origin.y), ImVec2(inner.Max.x, body.Min.y));
  const bool narrow = l.skill_w < ui.px(160);
  SemanticGroup table(Role::Table, Tr(MSG("heatmap.table")));

  // Headings, fixed at the top; a click sorts by that column.
  auto heading = [&](const ImVec2& a, const ImVec2& b, const std::string& text, const std::string& id, TeamSortKey key,
                     std::size_t member) {
    const bool current = m.sort.key == key && (key != TeamSortKey::Member || m.sort.member == member);
    const float mark = current ? ui.px(12) : 0;  // room for the sort direction's triangle
    const std::string shown = Fit(ui.fonts.small, text, b.x - a.x - 2 * l.pad - mark, 2);
    std::string spoken = text;  // "People\nper level" is drawn on two lines, said as one
    std::replace(spoken.begin(), spoken.end(), '\n', ' ');
    SemanticGroup column_header(Role::ColumnHeader, spoken);
    ImGui::SetCursorScreenPos(a);
    const bool clicked = ImGui::InvisibleButton(("##sort:" + id).c_str(), ImVec2(b.x - a.x, b.y - a.y));
    const bool hot = ImGui::IsItemHovered();
    dl->AddRectFilled(a, b, ToU32(hot ? p.surface_hover : p.surface));
    CentredText(dl, ui.fonts.strong, ImVec2(a.x, a.y), ImVec2(b.x - mark, b.y), ToU32(current ? p.accent : p.text), shown);
    if (current) {  // drawn, not a glyph: the font has no arrows
      const float cx = b.x - l.pad - ui.px(4), cy = (a.y + b.y) * 0.5f, r = ui.px(4);
      if (m.sort.descending)
        dl->AddTriangleFilled(ImVec2(cx - r, cy - r * 0.6f), ImVec2(cx + r, cy - r * 0.6f), ImVec2(cx, cy + r * 0.7f), ToU32(p.accent));
      else
        dl->AddTriangleFilled(ImVec2(cx - r, cy + r * 0.6f), ImVec2(cx + r, cy + r * 0.6f), ImVec2(cx, cy - r * 0.7f), ToU32(p.accent));
    }
    dl->AddLine(ImVec2(b.x, a.y), b, grid);
    ItemState state;
    state.name = spoken;
    state.description = current ? (m.sort.descending ? Tr(MSG("heatmap.sorted_highest_first"))
                                                     : Tr(MSG("heatmap.sorted_lowest_first")))
                                : Tr(MSG("heatmap.sorts"));
    RecordWidget((spoken + "##sort:" + id).c_str(), a, b, Role::Button, ImGui::GetItemID(), state);
    if (hot && key == TeamSortKey::Member) Tooltip(ui, text, Tr(MSG("heatmap.sort_by_person")), "");
    if (!clicked) return;
    result.sort = true;
    result.sort_by.key = key;
    result.sort_by.member = member;
    // Numbers start with the highest, names with A; a second click turns it round.
    result.sort_by.descending = current ? !m.sort.descending : key != TeamSortKey::Skill;
  };
  {
    SemanticGroup row(Role::Row);
    ImGui::PushClipRect(origin, ImVec2(body.Min.x, body.Min.y), true);
    heading(origin, ImVec2(body.Min.x, body.Min.y), Tr(MSG("heatmap.heading.skill")), "skill", TeamSortKey::Skill, 0);
    ImGui::PopClipRect();
    ImGui::PushClipRect(head.Min, head.Max, true);
    for (std::size_t c = col_first; c < col_last; ++c) {
      const Column& col = l.columns[c];
      heading(ImVec2(col_left(c), head.Min.y), ImVec2(col_left(c) + col.width, head.Max.y), col.heading, col.id, col.sort,
              col.member);
    }
    ImGui::PopClipRect();
  }

  auto skill_label = [&](const TeamSkill& s) { return s.code + " \xC2\xB7 " + s.name + "##row:" + s.key; };
  auto cell_label = [&](std::size_t si, const Column& col) {
    const TeamSkill& s = m.grid.skills[si];
    if (col.kind == Col::Member) {
      const TeamCell& c = m.grid.At(si, col.member);
      return (c.reviewed_differs ? Tr(MSG("heatmap.cell.label_reviewed"), CellText(c), c.reviewed) : CellText(c)) +
             "##cell:" + m.grid.member_ids[col.member] + ":" + s.key;
    }
    return FigureText(s, col) + "##" + col.id + ":" + s.key;
  };

  // The skill column, fixed at the left.
  ImGui::PushClipRect(skills.Min, skills.Max, true);
  dl->AddRectFilled(skills.Min, skills.Max, ToU32(p.surface));
  for (std::size_t r = first; r < last; ++r) {
    const TeamSkill& s = m.grid.skills[m.rows[r]];
    const float y0 = row_top(r), y1 = y0 + l.row_h;
    const ImVec2 a(skills.Min.x, y0), b(skills.Max.x, y1);
    if (r % 2) dl->AddRectFilled(a, b, ToU32(p.background, 0.6f));
    ImFont* small = ui.fonts.small;
    if (narrow) {  // a phone: the code, and as much of the name as fits under it
      const float line = small->FontSize * 0.92f;
      const float top = std::floor((y0 + y1) * 0.5f - line);
      dl->AddText(ui.fonts.strong, line, ImVec2(a.x + l.pad, top), ToU32(p.text), s.code.c_str());
      dl->AddText(small, line, ImVec2(a.x + l.pad, top + line), ToU32(p.text_muted),
                  Fit(small, s.name, l.skill_w - 2 * l.pad, 1).c_str());
    } else {
      const std::string text = Fit(small, s.code + " \xC2\xB7 " + s.name, l.skill_w - 2 * l.pad, 1);
      dl->AddText(small, small->FontSize, ImVec2(a.x + l.pad, std::floor((y0 + y1 - small->FontSize) * 0.5f)), ToU32(p.text),
                  text.c_str());
    }
    dl->AddLine(ImVec2(a.x, y1), ImVec2(b.x, y1), grid);
    if (hovered && ImRect(a, b).Contains(mouse) && skills.Contains(mouse))
      Tooltip(ui, s.code + " \xC2\xB7 " + s.name,
              s.framework_title + " " + s.version + (s.category.empty() ? "" : " \xE2\x80\xBA " + s.category), "");
  }
  dl->AddLine(ImVec2(skills.Max.x - 1, skills.Min.y), ImVec2(skills.Max.x - 1, skills.Max.y), ToU32(p.border), ui.px(1.5f));
  ImGui::PopClipRect();

  // The body: figures and people's cells.
  ImGui::PushClipRect(body.Min, body.Max, true);
  for (std::size_t r = first; r < last; ++r) {
    const std::size_t si = m.rows[r];
    const TeamSkill& s = m.grid.skills[si];
    const float y0 = row_top(r), y1 = y0 + l.row_h;
    if (r % 2) dl->AddRectFilled(ImVec2(body.Min.x, y0), ImVec2(body.Max.x, y1), ToU32(p.background, 0.6f));
    for (std::size_t c = col_first; c < col_last; ++c) {
      const Column& col = l.columns[c];
      const ImVec2 a(col_left(c), y0), b(col_left(c) + col.width, y1);
      if (col.kind == Col::Member) {
        DrawMemberCell(dl, ui, s, m.grid.At(si, col.member), a, b);
      } else {
        const std::string text = FigureText(s, col);
        const bool alarm = col.kind == Col::Single && !text.empty();
        CentredText(dl, alarm ? ui.fonts.strong : ui.fonts.small, a, b, ToU32(alarm ? p.danger : p.text),
                    Fit(ui.fonts.small, text, col.width - 2 * l.pad, 1));
      }
      dl->AddLine(ImVec2(b.x, y0), ImVec2(b.x, y1), grid);
      if (hovered && ImRect(a, b).Contains(mouse) && body.Contains(mouse)) {
        if (col.kind == Col::Member)
          Tooltip(ui, m.grid.member_names[col.member], s.code + " \xC2\xB7 " + s.name,
                  CellMeaning(s, m.grid.At(si, col.member)));
        else if (col.kind == Col::Holders)
          Tooltip(ui, s.code + " \xC2\xB7 " + s.name, Tr(MSG("heatmap.holders_tooltip"), HoldersText(s)), "");
      }
    }
    dl->AddLine(ImVec2(body.Min.x, y1), ImVec2(body.Max.x, y1), grid);
  }
  ImGui::PopClipRect();

  // The rows for the mirror and widgets(), in reading order.
  for (std::size_t r = first; r < last; ++r) {
    const std::size_t si = m.rows[r];
    const TeamSkill& s = m.grid.skills[si];
    const float y0 = row_top(r), y1 = y0 + l.row_h;
    SemanticGroup row(Role::Row);
    RecordWidget(skill_label(s).c_str(), ImVec2(skills.Min.x, y0), ImVec2(skills.Max.x, y1), Role::RowHeader);
    for (std::size_t c = col_first; c < col_last; ++c) {
      const Column& col = l.columns[c];
      ItemState state;
      if (col.kind == Col::Member) state.description = CellMeaning(s, m.grid.At(si, col.member));
      RecordWidget(cell_label(si, col).c_str(), ImVec2(col_left(c), y0), ImVec2(col_left(c) + col.width, y1), Role::Cell, 0,
                   state);
    }
  }
  dl->AddLine(ImVec2(origin.x, body.Min.y - 1), ImVec2(inner.Max.x, body.Min.y - 1), ToU32(p.border), ui.px(1.5f));
  ImGui::EndChild();
  return result;
}

// ---------------------------------------------------------------------------
// [SECTION] DrawHeatmapKey
// ---------------------------------------------------------------------------
void DrawHeatmapKey(const UiContext& ui, const TeamModel& m) {
  const Palette& p = ui.palette();
  TeamSkill scale;
  scale.scale_levels = {1, 2, 3, 4};
  scale.role_level = m.role.empty() ? 0 : 4;
  struct Sample {
    TeamCell cell;
    std::string meaning;
  };
  std::vector<Sample> shown = {
      {{CellKind::Level, 1, 0}, Tr(MSG("heatmap.key.low"))},
      {{CellKind::Level, 4, 0}, Tr(MSG("heatmap.key.high"))},
      {{CellKind::Level, 2, 3}, Tr(MSG("heatmap.key.level_and_target"), 2, 3)},
      {{CellKind::NotApplicable, 0, 0}, Tr(MSG("heatmap.key.not_applicable"))},
      {{CellKind::Unanswered, 0, 0}, Tr(MSG("heatmap.key.unanswered"))},
      {{CellKind::Skipped, 0, 0}, Tr(MSG("heatmap.key.skipped"))},
      {{CellKind::OtherVersion, 0, 0}, Tr(MSG("heatmap.key.other_version"))},
  };
  if (std::find(m.grid.member_reviewed.begin(), m.grid.member_reviewed.end(), true) != m.grid.member_reviewed.end()) {
    TeamCell reviewed{CellKind::Level, 3, 0};
    reviewed.reviewed = 2;
    reviewed.reviewed_differs = true;
    shown.push_back({reviewed, Tr(MSG("heatmap.key.review_differs"))});
  }
  const float cell_w = std::max(ui.px(58), WidestCellLabel(ui) + ui.px(8)), cell_h = ui.px(28), gap = ui.px(6);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImFont* font = ui.fonts.small;
  ImGui::PushFont(font);
  for (std::size_t i = 0; i < shown.size(); ++i) {
    const char* meaning = shown[i].meaning.c_str();
    const float text_w = ImGui::CalcTextSize(meaning).x;
    const float item_w = cell_w + gap + text_w;
    FlowNext(item_w + ui.px(10), i == 0);
    const ImVec2 a = ImGui::GetCursorScreenPos();
    DrawMemberCell(dl, ui, scale, shown[i].cell, a, ImVec2(a.x + cell_w, a.y + cell_h));
    const ImVec2 t(a.x + cell_w + gap, std::floor(a.y + (cell_h - font->FontSize) * 0.5f));
    dl->AddText(font, font->FontSize, t, ToU32(p.text_muted), meaning);
    RecordText(meaning, t, ImVec2(t.x + text_w, t.y + font->FontSize));
    ImGui::Dummy(ImVec2(item_w, cell_h));
  }
  ImGui::PopFont();
}

}  // namespace skillscope::ui
