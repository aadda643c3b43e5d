#pragma once
// The frameworks the app ships (frameworks/), read once: what imported profiles and
// backups are checked against. SKILLSCOPE_FRAMEWORKS_DIR comes from fuzz/CMakeLists.txt.
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/framework/catalog.h"
#include "core/framework/loader.h"
#include "fuzz_check.h"

namespace skillscope::fuzz {

inline const Catalog& ShippedCatalog() {
  static const Catalog catalog = [] {
    Catalog c;
    for (const auto& entry : std::filesystem::directory_iterator(SKILLSCOPE_FRAMEWORKS_DIR)) {
      std::ifstream in(entry.path(), std::ios::binary);
      std::ostringstream text;
      text << in.rdbuf();
      FrameworkLoad load = LoadFramework(text.str(), entry.path().filename().string());
      FUZZ_CHECK(load.ok());
      c.Add(std::move(*load.framework), FrameworkOrigin::BuiltIn);
    }
    return c;
  }();
  return catalog;
}

}  // namespace skillscope::fuzz
