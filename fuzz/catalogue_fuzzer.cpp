// A language's catalogue file to the app's own reader (core/text/catalogue_file): no crash,
// no undefined behaviour, a refusal always says where; and it agrees with nlohmann's
// parser, JSON's reference here: what nlohmann reads as an object of messages is read
// with the same messages (the last of a repeated key, as nlohmann keeps), and what it
// refuses is refused too (for ASCII input: nlohmann also refuses invalid UTF-8, which
// the app's reader passes through as bytes). nlohmann stops at a NUL byte as at the end
// of the text; JSON has no NUL outside strings nor raw inside them, so the app's reader
// refuses any text holding one.
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/text/catalogue_file.h"
#include "fuzz_check.h"

namespace {

using Forms = std::vector<std::pair<std::string, std::string>>;
using Messages = std::map<std::string, std::pair<std::string, std::map<std::string, std::string>>>;

// nlohmann's reading, when it is an object of messages.
bool ReferenceMessages(std::string_view text, Messages* out) {
  const nlohmann::json doc = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
  if (!doc.is_object()) return false;
  for (const auto& [key, value] : doc.items()) {
    auto& message = (*out)[key];
    if (value.is_string()) {
      message.first = value.get<std::string>();
    } else if (value.is_object()) {
      message.first = "\x1f";  // counted
      for (const auto& [category, form] : value.items()) {
        if (!form.is_string()) return false;
        message.second[category] = form.get<std::string>();
      }
    } else {
      return false;
    }
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<skillscope::CatalogueEntry> entries;
  std::string error;
  const bool read = skillscope::ReadCatalogueFile(text, &entries, &error);
  FUZZ_CHECK(read == error.empty());
  if (!read) FUZZ_CHECK(error.find("(at byte ") != std::string::npos);

  if (text.find('\0') != std::string_view::npos) {
    FUZZ_CHECK(!read);
    return 0;
  }
  Messages reference;
  const bool reference_read = ReferenceMessages(text, &reference);
  bool ascii = true;
  for (unsigned char c : text) ascii = ascii && c < 0x80;
  if (reference_read) FUZZ_CHECK(read);
  if (read && ascii) FUZZ_CHECK(reference_read);
  if (read && reference_read) {
    Messages ours;
    for (const skillscope::CatalogueEntry& e : entries) {
      auto& message = ours[e.key];
      message = {e.counted ? "\x1f" : e.text, {}};
      for (const auto& [category, form] : e.forms) message.second[category] = form;
    }
    FUZZ_CHECK(ours == reference);
  }
  return 0;
}
