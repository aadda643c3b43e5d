// Sections
//   [SECTION] Start-up, scale, theme
//   [SECTION] Start screen and frameworks
//   [SECTION] Setup
//   [SECTION] Questionnaire
//   [SECTION] Summary
//   [SECTION] Frame dispatch and the test hook
#include "app/app.h"
#include "app/wording.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <nlohmann/json.hpp>

#include "core/catalog.h"
#include "core/chart_data.h"
#include "core/file_names.h"
#include "core/report.h"
#include "core/svg.h"
#include "core/framework_loader.h"
#include "core/json_input.h"
#include "core/profile_json.h"
#include "core/version.h"
#include "core/scoring.h"
#include "imgui.h"
#include "ui/keyboard_nav.h"
#include "ui/widget_registry.h"
#include "ui/widgets.h"

namespace skillscope {
namespace {
const Answer kNoAnswer{};
}  // namespace

// ---------------------------------------------------------------------------
// [SECTION] Start-up, scale, theme
// ---------------------------------------------------------------------------
void App::Init() {
  font_files_.regular = platform::TakeBundledFile("fonts/OpenSans-Regular.ttf").value_or("");
  font_files_.semibold = platform::TakeBundledFile("fonts/OpenSans-Semibold.ttf").value_or("");
  font_files_.bold = platform::TakeBundledFile("fonts/OpenSans-Bold.ttf").value_or("");

  settings_ = store_.LoadSettings();
  if (settings_.theme == "dark") ui_.theme = ui::Theme::Dark;
  else if (settings_.theme == "light") ui_.theme = ui::Theme::Light;
  else ui_.theme = platform::PrefersDarkColorScheme() ? ui::Theme::Dark : ui::Theme::Light;

  LoadProfiles();
  // Reopen the page the person was on, unless there is a problem to tell them about.
  if (profile_ && !profile_->selection.empty())
    skill_index_ = std::clamp(settings_.skill_index, 0, static_cast<int>(profile_->selection.size()) - 1);
  if (profile_ && !profile_->selection.empty() && !banner_visible_) {
    if (settings_.screen == "skill") screen_ = Screen::Skill;
    else if (settings_.screen == "summary") screen_ = Screen::Summary;
    else if (settings_.screen == "results") screen_ = Screen::Results;
  }
  if (const std::string from = platform::UpdatedFromVersion(); !from.empty() && !banner_visible_)
    ShowBanner(false, std::string("skillscope was updated to version ") + kAppVersion,
               {"You were using version " + from + ". Your profiles are kept as they were."});
  platform::SetFileDropHandler(kMaxProfileBytes, [this](platform::PickedFile file) { OnDroppedFile(file); });
  platform::SetStorageChangeHandler([this](std::string key) { OnStorageChanged(key); });
  platform::TakeSharedLink([this](bool ok, std::string text) {
    if (ok) ImportText(text, "a shared link");
    else if (!text.empty()) ShowBanner(true, "The shared link could not be opened", {text});
  });
}

void App::OnScaleChanged(float device_pixel_ratio) {
  ui_.device_pixel_ratio = device_pixel_ratio;
  ui_.fonts = ui::BuildFonts(ImGui::GetIO(), font_files_, device_pixel_ratio);
  ui::ApplyTheme(ui_.theme, device_pixel_ratio);
}

void App::ToggleTheme() {
  ui_.theme = ui_.theme == ui::Theme::Dark ? ui::Theme::Light : ui::Theme::Dark;
  ui::ApplyTheme(ui_.theme, ui_.device_pixel_ratio);
  settings_.theme = ui_.theme == ui::Theme::Dark ? "dark" : "light";
  SaveSettings();
}

void App::SaveSettings() {
  switch (screen_) {
    case Screen::Skill: settings_.screen = "skill"; break;
    case Screen::Summary: settings_.screen = "summary"; break;
    case Screen::Results: settings_.screen = "results"; break;
    case Screen::Start:
    case Screen::Setup: settings_.screen = "start"; break;
  }
  settings_.skill_index = skill_index_;
  store_.SaveSettings(settings_);
}

void App::GoTo(Screen screen, int skill_index) {
  // Arriving at a skill from elsewhere starts at the top of its page.
  if (screen == Screen::Skill && screen_ != Screen::Skill) skill_state_.scroll_to_top_for = -1;
  screen_ = screen;
  if (skill_index >= 0) skill_index_ = skill_index;
  SaveSettings();
}

// ---------------------------------------------------------------------------
// [SECTION] Start screen and frameworks
// ---------------------------------------------------------------------------
void App::ShowBanner(bool error, std::string title, std::vector<std::string> lines,
                     std::vector<ui::BannerButton> buttons) {
  banner_visible_ = true;
  banner_is_error_ = error;
  banner_title_ = std::move(title);
  banner_lines_ = std::move(lines);
  banner_buttons_ = std::move(buttons);
}

void App::OnFrameworkFile(const platform::PickedFile& file) {
  if (!file.error.empty()) {
    ShowBanner(true, Quoted(file.name) + " could not be read", {file.error});
  } else if (file.too_large) {
    ShowBanner(true, Quoted(file.name) + " could not be loaded",
               {file.name + ": the file is " + HumanSize(file.size) + "; the limit is " + HumanSize(kMaxFrameworkBytes)});
  } else {
    LoadOutcome outcome = frameworks_.AddFromFile(file.name, file.bytes);
    ShowBanner(!outcome.ok, std::move(outcome.title), std::move(outcome.details));
  }
  GoTo(Screen::Start);  // the outcome is shown on the start screen
}

ui::StartScreenModel App::BuildStartModel() const {
  ui::StartScreenModel model;
  for (const CatalogEntry& e : frameworks_.catalog().entries()) {
    ui::FrameworkRow row;
    row.key = FrameworkLibrary::Key(e.framework.id, e.framework.version);
    row.title = e.framework.title;
    row.version = e.framework.version;
    row.size_text = FrameworkSizeText(e.framework);
    row.source = e.framework.source;
    row.attribution = e.framework.attribution;
    row.custom = e.origin == FrameworkOrigin::Custom;
    // Every saved profile made against this version (removal then asks first).
    std::vector<std::string> users;
    for (const Profile& p : store_.profiles()) {
      if (const FrameworkRef* ref = p.FindFramework(e.framework.id); ref && ref->version == e.framework.version)
        users.push_back(Quoted(p.name));
    }
    for (std::size_t i = 0; i < users.size(); ++i)
      row.used_by += (i == 0 ? "" : i + 1 == users.size() ? " and " : ", ") + users[i];
    model.frameworks.push_back(std::move(row));
  }
  if (profile_ && !profile_->selection.empty()) {
    const Progress progress = CountProgress(*profile_);
    model.continue_label = "Your assessment " + Quoted(profile_->name) + " \xC2\xB7 " + ProgressText(progress);
    model.continue_complete = progress.total > 0 && progress.answered == progress.total;
  }
  for (const StoredProfileInfo& info : store_.List()) {
    ui::ProfileRow row;
    row.id = info.id;
    row.name = info.name;
    row.detail = std::to_string(info.answered) + " of " + std::to_string(info.skills) + " skills answered \xC2\xB7 " +
                 ShortDate(info.updated);
    row.current = profile_ && profile_->id == info.id;
    model.profiles.push_back(std::move(row));
  }
  if (!store_.available())
    model.storage_notice = "This browser does not let skillscope save (private window or storage turned off). "
                           "Everything works, but only until this page is closed: export what you want to keep.";
  model.banner_visible = banner_visible_;
  model.banner_is_error = banner_is_error_;
  model.banner_title = banner_title_;
  model.banner_lines = banner_lines_;
  model.banner_buttons = banner_buttons_;
  return model;
}

void App::DrawStart() {
  const ui::StartAction action = ui::DrawStartScreen(ui_, BuildStartModel(), start_state_);
  switch (action.kind) {
    case ui::StartAction::Start:
      setup_state_ = {};
      setup_state_.name = "Assessment " + ShortDate(platform::NowIso8601());
      GoTo(Screen::Setup);
      break;
    case ui::StartAction::Continue:
      GoTo(profile_ && CountProgress(*profile_).answered == profile_->selection.size() ? Screen::Results : Screen::Skill);
      break;
    case ui::StartAction::LoadFramework:
      platform::PickFile(".json,application/json", kMaxFrameworkBytes,
                         [this](platform::PickedFile file) { OnFrameworkFile(file); });
      break;
    case ui::StartAction::RemoveFramework:
      for (const CatalogEntry& e : frameworks_.catalog().entries()) {
        if (FrameworkLibrary::Key(e.framework.id, e.framework.version) != action.framework_key) continue;
        // Copies: removal destroys the entry these strings live in.
        const std::string title = e.framework.title, id = e.framework.id, version = e.framework.version;
        frameworks_.Remove(id, version);
        ShowBanner(false, "Removed " + Quoted(title), {});
        break;
      }
      break;
    case ui::StartAction::DismissBanner:
      banner_visible_ = false;
      break;
    case ui::StartAction::BannerButtonPressed:
      ApplyBannerButton(action.banner_button);
      break;
    case ui::StartAction::None:
      break;
    default:
      ApplyProfileAction(action);
      break;
  }
}

// ---------------------------------------------------------------------------
// [SECTION] Setup
// ---------------------------------------------------------------------------
void App::DrawSetup() {
  const ui::SetupAction action = ui::DrawSetupScreen(ui_, frameworks_.catalog(), setup_state_);
  if (action.kind == ui::SetupAction::Back) {
    GoTo(Screen::Start);
  } else if (action.kind == ui::SetupAction::Begin) {
    const std::string now = platform::NowIso8601();
    std::string name = setup_state_.name;
    if (name.find_first_not_of(" \t") == std::string::npos) name = "Assessment " + ShortDate(now);
    profile_ = NewProfile(ProfileStore::NewProfileId(now), name, setup_state_.person, now,
                          ui::ChosenSkills(frameworks_.catalog(), setup_state_));
    saved_json_.clear();
    skill_state_ = {};
    overlay_ = -1;
    ProfileChanged();
    GoTo(Screen::Skill, 0);
  }
}

// ---------------------------------------------------------------------------
// [SECTION] Questionnaire
// ---------------------------------------------------------------------------
ui::SkillPageModel App::BuildSkillModel(const std::vector<SelectedSkill>& selected) {
  ui::SkillPageModel m;
  const SelectedSkill& current = selected[static_cast<std::size_t>(skill_index_)];
  m.framework = current.framework;
  m.skill = current.skill;
  // Viewing a skill does not create an answer; only answering does.
  const auto found = profile_->answers.find(current.key);
  m.answer = found != profile_->answers.end() ? &found->second : &kNoAnswer;
  m.suggestion = SuggestLevel(*current.skill, m.answer->ratings);
  m.index = skill_index_;
  m.count = static_cast<int>(selected.size());
  const Progress progress = CountProgress(*profile_);
  m.answered = progress.answered;
  m.progress_text = ProgressText(progress);
  m.profile_name = profile_->name;
  m.save_problem = save_problem_;
  for (const SelectedSkill& s : selected) {
    ui::SkillListItem item;
    item.code = s.skill ? s.skill->code : s.key;
    item.name = s.skill ? s.skill->name : "(not available)";
    const auto it = profile_->answers.find(s.key);
    item.kind = it == profile_->answers.end() ? AnswerKind::Unanswered : it->second.kind;
    m.list.push_back(std::move(item));
  }
  return m;
}

void App::ApplySkillAction(const ui::SkillPageAction& action, const SelectedSkill& selected) {
  using A = ui::SkillPageAction;
  const std::string now = platform::NowIso8601();
  Answer answer = profile_->answers.count(selected.key) ? profile_->answers[selected.key] : Answer{};
  const Skill& skill = *selected.skill;
  const int count = static_cast<int>(profile_->selection.size());
  bool changed = true;
  switch (action.kind) {
    case A::ChooseLevel: changed = ChooseLevel(answer, skill, action.level, now); break;
    case A::NotApplicable: MarkNotApplicable(answer, now); break;
    case A::Skip:
      MarkSkipped(answer, now);
      if (skill_index_ + 1 < count) GoTo(Screen::Skill, skill_index_ + 1);
      break;
    case A::ClearAnswer: ClearAnswer(answer, now); break;
    case A::SetMode: SetMode(answer, action.mode, now); break;
    case A::Rate: changed = RateStatement(answer, skill, action.level, action.statement, action.rating, now); break;
    case A::SetTarget: changed = SetTarget(answer, selected.framework->scale, action.level, now); break;
    case A::SetConfidence: SetConfidence(answer, action.confidence, now); break;
    case A::SetNotes: SetNotes(answer, action.notes, now); break;
    case A::Next:
      changed = false;
      GoTo(Screen::Skill, std::min(skill_index_ + 1, count - 1));
      break;
    case A::Back:
      changed = false;
      GoTo(Screen::Skill, std::max(skill_index_ - 1, 0));
      break;
    case A::Jump:
      changed = false;
      GoTo(Screen::Skill, std::clamp(action.jump_to, 0, count - 1));
      break;
    case A::Finish:
      changed = false;
      GoTo(Screen::Summary);
      break;
    case A::Home:
      changed = false;
      GoTo(Screen::Start);
      break;
    case A::ToggleTheme:
      changed = false;
      ToggleTheme();
      break;
    case A::None: changed = false; break;
  }
  if (changed && (profile_->answers.count(selected.key) == 0 || profile_->answers[selected.key] != answer)) {
    profile_->answers[selected.key] = std::move(answer);
    ProfileChanged();
  }
}

void App::DrawSkill() {
  if (!profile_ || profile_->selection.empty()) {
    GoTo(Screen::Start);
    return;
  }
  const std::vector<SelectedSkill> selected = ResolveSelection(*profile_, frameworks_.catalog());
  skill_index_ = std::clamp(skill_index_, 0, static_cast<int>(selected.size()) - 1);
  const SelectedSkill& current = selected[static_cast<std::size_t>(skill_index_)];
  if (!current.skill) {
    // The framework was removed or changed: say so instead of drawing a blank page.
    ShowBanner(true, "A skill of " + Quoted(profile_->name) + " is not available",
               {current.key + ": its framework is not loaded in this browser. Load the framework again to continue."});
    GoTo(Screen::Start);
    return;
  }
  const ui::SkillPageAction action = ui::DrawSkillPage(ui_, BuildSkillModel(selected), skill_state_);
  if (action.kind != ui::SkillPageAction::None) ApplySkillAction(action, current);
}

// ---------------------------------------------------------------------------
// [SECTION] Summary
// ---------------------------------------------------------------------------
ui::SummaryModel App::BuildSummaryModel(const std::vector<SelectedSkill>& selected) const {
  ui::SummaryModel m;
  m.profile_name = profile_->name;
  m.progress_text = ProgressText(CountProgress(*profile_));
  for (const SelectedSkill& s : selected) {
    ui::SummaryRow row;
    row.code = s.skill ? s.skill->code : s.key;
    row.name = s.skill ? s.skill->name : "(not available)";
    row.framework = s.framework ? s.framework->title : "";
    const auto it = profile_->answers.find(s.key);
    const Answer a = it == profile_->answers.end() ? Answer{} : it->second;
    row.kind = a.kind;
    switch (a.kind) {
      case AnswerKind::Level:
        row.level = s.framework ? LevelLabel(s.framework->scale, a.level) : std::to_string(a.level);
        if (a.overridden) row.level += " (your choice over the suggestion)";
        break;
      case AnswerKind::NotApplicable: row.level = "Not applicable"; break;
      case AnswerKind::Skipped: row.level = "Skipped"; break;
      case AnswerKind::Unanswered: row.level = "Not answered"; break;
    }
    if (a.target > 0 && s.framework) row.target = LevelLabel(s.framework->scale, a.target);
    row.confidence = ConfidenceLabel(a.confidence);
    m.rows.push_back(std::move(row));
  }
  return m;
}

void App::DrawSummary() {
  if (!profile_) {
    GoTo(Screen::Start);
    return;
  }
  const std::vector<SelectedSkill> selected = ResolveSelection(*profile_, frameworks_.catalog());
  const ui::SummaryAction action = ui::DrawSummaryScreen(ui_, BuildSummaryModel(selected));
  switch (action.kind) {
    case ui::SummaryAction::Jump: GoTo(Screen::Skill, action.index); break;
    case ui::SummaryAction::BackToQuestions: GoTo(Screen::Skill); break;
    case ui::SummaryAction::Home: GoTo(Screen::Start); break;
    case ui::SummaryAction::Results: GoTo(Screen::Results); break;
    case ui::SummaryAction::None: break;
  }
}

// ---------------------------------------------------------------------------
// [SECTION] Results and exports
// ---------------------------------------------------------------------------
void App::OpenSkill(const std::string& key) {
  const auto it = std::find(profile_->selection.begin(), profile_->selection.end(), key);
  if (it != profile_->selection.end()) GoTo(Screen::Skill, static_cast<int>(it - profile_->selection.begin()));
}

void App::DrawResults() {
  if (!profile_) {
    GoTo(Screen::Start);
    return;
  }
  results_ = BuildResults(*profile_, frameworks_.catalog());
  ui::ResultsModel m;
  m.profile_name = profile_->name;
  const Progress progress = CountProgress(*profile_);
  m.subtitle = (profile_->person.empty() ? "" : profile_->person + " \xC2\xB7 ") + ShortDate(profile_->updated) +
               " \xC2\xB7 " + ProgressText(progress);
  m.results = &results_;
  m.summaries = FrameworkSummaries(results_);
  m.growth = WhereToGrow(results_, frameworks_.catalog(), *profile_, 5);
  std::vector<Overlay> overlays;
  for (const Snapshot& snap : profile_->snapshots) {
    m.overlays.push_back(snap.name);
    m.snapshot_ids.push_back(snap.id);
    m.snapshot_dates.push_back(ShortDate(snap.taken));
  }
  if (overlay_ >= static_cast<int>(profile_->snapshots.size())) overlay_ = -1;
  if (overlay_ >= 0) {
    const Snapshot& snap = profile_->snapshots[static_cast<std::size_t>(overlay_)];
    Overlay o{snap.name + " (" + ShortDate(snap.taken) + ")", {}};
    for (const auto& [key, answer] : snap.answers)
      if (answer.kind == AnswerKind::Level) o.levels.emplace_back(key, answer.level);
    overlays.push_back(std::move(o));
  }
  m.overlay = overlay_;
  m.share_message = share_message_;
  m.chart = BuildChartData(results_, overlays);
  m.groups = GroupAxes(m.chart.group_keys);
  const ui::ResultsAction action = ui::DrawResultsScreen(ui_, m, results_state_);
  switch (action.kind) {
    case ui::ResultsAction::OpenSkill: OpenSkill(action.skill_key); break;
    case ui::ResultsAction::BackToQuestions: GoTo(Screen::Skill); break;
    case ui::ResultsAction::Home: GoTo(Screen::Start); break;
    case ui::ResultsAction::ToggleTheme: ToggleTheme(); break;
    case ui::ResultsAction::ExportSvg:
    case ui::ResultsAction::ExportPng:
    case ui::ResultsAction::ExportReport: Export(action.kind, m); break;
    case ui::ResultsAction::ExportProfile: ExportProfile(*profile_); break;
    case ui::ResultsAction::ShareLink: ShareCurrentProfile(); break;
    case ui::ResultsAction::ChooseOverlay: overlay_ = action.overlay; break;
    case ui::ResultsAction::SaveSnapshot: SaveSnapshot(action.text); break;
    case ui::ResultsAction::DeleteSnapshot: DeleteSnapshot(action.text); break;
    case ui::ResultsAction::None: break;
  }
}

void App::Export(ui::ResultsAction::Kind kind, const ui::ResultsModel& m) {
  const std::string now = platform::NowIso8601();
  auto svg_for = [&](const ChartData& data, const std::string& id_prefix = "chart") {
    SvgChart chart;
    chart.id_prefix = id_prefix;
    chart.title = "Skills profile: " + profile_->name;
    chart.description = "Radar chart of " + std::to_string(data.axes.size()) + " skills: " +
                        (m.summaries.empty() ? std::string() : m.summaries.front());
    chart.axes = data.axes;
    chart.series = data.series;
    return ChartSvg(chart);
  };
  if (kind == ui::ResultsAction::ExportSvg) {
    platform::DownloadFile(DownloadName(profile_->name, now, "svg"), "image/svg+xml",
                           svg_for(ui::ShownChart(m, results_state_)).text);
  } else if (kind == ui::ResultsAction::ExportPng) {
    const SvgDocument doc = svg_for(ui::ShownChart(m, results_state_));
    platform::DownloadSvgAsPng(DownloadName(profile_->name, now, "png"), doc.text, doc.width, doc.height, 2.0);
  } else {
    ReportInput in;
    in.profile_name = profile_->name;
    in.person = profile_->person;
    in.date = ShortDate(now);
    // Every group's chart: a report of 40 skills shows two charts of 20.
    for (std::size_t i = 0; i < m.groups.size(); ++i)
      in.chart_svg += svg_for(SliceChartData(m.chart, m.groups[i].axes), "chart-" + std::to_string(i + 1)).text;
    in.results = results_;
    in.summaries = m.summaries;
    in.growth = m.growth;
    platform::DownloadFile(DownloadName(profile_->name, now, "html"), "text/html", ReportHtml(in));
  }
}

// ---------------------------------------------------------------------------
// [SECTION] Frame dispatch and the test hook
// ---------------------------------------------------------------------------
void App::DrawFrame() {
  ui::BeginWidgetFrame();
  ui::ExtendKeyboardNavigation();
  switch (screen_) {
    case Screen::Start: DrawStart(); break;
    case Screen::Setup: DrawSetup(); break;
    case Screen::Skill: DrawSkill(); break;
    case Screen::Summary: DrawSummary(); break;
    case Screen::Results: DrawResults(); break;
  }
  if (pending_import_) DrawImportDialog();
}

std::string App::StateJson() const { return ProfileToJson(profile_.value_or(Profile{})); }

std::string App::WidgetsJson() const {
  nlohmann::json list = nlohmann::json::array();
  for (const ui::WidgetInfo& w : ui::FrameWidgets()) {
    list.push_back({{"id", w.id}, {"label", w.label}, {"window", w.window}, {"focused", w.focused},
                    {"x", w.x}, {"y", w.y}, {"w", w.w}, {"h", w.h}});
  }
  return list.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string App::TextsJson() const {
  nlohmann::json list = nlohmann::json::array();
  for (const ui::TextInfo& t : ui::FrameTexts())
    list.push_back({{"text", t.text}, {"x", t.x}, {"y", t.y}, {"w", t.w}, {"h", t.h}});
  return list.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace skillscope
