#pragma once
// The app's behaviour, with no ImGui and no browser in it: the Session owns what the
// person has (frameworks, profiles, settings) and where they are (screen, skill, the
// notice on show, an import waiting for their answer). Each frame the app asks it for
// the model of the screen on show, the ui draws that model and returns an action, and
// the session applies the action. Effects (storage, downloads, the file chooser, the
// clipboard) go through the Platform interface, so native tests drive a whole session
// against src/platform/native/ in milliseconds.
//
//   session.cpp            start-up, places and navigation, settings, dispatch
//   session_address.cpp    the address: history entries, deep links, Back and Forward
//   session_skills.cpp     setup, the questionnaire and the summary
//   session_results.cpp    results, snapshots, exports, share links
//   session_profiles.cpp   keeping profiles: the list, saving, other tabs, undo
//   session_import.cpp     profiles arriving from files, drops, pastes and links;
//                          frameworks the person loads
//   session_people.cpp     people's profiles: arriving many at once, kept apart from
//                          one's own, replaced by newer files, removed, exported
//   session_team.cpp       compare and the team view: models, choices, exports; roles
//   session_table.cpp      a framework from a spreadsheet or table: draft and preview
//   session_storage.cpp    the database read at start-up, and what goes wrong with it
//   session_backup.cpp     backups: one file of everything, restore, the reminder
//   session_linked_backup.cpp  a backup file on disk rewritten after each change
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/profile/assessment.h"
#include "core/profile/backup.h"
#include "core/team/people_import.h"
#include "core/profile/profile.h"
#include "core/table/import.h"
#include "core/text/messages.h"
#include "model/help.h"
#include "model/import_dialog.h"
#include "model/language.h"
#include "model/compare.h"
#include "model/notice.h"
#include "model/people.h"
#include "model/plan.h"
#include "model/review_page.h"
#include "model/place.h"
#include "model/restore_dialog.h"
#include "model/results.h"
#include "model/setup.h"
#include "model/table_import.h"
#include "model/skill_page.h"
#include "model/start.h"
#include "model/summary.h"
#include "model/team.h"
#include "model/timeline.h"
#include "platform/platform.h"
#include "session/database_store.h"
#include "session/framework_library.h"
#include "session/key_value_store.h"
#include "session/people_store.h"
#include "session/review_store.h"
#include "session/profile_store.h"
#include "session/route.h"
#include "session/settings.h"
#include "session/team_view.h"
#include "session/watched_store.h"

namespace skillscope {

// Everything a person can do, one struct per screen.
using Action = std::variant<StartAction, SetupAction, SkillPageAction, SummaryAction, ResultsAction, HelpAction,
                            TableImportAction, ImportDialogAction, RestoreDialogAction, PeopleAction, CompareAction,
                            TeamAction, ReviewPageAction, PlanScreenAction, TimelineAction>;

class Session {
 public:
  explicit Session(Platform& platform);

  // Reads the frameworks (bundled and stored), the profiles and the settings, and
  // opens where the person was. Call once, before anything else. The database (stored
  // frameworks, people) is read then, or, with Database::Later, at OpenDatabase(): a
  // place that needs it waits, saying so.
  enum class Database { Now, Later };
  void Start(Database database = Database::Now);
  void OpenDatabase();

  // ---- What is on show ------------------------------------------------------
  Screen screen() const { return screen_; }
  bool dark_theme() const;
  StartScreenModel StartScreen() const;
  SetupModel Setup() const;
  // The skill page, summary and results models need an open profile; the session
  // never shows those screens without one.
  // Kept between frames and rebuilt only when what they show changed: a framework of
  // a thousand skills is not worked through again at every frame.
  const SkillPageModel& SkillPage() const;
  const SummaryModel& Summary() const;
  const ResultsModel& Results() const;
  HelpModel Help() const;
  TableImportModel TableImportScreen() const;
  // The question about an import, drawn over any screen while one is waiting.
  std::optional<ImportDialogModel> ImportDialog() const;
  // The question before a backup is restored, drawn over any screen while one waits.
  std::optional<RestoreDialogModel> RestoreDialog() const;
  PeopleModel People() const;
  CompareModel Compare() const;
  // Built again only when people, frameworks or the choices changed (50 people x 200
  // skills is too much to rebuild every frame).
  const TeamModel& Team() const;
  // The reviewer's page of the person being reviewed (Screen::Review).
  ReviewPageModel ReviewPage() const;
  // What next for the open profile (session_plan.cpp): the plan and the roles that fit
  // (Screen::Plan), progress over time (Screen::Timeline).
  const PlanModel& Plan() const;
  const TimelineModel& TimelineScreen() const;

