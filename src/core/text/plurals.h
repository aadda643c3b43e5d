#pragma once
// Which plural form a count takes in a language: CLDR's cardinal rules for whole
// numbers, by rule family (a language names its family in assets/lang/languages.json).
#include <string_view>

namespace skillscope {

enum class PluralCategory { Zero, One, Two, Few, Many, Other };

// Families: "other" (one form: Japanese, Chinese), "one-other" (English, German),
// "french" (0 and 1 are one; a whole million is many), "spanish" (1 is one; a
// million many), "east-slavic" (Russian, Ukrainian), "polish", "arabic" (all six).
// An unknown family has the one form "other".
PluralCategory PluralCategoryOf(std::string_view family, long long count);

// The letter that stands for a category in an encoded message (tools/messages.py).
char PluralLetter(PluralCategory category);

}  // namespace skillscope
