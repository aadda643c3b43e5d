#pragma once
// What the table tests share: the details they save frameworks with, files from the
// source tree (fixtures, shipped frameworks, docs), and the notes as texts.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/table/framework_file.h"

namespace table_test {

inline skillscope::FrameworkDetails TeamDetails() {
  skillscope::FrameworkDetails d;
  d.title = "Team skills";
  d.version = "1";
  d.source = "Our spreadsheet";
  d.attribution = "© Us";
  return d;
}

// The bytes of a file below the source tree ("" when it is missing).
inline std::string SourceFile(const std::filesystem::path& relative) {
  std::ifstream in(std::filesystem::path(SKILLSCOPE_SOURCE_DIR) / relative, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// The texts of the notes a Table or a TableConversion lists.
template <class WithNotes>
std::vector<std::string> NoteTexts(const WithNotes& with_notes) {
  std::vector<std::string> out;
  for (const skillscope::TableNote& note : with_notes.notes.listed()) out.push_back(note.text);
  return out;
}

}  // namespace table_test
