// Sections
//   [SECTION] Start-up
//   [SECTION] Places and navigation
//   [SECTION] Notices and the theme
//   [SECTION] Dispatch: one function per screen's actions
//   [SECTION] The start screen's model
#include "session/session.h"

#include <algorithm>
#include <type_traits>

#include "core/text/file_names.h"
#include "core/profile/json.h"
#include "core/profile/version.h"
#include "core/json/input.h"
#include "core/text/messages.h"
#include "core/text/wording.h"

namespace skillscope {

// ---------------------------------------------------------------------------
// [SECTION] Start-up
// ---------------------------------------------------------------------------
Session::Session(Platform& platform)
    : platform_(platform),
      local_(platform),
      database_(platform, local_, {kStoredFrameworkPrefix, kPersonKeyPrefix, kMyReviewKeyPrefix}),
      watched_local_(local_),
      watched_database_(database_),
      frameworks_(platform, watched_database_),
      store_(platform, watched_local_),
      people_(platform, watched_database_),
      reviews_(watched_local_, watched_database_) {
  watched_local_.OnChange([this](const std::string& key) { OnCollectionChanged(key); });
  watched_database_.OnChange([this](const std::string& key) { OnCollectionChanged(key); });
}

void Session::Start(Database database) {
  StartLanguage();  // first: everything after may word something
  settings_ = LoadSettings(platform_);
  prefers_dark_ = platform_.PrefersDarkColorScheme();
  LoadProfiles();
  if (database == Database::Now) OpenDatabase();
  if (const std::string from = platform_.UpdatedFromVersion(); !from.empty() && !notice_)
    ShowNotice(Notice::Kind::Info, Tr(MSG("session.main.updated_title"), kAppVersion),
               {Tr(MSG("session.main.updated_detail"), from)});
  OpenAtStart();
  KeepPlaceValid();
}

void Session::OpenDatabase() {
  if (database_opened_) return;
  database_opened_ = true;
  WatchDatabase();
  database_.Open([this] { OnDatabaseRead(); });
}

// ---------------------------------------------------------------------------
// [SECTION] Places and navigation
// ---------------------------------------------------------------------------
void Session::GoTo(Screen screen, int skill_index, Address address) {
  if (screen == Screen::Setup && screen_ != Screen::Setup) ++setup_visit_;
  if (screen != Screen::Help) help_pushed_ = false;
  copied_level_ = 0;
  screen_ = screen;
  if (skill_index >= 0) skill_index_ = skill_index;
  RememberPlace();
  ShowAddress(address);
}

void Session::ShowHelp() {
  if (screen_ == Screen::Help) return;
  RefreshStorageEstimate();
  FindLinkedBackup([] {});
  GoTo(Screen::Help);
  help_pushed_ = true;
}

void Session::GoToPlace(const ProfilePlace& place, Address address) {
  const Profile* p = open_profile();
  if (!p) return;
  int index = 0;
  const auto it = std::find(p->selection.begin(), p->selection.end(), place.skill_key);
  if (it != p->selection.end()) index = static_cast<int>(it - p->selection.begin());
  GoTo(place.screen, index, address);
}

void Session::RememberPlace() {
  Settings next = settings_;
  // Help and a table being imported are not places within a profile; the address keeps
  // the people screens.
  if (screen_ == Screen::Help || screen_ == Screen::TableImport || screen_ == Screen::Reading || IsPeopleScreen(screen_))
    return;
  next.at_start = screen_ == Screen::Start || screen_ == Screen::Setup;
  const Profile* p = open_profile();
  if (p && !next.at_start) {
    ProfilePlace place{screen_, {}};
    if (screen_ == Screen::Skill && skill_index_ >= 0 && skill_index_ < static_cast<int>(p->selection.size()))
      place.skill_key = p->selection[static_cast<std::size_t>(skill_index_)];
    next.places[p->id] = place;
  }
  if (next.at_start == settings_.at_start && next.places == settings_.places) return;
  settings_ = std::move(next);
  SaveSettings(platform_, settings_);
}

void Session::KeepPlaceValid() {
  if (screen_ == Screen::Start || screen_ == Screen::Setup || screen_ == Screen::Help ||
      screen_ == Screen::TableImport || screen_ == Screen::Reading || IsPeopleScreen(screen_))
    return;
  const Profile* p = open_profile();
  if (!p || p->selection.empty()) {
    GoTo(Screen::Start, -1, Address::Replace);
    return;
  }
  skill_index_ = std::clamp(skill_index_, 0, static_cast<int>(p->selection.size()) - 1);
  if (screen_ != Screen::Skill) return;
  const std::vector<SelectedSkill> selected = Selected();
  const SelectedSkill& current = selected[static_cast<std::size_t>(skill_index_)];
  if (current.skill) return;
  // The framework was removed or changed: say so instead of drawing a blank page.
  ShowNotice(Notice::Kind::Error, Tr(MSG("session.main.skill_unavailable_title"), Quoted(p->name)),
             {Tr(MSG("session.main.skill_unavailable_detail"), current.key)});
  GoTo(Screen::Start, -1, Address::Replace);
}

// ---------------------------------------------------------------------------
// [SECTION] Notices and the theme
// ---------------------------------------------------------------------------
void Session::ShowNotice(Notice::Kind kind, std::string title, std::vector<std::string> lines,
                         std::vector<NoticeButton> buttons) {
  notice_ = Notice{kind, std::move(title), std::move(lines), std::move(buttons)};
}

void Session::PressNoticeButton(NoticeButton button) {
  switch (button) {
    case NoticeButton::UndoDelete: UndoDelete(); break;
    case NoticeButton::DownloadUnreadable:
      for (const Unreadable& u : unreadable_)
        platform_.DownloadFile(
            DownloadName(Tr(MSG("session.main.unreadable_file_name"), u.key), platform_.NowIso8601(), "json"),
            "application/json", u.text);
      break;
    case NoticeButton::LoadFramework: PickFrameworkFile(); break;
    case NoticeButton::ExportCurrent:
      if (const Profile* p = open_profile()) ExportProfile(*p);
      break;
    case NoticeButton::UndoRemovePerson: UndoRemovePerson(); break;
    case NoticeButton::SaveAgain:
      database_.SaveAgain();
      notice_.reset();
      break;
    case NoticeButton::DownloadBackup: DownloadBackup(); break;
    case NoticeButton::NotNow: SnoozeBackupReminder(); break;
    case NoticeButton::LinkBackup: LinkBackupFile(); break;
    case NoticeButton::ResumeLinkedBackup: ResumeLinkedBackup(); break;
    case NoticeButton::ShowReview: ShowArrivedReview(); break;
  }
}

bool Session::dark_theme() const {
  if (settings_.theme == "dark") return true;
  if (settings_.theme == "light") return false;
  return prefers_dark_;
}

void Session::OnColorSchemeChanged(bool dark) { prefers_dark_ = dark; }

void Session::ToggleTheme() {
  settings_.theme = dark_theme() ? "light" : "dark";
  SaveSettings(platform_, settings_);
}

// ---------------------------------------------------------------------------
// [SECTION] Dispatch: one function per screen's actions
// ---------------------------------------------------------------------------
void Session::Apply(const Action& action) {
  // Most frames bring no action: nothing to do then.
  const bool none = std::visit([](const auto& a) { return a.kind == std::decay_t<decltype(a)>::Kind::None; }, action);
  if (none) return;
  std::visit([this](const auto& a) { Dispatch(a); }, action);
  KeepPlaceValid();
}

void Session::OnFileDropped(const PickedFile& file) {
  // A dropped file is a table (by its name), or a profile or framework ("format" says).
  if (LooksLikeTable(file.name)) OnTableFile(file);
  else if (!file.too_large && file.error.empty() && LooksLikeBackup(file.bytes)) ReadBackupFile(file);
  else if (!file.too_large && file.error.empty() && LooksLikeProfile(file.bytes)) ImportText(file.bytes, file.name);
  else if (!file.too_large && file.error.empty() && LooksLikeReview(file.bytes)) ImportReviewText(file.bytes, file.name);
  else OnFrameworkFile(file);
  KeepPlaceValid();
}

void Session::Dispatch(const StartAction& action) {
  switch (action.kind) {
    case StartAction::Kind::None: break;
    case StartAction::Kind::Start: GoTo(Screen::Setup); break;
    case StartAction::Kind::ChooseLanguage: SetLanguage(action.text); break;
    case StartAction::Kind::Continue: {
      const Profile* p = open_profile();
      if (!p) break;
      const Progress progress = CountProgress(*p);
      GoTo(progress.total > 0 && progress.answered == progress.total ? Screen::Results : Screen::Skill);
      break;
    }
    case StartAction::Kind::LoadFramework: PickFrameworkFile(); break;
    case StartAction::Kind::RemoveFramework: RemoveFramework(action.framework_key); break;
    case StartAction::Kind::DismissNotice: notice_.reset(); break;
    case StartAction::Kind::PressNoticeButton: PressNoticeButton(action.button); break;
    case StartAction::Kind::OpenProfile: OpenProfile(action.profile_id); break;
    case StartAction::Kind::RenameProfile: RenameProfile(action.profile_id, action.text); break;
    case StartAction::Kind::DuplicateProfile: DuplicateProfile(action.profile_id); break;
    case StartAction::Kind::DeleteProfile: DeleteProfile(action.profile_id); break;
    case StartAction::Kind::ExportProfile:
      if (const Profile* p = store_.Find(action.profile_id)) ExportProfile(*p);
      break;
    case StartAction::Kind::ImportProfileFile: PickProfileFile(); break;
    case StartAction::Kind::ImportProfileText: ImportText(action.text, Tr(MSG("session.main.pasted_text"))); break;
    case StartAction::Kind::ToggleTheme: ToggleTheme(); break;
    case StartAction::Kind::ShowHelp: ShowHelp(); break;
    case StartAction::Kind::OpenPeople: GoTo(Screen::People); break;
    case StartAction::Kind::OpenCompare: GoTo(Screen::Compare); break;
    case StartAction::Kind::OpenTeam: GoTo(Screen::Team); break;
    case StartAction::Kind::FrameworkFromTable: GoTo(Screen::TableImport); break;
  }
}

void Session::Dispatch(const SetupAction& action) {
  switch (action.kind) {
    case SetupAction::Kind::None: break;
    case SetupAction::Kind::Back: GoTo(Screen::Start); break;
    case SetupAction::Kind::Begin: BeginAssessment(action); break;
    case SetupAction::Kind::ToggleTheme: ToggleTheme(); break;
    case SetupAction::Kind::ShowHelp: ShowHelp(); break;
  }
}

void Session::Dispatch(const SummaryAction& action) {
  switch (action.kind) {
    case SummaryAction::Kind::None: break;
    case SummaryAction::Kind::Jump: GoTo(Screen::Skill, action.index); break;
    case SummaryAction::Kind::BackToQuestions: GoTo(Screen::Skill); break;
    case SummaryAction::Kind::Home: GoTo(Screen::Start); break;
    case SummaryAction::Kind::Results: GoTo(Screen::Results); break;
    case SummaryAction::Kind::ToggleTheme: ToggleTheme(); break;
    case SummaryAction::Kind::ShowHelp: ShowHelp(); break;
  }
}

void Session::Dispatch(const ResultsAction& action) {
  switch (action.kind) {
    case ResultsAction::Kind::None: break;
    case ResultsAction::Kind::OpenSkill: {
      const Profile* p = open_profile();
      if (!p) break;
      const auto it = std::find(p->selection.begin(), p->selection.end(), action.skill_key);
      if (it != p->selection.end()) GoTo(Screen::Skill, static_cast<int>(it - p->selection.begin()));
      break;
    }
    case ResultsAction::Kind::BackToQuestions: GoTo(Screen::Skill); break;
    case ResultsAction::Kind::Home: GoTo(Screen::Start); break;
    case ResultsAction::Kind::ToggleTheme: ToggleTheme(); break;
    case ResultsAction::Kind::ShowHelp: ShowHelp(); break;
    case ResultsAction::Kind::ExportSvg: Export(ChartExport::Svg, action.group); break;
    case ResultsAction::Kind::ExportPng: Export(ChartExport::Png, action.group); break;
    case ResultsAction::Kind::ExportReport: Export(ChartExport::Report, action.group); break;
    case ResultsAction::Kind::ExportProfile:
      if (const Profile* p = open_profile()) ExportProfile(*p);
      break;
    case ResultsAction::Kind::ShareLink: ShareOpenProfile(); break;
    case ResultsAction::Kind::ChooseOverlay: ChangeView().overlay = action.overlay; break;
    case ResultsAction::Kind::OpenPlan: GoTo(Screen::Plan); break;
    case ResultsAction::Kind::OpenTimeline: GoTo(Screen::Timeline); break;
    case ResultsAction::Kind::AcceptReviewedLevel: AcceptReviewedLevel(action.review_id, action.skill_key); break;
    case ResultsAction::Kind::KeepOwnLevel: KeepOwnLevel(action.review_id, action.skill_key, action.text); break;
    case ResultsAction::Kind::SaveAgreedLevels: SaveAgreedLevels(action.review_id); break;
    case ResultsAction::Kind::ToggleReviewComments: ChangeView().review_comments_out = !view_.review_comments_out; break;
    case ResultsAction::Kind::SaveSnapshot: SaveSnapshot(action.text); break;
    case ResultsAction::Kind::DeleteSnapshot: DeleteSnapshot(action.text); break;
    case ResultsAction::Kind::SetTargetsFromRole: ApplyRoleTargets(action.text); break;
  }
}

void Session::Dispatch(const HelpAction& action) {
  switch (action.kind) {
    case HelpAction::Kind::None: break;
    case HelpAction::Kind::ChooseLanguage: SetLanguage(action.language); break;
    case HelpAction::Kind::Back:
      // Back to the screen help was opened from: the browser's Back, so the history
      // stays as it would with the browser's button. Arrived by an address: start.
      if (help_pushed_) platform_.HistoryBack();
      else GoTo(Screen::Start);
      break;
    case HelpAction::Kind::ToggleTheme: ToggleTheme(); break;
    case HelpAction::Kind::BackUpEverything: DownloadBackup(); break;
    case HelpAction::Kind::Restore: PickBackupFile(); break;
    case HelpAction::Kind::LinkBackup: LinkBackupFile(); break;
    case HelpAction::Kind::ResumeLinkedBackup: ResumeLinkedBackup(); break;
    case HelpAction::Kind::UnlinkBackup: UnlinkBackupFile(); break;
  }
}

HelpModel Session::Help() const {
  HelpModel m;
  m.version = kAppVersion;
  m.language = language_picker();
  m.storage_available = store_.available();
  switch (database_.state()) {
    case DatabaseStore::State::Opening:
    case DatabaseStore::State::Open: m.storage.push_back(Tr(MSG("session.main.help_storage_database"))); break;
    case DatabaseStore::State::InLocalStorage:
      m.storage.push_back(Tr(MSG("session.main.help_storage_local_only")));
      break;
    case DatabaseStore::State::MemoryOnly:
    case DatabaseStore::State::Closed: m.storage.push_back(Tr(MSG("session.main.help_storage_page_only"))); break;
  }
  if (estimate_.known && estimate_.quota_bytes > 0)
    m.storage.push_back(Tr(MSG("session.main.help_storage_used"), HumanStorageSize(estimate_.usage_bytes),
                           HumanStorageSize(estimate_.quota_bytes)));
  if (estimate_.known)
    m.storage.push_back(estimate_.persisted ? Tr(MSG("session.main.help_storage_persistent"))
                                            : Tr(MSG("session.main.help_storage_not_persistent")));
  m.storage.push_back(settings_.last_backup.empty()
                          ? Tr(MSG("session.main.help_no_backup"))
                          : Tr(MSG("session.main.help_last_backup"), ShortDate(settings_.last_backup)));
  m.can_link_backup = platform_.CanLinkFile();
  m.linked_backup = linked_.file.state == LinkedFile::State::Writable          ? HelpModel::Linked::Writable
                    : linked_.file.state == LinkedFile::State::NeedsPermission ? HelpModel::Linked::Paused
                                                                               : HelpModel::Linked::None;
  m.linked_backup_line = LinkedBackupLine();
  return m;
}

void Session::Dispatch(const ImportDialogAction& action) {
  switch (action.kind) {
    case ImportDialogAction::Kind::None: break;
    case ImportDialogAction::Kind::ImportAsNew: FinishImport(false); break;
    case ImportDialogAction::Kind::Replace: FinishImport(true); break;
    case ImportDialogAction::Kind::Cancel: pending_import_.reset(); break;
  }
}

// ---------------------------------------------------------------------------
// [SECTION] The start screen's model
// ---------------------------------------------------------------------------
// The rows and the way back in are kept between frames: counting a large framework's
// statements and every profile's answers each frame cost a millisecond with 1000 skills.
// What changes without the profiles or frameworks changing is added each frame.
StartScreenModel Session::StartScreen() const {
  StartScreenModel model = start_memo_.Get(ModelSource(""), [this] { return BuildStartScreenModel(); });
  if (!store_.available())
    model.storage_notice = Tr(MSG("session.main.storage_unavailable"));
  model.notice = notice_;
  model.people = people_.profiles().size();
  model.language = language_picker();
  return model;
}

StartScreenModel Session::BuildStartScreenModel() const {
  StartScreenModel model;
  for (const CatalogEntry& e : frameworks_.catalog().entries()) {
    FrameworkRow row;
    row.key = FrameworkLibrary::Key(e.framework.id, e.framework.version);
    row.framework = &e.framework;
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
    row.used_by = JoinAsList(users);
    model.frameworks.push_back(std::move(row));
  }
  const Profile* open = open_profile();
  if (open && !open->selection.empty()) {
    const Progress progress = CountProgress(*open);
    model.continue_label = Tr(MSG("session.main.continue_label"), Quoted(open->name), ProgressText(progress));
    model.continue_complete = progress.total > 0 && progress.answered == progress.total;
  }
  for (const StoredProfileInfo& info : store_.List()) {
    ProfileRow row;
    row.id = info.id;
    row.name = info.name;
    row.detail = TrN(MSG("session.main.profile_row_detail"), static_cast<long long>(info.skills), info.answered,
                     ShortDate(info.updated));
    row.current = info.id == open_id_;
    model.profiles.push_back(std::move(row));
  }
  return model;
}

std::string Session::StateJson() const {
  const Profile* p = open_profile();
  return ProfileToJson(p ? *p : Profile{});
}

}  // namespace skillscope
