#pragma once
// Every word of the interface, in the person's language. Code names a message by its key,
// MSG("start.title"), and asks for its text with Tr; the words are in one catalogue per
// language (assets/lang/<code>.json, docs/languages.md). English is built in and is
// what any message a catalogue lacks reads as; another language arrives as a file.
//
//   Tr(MSG("start.title"))                           "Choose a framework"
//   Tr(MSG("import.too_large"), name, limit)          "{0} is larger than {1}" filled in
//   TrN(MSG("results.skill_count"), n)                "1 skill", "3 skills", "3 compétences"
//
// Placeholders are {0}, {1}, ...; in a counted message {0} is the count, written the
// language's way. Numbers given as arguments are written the language's way too; a
// string argument is used as it is.
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "core/text/plurals.h"

namespace skillscope {

// FNV-1a: what MSG turns a key into at compile time, so no key is in the app's code.
constexpr std::uint32_t HashMessageKey(const char* key) {
  std::uint32_t h = 2166136261u;
  for (; *key != '\0'; ++key) h = (h ^ static_cast<unsigned char>(*key)) * 16777619u;
  return h;
}

struct MessageKey {
  std::uint32_t hash;
};

// tools/messages.py finds every key by this spelling: MSG("...") on one line.
#define MSG(key) \
  (::skillscope::MessageKey{std::integral_constant<std::uint32_t, ::skillscope::HashMessageKey(key)>::value})

// A value for a placeholder.
class MessageArg {
 public:
  MessageArg(const std::string& text) : text_(text) {}
  MessageArg(std::string&& text) : text_(std::move(text)) {}
  MessageArg(const char* text) : text_(text) {}
  MessageArg(std::string_view text) : text_(text) {}
  MessageArg(int n);
  MessageArg(long n);
  MessageArg(long long n);
  MessageArg(unsigned n);
  MessageArg(unsigned long n);
  MessageArg(unsigned long long n);
  MessageArg(double) = delete;  // FormatDecimal says how many digits
  const std::string& text() const { return text_; }

 private:
  std::string text_;
};

// A language the app offers (assets/lang/languages.json).
struct Language {
  std::string code;         // "fr"
  std::string name;         // in its own words: "Français"
  std::string plural_rule;  // plurals.h
};
const std::vector<Language>& Languages();  // English first
const Language* FindLanguage(std::string_view code);
// The first of the browser's languages (navigator.languages: "de-AT", "fr") the app
// offers, by its code or its language alone; English when none.
std::string MatchLanguage(const std::vector<std::string>& preferred);

// One language's messages.
class Catalogue {
 public:
  static const Catalogue& English();
  // Reads lang/<code>.json. Every message it lacks reads in English (missing() counts
  // them); keys English does not have are left out (unknown() counts them). Nothing:
  // not a JSON object of messages (`error` says why).
  static std::optional<Catalogue> Read(const Language& language, std::string_view json, std::string* error);

  // The message's text; "" for a key no catalogue has (tools/messages.py fails the
  // tests before that can ship).
  const std::string& Text(MessageKey key) const;
  const Language& language() const { return language_; }
  std::size_t missing() const { return missing_; }
  std::size_t unknown() const { return unknown_; }

 private:
  Language language_;
  std::vector<std::pair<std::uint32_t, std::string>> messages_;  // sorted by hash
  std::size_t missing_ = 0;
  std::size_t unknown_ = 0;
};

// The catalogue Tr reads from now on. Catalogues are kept for the app's life: text drawn
// from one may still be pointed at until the next frame.
void UseCatalogue(Catalogue catalogue);
void UseEnglish();
const Catalogue& CurrentCatalogue();
const Language& CurrentLanguage();

// Words that are stored, not shown (a snapshot's name written into the profile): they are
// the same whatever the language, so they are English while one of these lives.
class WordsForStorage {
 public:
  WordsForStorage();
  ~WordsForStorage();
  WordsForStorage(const WordsForStorage&) = delete;
  WordsForStorage& operator=(const WordsForStorage&) = delete;

 private:
  const Catalogue* shown_;
};

const std::string& Tr(MessageKey key);
std::string FormatMessage(std::string_view pattern, std::initializer_list<MessageArg> args);
template <typename... Args>
std::string Tr(MessageKey key, const Args&... args) {
  return FormatMessage(Tr(key), {MessageArg(args)...});
}
// A counted message: the form for `count` in the current language, {0} being the count.
std::string CountedText(MessageKey key, long long count);
template <typename... Args>
std::string TrN(MessageKey key, long long count, const Args&... args) {
  return FormatMessage(CountedText(key, count), {MessageArg(count), MessageArg(args)...});
}

// Numbers the language's way: "1,234" / "1 234" / "1.234"; "2.5" / "2,5".
std::string FormatInteger(long long n);
std::string FormatDecimal(double x, int digits);

}  // namespace skillscope
