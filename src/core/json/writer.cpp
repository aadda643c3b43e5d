#include "core/json/writer.h"

namespace skillscope {
namespace {
// User text that is not valid UTF-8 is replaced (U+FFFD) rather than thrown about:
// a bad byte must never abort an export.
std::string Dump(const nlohmann::json& value, int indent) {
  return value.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}
}  // namespace

void JsonTextWriter::NewLine(std::size_t depth) {
  if (indent_ < 0) return;
  out_ += '\n';
  out_.append(depth * static_cast<std::size_t>(indent_), ' ');
}

void JsonTextWriter::BeforeItem() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (open_.empty()) return;
  if (open_.back()++ > 0) out_ += ',';
  NewLine(open_.size());
}

JsonTextWriter& JsonTextWriter::Open(char bracket) {
  BeforeItem();
  out_ += bracket;
  open_.push_back(0);
  return *this;
}

JsonTextWriter& JsonTextWriter::Close(char bracket) {
  const bool had_items = open_.back() > 0;
  open_.pop_back();
  if (had_items) NewLine(open_.size());  // empty ones stay "{}" and "[]", as nlohmann writes them
  out_ += bracket;
  return *this;
}

JsonTextWriter& JsonTextWriter::Key(const std::string& key) {
  BeforeItem();
  out_ += Dump(key, -1);
  out_ += indent_ < 0 ? ":" : ": ";
  after_key_ = true;
  return *this;
}

JsonTextWriter& JsonTextWriter::Value(const nlohmann::json& value) {
  BeforeItem();
  std::string text = Dump(value, indent_);
  if (indent_ >= 0 && !open_.empty()) {
    // A nested value is dumped as if it stood alone: indent its lines to this depth.
    // Its strings hold no raw line breaks (dump escapes them), so every '\n' is layout.
    const std::string shift = "\n" + std::string(open_.size() * static_cast<std::size_t>(indent_), ' ');
    for (std::size_t at = text.find('\n'); at != std::string::npos; at = text.find('\n', at + shift.size()))
      text.replace(at, 1, shift);
  }
  out_ += text;
  return *this;
}

}  // namespace skillscope
