// The ordered JSON writer (json_writer.h) lays text out exactly as nlohmann's dump().
#include <doctest/doctest.h>

#include <string>

#include "core/json/writer.h"

using namespace skillscope;
using nlohmann::json;

namespace {

// Writes `value` through the writer's own objects and arrays (nlohmann::json iterates
// keys sorted, the order its dump() uses), leaving only scalars to Value().
void WriteStructure(JsonTextWriter& w, const json& value) {
  if (value.is_object()) {
    w.BeginObject();
    for (const auto& item : value.items()) {
      w.Key(item.key());
      WriteStructure(w, item.value());
    }
    w.EndObject();
  } else if (value.is_array()) {
    w.BeginArray();
    for (const json& item : value) WriteStructure(w, item);
    w.EndArray();
  } else {
    w.Value(value);
  }
}

const json kDocument = json::parse(R"({
  "format": "x", "n": 3, "f": 2.5, "t": true, "z": null, "empty_object": {}, "empty_list": [],
  "text": "quote \" backslash \\ line\nbreak \u00e9 \u0001",
  "list": [1, "two", {"a": [], "b": {"c": [1, [2, []]]}}, []],
  "nested": {"deeper": {"deepest": ["x"]}}
})");

}  // namespace

TEST_CASE("the writer lays out JSON exactly as nlohmann's dump, at every indent") {
  for (int indent : {-1, 0, 2, 4}) {
    CAPTURE(indent);
    JsonTextWriter by_parts(indent);
    WriteStructure(by_parts, kDocument);
    CHECK(by_parts.text() == kDocument.dump(indent));
    // A whole nested value written at depth: re-indented to where it stands.
    JsonTextWriter mixed(indent);
    mixed.BeginObject();
    for (const auto& item : kDocument.items()) mixed.Key(item.key()).Value(item.value());
    mixed.EndObject();
    CHECK(mixed.text() == kDocument.dump(indent));
  }
}

TEST_CASE("the writer keeps fields in the order given") {
  JsonTextWriter w(-1);
  w.BeginObject().Key("z").Value(1).Key("a").Value("b").Key("m").BeginArray().EndArray().EndObject();
  CHECK(w.text() == R"({"z":1,"a":"b","m":[]})");
}

TEST_CASE("text that is not UTF-8 is replaced, never thrown about") {
  JsonTextWriter w(-1);
  w.BeginArray().Value(std::string("a\xC3\x28")).EndArray();
  CHECK(w.text() == "[\"a\xEF\xBF\xBD(\"]");
}
