// Sections
//   [SECTION] Drawing helpers: colours, dashes, markers
//   [SECTION] Radar
//   [SECTION] Bars
//   [SECTION] Tooltips and interaction
//   [SECTION] DrawChart, DrawLegend
#include "ui/chart_view.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <string>

#include "core/chart/style.h"
#include "core/text/messages.h"
#include "core/text/wording.h"
#include "imgui_internal.h"
#include "ui/text_layout.h"
#include "ui/widget_registry.h"
#include "ui/widgets.h"

namespace skillscope::ui {
namespace {

// ---------------------------------------------------------------------------
// [SECTION] Drawing helpers: colours, dashes, markers
// ---------------------------------------------------------------------------
ImU32 SeriesColor(const UiContext& ui, int series, float alpha = 1.0f) {
  const SeriesStyle& st = StyleForSeries(series);
  const std::uint32_t rgb = ui.theme == Theme::Dark ? st.dark_rgb : st.light_rgb;
  return ToU32(Rgb{static_cast<std::uint8_t>(rgb >> 16), static_cast<std::uint8_t>(rgb >> 8),
                   static_cast<std::uint8_t>(rgb)},
               alpha);
}

ImVec2 P(const ImVec2& origin, const Vec2& v) {
  return ImVec2(origin.x + static_cast<float>(v.x), origin.y + static_cast<float>(v.y));
}

void StyledLine(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 color, float thickness, Dash dash, float unit) {
  if (dash == Dash::Solid) {
    dl->AddLine(a, b, color, thickness);
    return;
  }
  const float on = (dash == Dash::Dashed ? 7.0f : 2.0f) * unit, off = (dash == Dash::Dashed ? 4.0f : 3.0f) * unit;
  const float len = std::hypot(b.x - a.x, b.y - a.y);
  if (len <= 0) return;
  const ImVec2 dir((b.x - a.x) / len, (b.y - a.y) / len);
  for (float t = 0; t < len; t += on + off) {
    const float e = std::min(t + on, len);
    dl->AddLine(ImVec2(a.x + dir.x * t, a.y + dir.y * t), ImVec2(a.x + dir.x * e, a.y + dir.y * e), color, thickness);
  }
}

void MarkerAt(ImDrawList* dl, Marker m, ImVec2 p, float r, ImU32 color, ImU32 background) {
  switch (m) {
    case Marker::Circle: dl->AddCircleFilled(p, r, color, 16); break;
    case Marker::Square:
      dl->AddRectFilled(ImVec2(p.x - r, p.y - r), ImVec2(p.x + r, p.y + r), background);
      dl->AddRect(ImVec2(p.x - r, p.y - r), ImVec2(p.x + r, p.y + r), color, 0, 0, r * 0.45f);
      break;
    case Marker::Triangle:
      dl->AddTriangleFilled(ImVec2(p.x, p.y - r * 1.2f), ImVec2(p.x + r * 1.1f, p.y + r * 0.8f),
                            ImVec2(p.x - r * 1.1f, p.y + r * 0.8f), color);
      break;
    case Marker::Diamond:
      dl->AddQuadFilled(ImVec2(p.x, p.y - r * 1.3f), ImVec2(p.x + r * 1.3f, p.y), ImVec2(p.x, p.y + r * 1.3f),
                        ImVec2(p.x - r * 1.3f, p.y), color);
      break;
    case Marker::Cross:
      dl->AddLine(ImVec2(p.x - r, p.y - r), ImVec2(p.x + r, p.y + r), color, r * 0.55f);
      dl->AddLine(ImVec2(p.x + r, p.y - r), ImVec2(p.x - r, p.y + r), color, r * 0.55f);
      break;
    case Marker::TriangleDown:
      dl->AddTriangleFilled(ImVec2(p.x, p.y + r * 1.2f), ImVec2(p.x - r * 1.1f, p.y - r * 0.8f),
                            ImVec2(p.x + r * 1.1f, p.y - r * 0.8f), color);
      break;
  }
}

// A label's lines, aligned within its box like the core placed the box around its anchor.
void DrawLabel(ImDrawList* dl, const UiContext& ui, const LabelBox& box, const TextLayout& lines, ImVec2 origin,
               ImU32 color) {
  ImFont* font = ui.fonts.small;
  const float size = font->FontSize;
  float y = origin.y + static_cast<float>(box.pos.y);
  for (const DrawnLine& l : lines.lines) {
    float x = origin.x + static_cast<float>(box.pos.x);
    if (box.align == Align::Right) x += static_cast<float>(box.size.w) - l.width;
    else if (box.align == Align::Center) x += (static_cast<float>(box.size.w) - l.width) * 0.5f;
    dl->AddText(font, size, ImVec2(x, y), color, l.text.begin, l.text.end);
    y += size;
  }
}

void WrappedText(ImDrawList* dl, const UiContext& ui, const LabelBox& box, ImVec2 origin, ImU32 color, float wrap) {
  ImFont* font = ui.fonts.small;
  const char* text = box.text.c_str();
  DrawLabel(dl, ui, box, LayOutText(font, font->FontSize, text, text + box.text.size(), wrap), origin, color);
}

MeasureText FontMeasure(const UiContext& ui) {
  return [&ui](const std::string& text, double wrap) {
    ImFont* font = ui.fonts.small;
    const ImVec2 s = WrappedSize(font, font->FontSize, text, static_cast<float>(wrap));
    return TextSize{std::ceil(s.x) + 1.0, s.y};
  };
}

// A chart's radar, laid out and its labels wrapped, kept between frames while what it
// is laid out from stays the same: doing it every frame cost about 2 ms with 30 axes.
struct RadarLayout {
  std::vector<ChartAxisInput> axes;
  std::vector<ChartSeriesInput> series;
  ChartArea area;
  unsigned fonts = 0;  // Fonts::generation
  RadarGeometry geometry;
  std::vector<TextLayout> labels;  // per axis; they point into geometry's label texts
  int used = 0;                    // the ImGui frame it was last drawn in
};

const RadarLayout& LaidOutRadar(const UiContext& ui, ImGuiID chart, const ChartData& data, const ChartArea& area) {
  static std::map<ImGuiID, RadarLayout> layouts;  // a node never moves: the spans stay valid
  const int frame = ImGui::GetFrameCount();
  for (auto it = layouts.begin(); it != layouts.end();)  // charts no longer drawn
    it = it->second.used < frame - 1 && it->first != chart ? layouts.erase(it) : std::next(it);
  RadarLayout& l = layouts[chart];
  l.used = frame;
  if (l.fonts == ui.fonts.generation && l.area == area && l.axes == data.axes && l.series == data.series) return l;
  l.axes = data.axes;
  l.series = data.series;
  l.area = area;
  l.fonts = ui.fonts.generation;
  l.geometry = LayoutRadar(data.axes, data.series, area, FontMeasure(ui));
  l.labels.clear();
  ImFont* font = ui.fonts.small;
  const float wrap = static_cast<float>(area.label_max_width);
  for (const RadarAxis& a : l.geometry.axes) {
    const char* text = a.label.text.c_str();
    l.labels.push_back(LayOutText(font, font->FontSize, text, text + a.label.text.size(), wrap));
  }
  return l;
}

// ---------------------------------------------------------------------------
// [SECTION] Radar
// ---------------------------------------------------------------------------
void DrawRadarGeometry(ImDrawList* dl, const UiContext& ui, const RadarLayout& layout, ImVec2 o, int hovered_axis) {
  const RadarGeometry& g = layout.geometry;
  const Palette& p = ui.palette();
  const float unit = ui.device_pixel_ratio;
  for (const RingSegment& r : g.rings) {
    StyledLine(dl, P(o, r.a), P(o, r.b), ToU32(p.border, r.defined ? 1.0f : 0.55f), unit,
               r.defined ? Dash::Solid : Dash::Dotted, unit);
  }
  for (std::size_t i = 0; i < g.axes.size(); ++i) {
    const RadarAxis& a = g.axes[i];
    const bool hot = static_cast<int>(i) == hovered_axis;
    const ImU32 axis_color = hot ? ToU32(p.accent) : ToU32(p.text_muted, a.gap ? 0.45f : 0.8f);
    StyledLine(dl, P(o, g.center), P(o, a.end), axis_color, hot ? 2.0f * unit : unit, a.gap ? Dash::Dashed : Dash::Solid, unit);
    for (const LevelTick& t : a.ticks) {
      if (t.defined) dl->AddCircleFilled(P(o, t.pos), 2.2f * unit, axis_color, 10);
      else dl->AddCircle(P(o, t.pos), 2.2f * unit, axis_color, 10, unit);
    }
    if (a.gap) {
      // A cross halfway along the axis: skipped or not applicable, not zero.
      const ImVec2 m((P(o, g.center).x + P(o, a.end).x) * 0.5f, (P(o, g.center).y + P(o, a.end).y) * 0.5f);
      const float s = 4.0f * unit;
      dl->AddLine(ImVec2(m.x - s, m.y - s), ImVec2(m.x + s, m.y + s), ToU32(p.text_muted), 1.5f * unit);
      dl->AddLine(ImVec2(m.x + s, m.y - s), ImVec2(m.x - s, m.y + s), ToU32(p.text_muted), 1.5f * unit);
    }
  }
  for (std::size_t s = 0; s < g.series.size(); ++s) {
    const SeriesStyle& st = StyleForSeries(static_cast<int>(s));
    const SeriesShape& shape = g.series[s];
    if (st.filled) {
      for (const auto& w : shape.wedges)
        dl->AddTriangleFilled(P(o, w[0]), P(o, w[1]), P(o, w[2]), SeriesColor(ui, static_cast<int>(s), 0.28f));
    }
    for (const auto& e : shape.edges)
      StyledLine(dl, P(o, e[0]), P(o, e[1]), SeriesColor(ui, static_cast<int>(s)), 2.5f * unit, st.dash, unit);
    for (const auto& v : shape.vertices)
      if (v) MarkerAt(dl, st.marker, P(o, *v), 4.5f * unit, SeriesColor(ui, static_cast<int>(s)), ToU32(p.surface));
  }
  for (std::size_t i = 0; i < g.axes.size(); ++i) {
    const RadarAxis& a = g.axes[i];
    const ImU32 color = static_cast<int>(i) == hovered_axis ? ToU32(p.accent) : a.gap ? ToU32(p.text_muted) : ToU32(p.text);
    DrawLabel(dl, ui, a.label, layout.labels[i], o, color);
    // Level numbers (every level on the first axis, the highest on the others): beside
    // the axis, just inside the tick, over the shapes on a small halo so markers and
    // labels never hide them.
    ImFont* font = ui.fonts.small;
    const float sn = std::sin(static_cast<float>(a.angle)), cs = std::cos(static_cast<float>(a.angle));
    for (const LevelTick& t : a.ticks) {
      if (!t.numbered) continue;
      const std::string num = std::to_string(t.level);
      const ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, num.c_str());
      const bool end = t.level == a.highest_level;
      const float in = (end ? 10.0f : 0.0f) * unit, side = (end ? 6.0f : 10.0f) * unit + size.x * 0.5f;
      // Clockwise of the axis, or anticlockwise where a series' outline crosses that spot.
      const double half = std::max(size.x, size.y) * 0.5;
      const Vec2 spot = PlaceClearOfOutlines(g, {t.pos.x - sn * in + cs * side, t.pos.y + cs * in + sn * side},
                                             {t.pos.x - sn * in - cs * side, t.pos.y + cs * in - sn * side},
                                             half + 2.0 * unit);
      const ImVec2 c = P(o, spot);
      // Where a marker sits, the marker says it; a number there would be covered.
      if (!ClearOfMarkers(g, i, spot, 6.0 * unit + half)) continue;
      const ImVec2 tl(c.x - size.x * 0.5f, c.y - size.y * 0.5f);
      // A halo in the page's colour keeps it readable over lines, without a box.
      for (const ImVec2 d : {ImVec2(-unit, 0), ImVec2(unit, 0), ImVec2(0, -unit), ImVec2(0, unit)})
        dl->AddText(font, font->FontSize, ImVec2(tl.x + d.x, tl.y + d.y), ToU32(p.background), num.c_str());
      dl->AddText(font, font->FontSize, tl, ToU32(p.text_muted), num.c_str());
      RecordText(num.c_str(), tl, ImVec2(tl.x + size.x, tl.y + size.y), Role::None);  // the table says the levels
    }
  }
}

// ---------------------------------------------------------------------------
// [SECTION] Bars
// ---------------------------------------------------------------------------
void DrawBarGeometry(ImDrawList* dl, const UiContext& ui, const BarGeometry& g, ImVec2 o, float width, int hovered) {
  const Palette& p = ui.palette();
  const float unit = ui.device_pixel_ratio;
  for (std::size_t i = 0; i < g.rows.size(); ++i) {
    const BarRow& r = g.rows[i];
    const ImU32 text = static_cast<int>(i) == hovered ? ToU32(p.accent) : r.gap ? ToU32(p.text_muted) : ToU32(p.text);
    WrappedText(dl, ui, r.label, o, text, width);
    const ImVec2 a = P(o, {r.left, r.top}), b = P(o, {r.right, r.top + r.height});
    dl->AddRectFilled(a, b, ToU32(p.surface_hover), 4 * unit);
    dl->AddRect(a, b, ToU32(p.border), 4 * unit);
    for (const LevelTick& t : r.ticks) {
      const ImVec2 t0 = P(o, {t.pos.x, r.top}), t1 = P(o, {t.pos.x, r.top + r.height});
      StyledLine(dl, t0, t1, ToU32(p.border), unit, t.defined ? Dash::Solid : Dash::Dotted, unit);
    }
    for (const LabelBox& number : r.tick_numbers) {
      const ImVec2 at = P(o, number.pos);
      dl->AddText(ui.fonts.small, ui.fonts.small->FontSize, at, ToU32(p.text_muted), number.text.c_str());
      RecordText(number.text.c_str(), at,
                 ImVec2(at.x + static_cast<float>(number.size.w), at.y + static_cast<float>(number.size.h)), Role::None);
    }
    for (std::size_t s = 0; s < r.values.size(); ++s) {
      if (!r.values[s]) continue;
      const SeriesStyle& st = StyleForSeries(static_cast<int>(s));
      if (st.filled) {
        dl->AddRectFilled(P(o, {r.left, r.top + 3}), P(o, {*r.values[s], r.top + r.height - 3}),
                          SeriesColor(ui, static_cast<int>(s), 0.55f), 3 * unit);
      }
      MarkerAt(dl, st.marker, P(o, {*r.values[s], r.top + r.height / 2}), 5 * unit, SeriesColor(ui, static_cast<int>(s)),
               ToU32(p.surface));
    }
  }
}

// ---------------------------------------------------------------------------
// [SECTION] Tooltips and interaction
// ---------------------------------------------------------------------------
void SkillTooltip(const UiContext& ui, const SkillResult& r) {
  const Palette& p = ui.palette();
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ui.px(360));
  Paragraph(ui.fonts.strong, ToImVec4(p.text), (r.code + " \xC2\xB7 " + r.name).c_str());
  Paragraph(ui.fonts.body, ToImVec4(p.text), r.level_label.c_str());
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted),
            (r.target_label.empty() ? Tr(MSG("chart_view.no_target_set"))
                                    : Tr(MSG("chart_view.target"), r.target_label))
                .c_str());
  if (!r.level_statements.empty())
    Paragraph(ui.fonts.small, ToImVec4(p.text), Quoted(r.level_statements.front()).c_str());
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted), Tr(MSG("chart_view.click_to_open")).c_str());
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

