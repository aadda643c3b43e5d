// Sections
//   [SECTION] The timeline and its changes
//   [SECTION] SVG
#include "core/chart/timeline.h"

#include <algorithm>
#include <cstdio>

#include "core/profile/assessment.h"
#include "core/text/markup.h"
#include "core/text/messages.h"
#include "core/text/wording.h"

namespace skillscope {
namespace {

int LevelIn(const std::map<std::string, Answer>& answers, const std::string& key) {
  const auto it = answers.find(key);
  return it != answers.end() && it->second.kind == AnswerKind::Level ? it->second.level : 0;
}

}  // namespace

// ---------------------------------------------------------------------------
// [SECTION] The timeline and its changes
// ---------------------------------------------------------------------------
Timeline BuildTimeline(const Profile& profile, const Catalog& catalog) {
  Timeline t;
  for (const Snapshot& s : profile.snapshots) t.points.push_back({s.name, ShortDate(s.taken)});
  t.points.push_back({Tr(MSG("timeline.now")), ShortDate(profile.updated)});
  std::vector<TimelineSkill> changed, same;
  for (const SelectedSkill& sel : ResolveSelection(profile, catalog)) {
    if (!sel.skill) continue;
    TimelineSkill skill;
    skill.key = sel.key;
    skill.code = sel.skill->code;
    skill.name = sel.skill->name;
    skill.scale_low = sel.framework->scale.Lowest();
    skill.scale_high = sel.framework->scale.Highest();
    for (const Snapshot& s : profile.snapshots) skill.levels.push_back(LevelIn(s.answers, sel.key));
    skill.levels.push_back(LevelIn(profile.answers, sel.key));
    if (std::all_of(skill.levels.begin(), skill.levels.end(), [](int l) { return l == 0; })) continue;
    skill.changed = std::adjacent_find(skill.levels.begin(), skill.levels.end(), std::not_equal_to<int>()) !=
                    skill.levels.end();
    (skill.changed ? changed : same).push_back(std::move(skill));
  }
  t.changed = changed.size();
  t.skills = std::move(changed);
  for (TimelineSkill& s : same) t.skills.push_back(std::move(s));
  return t;
}

std::vector<LevelChange> ChangesBetween(const Timeline& t, std::size_t from, std::size_t to) {
  std::vector<LevelChange> out;
  if (from >= t.points.size() || to >= t.points.size()) return out;
  for (const TimelineSkill& s : t.skills) {
    const int a = s.levels[from], b = s.levels[to];
    if (a == b) continue;
    LevelChange c;
    c.kind = a == 0 ? LevelChange::Kind::New
           : b == 0 ? LevelChange::Kind::Dropped
           : b > a  ? LevelChange::Kind::Up
                    : LevelChange::Kind::Down;
    c.key = s.key;
    c.skill = s.code + " " + s.name;
    c.from = a;
    c.to = b;
    out.push_back(std::move(c));
  }
  return out;
}

std::string ChangeText(const LevelChange& c) {
  switch (c.kind) {
    case LevelChange::Kind::Up: return Tr(MSG("timeline.change_up"), c.skill, c.from, c.to);
    case LevelChange::Kind::Down: return Tr(MSG("timeline.change_down"), c.skill, c.from, c.to);
    case LevelChange::Kind::New: return Tr(MSG("timeline.change_new"), c.skill, c.to);
    case LevelChange::Kind::Dropped: return Tr(MSG("timeline.change_dropped"), c.skill, c.from);
  }
  return c.skill;
}

// ---------------------------------------------------------------------------
// [SECTION] SVG
// ---------------------------------------------------------------------------
SvgDocument TimelineSvg(const Timeline& t, const std::string& title, bool with_unchanged) {
  const std::size_t count = with_unchanged ? t.skills.size() : t.changed;
  constexpr double kCellW = 240, kCellH = 150, kPad = 16, kTop = 56;
  constexpr int kColumns = 3;
  const std::size_t rows = (count + kColumns - 1) / kColumns;
  SvgDocument doc;
  doc.width = kPad + kColumns * (kCellW + kPad);
  doc.height = kTop + static_cast<double>(std::max<std::size_t>(rows, 1)) * (kCellH + kPad) + kPad;
  auto num = [](double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return std::string(buf);
  };
  const std::string E_title = EscapeMarkup(title);
  std::string o = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + num(doc.width) + "\" height=\"" +
                  num(doc.height) + "\" viewBox=\"0 0 " + num(doc.width) + " " + num(doc.height) +
                  "\" role=\"img\" aria-labelledby=\"timeline-title timeline-desc\" "
                  "font-family=\"'Open Sans', 'Noto Sans', Arial, sans-serif\">\n";
  o += "<title id=\"timeline-title\">" + E_title + "</title>\n";
  const std::string desc = TrN(MSG("timeline.svg_description"), static_cast<long long>(count), t.points.size(),
                               t.points.empty() ? std::string() : t.points.front().label);
  o += "<desc id=\"timeline-desc\">" + EscapeMarkup(desc) + "</desc>\n";
  o += "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n";
  o += "<text x=\"" + num(kPad) + "\" y=\"34\" font-size=\"20\" font-weight=\"600\" fill=\"#1f2328\">" + E_title +
       "</text>\n";
  if (count == 0)
    o += "<text x=\"" + num(kPad) + "\" y=\"" + num(kTop + 24) +
         "\" font-size=\"14\" fill=\"#555d68\">" + EscapeMarkup(Tr(MSG("timeline.svg_nothing_changed"))) + "</text>\n";
  const std::size_t n = t.points.size();
  for (std::size_t i = 0; i < count; ++i) {
    const TimelineSkill& s = t.skills[i];
    const double x0 = kPad + static_cast<double>(i % kColumns) * (kCellW + kPad);
    const double y0 = kTop + static_cast<double>(i / kColumns) * (kCellH + kPad);
    const double left = x0 + 24, right = x0 + kCellW - 12, top = y0 + 36, bottom = y0 + kCellH - 22;
    const int span = std::max(1, s.scale_high - s.scale_low);
    auto px = [&](std::size_t k) { return n <= 1 ? (left + right) / 2 : left + (right - left) * static_cast<double>(k) / static_cast<double>(n - 1); };
    auto py = [&](int level) { return bottom - (bottom - top) * (level - s.scale_low) / span; };
    o += "<g>\n<rect x=\"" + num(x0) + "\" y=\"" + num(y0) + "\" width=\"" + num(kCellW) + "\" height=\"" +
         num(kCellH) + "\" rx=\"6\" fill=\"#f6f7f9\" stroke=\"#d5d8dd\"/>\n";
    o += "<text x=\"" + num(x0 + 10) + "\" y=\"" + num(y0 + 20) + "\" font-size=\"13\" font-weight=\"600\" " +
         "fill=\"#1f2328\">" + EscapeMarkup(s.code + " " + s.name) + "</text>\n";
    for (int level = s.scale_low; level <= s.scale_high; ++level)
      o += "<line x1=\"" + num(left) + "\" y1=\"" + num(py(level)) + "\" x2=\"" + num(right) + "\" y2=\"" +
           num(py(level)) + "\" stroke=\"#e2e4e8\"/><text x=\"" + num(x0 + 10) + "\" y=\"" + num(py(level) + 4) +
           "\" font-size=\"10\" fill=\"#555d68\">" + std::to_string(level) + "</text>\n";
    std::string path;
    for (std::size_t k = 0; k < n; ++k) {
      if (s.levels[k] == 0) continue;
      path += (path.empty() ? "M" : " L") + num(px(k)) + " " + num(py(s.levels[k]));
    }
    if (!path.empty()) o += "<path d=\"" + path + "\" fill=\"none\" stroke=\"#0072B2\" stroke-width=\"2\"/>\n";
    for (std::size_t k = 0; k < n; ++k) {
      if (s.levels[k] == 0) continue;
      o += "<circle cx=\"" + num(px(k)) + "\" cy=\"" + num(py(s.levels[k])) + "\" r=\"3.5\" fill=\"#0072B2\">" +
           "<title>" + EscapeMarkup(Tr(MSG("timeline.svg_point"), t.points[k].label, t.points[k].date, s.levels[k])) +
           "</title></circle>\n";
    }
    o += "<text x=\"" + num(left) + "\" y=\"" + num(y0 + kCellH - 6) + "\" font-size=\"10\" fill=\"#555d68\">" +
         EscapeMarkup(t.points.front().date) + "</text><text x=\"" + num(right) + "\" y=\"" +
         num(y0 + kCellH - 6) + "\" font-size=\"10\" fill=\"#555d68\" text-anchor=\"end\">" +
         EscapeMarkup(Tr(MSG("timeline.now"))) + "</text>\n</g>\n";
  }
  o += "</svg>\n";
  doc.text = std::move(o);
  return doc;
}

}  // namespace skillscope
