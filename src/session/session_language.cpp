// The interface's language: the browser's (navigator.languages), or the one the person
// chose on the start screen or in Help, kept under its own storage key so that web/boot.js
// can fetch that language's words with the app itself (a non-English first frame costs no
// extra round trip). Profiles and everything else stored are the same in every language.
#include "core/text/messages.h"
#include "session/session.h"

namespace skillscope {

namespace {

constexpr const char* kLanguageKey = "skillscope.v1.language";

std::string CatalogueFile(const std::string& code) { return "lang/" + code + ".json"; }

}  // namespace

std::string Session::WantedLanguage() const {
  return language_choice_.empty() ? browser_language_ : language_choice_;
}

void Session::StartLanguage() {
  // Asked once: the picker is drawn at every frame, and the browser's languages are a
  // call into the page (a change shows from the next visit).
  browser_language_ = MatchLanguage(platform_.BrowserLanguages());
  if (const auto stored = platform_.StorageGet(kLanguageKey); stored && FindLanguage(*stored)) language_choice_ = *stored;
  const std::string wanted = WantedLanguage();
  // boot.js fetched the words of the language it expected; the app keeps whichever it had.
  for (const std::string& name : platform_.BundledFileNames("lang/"))
    if (auto bytes = platform_.TakeBundledFile(name)) language_files_[name.substr(5, name.size() - 10)] = std::move(*bytes);
  ShowLanguage(wanted, /*told=*/false);
}

void Session::SetLanguage(const std::string& choice) {
  if (!choice.empty() && !FindLanguage(choice)) return;
  language_choice_ = choice;
  if (choice.empty()) platform_.StorageRemove(kLanguageKey);
  else if (platform_.StorageSet(kLanguageKey, choice) != StorageStatus::Ok)
    ShowNotice(Notice::Kind::Info, Tr(MSG("session.language.not_kept")),
               {Tr(MSG("session.language.not_kept_detail"))});
  ShowLanguage(WantedLanguage(), /*told=*/true);
}

// Uses `code`'s words when the app has them, else fetches them; English until they are here.
void Session::ShowLanguage(const std::string& code, bool told) {
  language_loading_.clear();
  if (code == CurrentLanguage().code) return;
  const Language* language = FindLanguage(code);
  if (!language || code == "en") {
    UseEnglish();
    platform_.SetPageLanguage("en");
    return;
  }
  if (const auto it = language_files_.find(code); it != language_files_.end()) {
    std::string error;
    if (auto catalogue = Catalogue::Read(*language, it->second, &error)) {
      UseCatalogue(std::move(*catalogue));
      platform_.SetPageLanguage(code);
      return;
    }
    language_files_.erase(it);
    if (told)
      ShowNotice(Notice::Kind::Error, Tr(MSG("session.language.damaged"), language->name), {error});
    return;
  }
  language_loading_ = code;
  // `language` points into Languages(), which lives as long as the app.
  platform_.FetchBundledFile(CatalogueFile(code), [this, code, language, told](bool ok, std::string text) {
    if (language_loading_ != code) return;  // another choice was made meanwhile
    language_loading_.clear();
    if (!ok) {
      if (told)
        ShowNotice(Notice::Kind::Error, Tr(MSG("session.language.unavailable"), language->name),
                   {Tr(MSG("session.language.unavailable_detail"), language->name)});
      return;
    }
    language_files_[code] = std::move(text);
    ShowLanguage(code, told);
  });
}

LanguagePickerModel Session::language_picker() const {
  LanguagePickerModel m;
  const Language* browser = FindLanguage(browser_language_);
  m.options.push_back({"", Tr(MSG("session.language.browser"), browser ? browser->name : "English")});
  for (const Language& l : Languages()) {
    if (l.code == language_choice_) m.chosen = static_cast<int>(m.options.size());
    m.options.push_back({l.code, l.name});
  }
  if (const Language* loading = FindLanguage(language_loading_)) m.loading = loading->name;
  return m;
}

}  // namespace skillscope
