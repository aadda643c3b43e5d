#include "session/framework_library.h"

#include "core/framework/loader.h"
#include "core/text/messages.h"
#include "core/text/wording.h"
#include "session/profile_store.h"

namespace skillscope {

std::vector<std::string> FrameworkLibrary::LoadBuiltIn() {
  ++revision_;
  std::vector<std::string> problems;
  for (const std::string& name : platform_.BundledFileNames("frameworks/")) {
    const auto text = platform_.TakeBundledFile(name);
    FrameworkLoad load = LoadFramework(text.value_or(""), name, DeriveHash::Later);
    if (load.ok()) catalog_.Add(std::move(*load.framework), FrameworkOrigin::BuiltIn);
    else problems.insert(problems.end(), load.errors.begin(), load.errors.end());
  }
  return problems;
}

std::vector<std::string> FrameworkLibrary::LoadStored() {
  ++revision_;
  std::vector<std::string> problems;
  for (const std::string& key : store_.Keys(kStoredFrameworkPrefix)) {
    const auto text = store_.Get(key);
    const std::string label =
        Tr(MSG("session.library.saved_framework"), key.substr(std::string(kStoredFrameworkPrefix).size()));
    FrameworkLoad load = LoadFramework(text.value_or(""), label, DeriveHash::Later);
    if (load.ok()) {
      catalog_.Add(std::move(*load.framework), FrameworkOrigin::Custom);
      continue;
    }
    // Keep the unreadable copy aside so nothing the person had is lost.
    const std::string backup = std::string(kBackupPrefix) + key;
    if (text && store_.Set(backup, *text) == StorageStatus::Ok) store_.Remove(key);
    problems.insert(problems.end(), load.errors.begin(), load.errors.end());
    problems.push_back(Tr(MSG("session.library.stored_unreadable"), label, backup));
  }
  return problems;
}

LoadOutcome FrameworkLibrary::AddFromFile(const std::string& file_name, const std::string& text) {
  LoadOutcome out;
  FrameworkLoad load = LoadFramework(text, file_name, DeriveHash::Later);
  if (!load.ok()) {
    out.title = Tr(MSG("session.library.file_not_loaded"), Quoted(file_name));
    out.details = std::move(load.errors);
    return out;
  }
  Framework& fw = *load.framework;
  const std::string title = fw.title, id = fw.id, version = fw.version;
  ++revision_;
  switch (catalog_.Add(std::move(fw), FrameworkOrigin::Custom)) {
    case AddOutcome::AlreadyLoaded:
      out.ok = true;
      out.title = Tr(MSG("session.library.already_loaded"), Quoted(title), version);
      return out;
    case AddOutcome::Conflict:
      out.title = Tr(MSG("session.library.file_not_loaded"), Quoted(file_name));
      out.details.push_back(Tr(MSG("session.library.conflict"), id, version));
      return out;
    case AddOutcome::Added:
      hash_pending_.emplace_back(id, version);
      break;
  }
  out.ok = true;
  out.title = Tr(MSG("session.library.loaded"), Quoted(title), version);
  switch (store_.Set(kStoredFrameworkPrefix + Key(id, version), text)) {
    case StorageStatus::Ok: break;
    case StorageStatus::QuotaExceeded:
      out.details.push_back(Tr(MSG("session.library.storage_full")));
      break;
    case StorageStatus::Unavailable:
      out.details.push_back(Tr(MSG("session.library.storage_unavailable")));
      break;
  }
  return out;
}

void FrameworkLibrary::DoWorkBetweenFrames() {
  for (const auto& [id, version] : hash_pending_)
    if (const CatalogEntry* entry = catalog_.Find(id, version)) entry->framework.content_hash();
  hash_pending_.clear();
}

FrameworkLibrary::EmbeddedOutcome FrameworkLibrary::AddEmbedded(const Framework& framework) {
  if (catalog_.Find(framework.id, framework.version)) return EmbeddedOutcome::AlreadyHere;
  const std::string key = kStoredFrameworkPrefix + Key(framework.id, framework.version);
  if (store_.available() && store_.Set(key, framework.canonical_json()) != StorageStatus::Ok)
    return EmbeddedOutcome::NotStored;
  catalog_.Add(framework, FrameworkOrigin::Custom);
  ++revision_;
  return EmbeddedOutcome::Added;
}

bool FrameworkLibrary::Remove(std::string id, std::string version) {
  if (!catalog_.Remove(id, version)) return false;
  ++revision_;
  store_.Remove(kStoredFrameworkPrefix + Key(id, version));
  return true;
}

void FrameworkLibrary::Reload(const std::string& key) {
  const std::string name = key.substr(std::string(kStoredFrameworkPrefix).size());
  const auto at = name.rfind('@');
  if (at == std::string::npos) return;
  const std::string id = name.substr(0, at), version = name.substr(at + 1);
  const auto text = store_.Get(key);
  const CatalogEntry* here = catalog_.Find(id, version);
  if (!text) {
    if (here && here->origin == FrameworkOrigin::Custom && catalog_.Remove(id, version)) ++revision_;
    return;
  }
  if (here) return;  // an id and version name one framework: it is here already
  FrameworkLoad load = LoadFramework(*text, Tr(MSG("session.library.saved_framework"), name), DeriveHash::Later);
  if (!load.ok()) return;
  catalog_.Add(std::move(*load.framework), FrameworkOrigin::Custom);
  ++revision_;
}

}  // namespace skillscope
