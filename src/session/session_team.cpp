// Compare and the team view: what is chosen (kept in TeamView, so a reload or Back
// finds the same view), the models, the exports; and targets from a role.
//
// Sections
//   [SECTION] Answer sets by ref, names
//   [SECTION] The compare model and actions
//   [SECTION] The team model and actions
//   [SECTION] Exports
//   [SECTION] Targets from a role
#include <algorithm>
#include <cstdint>
#include <tuple>
#include <map>

#include "core/team/compare.h"
#include "core/text/file_names.h"
#include "core/framework/roles.h"
#include "core/profile/role_targets.h"
#include "core/chart/svg.h"
#include "core/team/export.h"
#include "core/team/review_gaps.h"
#include "core/text/messages.h"
#include "core/text/wording.h"
#include "session/session.h"
#include "session/snapshot_names.h"

namespace skillscope {
namespace {

constexpr const char* kOwn = "own:";
constexpr const char* kPerson = "person:";

std::vector<RoleChoice> RoleChoices(const std::vector<RoleRef>& roles) {
  std::vector<RoleChoice> out;
  for (const RoleRef& r : roles) out.push_back({r.key, r.label});
  return out;
}

// The people in the team view, by name; two profiles of one person are told apart by
// their names.
std::vector<const Profile*> TeamMembers(const PeopleStore& people, std::vector<std::string>* names) {
  std::vector<const Profile*> members;
  for (const Profile& p : people.profiles()) members.push_back(&p);
  std::stable_sort(members.begin(), members.end(), [](const Profile* a, const Profile* b) {
    return PeopleStore::NameOf(*a) != PeopleStore::NameOf(*b) ? PeopleStore::NameOf(*a) < PeopleStore::NameOf(*b)
                                                              : a->name < b->name;
  });
  std::map<std::string, int> count;
  for (const Profile* p : members) ++count[PeopleStore::NameOf(*p)];
  for (const Profile* p : members) {
    const std::string& name = PeopleStore::NameOf(*p);
    names->push_back(count[name] > 1 && !p->person.empty() ? name + " \xC2\xB7 " + p->name : name);
  }
  return members;
}

}  // namespace

// ---------------------------------------------------------------------------
// [SECTION] Answer sets by ref, names
// ---------------------------------------------------------------------------
bool Session::AnswerSetOf(const std::string& ref, AnswerSet* out, std::string* person) const {
  const bool own = ref.rfind(kOwn, 0) == 0, theirs = ref.rfind(kPerson, 0) == 0;
  if (!own && !theirs) return false;
  const std::string rest = ref.substr(own ? 4 : 7);
  const std::size_t slash = rest.find('/');
  const std::string id = rest.substr(0, slash);
  const Profile* p = own ? store_.Find(id) : people_.Find(id);
  if (!p) return false;
  // A set's name: whose answers, then (after ", ") which ones; ExportCompare relies on that comma.
  const std::string name = own ? Tr(MSG("session.team.own_set"), p->name) : PeopleStore::NameOf(*p);
  if (person) *person = own ? (p->person.empty() ? Tr(MSG("session.team.you")) : p->person) : PeopleStore::NameOf(*p);
  if (slash == std::string::npos) {
    *out = CurrentAnswers(*p, ref, name);
    return true;
  }
  const std::string snapshot_id = rest.substr(slash + 1);
  // A review over the profile it reviewed: one received of one's own, or one's own of theirs.
  if (own && snapshot_id.rfind("review:", 0) == 0) {
    const ReceivedReview* r = reviews_.FindReceived(snapshot_id.substr(7));
    if (!r || r->review.profile.id != p->id) return false;
    *out = {ref, Tr(MSG("session.team.review_set"), name, r->review.reviewer, ShortDate(r->review.reviewed)),
            &p->frameworks, &p->selection, &r->reviewer_answers};
    return true;
  }
  if (theirs && snapshot_id == "my-review") {
    const Review* r = reviews_.Written(p->id);
    const std::map<std::string, Answer>* answers = reviews_.WrittenAnswers(p->id);
    if (!r || !answers) return false;
    *out = {ref, Tr(MSG("session.team.my_review_set"), name, ShortDate(r->reviewed)), &p->frameworks, &p->selection,
            answers};
    return true;
  }
  for (const Snapshot& s : p->snapshots) {
    if (s.id != snapshot_id) continue;
    *out = SnapshotAnswers(*p, s, ref,
                           Tr(MSG("session.team.snapshot_set"), name, ShownSnapshotName(s), ShortDate(s.taken)));
    return true;
  }
  return false;
}

void Session::ChangeTeamView(TeamView next) {
  if (next == team_view_) return;
  team_view_ = std::move(next);
  SaveTeamView(platform_, team_view_);
}

// ---------------------------------------------------------------------------
// [SECTION] The compare model and actions
// ---------------------------------------------------------------------------
namespace {

// `reviews`: the reviews to offer over this profile, as (ref suffix, label, date).
void AddChoices(std::vector<CompareChoice>& into, const Profile& p, const std::string& prefix, const std::string& label,
                const std::vector<std::string>& chosen,
                const std::vector<std::tuple<std::string, std::string, std::string>>& reviews = {}) {
  auto is_chosen = [&](const std::string& ref) { return std::find(chosen.begin(), chosen.end(), ref) != chosen.end(); };
  const std::string ref = prefix + p.id;
  const Progress progress = CountProgress(p);
  into.push_back({ref, label, ShortDate(p.updated) + " \xC2\xB7 " + ProgressText(progress), false, is_chosen(ref)});
  for (const Snapshot& s : p.snapshots) {
    const std::string snap = ref + "/" + s.id;
    into.push_back({snap, Tr(MSG("session.team.snapshot_choice"), Quoted(ShownSnapshotName(s))), ShortDate(s.taken),
                    true, is_chosen(snap)});
  }
  for (const auto& [suffix, review_label, date] : reviews) {
    const std::string r = ref + "/" + suffix;
    into.push_back({r, review_label, date, true, is_chosen(r)});
  }
}

}  // namespace

CompareModel Session::Compare() const {
  CompareModel m;
  std::vector<std::string> chosen;
  std::vector<AnswerSet> sets;
  for (const std::string& ref : team_view_.compare) {
    AnswerSet set;
    if (!AnswerSetOf(ref, &set)) continue;
    chosen.push_back(ref);
    sets.push_back(std::move(set));
  }
  for (const StoredProfileInfo& info : store_.List())
    if (const Profile* p = store_.Find(info.id)) {
      std::vector<std::tuple<std::string, std::string, std::string>> reviews;
      for (const ReceivedReview* r : reviews_.ReceivedFor(p->id))
        reviews.emplace_back("review:" + r->review.id, Tr(MSG("session.team.review_choice"), r->review.reviewer),
                             ShortDate(r->review.reviewed));
      AddChoices(m.own, *p, kOwn, p->name, chosen, reviews);
    }
  std::vector<std::string> names;
  const std::vector<const Profile*> members = TeamMembers(people_, &names);
  for (std::size_t i = 0; i < members.size(); ++i) {
    std::vector<std::tuple<std::string, std::string, std::string>> reviews;
    if (const Review* mine = reviews_.Written(members[i]->id))
      reviews.emplace_back("my-review", Tr(MSG("session.team.my_review_choice")), ShortDate(mine->reviewed));
    AddChoices(m.people, *members[i], kPerson, names[i] + " \xC2\xB7 " + members[i]->name, chosen, reviews);
  }

  const std::vector<RoleRef> roles = AllRoles(frameworks_.catalog());
  m.roles = RoleChoices(roles);
  const RoleRef* role = FindRoleRef(roles, team_view_.compare_role);
  if (role) {
    m.role = role->key;
    m.role_name = role->role->name;
  }
  m.chosen = sets.size();
  m.full = sets.size() >= kMaxCompared;
  m.initials = team_view_.initials;
  if (sets.size() + (role ? 1 : 0) < kMinCompared || sets.empty()) {
    m.message = sets.empty() ? Tr(MSG("session.team.choose_to_compare")) : Tr(MSG("session.team.choose_one_more"));
    return m;
  }
  Comparison c = BuildComparison(sets, frameworks_.catalog(), role ? RoleLevelsByKey(*role) : std::map<std::string, int>{},
                                 m.role_name);
  m.chart = std::move(c.chart);
  m.groups = GroupAxes(m.chart.group_keys);
  m.grid = std::move(c.grid);
  m.gaps = std::move(c.gaps);
  return m;
}

void Session::Dispatch(const CompareAction& action) {
  TeamView next = team_view_;
  switch (action.kind) {
    case CompareAction::Kind::None: return;
    case CompareAction::Kind::Back: GoTo(Screen::People); return;
    case CompareAction::Kind::Home: GoTo(Screen::Start); return;
    case CompareAction::Kind::ToggleTheme: ToggleTheme(); return;
    case CompareAction::Kind::ShowHelp: ShowHelp(); return;
    case CompareAction::Kind::ExportSvg: ExportCompare(false, action.group); return;
    case CompareAction::Kind::ExportPng: ExportCompare(true, action.group); return;
    case CompareAction::Kind::OpenTeam: GoTo(Screen::Team); return;
    case CompareAction::Kind::ToggleInitials: next.initials = !next.initials; break;
    case CompareAction::Kind::Toggle: {
      // Refs that no longer name anything are dropped first, so they never hold a place.
      std::vector<std::string> live;
      for (const std::string& ref : next.compare) {
        AnswerSet set;
        if (AnswerSetOf(ref, &set)) live.push_back(ref);
      }
      const auto it = std::find(live.begin(), live.end(), action.ref);
      AnswerSet set;
      if (it != live.end()) live.erase(it);
      else if (live.size() < kMaxCompared && AnswerSetOf(action.ref, &set)) live.push_back(action.ref);
      next.compare = std::move(live);
      break;
    }
    case CompareAction::Kind::ChooseRole: next.compare_role = action.ref; break;
  }
  ChangeTeamView(std::move(next));
}

// ---------------------------------------------------------------------------
// [SECTION] The team model and actions
// ---------------------------------------------------------------------------
const TeamModel& Session::Team() const {
  // Built again in another language too: the catalogue's address stands for it.
  std::string key = std::to_string(people_.revision()) + "," + std::to_string(reviews_.revision()) + "," +
                    std::to_string(reinterpret_cast<std::uintptr_t>(&CurrentCatalogue())) + "|";
  for (const CatalogEntry& e : frameworks_.catalog().entries()) key += e.framework.id + "@" + e.framework.version + ",";
  const TeamView& v = team_view_;
  key += "|" + v.framework + "|" + v.category + "|" + std::to_string(v.threshold) + "|" + v.team_role + "|" +
         std::to_string(static_cast<int>(v.sort)) + "|" + v.sort_member + "|" + (v.descending ? "d" : "a") +
         (v.initials ? "i" : "n");
  if (key == team_cache_.key) return team_cache_.model;

  TeamModel m;
  std::vector<std::string> names;
  const std::vector<const Profile*> members = TeamMembers(people_, &names);
  std::vector<AnswerSet> sets;
  for (std::size_t i = 0; i < members.size(); ++i)
    sets.push_back(CurrentAnswers(*members[i], std::string(kPerson) + members[i]->id, names[i]));
  const std::vector<RoleRef> roles = AllRoles(frameworks_.catalog());
  m.roles = RoleChoices(roles);
  TeamOptions options;
  options.threshold = v.threshold;
  if (const RoleRef* role = FindRoleRef(roles, v.team_role)) {
    m.role = role->key;
    m.role_name = role->role->name;
    options.role_levels = RoleLevelsByKey(*role);
  }
  m.threshold = v.threshold;
  m.grid = BuildTeamGrid(sets, frameworks_.catalog(), options);
  std::vector<const Review*> my_reviews;
  for (const Profile* member : members) my_reviews.push_back(reviews_.Written(member->id));
  AddReviewedLevels(m.grid, members, my_reviews);
  for (const TeamSkill& s : m.grid.skills) {
    if (std::none_of(m.frameworks.begin(), m.frameworks.end(), [&](const auto& f) { return f.first == s.framework_id; }))
      m.frameworks.emplace_back(s.framework_id, s.framework_title);
    for (int level : s.defined_levels)
      if (std::find(m.levels.begin(), m.levels.end(), level) == m.levels.end()) m.levels.push_back(level);
  }
  std::sort(m.levels.begin(), m.levels.end());
  // Choices that no longer fit what is here read as "all".
  const bool framework_here = std::any_of(m.frameworks.begin(), m.frameworks.end(),
                                          [&](const auto& f) { return f.first == v.framework; });
  m.framework = framework_here ? v.framework : "";
  if (!m.framework.empty()) m.categories = GridCategories(m.grid, m.framework);
  m.category = std::find(m.categories.begin(), m.categories.end(), v.category) != m.categories.end() ? v.category : "";
  m.sort.key = v.sort;
  m.sort.descending = v.descending;
  const auto member = std::find(m.grid.member_ids.begin(), m.grid.member_ids.end(), v.sort_member);
  if (v.sort == TeamSortKey::Member && member == m.grid.member_ids.end()) m.sort = {};
  else m.sort.member = static_cast<std::size_t>(member - m.grid.member_ids.begin());
  m.rows = SkillRows(m.grid, {m.framework, m.category}, m.sort);
  for (std::size_t i = 0; i < m.grid.members(); ++i)
    m.summaries.push_back(MemberSummaryLine(m.grid, i, !m.role.empty(), &m.rows));
  m.risks = RiskLines(m.grid, m.rows);
  m.initials = v.initials;
  if (members.empty())
    m.empty_message = Tr(MSG("session.team.nobody_yet"));
  else if (m.rows.empty())
    m.empty_message = Tr(MSG("session.team.no_match"));
  team_cache_ = {std::move(key), std::move(m)};
  return team_cache_.model;
}

void Session::Dispatch(const TeamAction& action) {
  TeamView next = team_view_;
  switch (action.kind) {
    case TeamAction::Kind::None: return;
    case TeamAction::Kind::Back: GoTo(Screen::People); return;
    case TeamAction::Kind::Home: GoTo(Screen::Start); return;
    case TeamAction::Kind::Compare: GoTo(Screen::Compare); return;
    case TeamAction::Kind::ToggleTheme: ToggleTheme(); return;
    case TeamAction::Kind::ShowHelp: ShowHelp(); return;
    case TeamAction::Kind::ExportCsv: ExportTeam(true); return;
    case TeamAction::Kind::ExportReport: ExportTeam(false); return;
    case TeamAction::Kind::ChooseFramework:
      next.framework = action.text;
      next.category.clear();
      break;
    case TeamAction::Kind::ChooseCategory: next.category = action.text; break;
    case TeamAction::Kind::ChooseThreshold: next.threshold = action.value; break;
    case TeamAction::Kind::ChooseRole: next.team_role = action.text; break;
    case TeamAction::Kind::ToggleInitials: next.initials = !next.initials; break;
    case TeamAction::Kind::Sort: {
      next.sort = action.sort.key;
      next.descending = action.sort.descending;
      const TeamGrid& grid = Team().grid;
      next.sort_member = action.sort.key == TeamSortKey::Member && action.sort.member < grid.members()
                             ? grid.member_ids[action.sort.member]
                             : "";
      break;
    }
  }
  ChangeTeamView(std::move(next));
}

// ---------------------------------------------------------------------------
// [SECTION] Exports
// ---------------------------------------------------------------------------
void Session::ExportCompare(bool png, int group) {
  const CompareModel m = Compare();
  if (m.chart.series.empty()) return;
  ChartData data = m.groups.size() > 1
                       ? SliceChartData(m.chart, m.groups[static_cast<std::size_t>(std::clamp(group, 0, static_cast<int>(m.groups.size()) - 1))].axes)
                       : m.chart;
  if (team_view_.initials) {
    // Names become initials; a snapshot keeps its own name after the person's.
    std::vector<std::string> people;
    for (const std::string& ref : team_view_.compare) {
      AnswerSet set;
      std::string person;
      if (AnswerSetOf(ref, &set, &person)) people.push_back(person);
    }
    const std::vector<std::string> initials = InitialsOf(people);
    for (std::size_t i = 0; i < initials.size() && i < data.series.size(); ++i) {
      const std::string& full = data.series[i].name;
      const std::size_t comma = full.find(", ");
      data.series[i].name = initials[i] + (comma == std::string::npos ? "" : full.substr(comma));
    }
  }
  std::vector<std::string> names;
  for (const ChartSeriesInput& s : data.series) names.push_back(s.name);
  SvgChart chart;
  chart.title = Tr(MSG("session.team.chart_title"), JoinAsList(names));
  chart.description =
      TrN(MSG("session.team.chart_description"), static_cast<long long>(data.axes.size()), JoinAsList(names));
  chart.axes = data.axes;
  chart.series = data.series;
  const SvgDocument doc = ChartSvg(chart);
  const std::string now = platform_.NowIso8601();
  const std::string& file_name = Tr(MSG("session.team.compare_file_name"));
  if (png) platform_.DownloadSvgAsPng(DownloadName(file_name, now, "png"), doc.text, doc.width, doc.height, 2.0);
  else platform_.DownloadFile(DownloadName(file_name, now, "svg"), "image/svg+xml", doc.text);
}

void Session::ExportTeam(bool csv) {
  const TeamModel& m = Team();
  TeamGrid grid = m.grid;
  if (m.initials) grid.member_names = InitialsOf(grid.member_names);
  // A single holder's name is in the figures too.
  for (TeamSkill& s : grid.skills) {
    if (!s.single_point) continue;
    for (std::size_t i = 0; i < m.grid.members(); ++i)
      if (m.grid.member_names[i] == s.single_holder) s.single_holder = grid.member_names[i];
  }
  const std::string now = platform_.NowIso8601();
  if (csv) {
    platform_.DownloadFile(DownloadName(Tr(MSG("session.team.heatmap_file_name")), now, "csv"), "text/csv",
                           TeamCsv(grid, m.rows, m.role_name));
    return;
  }
  TeamReportInput in;
  in.title = Tr(MSG("session.team.report_title"));
  in.date = ShortDate(now);
  in.role_name = m.role_name;
  in.grid = &grid;
  in.rows = m.rows;
  in.privacy_note = m.initials ? Tr(MSG("session.team.privacy_note_initials"), PrivacyNote()) : PrivacyNote();
  in.filter = Tr(MSG("session.team.all_frameworks"));
  for (const auto& [id, title] : m.frameworks)
    if (id == m.framework) in.filter = m.category.empty() ? title : title + " \xE2\x80\xBA " + m.category;
  for (const TeamSkill& s : grid.skills) {
    const CatalogEntry* e = frameworks_.catalog().Find(s.framework_id, s.version);
    const std::string line =
        e ? Tr(MSG("session.team.source_line"), e->framework.title, e->framework.version, e->framework.attribution) : "";
    if (e && std::find(in.sources.begin(), in.sources.end(), line) == in.sources.end()) in.sources.push_back(line);
  }
  platform_.DownloadFile(DownloadName(Tr(MSG("session.team.report_file_name")), now, "html"), "text/html",
                         TeamReportHtml(in));
}

// ---------------------------------------------------------------------------
// [SECTION] Targets from a role
// ---------------------------------------------------------------------------
void Session::ApplyRoleTargets(const std::string& role_key) {
  const Profile* p = open_profile();
  if (!p) return;
  const std::vector<RoleRef> roles = AllRoles(frameworks_.catalog());
  const RoleRef* role = FindRoleRef(roles, role_key);
  if (!role) return;
  Profile next = *p;
  const RoleTargets t = skillscope::SetTargetsFromRole(next, frameworks_.catalog(), *role, platform_.NowIso8601());
  std::string& message = ChangeView().targets_message;
  message = TrN(MSG("session.team.targets_set"), static_cast<long long>(t.set), Quoted(role->role->name));
  if (!t.left.empty()) message += " " + Tr(MSG("session.team.targets_left"), JoinAsList(t.left));
  if (next == *p) return;
  SaveOpenProfile(std::move(next));
}

}  // namespace skillscope
