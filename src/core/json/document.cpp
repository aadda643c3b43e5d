#include "core/json/document.h"

#include "core/json/reader.h"

namespace skillscope {

std::optional<nlohmann::json> OpenDocument(std::string_view text, const std::string& prefix, const DocumentKind& kind,
                                           std::vector<std::string>& errors) {
  JsonLimits limits;
  limits.max_bytes = kind.max_bytes;
  ParsedJson parsed = ParseUntrustedJson(text, limits);
  if (!parsed.ok()) {
    errors.push_back(prefix + parsed.error);
    return std::nullopt;
  }
  if (!parsed.value.is_object()) {
    errors.push_back(prefix + Tr(kind.not_an_object, DescribeJsonType(parsed.value)));
    return std::nullopt;
  }
  if (const std::string mismatch =
          FormatMismatch(parsed.value, kind.format, kind.not_this_kind, kind.other_format, kind.other_hint);
      !mismatch.empty()) {
    errors.push_back(prefix + mismatch);
    return std::nullopt;
  }
  return std::move(parsed.value);
}

std::optional<int> ReadSchemaVersion(const nlohmann::json& doc, const std::string& prefix, MessageKey too_new,
                                     int readable, std::vector<std::string>& errors) {
  JsonReader r;
  const auto version = r.Integer(doc, "", "schemaVersion", true, 1, 1000000);
  if (!version) {
    for (std::string& m : r.Messages(prefix)) errors.push_back(std::move(m));
    return std::nullopt;
  }
  if (*version > readable) {
    errors.push_back(prefix + "schemaVersion: " + Tr(too_new, std::to_string(*version), std::to_string(readable)));
    return std::nullopt;
  }
  return static_cast<int>(*version);
}

}  // namespace skillscope
