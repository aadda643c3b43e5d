// Keeping profiles: loading, saving (other tabs included), the list, undo.
//
// Sections
//   [SECTION] Loading and saving
//   [SECTION] Other tabs
//   [SECTION] The list: open, rename, duplicate, delete with undo, export
#include "core/text/file_names.h"
#include "core/profile/json.h"
#include "core/text/messages.h"
#include "core/text/wording.h"
#include "session/session.h"

namespace skillscope {

// ---------------------------------------------------------------------------
// [SECTION] Loading and saving
// ---------------------------------------------------------------------------
void Session::LoadProfiles() {
  std::vector<std::string> problems = frameworks_.LoadBuiltIn();
  TellUnreadable(std::move(problems), store_.LoadAll());
  reviews_.LoadReceived();
  SetOpenProfile(store_.CurrentId());
}

void Session::SaveOpenProfile(Profile changed) {
  changed.updated = platform_.NowIso8601();
  SetOpenProfile(changed.id);
  switch (store_.Save(changed)) {
    case SaveOutcome::Saved:
      save_problem_.clear();
      AskForPersistentStorage();
      return;
    case SaveOutcome::QuotaExceeded:
      save_problem_ = Tr(MSG("session.profiles.storage_full"));
      ShowNotice(Notice::Kind::Error, Tr(MSG("session.profiles.storage_full_title")), {save_problem_},
                 {NoticeButton::ExportCurrent});
      return;
    case SaveOutcome::Unavailable:
      save_problem_ = Tr(MSG("session.profiles.storage_unavailable"));
      return;
    case SaveOutcome::ChangedElsewhere: break;
  }
  // Another tab saved this profile since this one last did: keep theirs as it is, and
  // this tab's version as a copy beside it.
  std::optional<Profile> theirs = store_.Reload(changed.id);
  Profile mine = std::move(changed);
  mine.id = store_.NewId();
  {
    WordsForStorage words;  // the name is stored: the same whatever the language
    mine.name = Tr(MSG("session.profiles.this_tab_name"), mine.name);
  }
  store_.Save(mine);
  SetOpenProfile(theirs ? theirs->id : mine.id);
  store_.SetCurrent(open_id_);
  ShowNotice(Notice::Kind::Error, Tr(MSG("session.profiles.changed_elsewhere_title")),
             {theirs ? Tr(MSG("session.profiles.both_kept"), Quoted(theirs->name), Quoted(mine.name))
                     : Tr(MSG("session.profiles.theirs_unreadable"), Quoted(mine.name))});
}

// ---------------------------------------------------------------------------
// [SECTION] Other tabs
// ---------------------------------------------------------------------------
void Session::OnStorageChanged(const std::string& key) {
  if (key.rfind(kStoredFrameworkPrefix, 0) == 0) {
    frameworks_.Reload(key);
    KeepPlaceValid();
    return;
  }
  if (key.rfind(kPersonKeyPrefix, 0) == 0) {
    OnPersonStorageChanged(key.substr(std::string(kPersonKeyPrefix).size()));
    return;
  }
  const std::string prefix = kProfileKeyPrefix;
  if (key.rfind(prefix, 0) != 0) return;
  const std::string id = key.substr(prefix.size());
  // The profile open here was saved or deleted by another tab: take its version. The
  // skill page notices by itself when the notes it shows changed.
  const bool open = id == open_id_;
  if (!store_.Reload(id) && open) CloseProfile();
  KeepPlaceValid();
}

// ---------------------------------------------------------------------------
// [SECTION] The list: open, rename, duplicate, delete with undo, export
// ---------------------------------------------------------------------------
void Session::SetOpenProfile(const std::string& id, bool fresh) {
  if (id != open_id_ || fresh) {
    view_ = OpenProfileView{};
    ++visit_;
    ++view_revision_;
  }
  open_id_ = id;
}

void Session::OpenProfile(const std::string& id) {
  if (!store_.Find(id)) return;
  SetOpenProfile(id, true);
  store_.SetCurrent(id);
  const auto place = settings_.places.find(id);
  GoToPlace(place != settings_.places.end() ? place->second : ProfilePlace{});
}

void Session::CloseProfile() {
  SetOpenProfile("");
  GoTo(Screen::Start);
}

void Session::RenameProfile(const std::string& id, const std::string& name) {
  const Profile* p = store_.Find(id);
  if (!p || name.find_first_not_of(" \t") == std::string::npos || p->name == name) return;
  Profile renamed = *p;
  renamed.name = name;
  if (id == open_id_) {
    SaveOpenProfile(std::move(renamed));
    return;
  }
  renamed.updated = platform_.NowIso8601();
  store_.Save(renamed);
  if (!open_id_.empty()) store_.SetCurrent(open_id_);
}

void Session::DuplicateProfile(const std::string& id) {
  const Profile* p = store_.Find(id);
  if (!p) return;
  const std::string now = platform_.NowIso8601();
  Profile copy = *p;
  copy.id = store_.NewId();
  {
    WordsForStorage words;  // the name is stored: the same whatever the language
    copy.name = Tr(MSG("session.profiles.copy_name"), copy.name);
  }
  copy.created = copy.updated = now;
  store_.Save(copy);
  if (!open_id_.empty()) store_.SetCurrent(open_id_);  // the copy does not become current
}

void Session::DeleteProfile(const std::string& id) {
  std::optional<Profile> removed = store_.Delete(id);
  if (!removed) return;
  if (id == open_id_) SetOpenProfile("");
  if (settings_.places.erase(id) > 0) SaveSettings(platform_, settings_);
  ShowNotice(Notice::Kind::Info, Tr(MSG("session.profiles.deleted"), Quoted(removed->name)), {},
             {NoticeButton::UndoDelete});
  deleted_ = std::move(removed);
}

void Session::UndoDelete() {
  if (!deleted_) return;
  store_.Save(*deleted_);
  if (open_id_.empty()) SetOpenProfile(deleted_->id);
  else store_.SetCurrent(open_id_);
  ShowNotice(Notice::Kind::Info, Tr(MSG("session.profiles.restored"), Quoted(deleted_->name)));
  deleted_.reset();
}

std::vector<std::string> Session::EmbeddedFrameworks(const Profile& profile) const {
  // Frameworks the receiver may not have (loaded by this person) travel inside the file.
  std::vector<std::string> embedded;
  for (const FrameworkRef& ref : profile.frameworks) {
    const CatalogEntry* e = frameworks_.catalog().Find(ref.id, ref.version);
    if (e && e->origin == FrameworkOrigin::Custom) embedded.push_back(e->framework.canonical_json());
  }
  return embedded;
}

void Session::ExportProfile(const Profile& profile) {
  platform_.DownloadFile(DownloadName(profile.name, platform_.NowIso8601(), "json"), "application/json",
                         ExportProfileJson(profile, EmbeddedFrameworks(profile)));
}

}  // namespace skillscope
