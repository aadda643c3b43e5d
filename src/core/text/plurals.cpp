#include "core/text/plurals.h"

namespace skillscope {

namespace {

bool Between(long long n, long long low, long long high) { return n >= low && n <= high; }

// The "many" of French and Spanish: "1 000 000 de compétences", "un millón de ...".
bool WholeMillions(long long i) { return i != 0 && i % 1000000 == 0; }

}  // namespace

PluralCategory PluralCategoryOf(std::string_view family, long long count) {
  const long long i = count < 0 ? -count : count;
  if (family == "one-other") return i == 1 ? PluralCategory::One : PluralCategory::Other;
  if (family == "french") {
    if (i == 0 || i == 1) return PluralCategory::One;
    return WholeMillions(i) ? PluralCategory::Many : PluralCategory::Other;
  }
  if (family == "spanish") {
    if (i == 1) return PluralCategory::One;
    return WholeMillions(i) ? PluralCategory::Many : PluralCategory::Other;
  }
  if (family == "east-slavic" || family == "polish") {
    const long long last = i % 10, last_two = i % 100;
    if (family == "east-slavic" ? (last == 1 && last_two != 11) : i == 1) return PluralCategory::One;
    if (Between(last, 2, 4) && !Between(last_two, 12, 14)) return PluralCategory::Few;
    return PluralCategory::Many;  // whole numbers are never "other" in these
  }
  if (family == "arabic") {
    if (i == 0) return PluralCategory::Zero;
    if (i == 1) return PluralCategory::One;
    if (i == 2) return PluralCategory::Two;
    if (Between(i % 100, 3, 10)) return PluralCategory::Few;
    if (Between(i % 100, 11, 99)) return PluralCategory::Many;
    return PluralCategory::Other;
  }
  return PluralCategory::Other;
}

char PluralLetter(PluralCategory category) {
  switch (category) {
    case PluralCategory::Zero: return 'z';
    case PluralCategory::One: return 'o';
    case PluralCategory::Two: return 't';
    case PluralCategory::Few: return 'f';
    case PluralCategory::Many: return 'm';
    case PluralCategory::Other: break;
  }
  return 'x';
}

}  // namespace skillscope
