#include "core/text/messages.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <memory>

#include "core/text/catalogue_file.h"
#include "core/text/messages_table.h"

namespace skillscope {

namespace {

const std::string& Nothing() {
  static const std::string empty;
  return empty;
}

// Every catalogue used so far: Tr's text points into one of them.
std::vector<std::unique_ptr<Catalogue>>& Kept() {
  static std::vector<std::unique_ptr<Catalogue>> kept;
  return kept;
}
const Catalogue* g_current = nullptr;

char LetterOf(const std::string& category) {
  static const char* kNames[] = {"zero", "one", "two", "few", "many", "other"};
  static const char kLetters[] = "zotfmx";
  for (int i = 0; i < 6; ++i)
    if (category == kNames[i]) return kLetters[i];
  return '\0';
}

// A counted message from the catalogue file, encoded as English's are (tools/messages.py).
std::optional<std::string> EncodeForms(const std::vector<std::pair<std::string, std::string>>& forms) {
  std::string out = "\x1f";
  for (const auto& [category, text] : forms) {
    const char letter = LetterOf(category);
    if (!letter) return std::nullopt;
    out += letter;
    out += text;
    out += '\x1e';
  }
  return out;
}

// The form of an encoded message for `letter`, else its "other" form.
std::string_view FormOf(std::string_view encoded, char letter) {
  std::string_view other;
  std::size_t at = 1;
  while (at < encoded.size()) {
    const std::size_t end = encoded.find('\x1e', at);
    if (end == std::string_view::npos) break;
    const std::string_view form = encoded.substr(at + 1, end - at - 1);
    if (encoded[at] == letter) return form;
    if (encoded[at] == 'x') other = form;
    at = end + 1;
  }
  return other;
}

std::string Grouped(unsigned long long n) {
  std::string digits = std::to_string(n);
  const std::string& separator = Tr(MSG("number.group_separator"));
  const std::size_t from = static_cast<std::size_t>(std::atoi(Tr(MSG("number.group_from_digits")).c_str()));
  if (digits.size() < std::max<std::size_t>(from, 4)) return digits;
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += separator;
    out += digits[i];
  }
  return out;
}

}  // namespace

MessageArg::MessageArg(int n) : text_(FormatInteger(n)) {}
MessageArg::MessageArg(long n) : text_(FormatInteger(n)) {}
MessageArg::MessageArg(long long n) : text_(FormatInteger(n)) {}
MessageArg::MessageArg(unsigned n) : text_(FormatInteger(static_cast<long long>(n))) {}
MessageArg::MessageArg(unsigned long n) : text_(FormatInteger(static_cast<long long>(n))) {}
MessageArg::MessageArg(unsigned long long n) : text_(FormatInteger(static_cast<long long>(n))) {}

const std::vector<Language>& Languages() {
  static const std::vector<Language> languages = [] {
    std::vector<Language> out;
    for (std::size_t i = 0; i < kLanguageCount; ++i)
      out.push_back({kLanguageRows[i].code, kLanguageRows[i].name, kLanguageRows[i].plural_rule});
    return out;
  }();
  return languages;
}

const Language* FindLanguage(std::string_view code) {
  for (const Language& l : Languages())
    if (l.code == code) return &l;
  return nullptr;
}

std::string MatchLanguage(const std::vector<std::string>& preferred) {
  for (const std::string& tag : preferred) {
    std::string lower;
    for (char c : tag) lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : (c == '_' ? '-' : c);
    if (FindLanguage(lower)) return lower;
    const std::string primary = lower.substr(0, lower.find('-'));
    if (FindLanguage(primary)) return primary;
  }
  return "en";
}

const Catalogue& Catalogue::English() {
  static const Catalogue english = [] {
    Catalogue c;
    c.language_ = Languages().front();
    c.messages_.reserve(kEnglishMessageCount);
    const char* text = kEnglishTexts;
    for (std::size_t i = 0; i < kEnglishMessageCount; ++i) {
      c.messages_.emplace_back(kEnglishHashes[i], text);
      text += c.messages_.back().second.size() + 1;
    }
    return c;
  }();
  return english;
}