// ---------------------------------------------------------------------------
// [SECTION] The text alternative: a table of skill, level and target
// ---------------------------------------------------------------------------
// To assistive technology the chart is a table with a row per axis: the skill (its
// label on the chart, where it is drawn), its level and its target; on the radar each
// row ends with the point that opens the skill.
const SkillResult* AxisResult(const ChartData& data, const std::vector<SkillResult>& results, std::size_t axis) {
  if (axis >= data.result_index.size() || data.result_index[axis] >= results.size()) return nullptr;
  return &results[data.result_index[axis]];
}

void BeginChartTable(ImVec2 min, ImVec2 max, bool with_points) {
  BeginSemanticGroup(Role::Table, Tr(MSG("chart_view.table")));
  SemanticGroup row(Role::Row);
  RecordAlternativeText(Tr(MSG("chart_view.column.skill")).c_str(), min, max, Role::ColumnHeader);
  RecordAlternativeText(Tr(MSG("chart_view.column.level")).c_str(), min, max, Role::ColumnHeader);
  RecordAlternativeText(Tr(MSG("chart_view.column.target")).c_str(), min, max, Role::ColumnHeader);
  if (with_points) RecordAlternativeText(Tr(MSG("chart_view.column.open")).c_str(), min, max, Role::ColumnHeader);
}

