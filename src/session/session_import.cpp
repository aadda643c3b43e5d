// What arrives from outside: profiles from files, drops, pastes and share links, and
// frameworks the person loads or removes. Nothing is overwritten without asking, and a
// refused file changes nothing.
//
// Sections
//   [SECTION] Files in
//   [SECTION] Importing a profile
//   [SECTION] Frameworks
#include <algorithm>

#include "core/framework/loader.h"
#include "core/json/input.h"
#include "core/profile/import.h"
#include "core/profile/json.h"
#include "core/text/messages.h"
#include "core/text/wording.h"
#include "session/session.h"
#include "session/snapshot_names.h"

namespace skillscope {
namespace {

std::string TooLargeLine(const PickedFile& file, std::size_t limit) {
  return Tr(MSG("session.import.file_problem"), file.name, TooLargeMessage(file.size, limit));
}

std::string ProfileDetail(const Profile& p) {
  const Progress progress = CountProgress(p);
  const std::string answered =
      TrN(MSG("session.import.profile_detail"), static_cast<long long>(progress.total), progress.answered);
  if (p.snapshots.empty()) return answered;
  return TrN(MSG("session.import.profile_detail_snapshots"), static_cast<long long>(p.snapshots.size()), answered);
}

}  // namespace

// ---------------------------------------------------------------------------
// [SECTION] Files in
// ---------------------------------------------------------------------------
bool Session::LooksLikeProfile(const std::string& bytes) {
  const ParsedJson parsed = ParseUntrustedJson(bytes);
  return parsed.ok() && HasFormat(parsed.value, kProfileFormat);
}

void Session::PickProfileFile() {
  platform_.PickFile(".json,application/json", kMaxProfileBytes, [this](PickedFile file) {
    if (!file.error.empty())
      ShowNotice(Notice::Kind::Error, Tr(MSG("session.import.file_unreadable"), Quoted(file.name)), {file.error});
    else if (file.too_large)
      ShowNotice(Notice::Kind::Error, Tr(MSG("session.import.file_not_imported"), Quoted(file.name)),
                 {TooLargeLine(file, kMaxProfileBytes)});
    else
      ImportText(file.bytes, file.name);
    KeepPlaceValid();
  });
}

void Session::PickFrameworkFile() {
  platform_.PickFile(".json,application/json", kMaxFrameworkBytes, [this](PickedFile file) {
    OnFrameworkFile(file);
    KeepPlaceValid();
  });
}

// ---------------------------------------------------------------------------
// [SECTION] Importing a profile
// ---------------------------------------------------------------------------
void Session::ImportText(const std::string& text, const std::string& source) {
  // The same ways in take a review of one's profile (a file chosen, pasted text).
  if (LooksLikeReview(text)) {
    ImportReviewText(text, source);
    return;
  }
  ImportReport report = ImportProfile(text, source, frameworks_.catalog());
  if (!report.ok()) {
    std::vector<NoticeButton> buttons;
    if (!report.missing.empty()) buttons.push_back(NoticeButton::LoadFramework);
    ShowNotice(Notice::Kind::Error, Tr(MSG("session.import.refused"), source), std::move(report.errors),
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
      pending.notes.push_back(Tr(MSG("session.import.brings_framework"), Quoted(fw.title)));
  pending_import_ = std::move(pending);
}

std::optional<ImportDialogModel> Session::ImportDialog() const {
  if (!pending_import_) return std::nullopt;
  ImportDialogModel m;
  m.source = pending_import_->source;
  m.profile_name = pending_import_->profile.name;
  m.detail = ProfileDetail(pending_import_->profile);
  m.notes = pending_import_->notes;
  if (const Profile* existing = store_.Find(pending_import_->profile.id)) m.replace_name = existing->name;
  return m;
}

void Session::FinishImport(bool replace) {
  if (!pending_import_) return;
  PendingImport pending = std::move(*pending_import_);
  pending_import_.reset();
  const std::string refused = Tr(MSG("session.import.refused"), pending.source);
  // The frameworks it brings are stored first, and taken back if the profile cannot be
  // stored: a reload never finds half an import.
  std::vector<const Framework*> added;
  auto take_back = [&] {
    for (const Framework* fw : added) frameworks_.Remove(fw->id, fw->version);
  };
  for (const Framework& fw : pending.embedded) {
    switch (frameworks_.AddEmbedded(fw)) {
      case FrameworkLibrary::EmbeddedOutcome::AlreadyHere: break;
      case FrameworkLibrary::EmbeddedOutcome::Added: added.push_back(&fw); break;
      case FrameworkLibrary::EmbeddedOutcome::NotStored:
        take_back();
        ShowNotice(Notice::Kind::Error, refused, {Tr(MSG("session.import.storage_full"))});
        GoTo(Screen::Start);
        return;
    }
  }
  const std::string now = platform_.NowIso8601();
  Profile incoming = std::move(pending.profile);
  const Profile* existing = store_.Find(incoming.id);
  if (replace && existing && *existing == incoming) {
    // The same file again: nothing to replace, and nothing (not even a date) changes.
    take_back();
    SetOpenProfile(incoming.id, true);
    store_.SetCurrent(open_id_);
    ShowNotice(Notice::Kind::Info, Tr(MSG("session.import.already_here"), Quoted(incoming.name)));
    GoTo(Screen::Start);
    return;
  }
  const std::string replaced_name = existing ? existing->name : incoming.name;
  if (replace && existing) {
    // The replaced answers stay, as a snapshot, with the existing snapshots.
    Snapshot before{"s-" + platform_.RandomHex(8), BeforeImportSnapshotName(now), now, existing->answers};
    std::vector<Snapshot> snaps = existing->snapshots;
    snaps.push_back(std::move(before));
    for (Snapshot& s : incoming.snapshots) snaps.push_back(std::move(s));
    incoming.snapshots = std::move(snaps);
  } else if (existing) {
    incoming.id = store_.NewId();
    WordsForStorage words;  // the name is stored: the same whatever the language
    incoming.name = Tr(MSG("session.import.imported_name"), incoming.name);
  }
  // The profile keeps the dates it was exported with: importing is not editing.
  switch (store_.SaveWhole(incoming)) {
    case SaveOutcome::Saved:
    case SaveOutcome::Unavailable: break;  // without storage, everything lives in memory
    case SaveOutcome::QuotaExceeded:
      take_back();
      ShowNotice(Notice::Kind::Error, refused, {Tr(MSG("session.import.storage_full"))});
      GoTo(Screen::Start);
      return;
    case SaveOutcome::ChangedElsewhere:
      take_back();
      store_.Reload(incoming.id);
      ShowNotice(Notice::Kind::Error, refused,
                 {Tr(MSG("session.import.changed_elsewhere"), Quoted(replaced_name))});
      GoTo(Screen::Start);
      return;
  }
  SetOpenProfile(incoming.id, true);
  save_problem_.clear();
  ShowNotice(Notice::Kind::Info,
             replace ? Tr(MSG("session.import.replaced"), Quoted(incoming.name))
                     : Tr(MSG("session.import.imported"), Quoted(incoming.name)),
             pending.notes);
  GoTo(Screen::Start);
}

// ---------------------------------------------------------------------------
// [SECTION] Frameworks
// ---------------------------------------------------------------------------
void Session::OnFrameworkFile(const PickedFile& file) {
  if (!file.error.empty()) {
    ShowNotice(Notice::Kind::Error, Tr(MSG("session.import.file_unreadable"), Quoted(file.name)), {file.error});
  } else if (file.too_large) {
    ShowNotice(Notice::Kind::Error, Tr(MSG("session.library.file_not_loaded"), Quoted(file.name)),
               {TooLargeLine(file, kMaxFrameworkBytes)});
  } else {
    LoadOutcome outcome = frameworks_.AddFromFile(file.name, file.bytes);
    ShowNotice(outcome.ok ? Notice::Kind::Info : Notice::Kind::Error, std::move(outcome.title),
               std::move(outcome.details));
  }
  GoTo(Screen::Start);  // the outcome is shown on the start screen
}

void Session::RemoveFramework(const std::string& key) {
  for (const CatalogEntry& e : frameworks_.catalog().entries()) {
    if (FrameworkLibrary::Key(e.framework.id, e.framework.version) != key) continue;
    // Copies: removal destroys the entry these strings live in.
    const std::string title = e.framework.title, id = e.framework.id, version = e.framework.version;
    if (frameworks_.Remove(id, version))
      ShowNotice(Notice::Kind::Info, Tr(MSG("session.import.framework_removed"), Quoted(title)));
    return;
  }
}

}  // namespace skillscope
