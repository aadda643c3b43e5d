// Results, snapshots, exports and share links.
//
// Sections
//   [SECTION] The results model
//   [SECTION] Exports: SVG, PNG, report
//   [SECTION] Snapshots
//   [SECTION] Share links
#include <algorithm>
#include <map>

#include "core/profile/share_link.h"
#include "core/text/file_names.h"
#include "core/framework/roles.h"
#include "core/profile/role_targets.h"
#include "core/profile/json.h"
#include "core/chart/report.h"
#include "core/chart/svg.h"
#include "core/text/messages.h"
#include "core/text/wording.h"
#include "session/session.h"
#include "session/snapshot_names.h"

namespace skillscope {
namespace {

// The level in a reviewer's "Proposes Level 3 · Apply" (session.reviews.proposes), in any
// language; the word as it is when it proposes nothing.
std::string ProposedLevel(const std::string& word) {
  static const std::string kMark = "\x01";
  const std::string pattern = Tr(MSG("session.reviews.proposes"), kMark);
  const std::size_t mark = pattern.find(kMark);
  if (mark == std::string::npos) return word;
  const std::string before = pattern.substr(0, mark), after = pattern.substr(mark + kMark.size());
  if (word.size() < before.size() + after.size() || word.compare(0, before.size(), before) != 0 ||
      word.compare(word.size() - after.size(), after.size(), after) != 0)
    return word;
  return word.substr(before.size(), word.size() - before.size() - after.size());
}

}  // namespace

// ---------------------------------------------------------------------------
// [SECTION] The results model
// ---------------------------------------------------------------------------
ResultsModel Session::BuildResultsModel() const {
  ResultsModel m;
  m.revision = ++results_built_;
  const Profile* p = open_profile();
  if (!p) return m;
  m.results = BuildResults(*p, frameworks_.catalog());
  m.profile_name = p->name;
  const Progress progress = CountProgress(*p);
  m.subtitle = (p->person.empty() ? "" : p->person + " \xC2\xB7 ") + ShortDate(p->updated) + " \xC2\xB7 " +
               ProgressText(progress);
  m.summaries = FrameworkSummaries(m.results);
  m.growth = WhereToGrow(m.results, frameworks_.catalog(), *p, 5);
  for (const Snapshot& snap : p->snapshots) {
    m.overlays.push_back(ShownSnapshotName(snap));
    m.snapshot_ids.push_back(snap.id);
    m.snapshot_dates.push_back(ShortDate(snap.taken));
  }
  m.overlay_labels = m.overlays;
  const std::vector<const ReceivedReview*> reviews = reviews_.ReceivedFor(p->id);
  for (const ReceivedReview* r : reviews) {
    m.overlay_labels.push_back(Tr(MSG("session.results.review_by"), r->review.reviewer));
    m.reviews.push_back(ReviewSectionOf(*r, *p));
  }
  if (!m.reviews.empty()) {
    // By skill key, each review's word in review order: one pass over the rows, not one
    // per skill (1000 skills, 1000 rows a review).
    std::map<std::string, ResultsModel::ReviewedCell> cells;
    for (const ReviewSection& section : m.reviews)
      for (const ReviewRow& row : section.rows) {
        ResultsModel::ReviewedCell& cell = cells[row.key];
        // "Proposes Level 3 · Apply" reads, in a column headed Reviewed, as the level.
        cell.text += (cell.text.empty() ? "" : "\n") +
                     Tr(MSG("session.results.reviewed_cell"), section.reviewer, ProposedLevel(row.reviewer));
        cell.differs = cell.differs || row.differs;
      }
    for (const SkillResult& r : m.results) {
      const auto it = cells.find(r.key);
      m.reviewed.push_back(it == cells.end() ? ResultsModel::ReviewedCell{} : std::move(it->second));
    }
  }
  std::vector<Overlay> overlays;
  m.overlay = view_.overlay < static_cast<int>(m.overlay_labels.size()) ? view_.overlay : -1;
  if (m.overlay >= 0 && m.overlay < static_cast<int>(p->snapshots.size())) {
    const Snapshot& snap = p->snapshots[static_cast<std::size_t>(m.overlay)];
    Overlay o{ShownSnapshotName(snap) + " (" + ShortDate(snap.taken) + ")", {}};
    for (const auto& [key, answer] : snap.answers)
      if (answer.kind == AnswerKind::Level) o.levels.emplace_back(key, answer.level);
    overlays.push_back(std::move(o));
  } else if (m.overlay >= 0) {
    // A review: the reviewer's level for each skill they reviewed (the person's where they agree).
    const Review& review = reviews[static_cast<std::size_t>(m.overlay) - p->snapshots.size()]->review;
    Overlay o{Tr(MSG("session.results.review_overlay"), review.reviewer, ShortDate(review.reviewed)), {}};
    for (const auto& [key, skill] : review.skills) {
      const ReviewedLevel level = CompareWithReview(review, *p, key);
      if (level.reviewer > 0) o.levels.emplace_back(key, level.reviewer);
    }
    overlays.push_back(std::move(o));
  }
  // The benchmark role chosen on the plan screen: a series of its own, after any overlay.
  const std::vector<RoleRef> all_roles = AllRoles(frameworks_.catalog());
  if (const RoleRef* ref = p->plan.role.empty() ? nullptr : FindRoleRef(all_roles, p->plan.role)) {
    Overlay o{Tr(MSG("session.results.role_overlay"), ref->role->name), {}};
    for (const auto& [key, level] : RoleLevelsByKey(*ref)) o.levels.emplace_back(key, level);
    m.benchmark = ref->label;
    overlays.push_back(std::move(o));
  }
  m.review_comments_in_exports = !view_.review_comments_out;
  m.reveal_reviews = reveal_reviews_;
  m.share_message = view_.share_message;
  m.targets_message = view_.targets_message;
  for (const RoleRef& role : all_roles)
    if (p->FindFramework(role.framework->id)) m.roles.push_back({role.key, role.label});
  m.chart = BuildChartData(m.results, overlays);
  m.groups = GroupAxes(m.chart.group_keys);
  return m;
}

// ---------------------------------------------------------------------------
// [SECTION] Exports: SVG, PNG, report
// ---------------------------------------------------------------------------
void Session::Export(ChartExport kind, int group) {
  const Profile* p = open_profile();
  if (!p) return;
  const ResultsModel m = Results();
  const std::string now = platform_.NowIso8601();
  auto svg_for = [&](const ChartData& data, const std::string& id_prefix = "chart") {
    SvgChart chart;
    chart.id_prefix = id_prefix;
    chart.title = Tr(MSG("session.results.chart_title"), p->name);
    chart.description = TrN(MSG("session.results.chart_description"), static_cast<long long>(data.axes.size()),
                            m.summaries.empty() ? std::string() : m.summaries.front());
    chart.axes = data.axes;
    chart.series = data.series;
    return ChartSvg(chart);
  };
  switch (kind) {
    case ChartExport::Svg:
      platform_.DownloadFile(DownloadName(p->name, now, "svg"), "image/svg+xml",
                             svg_for(GroupChart(m, group)).text);
      break;
    case ChartExport::Png: {
      const SvgDocument doc = svg_for(GroupChart(m, group));
      platform_.DownloadSvgAsPng(DownloadName(p->name, now, "png"), doc.text, doc.width, doc.height, 2.0);
      break;
    }
    case ChartExport::Report: {
      ReportInput in;
      in.profile_name = p->name;
      in.person = p->person;
      in.date = ShortDate(now);
      // Every group's chart: a report of 40 skills shows two charts of 20.
      for (std::size_t i = 0; i < m.groups.size(); ++i) {
        const SvgDocument doc = svg_for(SliceChartData(m.chart, m.groups[i].axes), "chart-" + std::to_string(i + 1));
        in.charts.push_back({doc.text, doc.radar});
      }
      in.results = m.results;
      in.summaries = m.summaries;
      in.growth = m.growth;
      in.plan = Plan().items;
      for (const ReviewSection& review : m.reviews) {
        ReportInput::Review part{review.title, review.stale, {}};
        for (const ReviewRow& row : review.rows)
          part.skills.push_back({row.skill, row.self, row.reviewer, row.differs,
                                 m.review_comments_in_exports ? row.comment : std::string(),
                                 m.review_comments_in_exports ? row.reply : std::string()});
        in.reviews.push_back(std::move(part));
      }
      platform_.DownloadFile(DownloadName(p->name, now, "html"), "text/html", ReportHtml(in));
      break;
    }
  }
}

// ---------------------------------------------------------------------------
// [SECTION] Snapshots
// ---------------------------------------------------------------------------
void Session::SaveSnapshot(const std::string& name) {
  const Profile* p = open_profile();
  if (!p) return;
  const std::string now = platform_.NowIso8601();
  Snapshot snap;
  snap.id = "s-" + platform_.RandomHex(8);
  snap.name = name.find_first_not_of(" \t") == std::string::npos ? UnnamedSnapshotName(now) : name;
  snap.taken = now;
  snap.answers = p->answers;
  Profile next = *p;
  next.snapshots.push_back(std::move(snap));
  SaveOpenProfile(std::move(next));
}

void Session::DeleteSnapshot(const std::string& id) {
  const Profile* p = open_profile();
  if (!p) return;
  Profile next = *p;
  auto& snaps = next.snapshots;
  snaps.erase(std::remove_if(snaps.begin(), snaps.end(), [&](const Snapshot& s) { return s.id == id; }), snaps.end());
  if (snaps.size() == p->snapshots.size()) return;
  ChangeView().overlay = -1;
  SaveOpenProfile(std::move(next));
}

// ---------------------------------------------------------------------------
// [SECTION] Share links
// ---------------------------------------------------------------------------
void Session::CopyShareLink(const std::string& json, const ShareLinkWords& words, std::function<bool()> still_wanted,
                            std::function<void(std::string)> say) {
  say(Tr(MSG("session.results.making_link")));
  platform_.MakeShareLink(json, [this, words, still_wanted, say](bool ok, std::string link) {
    if (!still_wanted()) return;
    if (!ok) {
      say(Tr(words.no_link, link, words.other_way));
    } else if (link.size() > kMaxShareLinkChars) {
      say(Tr(words.too_large, link.size(), kMaxShareLinkChars, words.other_way));
    } else {
      platform_.CopyText(link);
      say(Tr(words.copied, link.size(), link));
    }
  });
}

void Session::ShareOpenProfile() {
  const Profile* p = open_profile();
  if (!p) return;
  const std::uint64_t visit = visit_;
  CopyShareLink(ExportProfileJson(*p, EmbeddedFrameworks(*p), -1),
                {MSG("session.results.profile_link_failed"), MSG("session.results.profile_link_too_large"),
                 MSG("session.results.profile_link_copied"), Quoted(Tr(MSG("results.exports.profile")))},
                // Another profile (or visit) opened meanwhile: not its link.
                [this, visit] { return visit == visit_; },
                [this](std::string message) { ChangeView().share_message = std::move(message); });
}

}  // namespace skillscope