// Opens the axis's row with its skill, level and target; the caller closes it.
void BeginAxisRow(const ChartData& data, const std::vector<SkillResult>& results, std::size_t axis,
                  const std::string& label, ImVec2 min, ImVec2 max) {
  BeginSemanticGroup(Role::Row);
  RecordWidget((label + "##axis:" + data.axes[axis].key).c_str(), min, max, Role::RowHeader);
  const SkillResult* r = AxisResult(data, results, axis);
  RecordAlternativeText(r ? r->level_label.c_str() : "", min, max, Role::Cell);
  const char* target = r && !r->target_label.empty() ? r->target_label.c_str() : Tr(MSG("chart_view.no_target")).c_str();
  RecordAlternativeText(target, min, max, Role::Cell);
}

ItemState PointState(const ChartData& data, const std::vector<SkillResult>& results, std::size_t axis) {
  ItemState state;
  const SkillResult* r = AxisResult(data, results, axis);
  const std::string& skill = data.axes[axis].short_label;
  if (!r) state.name = Tr(MSG("chart_view.point"), skill);
  else if (r->target_label.empty()) state.name = Tr(MSG("chart_view.point_level"), skill, r->level_label);
  else state.name = Tr(MSG("chart_view.point_level_target"), skill, r->level_label, r->target_label);
  state.description = Tr(MSG("chart_view.point_opens"));
  return state;
}

}  // namespace

