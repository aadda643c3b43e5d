#pragma once
// The generated tables behind messages.h (tools/messages.py writes them into the build
// from assets/lang/): English, and the languages the app offers.
#include <cstddef>
#include <cstdint>

namespace skillscope {

// English: the keys' hashes (HashMessageKey), sorted, and the texts in the same order,
// each ended by '\0' (a counted message's forms are encoded: tools/messages.py, encode).
extern const std::size_t kEnglishMessageCount;
extern const std::uint32_t kEnglishHashes[];
extern const char kEnglishTexts[];

struct LanguageRow {
  const char* code;         // "fr"
  const char* name;         // in its own language: "Français"
  const char* plural_rule;  // a rule family of plurals.h
};
extern const std::size_t kLanguageCount;
extern const LanguageRow kLanguageRows[];  // English first

}  // namespace skillscope
