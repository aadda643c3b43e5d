#pragma once
// Warnings and errors about a table, each tied to the place a person would look for it:
// "row 4, column C" (no header row) or "row 4, column “Level 2”" (the header names it).
// Rows and columns are 1-based and count as a spreadsheet does: row 1 is the first row
// of the table, header included; blank rows keep their numbers.
//
// Used by every step of turning a table into a framework (table/reader.h,
// table/framework.h); the preview screen lists the notes, errors first.
#include <cstddef>
#include <string>
#include <vector>

namespace skillscope {

enum class NoteKind { kError, kWarning };  // an error blocks saving; a warning does not

struct TableNote {
  NoteKind kind = NoteKind::kWarning;
  std::size_t row = 0;     // 0: not about one row
  std::size_t column = 0;  // 0: not about one column
  std::string text;        // complete, place first: "row 4, column C: ..."
};

// "A", "B", ... "Z", "AA": a column as a spreadsheet labels it (column is 1-based).
std::string ColumnLetters(std::size_t column);

// Collects notes; lists the first kMaxListed and counts the rest, so a table with
// 50 000 empty cells cannot flood the preview (or memory).
class TableNotes {
 public:
  static constexpr std::size_t kMaxListed = 200;

  // Header names make places read "column “Level 2”"; without them, "column B".
  void SetColumnNames(std::vector<std::string> names) { column_names_ = std::move(names); }

  void Error(std::size_t row, std::size_t column, const std::string& message);
  void Warning(std::size_t row, std::size_t column, const std::string& message);
  void Append(const TableNotes& other);  // other's notes after ours, counts added

  const std::vector<TableNote>& listed() const { return listed_; }
  std::size_t error_count() const { return errors_; }
  std::size_t warning_count() const { return warnings_; }
  std::size_t not_listed() const { return errors_ + warnings_ - listed_.size(); }
  bool has_errors() const { return errors_ != 0; }

  // "row 4, column “Level 2”", "row 4", "column C", or "" for the whole table.
  std::string Place(std::size_t row, std::size_t column) const;

 private:
  void Add(NoteKind kind, std::size_t row, std::size_t column, const std::string& message);

  std::vector<std::string> column_names_;
  std::vector<TableNote> listed_;
  std::size_t errors_ = 0;
  std::size_t warnings_ = 0;
};

// “text” in the language's quotation marks (Quoted), cut to about 40 characters: how
// messages quote a person's text.
std::string QuotedCell(const std::string& text);

}  // namespace skillscope