  // ---- What the person did ----------------------------------------------------
  void Apply(const Action& action);

  // ---- What the browser delivered ---------------------------------------------
  void OnFileDropped(const PickedFile& file);
  // Several files dropped at once, or any drop on the people screens: they go to
  // People. One file dropped elsewhere is OnFileDropped's.
  void OnFilesDropped(std::vector<PickedFile> files);
  // Another tab changed this storage key.
  void OnStorageChanged(const std::string& key);
  // Back, Forward, or the person typed an address: go where it says.
  void OnAddressChanged(const std::string& fragment);
  // The browser's colour scheme changed; the theme follows it until the person
  // chooses one.
  void OnColorSchemeChanged(bool dark);

  // ---- Between frames -----------------------------------------------------------
  // Work an action left for after the frame that shows its result (see
  // FrameworkLibrary::DoWorkBetweenFrames). The app does it before the next frame.
  bool HasWorkBetweenFrames() const { return frameworks_.HasWorkBetweenFrames(); }
  void DoWorkBetweenFrames() { frameworks_.DoWorkBetweenFrames(); }

  // ---- Reviews (session_reviews.cpp) ---------------------------------------------
  // The person's side: a review file of one of their profiles arrives (a file, a drop,
  // a paste); it is refused with its reasons, or kept beside the profile with a notice
  // (saying what changed since, for a review of an older revision).
  void ImportReviewText(const std::string& text, const std::string& source);
  static bool LooksLikeReview(const std::string& bytes);
  std::vector<const ReceivedReview*> ReviewsOf(const std::string& profile_id) const {
    return reviews_.ReceivedFor(profile_id);
  }
  // Takes the proposed level of `skill_key` as the agreed one (the profile's level
  // changes), or keeps the person's own with a reply. False when there is nothing to do.
  bool AcceptReviewedLevel(const std::string& review_id, const std::string& skill_key);
  bool KeepOwnLevel(const std::string& review_id, const std::string& skill_key, const std::string& reply);
  // Saves the profile's answers as a snapshot named after the review.
  bool SaveAgreedLevels(const std::string& review_id);
  // The reviewer's side: a review of a received profile (People), one per profile.
  bool BeginReview(const std::string& person_id, const std::string& reviewer);
  const Review* MyReviewOf(const std::string& person_id) const { return reviews_.Written(person_id); }
  bool SetReviewVerdict(const std::string& person_id, const std::string& skill_key, Verdict verdict, int level);
  bool SetReviewComment(const std::string& person_id, const std::string& skill_key, const std::string& comment);
  void ExportReview(const std::string& person_id);
  // Opens the review of someone in People at their first skill (Screen::Review).
  void OpenReview(const std::string& person_id);

  // ---- For tests and window.skillscope ----------------------------------------
  const std::optional<Notice>& notice() const { return notice_; }
  const Profile* open_profile() const { return store_.Find(open_id_); }
  int skill_index() const { return skill_index_; }
  const ProfileStore& store() const { return store_; }
  const PeopleStore& people() const { return people_; }
  const Catalog& catalog() const { return frameworks_.catalog(); }
  const DatabaseStore& database() const { return database_; }
  const std::string& share_message() const { return view_.share_message; }
  // The open profile in its exported JSON shape ("{}"-like empty profile when none).
  std::string StateJson() const;

  // ---- session_language.cpp ----
  // The language picker (start screen, Help), and the person's choice from it: "" for
  // the browser's language, else a language's code. The choice is kept for later visits.
  LanguagePickerModel language_picker() const;
  void SetLanguage(const std::string& choice);

 private:
  // ---- session.cpp ----
  void Dispatch(const StartAction& action);
  void Dispatch(const SetupAction& action);
  void Dispatch(const SkillPageAction& action);
  void Dispatch(const SummaryAction& action);
  void Dispatch(const ResultsAction& action);
  void Dispatch(const HelpAction& action);
  void Dispatch(const TableImportAction& action);
  void Dispatch(const ImportDialogAction& action);
  // How a move shows in the address: a new history entry (the person went somewhere),
  // the current entry corrected (a fallback), or nothing (the address already says it).
  enum class Address { Push, Replace, Keep };
  void GoTo(Screen screen, int skill_index = -1, Address address = Address::Push);
  void GoToPlace(const ProfilePlace& place, Address address = Address::Push);
  void ShowHelp();
  // After every change: a screen that needs an open profile, or a skill that is not
  // available, falls back to the start screen with a notice.
  void KeepPlaceValid();
  void RememberPlace();
  void ToggleTheme();
  void ShowNotice(Notice::Kind kind, std::string title, std::vector<std::string> lines = {},
                  std::vector<NoticeButton> buttons = {});
  void PressNoticeButton(NoticeButton button);

