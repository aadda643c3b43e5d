// The interface's language: the browser's, or the person's choice, kept for later visits;
// another language's words arrive with the app or are fetched, and a language that cannot
// be had says so in the language in use. Stored data is the same in every language.
#include <fstream>
#include <regex>
#include <sstream>

#include "core/text/messages.h"
#include "session_harness.h"

using namespace skillscope;
using namespace skillscope::testing;

namespace {

// A catalogue as the bundle ships it.
std::string ShippedCatalogue(const std::string& code) {
  std::ifstream in(std::string(SKILLSCOPE_LANG_DIR) + "/" + code + ".json");
  std::ostringstream text;
  text << in.rdbuf();
  REQUIRE_MESSAGE(!text.str().empty(), code);
  return text.str();
}

// Ids count on across the tabs of one test run: the same data has other ids in a second tab.
std::string WithoutIds(const std::string& text) {
  return std::regex_replace(text, std::regex("(p-[0-9]+-|s-)[0-9a-f]+"), "$1id");
}

// The words of every test here are English again afterwards (the catalogue in use is the app's).
struct EnglishAfter {
  ~EnglishAfter() { UseEnglish(); }
};

}  // namespace

TEST_CASE("the app starts in the browser's language when it offers it, with the words boot.js fetched") {
  EnglishAfter after;
  Tab tab;
  tab.platform.SetBrowserLanguages({"de-AT", "fr"});
  tab.platform.AddBundledFile("lang/de.json", ShippedCatalogue("de"));
  tab.Start();
  CHECK(CurrentLanguage().code == "de");
  CHECK(tab.platform.page_language() == "de");
  CHECK(Tr(MSG("date.month.3")) == "März");
  const LanguagePickerModel picker = tab.session.language_picker();
  REQUIRE(picker.options.size() == 5);
  CHECK(picker.chosen == 0);
  CHECK(picker.options[0].label == "Wie im Browser (Deutsch)");
  CHECK(picker.options[3].label == "Deutsch");
}

TEST_CASE("a browser language the app does not offer, or none, is English") {
  EnglishAfter after;
  Tab tab;
  tab.platform.SetBrowserLanguages({"pt-BR", "ja"});
  tab.Start();
  CHECK(CurrentLanguage().code == "en");
  CHECK(tab.session.language_picker().options[0].label == "Same as the browser (English)");
}

TEST_CASE("words boot.js did not bring are fetched; English until they are here") {
  EnglishAfter after;
  Tab tab;
  tab.platform.SetBrowserLanguages({"es"});
  tab.platform.AddFetchableFile("lang/es.json", ShippedCatalogue("es"));
  tab.platform.storage().Settle();
  tab.session.Start();
  CHECK(CurrentLanguage().code == "en");
  CHECK(tab.session.language_picker().loading == "Español");
  tab.platform.RunPending();
  CHECK(CurrentLanguage().code == "es");
  CHECK(tab.session.language_picker().loading.empty());
}

TEST_CASE("the person's choice overrides the browser and is kept for the next visit") {
  EnglishAfter after;
  auto storage = std::make_shared<MemoryStorage>();
  {
    Tab tab(storage);
    tab.platform.SetBrowserLanguages({"de"});
    tab.platform.AddBundledFile("lang/de.json", ShippedCatalogue("de"));
    tab.platform.AddFetchableFile("lang/fr.json", ShippedCatalogue("fr"));
    tab.Start();
    tab.session.SetLanguage("fr");
    tab.platform.RunPending();
    CHECK(CurrentLanguage().code == "fr");
    CHECK(tab.Local().at("skillscope.v1.language") == "fr");
    CHECK(tab.session.language_picker().chosen == 2);
  }
  UseEnglish();
  {
    Tab tab(storage);
    tab.platform.SetBrowserLanguages({"de"});
    tab.platform.AddBundledFile("lang/fr.json", ShippedCatalogue("fr"));
    tab.Start();
    CHECK(CurrentLanguage().code == "fr");
    // Back to the browser's: the choice is forgotten.
    tab.platform.AddFetchableFile("lang/de.json", ShippedCatalogue("de"));
    tab.session.SetLanguage("");
    tab.platform.RunPending();
    CHECK(CurrentLanguage().code == "de");
    CHECK(tab.Local().count("skillscope.v1.language") == 0);
    tab.session.SetLanguage("en");
    CHECK(CurrentLanguage().code == "en");
    CHECK(tab.platform.page_language() == "en");
  }
}

TEST_CASE("a language that cannot be fetched (offline) says so in the language in use, which stays") {
  EnglishAfter after;
  Tab tab;
  tab.platform.SetBrowserLanguages({"de"});
  tab.platform.AddBundledFile("lang/de.json", ShippedCatalogue("de"));
  tab.Start();
  tab.session.SetLanguage("es");
  tab.platform.RunPending();
  CHECK(CurrentLanguage().code == "de");
  REQUIRE(tab.session.notice());
  CHECK(tab.session.notice()->title == "Español konnte nicht geladen werden");
  // The choice itself is kept: the next visit online fetches it.
  CHECK(tab.Local().at("skillscope.v1.language") == "es");
}

TEST_CASE("damaged words are not used, and the language in use stays") {
  EnglishAfter after;
  Tab tab;
  tab.platform.AddFetchableFile("lang/fr.json", "{\"list.more\": ");
  tab.Start();
  tab.session.SetLanguage("fr");
  tab.platform.RunPending();
  CHECK(CurrentLanguage().code == "en");
  REQUIRE(tab.session.notice());
  CHECK(tab.session.notice()->title == "The words in Français are damaged and were not used");
}

TEST_CASE("what is stored is the same whatever the language") {
  EnglishAfter after;
  std::map<std::string, std::string> stored[2];
  for (int i = 0; i < 2; ++i) {
    Tab tab;
    tab.platform.SetNow("2026-03-05T10:00:00Z");
    tab.platform.SetBrowserLanguages({i == 0 ? "en" : "de"});
    tab.platform.AddBundledFile("lang/de.json", ShippedCatalogue("de"));
    tab.Start();
    tab.Begin({kItop});
    tab.ChooseLevel(3);
    ResultsAction snap = Do(ResultsAction::Kind::SaveSnapshot);
    tab.Apply(snap);
    stored[i] = tab.Storage();
    stored[i].erase("skillscope.v1.language");
    UseEnglish();
  }
  CHECK(stored[1].size() == stored[0].size());
  for (auto a = stored[0].begin(), b = stored[1].begin(); a != stored[0].end() && b != stored[1].end(); ++a, ++b) {
    CAPTURE(a->first);
    CHECK(WithoutIds(b->first) == WithoutIds(a->first));
    CHECK(WithoutIds(b->second) == WithoutIds(a->second));
  }
  bool snapshot_named = false;
  for (const auto& [key, value] : stored[1])
    snapshot_named |= value.find("\"name\":\"Snapshot 5 Mar 2026\"") != std::string::npos;
  CHECK(snapshot_named);  // the snapshot the app named, in English from a German browser
}
