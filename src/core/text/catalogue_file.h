#pragma once
// Reads a language's catalogue file (lang/<code>.json as tools/messages.py writes it): one
// JSON object from key to message, a message being text or an object of plural forms.
// Written for this one shape rather than with nlohmann's parser: the first frame in
// another language then needs nothing of the app's second wasm module, and an English
// visit's first module does not carry a general JSON parser for it.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace skillscope {

struct CatalogueEntry {
  std::string key;
  std::string text;                                        // a plain message
  std::vector<std::pair<std::string, std::string>> forms;  // a counted one: category, text
  bool counted = false;
};

// False when `text` is not such an object; `error` then says why and at which byte.
bool ReadCatalogueFile(std::string_view text, std::vector<CatalogueEntry>* entries, std::string* error);

}  // namespace skillscope
