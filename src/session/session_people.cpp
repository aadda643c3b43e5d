// People's profiles: what others shared with this person, kept apart from the person's
// own assessments (which an import here never touches). Many arrive at once; a newer
// file of a profile already here replaces it and keeps the old answers as a snapshot;
// an older one or the same one again changes nothing and says so.
//
// Sections
//   [SECTION] Loading and other tabs
//   [SECTION] Files in: the chooser, drops, pasted links
//   [SECTION] Adding what arrived
//   [SECTION] Remove, undo, export
//   [SECTION] The people screen: model and actions
#include <algorithm>

#include "core/profile/assessment.h"
#include "core/team/compare.h"
#include "core/text/file_names.h"
#include "core/json/input.h"
#include "core/text/markup.h"
#include "core/text/messages.h"
#include "core/profile/json.h"
#include "core/profile/share_link.h"
#include "core/text/wording.h"
#include "session/session.h"
#include "session/snapshot_names.h"

namespace skillscope {

// ---------------------------------------------------------------------------
// [SECTION] Loading and other tabs
// ---------------------------------------------------------------------------
void Session::LoadPeople() {
  team_view_ = LoadTeamView(platform_);
  TellUnreadable({}, people_.LoadAll());
}

void Session::OnPersonStorageChanged(const std::string& id) {
  people_.Reload(id);  // gone there: gone here too
}

// ---------------------------------------------------------------------------
// [SECTION] Files in: the chooser, drops, pasted links
// ---------------------------------------------------------------------------
namespace {

// What can be read of picked or dropped files; the rest is said in `unread`.
std::vector<IncomingFile> Readable(const std::vector<PickedFile>& files, std::vector<std::string>* unread) {
  std::vector<IncomingFile> out;
  for (const PickedFile& f : files) {
    if (!f.error.empty()) unread->push_back(Tr(MSG("session.people.file_unreadable"), f.name, f.error));
    else if (f.too_large)
      unread->push_back(Tr(MSG("session.people.file_too_large"), f.name, HumanSize(f.size), HumanSize(kMaxTeamFileBytes)));
    else out.push_back({f.name, f.bytes});
  }
  return out;
}

}  // namespace

void Session::PickPeopleFiles() {
  platform_.PickFiles(".json,application/json", kMaxTeamFileBytes, [this](std::vector<PickedFile> files) {
    std::vector<std::string> unread;
    const std::vector<IncomingFile> readable = Readable(files, &unread);
    ImportPeople(readable, std::move(unread));
    KeepPlaceValid();
  });
}

void Session::OnFilesDropped(std::vector<PickedFile> files) {
  if (files.size() == 1 && !IsPeopleScreen(screen_)) {
    OnFileDropped(files.front());
    return;
  }
  std::vector<std::string> unread;
  const std::vector<IncomingFile> readable = Readable(files, &unread);
  ImportPeople(readable, std::move(unread));
  KeepPlaceValid();
}

void Session::ImportPastedPeople(const std::string& text) {
  const std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return;
  if (text[first] == '{') {  // a profile's or team file's JSON
    ImportPeople({{Tr(MSG("session.people.pasted_text")), text}}, {});
    return;
  }
  // Share links, one a line (a whole address, or its "p=..." part), read by core as
  // the start-up link is: bounded, strict, with the reason when one is damaged.
  std::vector<IncomingFile> files;
  std::vector<std::string> unread;
  int number = 0;
  for (const std::string& line : SplitLines(text)) {
    const std::size_t begin = line.find_first_not_of(" \t\r");
    if (begin == std::string::npos) continue;
    const std::string source = Tr(MSG("session.people.link_source"), ++number);
    const std::size_t last = line.find_last_not_of(" \t\r");
    std::string_view link(line.data() + begin, last + 1 - begin);
    if (const std::size_t hash = link.find('#'); hash != std::string_view::npos) link.remove_prefix(hash + 1);
    const std::optional<std::string_view> payload = ShareLinkPayload(link);
    if (!payload) {
      unread.push_back(Tr(MSG("session.people.not_a_link"), source));
      continue;
    }
    ShareLinkText decoded = DecodeShareLink(*payload);
    if (decoded.ok) files.push_back({source, std::move(decoded.text)});
    else unread.push_back(Tr(MSG("session.people.source_line"), source, decoded.message));
  }
  ImportPeople(files, std::move(unread));
  KeepPlaceValid();
}

// ---------------------------------------------------------------------------
// [SECTION] Adding what arrived
// ---------------------------------------------------------------------------
void Session::ImportPeople(const std::vector<IncomingFile>& files, std::vector<std::string> unread) {
  PeopleArrival arrival = ReadPeopleFiles(files, frameworks_.catalog());
  std::size_t added = 0, replaced = 0, refused = unread.size() + arrival.refused.size();
  std::vector<std::string> lines;
  bool storage_full = false, missing_framework = false;
  const std::string now = platform_.NowIso8601();
  for (ArrivedProfile& a : arrival.profiles) {
    if (storage_full) {
      lines.push_back(Tr(MSG("session.people.storage_full"), a.source));
      ++refused;
      continue;
    }
    const Profile* existing = people_.Find(a.profile.id);
    if (existing && *existing == a.profile) {
      lines.push_back(Tr(MSG("session.people.already_here"), a.source, Quoted(a.profile.name)));
      continue;
    }
    if (existing && a.profile.updated < existing->updated) {
      lines.push_back(Tr(MSG("session.people.older"), a.source, Quoted(a.profile.name), ShortDate(a.profile.updated),
                         ShortDate(existing->updated)));
      continue;
    }
    // Frameworks it brings first, taken back if the profile cannot be stored.
    std::vector<const Framework*> stored;
    bool framework_full = false;
    for (const Framework& fw : a.embedded) {
      const auto outcome = frameworks_.AddEmbedded(fw);
      if (outcome == FrameworkLibrary::EmbeddedOutcome::Added) stored.push_back(&fw);
      if (outcome == FrameworkLibrary::EmbeddedOutcome::NotStored) framework_full = true;
    }
    Profile incoming = std::move(a.profile);
    const std::string name = incoming.name;
    if (existing) {
      // The replaced answers stay as a snapshot, as for one's own profiles.
      std::vector<Snapshot> snaps = existing->snapshots;
      snaps.push_back({"s-" + platform_.RandomHex(8), BeforeImportSnapshotName(now), now, existing->answers});
      MergeSnapshots(snaps, std::move(incoming.snapshots));
      incoming.snapshots = std::move(snaps);
    }
    const SaveOutcome outcome = framework_full ? SaveOutcome::QuotaExceeded : people_.SaveWhole(incoming);
    switch (outcome) {
      case SaveOutcome::Saved:
      case SaveOutcome::Unavailable: break;  // without storage, People live in memory
      case SaveOutcome::QuotaExceeded:
        storage_full = true;
        [[fallthrough]];
      case SaveOutcome::ChangedElsewhere:
        for (const Framework* fw : stored) frameworks_.Remove(fw->id, fw->version);
        if (outcome == SaveOutcome::ChangedElsewhere) people_.Reload(incoming.id);
        lines.push_back(storage_full ? Tr(MSG("session.people.storage_full"), a.source)
                                     : Tr(MSG("session.people.changed_elsewhere"), a.source, Quoted(name)));
        ++refused;
        continue;
    }
    if (existing) {
      ++replaced;
      lines.push_back(Tr(MSG("session.people.replaced"), Quoted(name), a.source));
    } else {
      ++added;
    }
    for (const std::string& note : a.notes) lines.push_back(Tr(MSG("session.people.source_line"), a.source, note));
  }
  for (RefusedProfile& r : arrival.refused) {
    if (!r.missing.empty()) missing_framework = true;
    lines.insert(lines.end(), r.reasons.begin(), r.reasons.end());
  }
  lines.insert(lines.end(), unread.begin(), unread.end());
  if (storage_full)
    lines.push_back(Tr(MSG("session.people.free_space")));

  std::string title;
  if (added + replaced == 0)
    title = refused > 0 ? Tr(MSG("session.people.nothing_imported")) : Tr(MSG("session.people.nothing_new"));
  else title = TrN(MSG("session.people.imported"), static_cast<long long>(added + replaced));
  if (added + replaced > 0 && refused > 0)
    title = TrN(MSG("session.people.imported_some_refused"), static_cast<long long>(refused), title);
  std::vector<NoticeButton> buttons;
  if (missing_framework) buttons.push_back(NoticeButton::LoadFramework);
  ShowNotice(refused > 0 ? Notice::Kind::Error : Notice::Kind::Info, title, std::move(lines), std::move(buttons));
  GoTo(Screen::People);
}

// ---------------------------------------------------------------------------
// [SECTION] Remove, undo, export
// ---------------------------------------------------------------------------
void Session::RemovePerson(const std::string& id) {
  std::optional<Profile> removed = people_.Delete(id);
  if (!removed) return;
  ShowNotice(Notice::Kind::Info, Tr(MSG("session.people.removed"), Quoted(removed->name), PeopleStore::NameOf(*removed)), {},
             {NoticeButton::UndoRemovePerson});
  // Compare forgets it too.
  TeamView next = team_view_;
  const std::string ref = "person:" + id;
  next.compare.erase(std::remove_if(next.compare.begin(), next.compare.end(),
                                    [&](const std::string& r) { return r == ref || r.rfind(ref + "/", 0) == 0; }),
                     next.compare.end());
  ChangeTeamView(std::move(next));
  removed_person_ = std::move(removed);
}

void Session::UndoRemovePerson() {
  if (!removed_person_) return;
  people_.SaveWhole(*removed_person_);
  ShowNotice(Notice::Kind::Info, Tr(MSG("session.people.restored"), Quoted(removed_person_->name)));
  removed_person_.reset();
}

void Session::ExportPeople() {
  // Frameworks that are not built in travel once each, so the file opens anywhere.
  std::vector<std::string> frameworks;
  for (const Profile& p : people_.profiles()) {
    for (const std::string& text : EmbeddedFrameworks(p))
      if (std::find(frameworks.begin(), frameworks.end(), text) == frameworks.end()) frameworks.push_back(text);
  }
  const std::string now = platform_.NowIso8601();
  // The number as digits alone ({1}): a file name has no thousands separators.
  const std::size_t count = people_.profiles().size();
  platform_.DownloadFile(
      DownloadName(TrN(MSG("session.people.export_file_name"), static_cast<long long>(count), std::to_string(count)),
                   now, "json"),
      "application/json", TeamFileJson(people_.profiles(), frameworks, now));
}

// ---------------------------------------------------------------------------
// [SECTION] The people screen: model and actions
// ---------------------------------------------------------------------------
PeopleModel Session::People() const {
  PeopleModel m;
  for (const Profile& p : people_.profiles()) {
    PersonRow row;
    row.id = p.id;
    row.reviewing = reviews_.Written(p.id) != nullptr;
    row.person = PeopleStore::NameOf(p);
    row.profile_name = p.name;
    row.date = ShortDate(p.updated);
    for (const FrameworkRef& ref : p.frameworks) {
      const CatalogEntry* e = frameworks_.catalog().Find(ref.id, ref.version);
      row.frameworks += (row.frameworks.empty() ? "" : " \xC2\xB7 ") + (e ? e->framework.title : ref.id) + " " + ref.version;
    }
    const Progress progress = CountProgress(p);
    row.detail = TrN(MSG("session.people.skills_answered"), static_cast<long long>(progress.total), progress.answered);
    if (!p.snapshots.empty())
      row.detail = TrN(MSG("session.people.with_snapshots"), static_cast<long long>(p.snapshots.size()), row.detail);
    m.people.push_back(std::move(row));
  }
  std::stable_sort(m.people.begin(), m.people.end(), [](const PersonRow& a, const PersonRow& b) {
    return a.person != b.person ? a.person < b.person : a.profile_name < b.profile_name;
  });
  m.notice = notice_;
  if (!people_.available())
    m.storage_notice = Tr(MSG("session.people.storage_unavailable"));
  m.can_compare = store_.profiles().size() + people_.profiles().size() >= kMinCompared;
  std::vector<std::pair<const Profile*, const Review*>> reviewed;
  for (const Profile& p : people_.profiles())
    if (const Review* review = reviews_.Written(p.id)) reviewed.emplace_back(&p, review);
  m.reviewed_people = static_cast<int>(reviewed.size());
  if (reviewed.size() >= 2) m.review_gaps = ReviewGaps(reviewed, frameworks_.catalog());
  return m;
}

void Session::Dispatch(const PeopleAction& action) {
  switch (action.kind) {
    case PeopleAction::Kind::None: break;
    case PeopleAction::Kind::Home: GoTo(Screen::Start); break;
    case PeopleAction::Kind::ImportFiles: PickPeopleFiles(); break;
    case PeopleAction::Kind::ImportText: ImportPastedPeople(action.text); break;
    case PeopleAction::Kind::Remove: RemovePerson(action.id); break;
    case PeopleAction::Kind::Review: OpenReview(action.id); break;
    case PeopleAction::Kind::ExportAll: ExportPeople(); break;
    case PeopleAction::Kind::OpenCompare: GoTo(Screen::Compare); break;
    case PeopleAction::Kind::OpenTeam: GoTo(Screen::Team); break;
    case PeopleAction::Kind::DismissNotice: notice_.reset(); break;
    case PeopleAction::Kind::PressNoticeButton: PressNoticeButton(action.button); break;
    case PeopleAction::Kind::ToggleTheme: ToggleTheme(); break;
    case PeopleAction::Kind::ShowHelp: ShowHelp(); break;
  }
}

}  // namespace skillscope
