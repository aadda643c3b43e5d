// Keeping and sharing profiles.
//
// Sections
//   [SECTION] Loading and saving (other tabs included)
//   [SECTION] The list: open, rename, duplicate, delete with undo, export
//   [SECTION] Snapshots
//   [SECTION] Import: files, drops, pasted text, links
//   [SECTION] Share links
#include <algorithm>

#include "app/app.h"
#include "app/wording.h"
#include "core/assessment.h"
#include "core/file_names.h"
#include "core/framework_loader.h"
#include "core/json_input.h"
#include "core/profile_import.h"
#include "core/profile_json.h"

namespace skillscope {
namespace {
// Links longer than this break in chat programs and e-mail; a file is better then.
constexpr std::size_t kMaxShareLinkChars = 8000;

std::string ProfileDetail(const Profile& p) {
  const Progress progress = CountProgress(p);
  std::string d = std::to_string(progress.total) + (progress.total == 1 ? " skill, " : " skills, ") +
                  std::to_string(progress.answered) + " answered";
  if (!p.snapshots.empty())
    d += ", " + std::to_string(p.snapshots.size()) + (p.snapshots.size() == 1 ? " snapshot" : " snapshots");
  return d;
}
}  // namespace

// ---------------------------------------------------------------------------
// [SECTION] Loading and saving (other tabs included)
// ---------------------------------------------------------------------------
void App::LoadProfiles() {
  std::vector<std::string> problems = frameworks_.LoadAll();
  unreadable_ = store_.LoadAll();
  std::vector<ui::BannerButton> buttons;
  for (const Unreadable& u : unreadable_) {
    problems.insert(problems.end(), u.problems.begin(), u.problems.end());
    problems.push_back(u.backup_key.empty()
                           ? "It was left where it was (\"" + u.key + "\"): this browser did not let skillscope move it."
                           : "Its data was kept, unchanged, under \"" + u.backup_key + "\".");
  }
  if (!unreadable_.empty()) buttons.push_back({"Download the unreadable data##download_unreadable", kDownloadUnreadable});
  if (!problems.empty()) ShowBanner(true, "Some saved data could not be read", std::move(problems), std::move(buttons));
  const std::string current = store_.CurrentId();
  if (const Profile* p = store_.Find(current)) {
    profile_ = *p;
    saved_json_ = ProfileToJson(*p);
  }
}

void App::ProfileChanged() {
  if (!profile_) return;
  // Another tab saved this profile since we last did: keep theirs, and ours as a copy.
  const std::string key = kProfileKeyPrefix + profile_->id;
  if (const auto stored = platform::StorageGet(key); stored && !saved_json_.empty() && *stored != saved_json_) {
    Profile mine = *profile_;
    mine.id = ProfileStore::NewProfileId(platform::NowIso8601());
    mine.name += " (this tab)";
    if (auto theirs = store_.Reload(profile_->id)) {
      store_.Save(mine);
      profile_ = std::move(*theirs);
      saved_json_ = ProfileToJson(*profile_);
      store_.SetCurrent(profile_->id);
      ShowBanner(true, "This profile was changed in another tab at the same time",
                 {"Both versions are kept: the other tab's as " + Quoted(profile_->name) + ", this tab's as " +
                  Quoted(mine.name) + "."});
      return;
    }
  }
  profile_->updated = platform::NowIso8601();
  switch (store_.Save(*profile_)) {
    case platform::StorageStatus::Ok:
      saved_json_ = ProfileToJson(*profile_);
      save_problem_.clear();
      break;
    case platform::StorageStatus::QuotaExceeded:
      save_problem_ = "Your latest answers could not be saved: this browser's storage is full. They are kept while "
                      "this page stays open; export the profile (results screen) to keep them.";
      ShowBanner(true, "Storage is full", {save_problem_}, {{"Export this profile##export_current", kExportCurrent}});
      break;
    case platform::StorageStatus::Unavailable:
      save_problem_ = "This browser does not allow saving here (private mode or disabled storage). Your answers are "
                      "kept while this page stays open; export the profile to keep them.";
      break;
  }
}

void App::OnStorageChanged(const std::string& key) {
  if (!profile_ || key != kProfileKeyPrefix + profile_->id) {
    // Another profile: refresh the list.
    if (key.rfind(kProfileKeyPrefix, 0) == 0) store_.Reload(key.substr(std::string(kProfileKeyPrefix).size()));
    return;
  }
  // The profile open here was saved by another tab: take its version.
  if (auto theirs = store_.Reload(profile_->id)) {
    profile_ = std::move(*theirs);
    saved_json_ = ProfileToJson(*profile_);
    skill_state_.notes_for.clear();  // the notes field shows the new text
  } else {
    profile_.reset();  // deleted in the other tab
    saved_json_.clear();
    GoTo(Screen::Start);
  }
}

// ---------------------------------------------------------------------------
// [SECTION] The list: open, rename, duplicate, delete with undo, export
// ---------------------------------------------------------------------------
void App::OpenProfile(const std::string& id) {
  const Profile* p = store_.Find(id);
  if (!p) return;
  profile_ = *p;
  saved_json_ = ProfileToJson(*p);
  store_.SetCurrent(id);
  skill_state_ = {};
  overlay_ = -1;
  GoTo(Screen::Skill, 0);
}

void App::ApplyProfileAction(const ui::StartAction& action) {
  const std::string now = platform::NowIso8601();
  switch (action.kind) {
    case ui::StartAction::OpenProfile: OpenProfile(action.profile_id); break;
    case ui::StartAction::RenameProfile: {
      const Profile* p = store_.Find(action.profile_id);
      if (!p || action.text.find_first_not_of(" \t") == std::string::npos) break;
      Profile renamed = *p;
      renamed.name = action.text;
      renamed.updated = now;
      store_.Save(renamed);
      if (profile_ && profile_->id == renamed.id) {
        profile_ = renamed;
        saved_json_ = ProfileToJson(renamed);
      }
      break;
    }
    case ui::StartAction::DuplicateProfile: {
      const Profile* p = store_.Find(action.profile_id);
      if (!p) break;
      Profile copy = *p;
      copy.id = ProfileStore::NewProfileId(now);
      copy.name += " (copy)";
      copy.created = copy.updated = now;
      store_.Save(copy);
      if (profile_) store_.SetCurrent(profile_->id);  // the copy does not become current
      break;
    }
    case ui::StartAction::DeleteProfile: {
      deleted_ = store_.Delete(action.profile_id);
      if (!deleted_) break;
      if (profile_ && profile_->id == deleted_->id) {
        profile_.reset();
        saved_json_.clear();
      }
      ShowBanner(false, "Deleted " + Quoted(deleted_->name), {}, {{"Undo##undo_delete", kUndoDelete}});
      break;
    }
    case ui::StartAction::ExportProfile:
      if (const Profile* p = store_.Find(action.profile_id)) ExportProfile(*p);
      break;
    case ui::StartAction::ImportProfileFile:
      platform::PickFile(".json,application/json", kMaxProfileBytes, [this](platform::PickedFile file) {
        if (!file.error.empty()) ShowBanner(true, Quoted(file.name) + " could not be read", {file.error});
        else if (file.too_large)
          ShowBanner(true, Quoted(file.name) + " was not imported",
                     {file.name + ": the file is " + HumanSize(file.size) + "; the limit is " + HumanSize(kMaxProfileBytes)});
        else ImportText(file.bytes, file.name);
      });
      break;
    case ui::StartAction::ImportProfileText: ImportText(action.text, "pasted text"); break;
    default: break;
  }
}

void App::ApplyBannerButton(int code) {
  switch (code) {
    case kUndoDelete:
      if (deleted_) {
        store_.Save(*deleted_);
        if (!profile_) {
          profile_ = *deleted_;
          saved_json_ = ProfileToJson(*profile_);
        } else {
          store_.SetCurrent(profile_->id);
        }
        ShowBanner(false, "Restored " + Quoted(deleted_->name), {});
        deleted_.reset();
      }
      break;
    case kDownloadUnreadable:
      for (const Unreadable& u : unreadable_) {
        platform::DownloadFile(DownloadName("unreadable " + u.key, platform::NowIso8601(), "json"), "application/json",
                               u.text);
      }
      break;
    case kLoadFramework:
      platform::PickFile(".json,application/json", kMaxFrameworkBytes,
                         [this](platform::PickedFile file) { OnFrameworkFile(file); });
      break;
    case kExportCurrent:
      if (profile_) ExportProfile(*profile_);
      break;
    default: break;
  }
}

std::vector<std::string> App::EmbeddedFrameworks(const Profile& profile) const {
  // Frameworks the receiver may not have (loaded by this person) travel inside the file.
  std::vector<std::string> embedded;
  for (const FrameworkRef& ref : profile.frameworks) {
    const CatalogEntry* e = frameworks_.catalog().Find(ref.id, ref.version);
    if (e && e->origin == FrameworkOrigin::Custom) embedded.push_back(e->framework.canonical_json);
  }
  return embedded;
}

void App::ExportProfile(const Profile& profile) {
  platform::DownloadFile(DownloadName(profile.name, platform::NowIso8601(), "json"), "application/json",
                         ExportProfileJson(profile, EmbeddedFrameworks(profile)));
}

// ---------------------------------------------------------------------------
// [SECTION] Snapshots
// ---------------------------------------------------------------------------
void App::SaveSnapshot(const std::string& name) {
  if (!profile_) return;
  const std::string now = platform::NowIso8601();
  Snapshot snap;
  snap.id = "s-" + platform::RandomHex(8);
  snap.name = name.find_first_not_of(" \t") == std::string::npos ? "Snapshot " + ShortDate(now) : name;
  snap.taken = now;
  snap.answers = profile_->answers;
  profile_->snapshots.push_back(std::move(snap));
  ProfileChanged();
}

void App::DeleteSnapshot(const std::string& id) {
  if (!profile_) return;
  auto& snaps = profile_->snapshots;
  snaps.erase(std::remove_if(snaps.begin(), snaps.end(), [&](const Snapshot& s) { return s.id == id; }), snaps.end());
  overlay_ = -1;
  ProfileChanged();
}

// ---------------------------------------------------------------------------
// [SECTION] Import: files, drops, pasted text, links
// ---------------------------------------------------------------------------
void App::ImportText(const std::string& text, const std::string& source) {
  ImportReport report = ImportProfile(text, source, frameworks_.catalog());
  if (!report.ok()) {
    std::vector<ui::BannerButton> buttons;
    if (!report.missing.empty()) buttons.push_back({"Load framework\xE2\x80\xA6##banner_load_framework", kLoadFramework});
    ShowBanner(true, "The profile from " + source + " was not imported; nothing was changed", std::move(report.errors),
               std::move(buttons));
    GoTo(Screen::Start);
    return;
  }
  PendingImport pending;
  pending.profile = std::move(*report.profile);
  pending.embedded = std::move(report.embedded);
  pending.source = source;
  pending.notes = std::move(report.notes);
  pending.notes.insert(pending.notes.end(), report.warnings.begin(), report.warnings.end());
  for (const Framework& fw : pending.embedded)
    if (!frameworks_.catalog().Find(fw.id, fw.version))
      pending.notes.push_back("It brings its own framework, " + Quoted(fw.title) + ", which will be kept here too.");
  pending_import_ = std::move(pending);
}

void App::DrawImportDialog() {
  ui::ImportDialogModel m;
  m.source = pending_import_->source;
  m.profile_name = pending_import_->profile.name;
  m.detail = ProfileDetail(pending_import_->profile);
  m.notes = pending_import_->notes;
  if (const Profile* existing = store_.Find(pending_import_->profile.id)) m.replace_name = existing->name;
  switch (ui::DrawImportDialog(ui_, m).kind) {
    case ui::ImportDialogAction::ImportAsNew: FinishImport(false); break;
    case ui::ImportDialogAction::Replace: FinishImport(true); break;
    case ui::ImportDialogAction::Cancel: pending_import_.reset(); break;
    case ui::ImportDialogAction::None: break;
  }
}

void App::FinishImport(bool replace) {
  PendingImport pending = std::move(*pending_import_);
  pending_import_.reset();
  for (const Framework& fw : pending.embedded) frameworks_.AddEmbedded(fw);
  const std::string now = platform::NowIso8601();
  Profile incoming = std::move(pending.profile);
  const Profile* existing = store_.Find(incoming.id);
  if (replace && existing) {
    // The replaced answers stay, as a snapshot, with the existing snapshots.
    Snapshot before{"s-" + platform::RandomHex(8), "Before the import of " + ShortDate(now), now, existing->answers};
    std::vector<Snapshot> snaps = existing->snapshots;
    snaps.push_back(std::move(before));
    for (Snapshot& s : incoming.snapshots) snaps.push_back(std::move(s));
    incoming.snapshots = std::move(snaps);
  } else if (existing) {
    incoming.id = ProfileStore::NewProfileId(now);
    incoming.name += " (imported)";
  }
  profile_ = std::move(incoming);
  saved_json_.clear();
  skill_state_ = {};
  overlay_ = -1;
  ProfileChanged();
  ShowBanner(false, (replace ? "Replaced " : "Imported ") + Quoted(profile_->name), pending.notes);
  GoTo(Screen::Start);
}

void App::OnDroppedFile(const platform::PickedFile& file) {
  // A dropped file is a profile or a framework; its "format" says which.
  if (!file.too_large && file.error.empty()) {
    const ParsedJson parsed = ParseUntrustedJson(file.bytes);
    if (parsed.ok() && parsed.value.is_object() && parsed.value.value("format", "") == kProfileFormat) {
      ImportText(file.bytes, file.name);
      return;
    }
  }
  OnFrameworkFile(file);
}

// ---------------------------------------------------------------------------
// [SECTION] Share links
// ---------------------------------------------------------------------------
void App::ShareCurrentProfile() {
  if (!profile_) return;
  share_message_ = "Making the link\xE2\x80\xA6";
  platform::MakeShareLink(ExportProfileJson(*profile_, EmbeddedFrameworks(*profile_), -1), [this](bool ok, std::string link) {
    if (!ok) {
      share_message_ = "No link could be made (" + link + "). Use \xE2\x80\x9CProfile file (JSON)\xE2\x80\x9D instead.";
    } else if (link.size() > kMaxShareLinkChars) {
      share_message_ = "This profile is too large for a link (" + std::to_string(link.size()) +
                       " characters; links are kept under " + std::to_string(kMaxShareLinkChars) +
                       "). Use \xE2\x80\x9CProfile file (JSON)\xE2\x80\x9D to share it.";
    } else {
      platform::CopyText(link);
      share_message_ = "Link copied to the clipboard (" + std::to_string(link.size()) +
                       " characters). Whoever opens it is offered to import this profile: " + link;
    }
  });
}

}  // namespace skillscope
