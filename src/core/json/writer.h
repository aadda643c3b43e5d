#pragma once
// Writes JSON text with object fields in the order they are given, formatted exactly as
// nlohmann::json's dump(indent) formats a document. Files we write read in a useful
// order ("format" first) while nlohmann::json, whose objects keep keys sorted, stays
// the only JSON type instantiated (a second one, ordered_json, doubled the parser code
// in the wasm). Scalars and nested values are escaped and written by nlohmann.
#include <cstddef>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace skillscope {

class JsonTextWriter {
 public:
  // indent < 0: everything on one line, no spaces; otherwise that many spaces a level.
  explicit JsonTextWriter(int indent) : indent_(indent) {}

  JsonTextWriter& BeginObject() { return Open('{'); }
  JsonTextWriter& EndObject() { return Close('}'); }
  JsonTextWriter& BeginArray() { return Open('['); }
  JsonTextWriter& EndArray() { return Close(']'); }
  // The next field's name, inside an object; its value follows.
  JsonTextWriter& Key(const std::string& key);
  // A value: a scalar, or a whole nlohmann value written at the current depth.
  JsonTextWriter& Value(const nlohmann::json& value);

  // The text written; every object and array must have been closed.
  const std::string& text() const { return out_; }

 private:
  JsonTextWriter& Open(char bracket);
  JsonTextWriter& Close(char bracket);
  // Separator, line break and indentation before an item (not after a key).
  void BeforeItem();
  void NewLine(std::size_t depth);

  int indent_;
  std::string out_;
  std::vector<std::size_t> open_;  // items written so far in each open object or array
  bool after_key_ = false;
};

}  // namespace skillscope