// ---------------------------------------------------------------------------
// [SECTION] DrawChart, DrawLegend
// ---------------------------------------------------------------------------
ChartViewResult DrawChart(const UiContext& ui, const char* id, const ChartData& data,
                          const std::vector<SkillResult>& results, float width, float max_height) {
  ChartViewResult out;
  ImGui::PushID(id);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImGuiIO& io = ImGui::GetIO();
  const float unit = ui.device_pixel_ratio;
  int hovered_axis = -1;
  const bool radar = data.answered >= kMinRadarAxes;

  if (radar) {
    ChartArea area;
    area.width = width;
    area.height = std::min(max_height, std::max(width, ui.px(320)));
    area.label_max_width = std::min(width * 0.26f, ui.px(170));
    area.label_gap = ui.px(14);
    area.min_radius = ui.px(70);
    const RadarLayout& layout = LaidOutRadar(ui, ImGui::GetID("##radar"), data, area);
    const RadarGeometry& g = layout.geometry;
    // Only the height the radar and its labels use: the legend follows right below.
    const VerticalExtent extent = RadarExtent(g);
    const float pad = ui.px(8);
    const float used_h = static_cast<float>(extent.bottom - extent.top) + 2 * pad;
    const ImVec2 top_left = origin;
    origin.y -= static_cast<float>(extent.top) - pad;
    const ImVec2 mouse(io.MousePos.x - origin.x, io.MousePos.y - origin.y);
    ImGui::InvisibleButton("##radar", ImVec2(width, used_h));
    RecordWidget((Tr(MSG("chart_view.chart")) + "##chart").c_str(), ImGui::GetItemRectMin(), ImGui::GetItemRectMax(),
                 Role::Figure, ImGui::GetItemID());
    BeginChartTable(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), true);
    const bool hovered = ImGui::IsItemHovered();
    ChartHit hit;
    if (hovered) hit = HitTestRadar(g, {mouse.x, mouse.y}, 10.0 * unit);
    hovered_axis = hit.axis;
    // Keyboard: each answered vertex is a focusable stop; focus shows the same tooltip.
    for (std::size_t i = 0; i < g.axes.size(); ++i) {
      const LabelBox& l = g.axes[i].label;
      BeginAxisRow(data, results, i, l.text, P(origin, l.pos), P(origin, {l.pos.x + l.size.w, l.pos.y + l.size.h}));
      BeginSemanticGroup(Role::Cell);
      const auto& v = g.series.empty() ? std::optional<Vec2>() : g.series[0].vertices[i];
      const Vec2 at = v ? *v : g.axes[i].end;
      const float r = 9.0f * unit;
      ImGui::SetCursorScreenPos(ImVec2(origin.x + static_cast<float>(at.x) - r, origin.y + static_cast<float>(at.y) - r));
      ImGui::PushID(static_cast<int>(i));
      if (ImGui::InvisibleButton("##vertex", ImVec2(2 * r, 2 * r))) out.open_skill = data.axes[i].key;
      const bool focused = ImGui::IsItemFocused() && !ImGui::GetCurrentContext()->NavDisableHighlight;
      if (focused || ImGui::IsItemHovered()) hovered_axis = static_cast<int>(i);
      if (focused) dl->AddCircle(ImVec2(ImGui::GetItemRectMin().x + r, ImGui::GetItemRectMin().y + r), r, ToU32(ui.palette().accent), 16, 2 * unit);
      RecordWidget((Tr(MSG("chart_view.point"), data.axes[i].short_label) + "##vertex:" + data.axes[i].key).c_str(),
                   ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), Role::Button, ImGui::GetItemID(),
                   PointState(data, results, i));
      ImGui::PopID();
      EndSemanticGroup();  // cell
      EndSemanticGroup();  // row
    }
    EndSemanticGroup();  // table
    // Every series' points, for tests and tools that check what is drawn where.
    for (std::size_t s = 0; s < g.series.size(); ++s) {
      for (std::size_t i = 0; i < g.axes.size(); ++i) {
        const auto& v = g.series[s].vertices[i];
        if (!v) continue;
        const ImVec2 at = P(origin, *v);
        RecordWidget(("##point:" + std::to_string(s) + ":" + data.axes[i].key).c_str(),
                     ImVec2(at.x - 2 * unit, at.y - 2 * unit), ImVec2(at.x + 2 * unit, at.y + 2 * unit), Role::None);
      }
    }
    // The centre, for tests and tools that need to find the plot (it has no widget).
    const ImVec2 centre = P(origin, g.center);
    RecordWidget("##chart_centre", ImVec2(centre.x - 5 * unit, centre.y - 5 * unit),
                 ImVec2(centre.x + 5 * unit, centre.y + 5 * unit), Role::None);
    ImGui::SetCursorScreenPos(ImVec2(top_left.x, top_left.y + used_h));
    ImGui::Dummy(ImVec2(width, 0));
    DrawRadarGeometry(dl, ui, layout, origin, hovered_axis);
    if (hovered && hit.axis >= 0 && ImGui::IsMouseClicked(0)) out.open_skill = data.axes[hit.axis].key;
  } else {
    const ImVec2 mouse(io.MousePos.x - origin.x, io.MousePos.y - origin.y);
    const BarGeometry g = LayoutBars(data.axes, data.series, width, FontMeasure(ui));
    ImGui::InvisibleButton("##bars", ImVec2(width, std::max(1.0f, static_cast<float>(g.height))));
    RecordWidget((Tr(MSG("chart_view.chart")) + "##chart").c_str(), ImGui::GetItemRectMin(), ImGui::GetItemRectMax(),
                 Role::Figure, ImGui::GetItemID());
    BeginChartTable(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), false);
    if (ImGui::IsItemHovered()) hovered_axis = HitTestBars(g, {mouse.x, mouse.y});
    if (hovered_axis >= 0 && ImGui::IsItemClicked()) out.open_skill = data.axes[hovered_axis].key;
    for (std::size_t i = 0; i < g.rows.size(); ++i) {
      const BarRow& r = g.rows[i];
      BeginAxisRow(data, results, i, r.label.text, P(origin, r.label.pos), P(origin, {r.right, r.top + r.height}));
      EndSemanticGroup();  // row
    }
    EndSemanticGroup();  // table
    DrawBarGeometry(dl, ui, g, origin, width, hovered_axis);
  }
  out.hovered_axis = hovered_axis;
  if (hovered_axis >= 0 && static_cast<std::size_t>(hovered_axis) < data.result_index.size() &&
      data.result_index[hovered_axis] < results.size())
    SkillTooltip(ui, results[data.result_index[hovered_axis]]);
  ImGui::PopID();
  return out;
}