std::optional<Catalogue> Catalogue::Read(const Language& language, std::string_view text, std::string* error) {
  std::vector<CatalogueEntry> entries;
  if (!ReadCatalogueFile(text, &entries, error)) return std::nullopt;
  const Catalogue& english = English();
  Catalogue c;
  c.language_ = language;
  c.messages_ = english.messages_;  // sorted; each replaced by its translation below
  std::vector<bool> found(c.messages_.size(), false);
  for (CatalogueEntry& entry : entries) {
    const std::uint32_t hash = HashMessageKey(entry.key.c_str());
    auto it = std::lower_bound(c.messages_.begin(), c.messages_.end(), hash,
                               [](const auto& row, std::uint32_t h) { return row.first < h; });
    std::optional<std::string> value = entry.counted ? EncodeForms(entry.forms) : std::move(entry.text);
    if (it == c.messages_.end() || it->first != hash || !value) {
      ++c.unknown_;
      continue;
    }
    it->second = std::move(*value);
    found[static_cast<std::size_t>(it - c.messages_.begin())] = true;
  }
  c.missing_ = static_cast<std::size_t>(std::count(found.begin(), found.end(), false));
  return c;
}

const std::string& Catalogue::Text(MessageKey key) const {
  auto it = std::lower_bound(messages_.begin(), messages_.end(), key.hash,
                             [](const auto& row, std::uint32_t h) { return row.first < h; });
  return it != messages_.end() && it->first == key.hash ? it->second : Nothing();
}

void UseCatalogue(Catalogue catalogue) {
  Kept().push_back(std::make_unique<Catalogue>(std::move(catalogue)));
  g_current = Kept().back().get();
}
void UseEnglish() { g_current = &Catalogue::English(); }

WordsForStorage::WordsForStorage() : shown_(g_current) { g_current = &Catalogue::English(); }
WordsForStorage::~WordsForStorage() { g_current = shown_; }

const Catalogue& CurrentCatalogue() { return g_current ? *g_current : Catalogue::English(); }
const Language& CurrentLanguage() { return CurrentCatalogue().language(); }

const std::string& Tr(MessageKey key) { return CurrentCatalogue().Text(key); }

std::string FormatMessage(std::string_view pattern, std::initializer_list<MessageArg> args) {
  std::string out;
  out.reserve(pattern.size() + 16);
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if ((c == '{' || c == '}') && i + 1 < pattern.size() && pattern[i + 1] == c) {
      out += c;
      ++i;
    } else if (c == '{' && i + 2 < pattern.size() && pattern[i + 1] >= '0' && pattern[i + 1] <= '9' &&
               pattern[i + 2] == '}') {
      const std::size_t n = static_cast<std::size_t>(pattern[i + 1] - '0');
      // An argument the caller did not give stays visible as written rather than vanishing.
      out += n < args.size() ? std::string_view((args.begin() + n)->text()) : pattern.substr(i, 3);
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

std::string CountedText(MessageKey key, long long count) {
  const std::string& encoded = Tr(key);
  if (encoded.empty() || encoded[0] != '\x1f') return encoded;
  return std::string(FormOf(encoded, PluralLetter(PluralCategoryOf(CurrentLanguage().plural_rule, count))));
}

std::string FormatInteger(long long n) {
  const unsigned long long magnitude =
      n < 0 ? static_cast<unsigned long long>(-(n + 1)) + 1 : static_cast<unsigned long long>(n);
  return (n < 0 ? "-" : "") + Grouped(magnitude);
}

std::string FormatDecimal(double x, int digits) {
  if (!std::isfinite(x)) return "-";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", std::max(0, std::min(digits, 9)), std::fabs(x));
  std::string text(buf);
  const std::size_t point = text.find('.');
  std::string whole = text.substr(0, point);
  std::string out = Grouped(std::strtoull(whole.c_str(), nullptr, 10));
  if (point != std::string::npos) out += Tr(MSG("number.decimal_separator")) + text.substr(point + 1);
  const bool negative = x < 0 && std::strtod(buf, nullptr) != 0;
  return (negative ? "-" : "") + out;
}

}  // namespace skillscope
