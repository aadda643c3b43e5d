// What next: the development plan and which roles fit (Screen::Plan), progress over
// time (Screen::Timeline).
//
// Sections
//   [SECTION] The plan and the roles
//   [SECTION] Plan actions
//   [SECTION] The timeline
#include <algorithm>

#include "core/chart/plan_export.h"
#include "core/chart/timeline.h"
#include "core/framework/roles.h"
#include "core/json/value_formats.h"
#include "core/profile/role_fit.h"
#include "core/profile/role_targets.h"
#include "core/text/file_names.h"
#include "core/text/messages.h"
#include "core/text/wording.h"
#include "session/session.h"

namespace skillscope {

// ---------------------------------------------------------------------------
// [SECTION] The plan and the roles
// ---------------------------------------------------------------------------
std::map<std::string, int> Session::BenchmarkLevels(const Profile& p) const {
  if (p.plan.role.empty()) return {};
  const std::vector<RoleRef> roles = AllRoles(frameworks_.catalog());
  const RoleRef* role = FindRoleRef(roles, p.plan.role);
  return role ? RoleLevelsByKey(*role) : std::map<std::string, int>{};
}

const PlanModel& Session::Plan() const {
  return plan_memo_.Get(ModelSource(std::to_string(view_revision_)), [this] { return BuildPlanModel(); });
}

PlanModel Session::BuildPlanModel() const {
  PlanModel m;
  m.revision = ++plan_built_;
  m.message = view_.plan_message;
  const Profile* p = open_profile();
  if (!p) return m;
  const Catalog& catalog = frameworks_.catalog();
  m.profile_name = p->name;
  for (const RoleFit& fit : RoleFits(*p, catalog)) {
    RoleFitRow row{fit.key, fit.label, RoleFitText(fit), {}, fit.key == p->plan.role};
    for (const RoleFitSkill& s : fit.skills)
      row.reasons.push_back(Tr(MSG("session.plan.role_fit_reason"), s.code, s.name, RoleFitReason(s)));
    if (row.chosen) m.role_name = fit.label;
    m.roles.push_back(std::move(row));
  }
  m.items = BuildPlan(*p, catalog, BenchmarkLevels(*p));
  m.own_order = !p->plan.order.empty();
  if (m.items.empty())
    m.empty_message = m.role_name.empty() ? Tr(MSG("session.plan.nothing_to_plan")) : Tr(MSG("session.plan.all_met"));
  return m;
}

// ---------------------------------------------------------------------------
// [SECTION] Plan actions
// ---------------------------------------------------------------------------
void Session::Dispatch(const PlanScreenAction& action) {
  using K = PlanScreenAction::Kind;
  const Profile* p = open_profile();
  if (!p) return;
  const std::string now = platform_.NowIso8601();
  Profile next = *p;
  auto note_of = [&]() -> PlanNote& { return next.plan.notes[action.action_id]; };
  auto drop_empty_note = [&] {
    const auto it = next.plan.notes.find(action.action_id);
    if (it != next.plan.notes.end() && it->second.note.empty() && it->second.due.empty()) next.plan.notes.erase(it);
  };
  switch (action.kind) {
    case K::None: return;
    case K::Back: GoTo(Screen::Results); return;
    case K::Home: GoTo(Screen::Start); return;
    case K::ToggleTheme: ToggleTheme(); return;
    case K::ShowHelp: ShowHelp(); return;
    case K::OpenTimeline: GoTo(Screen::Timeline); return;
    case K::SetDone:
      if (!SetPlanActionDone(next, frameworks_.catalog(), action.action_id, action.done, now)) return;
      break;
    case K::SetNote:
      note_of().note = action.text;
      drop_empty_note();
      break;
    case K::SetDue: {
      const std::string& d = action.text;
      if (!d.empty() && !IsYearMonth(d)) {
        ChangeView().plan_message =
            Tr(MSG("session.plan.not_a_month"), Quoted(d), DateMonthsLater(now, 3).substr(0, 7));
        return;
      }
      if (!view_.plan_message.empty()) ChangeView().plan_message.clear();
      note_of().due = d;
      drop_empty_note();
      break;
    }
    case K::MoveUp:
    case K::MoveDown:
      next.plan.order = MovedPlanOrder(Plan().items, action.skill_key, action.kind == K::MoveUp ? -1 : 1);
      break;
    case K::ResetOrder: next.plan.order.clear(); break;
    case K::ChooseRole: next.plan.role = action.text == p->plan.role ? std::string() : action.text; break;
    case K::ExportMarkdown:
      platform_.DownloadFile(DownloadName(Tr(MSG("session.plan.plan_file_name"), p->name), now, "md"), "text/markdown",
                             PlanMarkdown(p->name, Plan().items));
      return;
    case K::ExportCsv:
      platform_.DownloadFile(DownloadName(Tr(MSG("session.plan.plan_file_name"), p->name), now, "csv"), "text/csv",
                             PlanCsv(Plan().items));
      return;
    case K::Reminder: {
      const std::string date = DateMonthsLater(now, action.months);
      platform_.DownloadFile(DownloadName(Tr(MSG("session.plan.reminder_file_name"), p->name), now, "ics"),
                             "text/calendar", ReassessIcs(p->name, date));
      ChangeView().plan_message = Tr(MSG("session.plan.reminder_saved"), ShortDate(date));
      return;
    }
  }
  if (next == *p) return;
  SaveOpenProfile(std::move(next));
}

// ---------------------------------------------------------------------------
// [SECTION] The timeline
// ---------------------------------------------------------------------------
const TimelineModel& Session::TimelineScreen() const {
  return timeline_memo_.Get(ModelSource(std::to_string(view_revision_)),
                            [this] { return BuildTimelineModel(); });
}

TimelineModel Session::BuildTimelineModel() const {
  TimelineModel m;
  m.revision = ++timeline_built_;
  const Profile* p = open_profile();
  if (!p) return m;
  m.profile_name = p->name;
  m.timeline = BuildTimeline(*p, frameworks_.catalog());
  m.show_unchanged = view_.timeline_all;
  const std::size_t last = m.timeline.points.size() - 1;
  // By default: the latest snapshot against now.
  m.to = view_.timeline_to >= 0 ? std::min<std::size_t>(static_cast<std::size_t>(view_.timeline_to), last) : last;
  m.from = view_.timeline_from >= 0 ? std::min<std::size_t>(static_cast<std::size_t>(view_.timeline_from), last)
                                    : (last > 0 ? last - 1 : 0);
  for (const LevelChange& c : ChangesBetween(m.timeline, m.from, m.to)) m.changes.push_back(ChangeText(c));
  if (p->snapshots.empty())
    m.empty_message = Tr(MSG("session.plan.no_snapshot_yet"), Quoted(Tr(MSG("results.snapshots.save"))));
  return m;
}

void Session::Dispatch(const TimelineAction& action) {
  using K = TimelineAction::Kind;
  const Profile* p = open_profile();
  switch (action.kind) {
    case K::None: return;
    case K::Back: GoTo(Screen::Results); return;
    case K::Home: GoTo(Screen::Start); return;
    case K::ToggleTheme: ToggleTheme(); return;
    case K::ShowHelp: ShowHelp(); return;
    case K::OpenPlan: GoTo(Screen::Plan); return;
    case K::ToggleUnchanged: ChangeView().timeline_all = !view_.timeline_all; return;
    case K::ChooseFrom: ChangeView().timeline_from = static_cast<int>(action.point); return;
    case K::ChooseTo: ChangeView().timeline_to = static_cast<int>(action.point); return;
    case K::ExportSvg:
    case K::ExportPng: {
      if (!p) return;
      const TimelineModel& m = TimelineScreen();
      const SvgDocument doc =
          TimelineSvg(m.timeline, Tr(MSG("session.plan.progress_title"), p->name), m.show_unchanged);
      const std::string now = platform_.NowIso8601();
      const std::string file_name = Tr(MSG("session.plan.progress_file_name"), p->name);
      if (action.kind == K::ExportPng)
        platform_.DownloadSvgAsPng(DownloadName(file_name, now, "png"), doc.text, doc.width, doc.height, 2.0);
      else
        platform_.DownloadFile(DownloadName(file_name, now, "svg"), "image/svg+xml", doc.text);
      return;
    }
  }
}

}  // namespace skillscope
