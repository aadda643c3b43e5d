#pragma once
// Step 5 of turning a table into a framework, on saving: the converted skills and the
// details the person gave become a framework file, checked the way every framework file is.
//
//   TableConversion (table/framework.h) + Scale + FrameworkDetails --WriteFrameworkFile-->
//   FrameworkFile{json, load}
//
// The JSON follows docs/framework-format.md (fields in its order, indented; compact only
// when indenting would pass the size limit) and is loaded with LoadFramework: the loaded
// Framework is what the app keeps, the JSON what "export" downloads. Loading a 5 MB file
// takes a few hundred milliseconds, which is why this waits for the Save button.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/framework/framework.h"
#include "core/framework/loader.h"
#include "core/table/framework.h"

namespace skillscope {

// What the person says about the framework (see docs/framework-format.md for each field).
struct FrameworkDetails {
  std::string title;        // required
  std::string id;           // made from the title when empty
  std::string version;      // required
  std::string source;       // required: where the table comes from
  std::string attribution;  // required: credit and licence
  std::string description;  // optional
  std::string notes;        // optional: how the table was turned into a framework
};

// A detail that is missing or not usable, for the form field it belongs to.
struct DetailProblem {
  std::string field;    // "title", "id", "version", "source" or "attribution"
  std::string message;  // "give the framework a title"
};

// Trims the details and fills in the id from the title when it is empty; the problems
// left, per field. Cheap: the save form can call it as the person types.
std::vector<DetailProblem> CheckFrameworkDetails(FrameworkDetails& details);

struct FrameworkFile {
  FrameworkDetails details;                  // as used: trimmed, the id filled in
  std::vector<DetailProblem> details_missing;
  std::vector<std::string> errors;           // what else stood in the way (the table's errors, the size, the loader)
  std::string json;                          // the framework file; "" unless it loaded
  FrameworkLoad load;                        // LoadFramework(json, file_name)
  bool ok() const { return load.ok(); }
};

// `file_name` names the framework in the loader's messages ("matrix.csv"). `max_bytes` is
// the framework file limit; tests pass a small one to reach it cheaply.
FrameworkFile WriteFrameworkFile(const TableConversion& conversion, const Scale& scale,
                                 const FrameworkDetails& details, const std::string& file_name,
                                 std::size_t max_bytes = kMaxFrameworkBytes);

// A framework id made from a title: "ACME Platform Skills (2026)" -> "acme-platform-skills-2026".
std::string MakeFrameworkId(std::string_view title);

}  // namespace skillscope