  // ---- session_address.cpp ----
  Route CurrentRoute() const;
  void ShowAddress(Address address);
  // Goes where a route says; false (and nothing changed) with the reason when it
  // names a profile or skill that is not here.
  bool Follow(const Route& route, Address address, std::vector<std::string>* why);
  // Start-up: the address the page was opened with, a share link, or where the person
  // was last time.
  void OpenAtStart();
  // Whether that place needs what the database holds (stored frameworks, people).
  bool NeedsDatabase(const std::string& fragment) const;

  // ---- session_skills.cpp ----
  void BeginAssessment(const SetupAction& action);
  std::vector<SelectedSkill> Selected() const;

  // ---- session_results.cpp ----
  enum class ChartExport { Svg, Png, Report };
  void Export(ChartExport kind, int group);
  void SaveSnapshot(const std::string& name);
  void DeleteSnapshot(const std::string& id);
  void ShareOpenProfile();
  void CopyLevel(int level);

  // ---- session_profiles.cpp ----
  void LoadProfiles();
  // The database is read: stored frameworks and people join, and a place that waited
  // for them opens.
  void OnDatabaseRead();
  // Problems with stored data, told in one notice whatever store they came from.
  void TellUnreadable(std::vector<std::string> problems, std::vector<Unreadable> bad);
  void WatchDatabase();  // notices for what goes wrong with it

  // ---- session_backup.cpp ----
  void DownloadBackup();
  void PickBackupFile();
  static bool LooksLikeBackup(const std::string& bytes);
  void ReadBackupFile(const PickedFile& file);
  RestoreDialogModel WhatRestoreChanges(const BackupRead& backup, const std::string& source) const;
  void Dispatch(const RestoreDialogAction& action);
  void FinishRestore();
  // At start-up, once everything is read: a notice when a backup is due.
  void RemindOfBackup();
  void SnoozeBackupReminder();
  // One file of everything kept here, as a backup made at `now`.
  std::string BackupText(const std::string& now) const;

  // ---- session_linked_backup.cpp ----
  // Asks the browser once per visit which file is linked, then runs `then`.
  void FindLinkedBackup(std::function<void()> then);
  // A collection wrote or removed `key`: the linked file is rewritten.
  void OnCollectionChanged(const std::string& key);
  void LinkBackupFile();
  void ResumeLinkedBackup();
  void UnlinkBackupFile();
  void WriteLinkedBackup();
  // Help's sentence about the linked file ("" where the browser cannot link one).
  std::string LinkedBackupLine() const;
  // Asked once, at the first save: that the browser not clear this site's storage.
  void AskForPersistentStorage();
  void RefreshStorageEstimate();  // for help
  void OpenProfile(const std::string& id);
  void CloseProfile();
  // Saves a changed copy of the open profile; keeps both versions when another tab
  // saved it first, and keeps working in memory when storage is full.
  void SaveOpenProfile(Profile changed);
  void RenameProfile(const std::string& id, const std::string& name);
  void DuplicateProfile(const std::string& id);
  void DeleteProfile(const std::string& id);
  void UndoDelete();
  void ExportProfile(const Profile& profile);
  std::vector<std::string> EmbeddedFrameworks(const Profile& profile) const;

  // ---- session_import.cpp ----
  void PickProfileFile();
  void PickFrameworkFile();
  static bool LooksLikeProfile(const std::string& bytes);
  void OnFrameworkFile(const PickedFile& file);
  // Import from any source: file, drop, paste, link. Shows the refusal or asks.
  void ImportText(const std::string& text, const std::string& source);
  void FinishImport(bool replace);
  void RemoveFramework(const std::string& key);

  // ---- session_people.cpp ----
  void Dispatch(const PeopleAction& action);
  void LoadPeople();
  void PickPeopleFiles();
  // Adds what arrived to People and tells the outcome; `unread` are files that could
  // not be read at all ("name: why").
  void ImportPeople(const std::vector<IncomingFile>& files, std::vector<std::string> unread);
  void ImportPastedPeople(const std::string& text);
  void OnPersonStorageChanged(const std::string& id);
  void RemovePerson(const std::string& id);
  void UndoRemovePerson();
  void ExportPeople();