void DrawLegend(const UiContext& ui, const ChartData& data) {
  const Palette& p = ui.palette();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float unit = ui.device_pixel_ratio;
  for (std::size_t s = 0; s < data.series.size(); ++s) {
    const SeriesStyle& st = StyleForSeries(static_cast<int>(s));
    const float swatch = 34 * unit;
    const float text_w = ImGui::CalcTextSize(data.series[s].name.c_str()).x;
    if (s > 0) {
      ImGui::SameLine(0, 20 * unit);
      const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
      if (ImGui::GetCursorScreenPos().x + swatch + text_w + 8 * unit > right) ImGui::NewLine();
    }
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float mid = at.y + ImGui::GetTextLineHeight() * 0.5f;
    StyledLine(dl, ImVec2(at.x, mid), ImVec2(at.x + swatch - 6 * unit, mid), SeriesColor(ui, static_cast<int>(s)),
               2.5f * unit, st.dash, unit);
    MarkerAt(dl, st.marker, ImVec2(at.x + swatch * 0.42f, mid), 4.5f * unit, SeriesColor(ui, static_cast<int>(s)),
             ToU32(p.surface));
    ImGui::Dummy(ImVec2(swatch, ImGui::GetTextLineHeight()));
    ImGui::SameLine(0, 0);
    ImGui::TextUnformatted(DrawnText(data.series[s].name).c_str());
    RecordText(data.series[s].name.c_str(), ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  }
}

}  // namespace skillscope::ui
