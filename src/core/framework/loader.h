#pragma once
// Loading a framework file: parse, validate everything, compute its content hash.
// Never throws; every problem is reported as "<file>: <json path>: <message>".
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/framework/framework.h"

namespace skillscope {

inline constexpr const char* kFrameworkFormat = "skillscope-framework";
inline constexpr int kFrameworkFormatVersion = 1;
inline constexpr std::size_t kMaxFrameworkBytes = 5u * 1024u * 1024u;
inline constexpr std::size_t kMaxSkills = 10000;
inline constexpr std::size_t kMaxScaleLevels = 20;
inline constexpr std::size_t kMaxStatementsPerLevel = 1000;

struct FrameworkLoad {
  std::optional<Framework> framework;
  std::vector<std::string> errors;  // complete messages, file name first
  bool ok() const { return framework.has_value(); }
};

// When the canonical JSON and its hash are worked out (Framework::content_hash).
enum class DeriveHash {
  Now,    // from the parsed document: a framework arriving now is soon compared or embedded
  Later,  // on first use, from the text: the frameworks read at every start, mostly only shown
};

FrameworkLoad LoadFramework(std::string_view text, const std::string& file_name, DeriveHash derive = DeriveHash::Now);

// The canonical form of a framework file that loads: one line, object keys sorted.
std::string CanonicalFrameworkJson(std::string_view text);

}  // namespace skillscope