  // ---- session_team.cpp ----
  void Dispatch(const CompareAction& action);
  void Dispatch(const TeamAction& action);
  void ChangeTeamView(TeamView next);
  // The sets a ref names ("own:<id>", "person:<id>/<snapshot id>"...); false when gone.
  // `person`, when asked: whose answers they are ("You" for one's own without a name).
  bool AnswerSetOf(const std::string& ref, AnswerSet* out, std::string* person = nullptr) const;
  void ExportCompare(bool png, int group);
  void ExportTeam(bool csv);
  void ApplyRoleTargets(const std::string& role_key);
  // ---- session_reviews.cpp ----
  void Dispatch(const ReviewPageAction& action);
  void Dispatch(const PlanScreenAction& action);
  void Dispatch(const TimelineAction& action);
  // The benchmark role's levels by skill key (none without one, or when its framework is gone).
  std::map<std::string, int> BenchmarkLevels(const Profile& profile) const;
  PlanModel BuildPlanModel() const;
  TimelineModel BuildTimelineModel() const;
  bool FollowToReview(const Route& route, Address address, std::vector<std::string>* why);
  std::string review_person_;  // whose profile (People) the review screen shows
  std::string reviewer_name_;  // the name the reviewer last gave
  std::string review_share_message_;  // the last share link's outcome, for the review on show
  void ShareReview();
  // What a share link's outcome is said with, for the thing shared: a message for each
  // outcome, and the other way to send it, for the messages that name it.
  struct ShareLinkWords {
    MessageKey no_link;     // {0} why, {1} the other way: "No link could be made ({0}). Use {1} instead."
    MessageKey too_large;   // {0} the link's length, {1} the longest a link may be, {2} the other way
    MessageKey copied;      // {0} the link's length, {1} the link
    std::string other_way;  // "“Profile file (JSON)”"; "" when the messages name none
  };
  // Makes the link of `json`, copies it and says so through `say`, unless `still_wanted`
  // has turned false by the time the link is made.
  void CopyShareLink(const std::string& json, const ShareLinkWords& words, std::function<bool()> still_wanted,
                     std::function<void(std::string)> say);

  // ---- session_table.cpp ----
  static bool LooksLikeTable(const std::string& file_name);
  void OpenTable(std::string bytes, std::string source);
  void RereadTable();
  void OnTableFile(const PickedFile& file);
  std::optional<FrameworkFile> TableFrameworkFile();
  void SaveTable();
  void ExportTable();

  Platform& platform_;
  LocalStore local_;        // localStorage: one's own profiles and settings
  DatabaseStore database_;  // IndexedDB: frameworks and people
  // The two as the collections write to them: each change is told to the linked backup.
  WatchedStore watched_local_;
  WatchedStore watched_database_;
  FrameworkLibrary frameworks_;
  ProfileStore store_;
  PeopleStore people_;
  ReviewStore reviews_;
  Settings settings_;
  // ---- session_language.cpp ----
  void StartLanguage();
  std::string WantedLanguage() const;
  void ShowLanguage(const std::string& code, bool told);
  std::string browser_language_ = "en";                // the browser's, as the app offers it
  std::string language_choice_;                        // "" follows the browser
  std::string language_loading_;                       // the code being fetched
  std::map<std::string, std::string> language_files_;  // catalogues had, by code
  TeamView team_view_;

  bool prefers_dark_ = false;  // the browser's colour scheme, read at start-up
  Screen screen_ = Screen::Start;
  int skill_index_ = 0;
  int setup_visit_ = 0;
  std::string open_id_;  // the profile being worked on; "" when none; set by SetOpenProfile
  std::string address_;  // the fragment shown in the address bar
  bool help_pushed_ = false;  // help was opened from a screen here: Back returns there

  std::optional<Notice> notice_;
  std::string save_problem_;   // shown on the skill page while saving fails
  int copied_level_ = 0;       // the level the last Copy on the skill page put on the clipboard

