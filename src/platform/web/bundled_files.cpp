// Files fetched by web/boot.js before main() (fonts, built-in frameworks).
#include <cstdlib>

#include "core/markup.h"
#include "platform/platform.h"
#include "platform/web/browser_bridge.h"

namespace skillscope::platform {

std::optional<std::string> TakeBundledFile(std::string_view name) {
  const std::string key(name);
  int size = 0;
  char* bytes = ss_js_take_bundled_file(key.c_str(), &size);
  if (!bytes) return std::nullopt;
  std::string out(bytes, static_cast<size_t>(size));
  std::free(bytes);
  return out;
}

std::vector<std::string> BundledFileNames(std::string_view prefix) {
  const std::string key(prefix);
  char* text = ss_js_bundled_file_names(key.c_str());
  std::vector<std::string> names = SplitLines(text ? text : "");
  std::free(text);
  return names;
}

}  // namespace skillscope::platform
