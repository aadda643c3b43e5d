// Inputs the fuzzer found (fuzz/table_import_fuzzer.cpp), kept as regression cases in
// tests/data/tables/fuzz-found/ with what must hold for each.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "core/table/import.h"

using namespace skillscope;

TEST_CASE("a table whose broken quotes put a sentence in the code column: an error, and no save") {
  std::ifstream in(std::string(SKILLSCOPE_SOURCE_DIR) + "/tests/data/tables/fuzz-found/invalid-code-in-broken-quotes.csv",
                   std::ios::binary);
  REQUIRE(in);
  std::stringstream bytes;
  bytes << in.rdbuf();
  const TableImport t = ImportTable(bytes.str(), {});
  CHECK_FALSE(t.ok());
  bool code_error = false;
  for (const TableNote& n : t.conversion.notes.listed())
    if (n.kind == NoteKind::kError && n.text.find("cannot be a skill code") != std::string::npos) code_error = true;
  CHECK(code_error);
  FrameworkDetails details{"Team", "", "1", "test", "none", "", ""};
  CHECK_FALSE(SaveImportedTable(t, details, "team.csv").ok());
}