  // What is on show for the open profile alone, on this visit to it. It goes with the
  // profile: opening one (another, or this one again from the start screen) starts
  // afresh, so one profile's results never show another's outcomes.
  struct OpenProfileView {
    int overlay = -1;             // snapshot shown over the chart
    std::string share_message;    // outcome of the last share-link attempt
    std::string targets_message;  // outcome of the last "targets from a role"
    bool review_comments_out = false;  // exports leave the reviewers' comments and the replies out
    std::string plan_message;          // the outcome of the plan screen's last action
    bool timeline_all = false;         // the timeline shows the skills that did not change too
    int timeline_from = -1, timeline_to = -1;  // the points compared; -1: the latest snapshot, now
  };
  OpenProfileView view_;
  std::uint64_t visit_ = 0;          // which visit view_ belongs to (late share links check it)
  std::uint64_t view_revision_ = 0;  // changes with view_: part of the results model's source
  // The one way open_id_ changes: to `id` ("" for none), with a fresh view when that is
  // another profile or when `fresh` (the person opened it anew).
  void SetOpenProfile(const std::string& id, bool fresh = false);
  // view_, for a change: the results model is then built again.
  OpenProfileView& ChangeView() {
    ++view_revision_;
    return view_;
  }

  struct PendingImport {
    Profile profile;
    std::vector<Framework> embedded;
    std::string source;
    std::vector<std::string> notes;
  };
  std::optional<PendingImport> pending_import_;
  struct PendingRestore {
    BackupRead backup;
    std::string source;
    RestoreDialogModel model;
  };
  std::optional<PendingRestore> pending_restore_;
  StorageEstimate estimate_;       // as the browser last said (help)
  bool persistence_asked_ = false;
  bool database_opened_ = false;
  // The backup file on disk that this browser rewrites (File System Access API).
  struct LinkedBackup {
    bool asked = false;       // the browser said which file is linked, this visit
    LinkedFile file;
    std::string error;        // why the last write failed ("" when it did not)
    std::string writing_at;   // when the write in progress was made
    bool paused_told = false; // the person heard, this visit, that writes wait for them
  };
  LinkedBackup linked_;
  std::optional<Profile> deleted_;      // for Undo
  std::optional<Profile> removed_person_;  // for Undo on the people screen
  struct TeamCache {
    std::string key;  // what it was built from
    TeamModel model;
  };
  mutable TeamCache team_cache_;

  // A framework being made from a table: its bytes and the person's choices; the
  // preview (import) is derived from them whenever a choice changes.
  struct TableDraft {
    std::string bytes;
    std::string source;        // "pasted table", "matrix.csv"
    std::string file_problem;  // the file could not be read at all
    TableImportChoices choices;
    TableImport import;
    FrameworkDetails details;
    std::string save_message;  // why the last Save or export was refused
  };
  std::optional<TableDraft> table_;

  // A model kept between frames, with what it was built from: its sources, and the
  // catalogue its words came from (each language switch brings another one).
  template <typename Model>
  struct Memo {
    std::optional<Model> model;
    std::string built_from;
    const Catalogue* words = nullptr;
    // The model, built again when its sources or the language changed.
    template <typename Build>
    const Model& Get(std::string source, Build build) {
      if (!model || built_from != source || words != &CurrentCatalogue()) {
        model = build();
        built_from = std::move(source);
        words = &CurrentCatalogue();
      }
      return *model;
    }
  };
  // What the models of the open profile are built from: the profiles, the frameworks,
  // which profile, and the session's own fields named in `more`.
  std::string ModelSource(const std::string& more) const;
  SkillPageModel BuildSkillPageModel() const;
  SummaryModel BuildSummaryModel() const;
  ResultsModel BuildResultsModel() const;
  ReviewSection ReviewSectionOf(const ReceivedReview& received, const Profile& mine) const;
  // "Show the review" on the notice of a review that arrived.
  void ShowArrivedReview();
  StartScreenModel BuildStartScreenModel() const;  // all but the notices and the People count
  mutable Memo<StartScreenModel> start_memo_;
  mutable Memo<SkillPageModel> skill_page_memo_;
  mutable Memo<SummaryModel> summary_memo_;
  mutable Memo<ResultsModel> results_memo_;
  mutable Memo<PlanModel> plan_memo_;
  mutable Memo<TimelineModel> timeline_memo_;
  mutable std::uint64_t plan_built_ = 0, timeline_built_ = 0;
  mutable std::uint64_t results_built_ = 0;  // ResultsModel::revision
  std::string arrived_review_profile_;       // the profile of the review the notice is about
  std::uint64_t reveal_reviews_ = 0;         // ResultsModel::reveal_reviews
  std::vector<Unreadable> unreadable_;  // stored data that could not be read
};

}  // namespace skillscope
