#include "core/table/note.h"

#include "core/text/messages.h"
#include "core/text/wording.h"

namespace skillscope {

std::string ColumnLetters(std::size_t column) {
  std::string letters;
  for (std::size_t n = column; n > 0; n = (n - 1) / 26)
    letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
  return letters;
}

std::string QuotedCell(const std::string& text) {
  constexpr std::size_t kMaxChars = 40;
  std::size_t chars = 0, cut = text.size();
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;  // inside a character
    if (chars++ == kMaxChars) {
      cut = i;
      break;
    }
  }
  std::string shown = text.substr(0, cut);
  for (char& c : shown)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';  // a quote stays on one line
  return Quoted(shown + (cut < text.size() ? "\u2026" : ""));
}

// Row numbers as the spreadsheet shows them beside the rows: digits only, never grouped.
std::string TableNotes::Place(std::size_t row, std::size_t column) const {
  std::string column_name;
  if (column > 0) {
    const bool named = column <= column_names_.size() && !column_names_[column - 1].empty();
    column_name = named ? QuotedCell(column_names_[column - 1]) : ColumnLetters(column);
  }
  if (row > 0 && column > 0) return Tr(MSG("table.place.row_and_column"), std::to_string(row), column_name);
  if (row > 0) return Tr(MSG("table.place.row"), std::to_string(row));
  if (column > 0) return Tr(MSG("table.place.column"), column_name);
  return "";
}

void TableNotes::Add(NoteKind kind, std::size_t row, std::size_t column, const std::string& message) {
  (kind == NoteKind::kError ? errors_ : warnings_) += 1;
  if (listed_.size() >= kMaxListed) return;
  const std::string place = Place(row, column);
  listed_.push_back(
      TableNote{kind, row, column, place.empty() ? message : Tr(MSG("table.place.note"), place, message)});
}

void TableNotes::Error(std::size_t row, std::size_t column, const std::string& message) {
  Add(NoteKind::kError, row, column, message);
}

void TableNotes::Warning(std::size_t row, std::size_t column, const std::string& message) {
  Add(NoteKind::kWarning, row, column, message);
}

void TableNotes::Append(const TableNotes& other) {
  for (const TableNote& note : other.listed_)
    if (listed_.size() < kMaxListed) listed_.push_back(note);
  errors_ += other.errors_;
  warnings_ += other.warnings_;
}

}  // namespace skillscope
