#include "core/table/layout.h"

#include <algorithm>
#include <set>

#include "core/json/reader.h"
#include "core/text/messages.h"
#include "core/text/plain_text.h"
#include "core/text/wording.h"

// [SECTION] Names and small readers
// [SECTION] What the cells of each column hold
// [SECTION] Header row and shape
// [SECTION] Column roles: wide tables
// [SECTION] Column roles: long tables
// [SECTION] Scale and split
// [SECTION] GuessTableLayout

namespace skillscope {
namespace {

// ---------------------------------------------------------------------------------------
// [SECTION] Names and small readers
// ---------------------------------------------------------------------------------------

constexpr std::size_t kRowsSampled = 500;   // enough to see what a column holds
constexpr std::size_t kLabelChars = 40;     // a header cell or a level cell is at most this long
constexpr std::size_t kStatementChars = 60; // cells longer than this (as a median) hold statements

// Headings people give these columns, folded (see FoldForMatching).
const std::set<std::string> kCodeHeadings = {"code", "skill code", "id", "skill id", "ref", "reference",
                                             "key", "abbreviation"};
const std::set<std::string> kNameHeadings = {"name", "skill", "skill name", "skills", "area", "skill area",
                                             "competency", "competence", "competency name", "capability",
                                             "topic", "subject", "title"};
const std::set<std::string> kCategoryHeadings = {"category", "categories", "group", "skill group", "domain",
                                                 "family", "subcategory", "sub-category", "theme", "pillar",
                                                 "section"};
const std::set<std::string> kDescriptionHeadings = {"description", "skill description", "summary", "definition",
                                                    "overview", "about"};
const std::set<std::string> kLevelHeadings = {"level", "levels", "proficiency", "proficiency level", "grade",
                                              "stage", "level number", "lvl"};
const std::set<std::string> kStatementHeadings = {
    "statement",         "statements", "behaviour", "behaviours",  "behavior",     "behaviors",
    "indicator",         "indicators", "criteria",  "expectation", "expectations", "level description",
    "description of level"};

std::string FoldedHeading(std::string_view heading) {
  std::string folded = FoldForMatching(heading);
  while (!folded.empty() && (folded.back() == ':' || folded.back() == '*')) folded.pop_back();
  return folded;
}

// The role a column's heading names, among the roles of the shape.
std::optional<ColumnRole> RoleByHeading(std::string_view heading, TableShape shape) {
  const std::string h = FoldedHeading(heading);
  if (kCodeHeadings.count(h)) return ColumnRole::kCode;
  if (kNameHeadings.count(h)) return ColumnRole::kName;
  if (kCategoryHeadings.count(h)) return ColumnRole::kCategory;
  if (kDescriptionHeadings.count(h)) return ColumnRole::kDescription;
  if (shape == TableShape::kLong && kLevelHeadings.count(h)) return ColumnRole::kLevel;
  if (shape == TableShape::kLong && kStatementHeadings.count(h)) return ColumnRole::kStatements;
  return std::nullopt;
}

bool IsShortLabel(std::string_view text) {
  return Utf8Length(std::string(text)) <= kLabelChars && text.find('\n') == std::string_view::npos;
}

std::optional<LevelHeading> ShortLevelHeading(std::string_view text) {
  return IsShortLabel(text) ? ReadLevelHeading(text) : std::nullopt;
}

// A skill code as people write them: no spaces, and no small letters unless there is a
// digit ("NET", "ops-2"), so that one-word names ("Networking") are not taken for codes.
bool LooksLikeCode(std::string_view text) {
  if (text.empty() || text.size() > 32) return false;
  bool digit = false, small = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool is_digit = c >= '0' && c <= '9', is_small = c >= 'a' && c <= 'z';
    if (!(is_digit || is_small || (c >= 'A' && c <= 'Z') || (i > 0 && (c == '_' || c == '.' || c == '-'))))
      return false;
    digit = digit || is_digit;
    small = small || is_small;
  }
  return digit || !small;
}

// "“Code”, “Level 1” and “Level 2”", or the first three and "…": a few headings for a reason.
std::string ListQuoted(const std::vector<std::string>& texts) {
  std::vector<std::string> quoted;
  for (std::size_t i = 0; i < texts.size() && i < 3; ++i) quoted.push_back(QuotedCell(texts[i]));
  if (texts.size() > 3) return Tr(MSG("table.layout.first_three_and_more"), quoted[0], quoted[1], quoted[2]);
  return JoinAsList(quoted);
}

// "C" or "“Level”": a column as a reason names it ("column {0}" in the reason's words).
std::string ColumnLabel(const std::vector<std::string>& names, std::size_t c) {
  return names[c].empty() ? ColumnLetters(c + 1) : QuotedCell(names[c]);
}

// ---------------------------------------------------------------------------------------
// [SECTION] What the cells of each column hold
// ---------------------------------------------------------------------------------------

struct ColumnFacts {
  std::size_t filled = 0;
  std::size_t median_chars = 0;
  std::size_t several_statements = 0;  // cells with ';', a line break or a bullet
  std::size_t code_like = 0;
  std::size_t level_like = 0;
  std::size_t distinct = 0;

  bool HoldsStatements() const {
    return filled > 0 && (median_chars > kStatementChars || several_statements * 2 > filled);
  }
  bool AllCodes() const { return filled > 0 && code_like == filled; }
  bool MostlyLevels() const { return filled > 0 && level_like * 10 >= filled * 9; }
  bool Repeats() const { return distinct < filled; }
};

std::vector<ColumnFacts> Survey(const Table& table, const std::vector<const TableRow*>& rows) {
  std::vector<ColumnFacts> facts(table.column_count);
  const std::size_t sampled = std::min(rows.size(), kRowsSampled);
  for (std::size_t c = 0; c < table.column_count; ++c) {
    ColumnFacts& f = facts[c];
    std::vector<std::size_t> lengths;
    std::set<std::string_view> seen;
    for (std::size_t r = 0; r < sampled; ++r) {
      const std::string_view cell = TrimSpace(table.Cell(*rows[r], c + 1));
      if (cell.empty()) continue;
      ++f.filled;
      lengths.push_back(Utf8Length(std::string(cell)));
      f.several_statements += cell.find_first_of(";\n") != std::string_view::npos ||
                              cell.find("\u2022") != std::string_view::npos;
      f.code_like += LooksLikeCode(cell);
      f.level_like += ShortLevelHeading(cell).has_value();
      seen.insert(cell);
    }
    f.distinct = seen.size();
    if (!lengths.empty()) {
      std::nth_element(lengths.begin(), lengths.begin() + lengths.size() / 2, lengths.end());
      f.median_chars = lengths[lengths.size() / 2];
    }
  }
  return facts;
}

// ---------------------------------------------------------------------------------------
// [SECTION] Header row and shape
// ---------------------------------------------------------------------------------------

void GuessHeader(const Table& table, LayoutGuess& g) {
  const TableRow& first = table.rows.front();
  if (table.header_marked) {
    g.layout.has_header = true;
    g.header_reason = Tr(MSG("table.layout.header_marked"));
    return;
  }
  const std::vector<ColumnFacts> below = Survey(table, DataRows(table, true));
  std::vector<std::string> recognised;
  for (std::size_t c = 0; c < first.cells.size(); ++c) {
    const std::string_view text = TrimSpace(first.cells[c]);
    // "2" above more levels is a long table's first level cell, not a level's heading.
    const bool level_heading = ShortLevelHeading(text) && !below[c].MostlyLevels();
    if (RoleByHeading(text, TableShape::kLong) || level_heading) recognised.emplace_back(text);
  }
  if (!recognised.empty()) {
    g.layout.has_header = true;
    g.header_reason = Tr(MSG("table.layout.header_names_columns"), ListQuoted(recognised));
    return;
  }
  bool labels = true, above_statements = false;
  for (std::size_t c = 0; c < first.cells.size(); ++c) {
    const std::string_view text = TrimSpace(first.cells[c]);
    if (text.empty()) continue;
    labels = labels && IsShortLabel(text) && text.find(';') == std::string_view::npos;
    above_statements = above_statements || below[c].HoldsStatements();
  }
  g.layout.has_header = labels && above_statements;
  g.header_reason = g.layout.has_header ? Tr(MSG("table.layout.header_short_labels"))
                                        : Tr(MSG("table.layout.no_header"));
}

void GuessShape(const std::vector<std::string>& names, const std::vector<ColumnFacts>& facts, LayoutGuess& g) {
  std::vector<std::string> level_names;
  std::optional<std::size_t> level_column;
  for (std::size_t c = 0; c < names.size(); ++c) {
    if (ShortLevelHeading(names[c])) level_names.push_back(names[c]);
    if (!level_column && RoleByHeading(names[c], TableShape::kLong) == ColumnRole::kLevel) level_column = c;
  }
  const bool statements = std::any_of(facts.begin(), facts.end(), [](const ColumnFacts& f) { return f.HoldsStatements(); });
  if (!level_column && level_names.size() < 2 && statements) {
    for (std::size_t c = 0; c < facts.size() && !level_column; ++c)
      if (facts[c].MostlyLevels() && facts[c].Repeats()) level_column = c;
  }
  if (level_names.size() >= 2) {
    g.layout.shape = TableShape::kWide;
    g.shape_reason = Tr(MSG("table.layout.wide_by_headings"), ListQuoted(level_names));
  } else if (level_column) {
    g.layout.shape = TableShape::kLong;
    g.shape_reason = Tr(MSG("table.layout.long_by_level_column"), ColumnLabel(names, *level_column));
  } else {
    g.layout.shape = TableShape::kWide;
    g.shape_reason = Tr(MSG("table.layout.wide_no_level_column"));
  }
}

// ---------------------------------------------------------------------------------------
// [SECTION] Column roles: wide tables
// ---------------------------------------------------------------------------------------

void Assign(LayoutGuess& g, std::size_t c, ColumnRole role, std::string reason, int level = 0) {
  g.layout.columns[c] = ColumnChoice{role, level};
  g.column_reasons[c] = std::move(reason);
}

bool Has(const TableLayout& layout, ColumnRole role) {
  return std::any_of(layout.columns.begin(), layout.columns.end(),
                     [role](const ColumnChoice& c) { return c.role == role; });
}

// Short columns without a heading to go by: the one with the most different values is
// the skill's name, ones whose values repeat are categories.
void AssignShortColumns(const std::vector<std::size_t>& columns, const std::vector<ColumnFacts>& facts,
                        LayoutGuess& g) {
  std::optional<std::size_t> name;
  for (std::size_t c : columns)
    if (facts[c].filled > 0 && (!name || facts[c].distinct > facts[*name].distinct)) name = c;
  for (std::size_t c : columns) {
    if (name && c == *name && !Has(g.layout, ColumnRole::kName))
      Assign(g, c, ColumnRole::kName, Tr(MSG("table.layout.column_names")));
    else if (facts[c].filled > 0 && facts[c].Repeats())
      Assign(g, c, ColumnRole::kCategory, Tr(MSG("table.layout.column_category")));
    else
      Assign(g, c, ColumnRole::kUnused, Tr(MSG("table.layout.column_not_recognised")));
  }
}

// A code column: every cell looks like a code (no spaces, capitals or digits).
std::optional<std::size_t> CodeColumn(const std::vector<std::size_t>& columns, const std::vector<ColumnFacts>& facts,
                                      bool must_differ) {
  for (std::size_t c : columns)
    if (facts[c].AllCodes() && !(must_differ && facts[c].Repeats())) return c;
  return std::nullopt;
}

void AssignWideRoles(const std::vector<std::string>& names, const std::vector<ColumnFacts>& facts, LayoutGuess& g) {
  std::vector<std::size_t> by_content;
  for (std::size_t c = 0; c < names.size(); ++c) {
    if (const auto role = RoleByHeading(names[c], TableShape::kWide); role && !Has(g.layout, *role))
      Assign(g, c, *role, Tr(MSG("table.layout.column_headed"), QuotedCell(names[c])));
    else if (const auto level = ShortLevelHeading(names[c]))
      Assign(g, c, ColumnRole::kLevelStatements, Tr(MSG("table.layout.column_headed_like_level")), level->number);
    else
      by_content.push_back(c);
  }
  // Columns of statements are levels; the short ones before the first of them describe
  // the skill (short ones after it are left out).
  std::vector<std::size_t> before;
  bool seen_statements = false;
  for (std::size_t c : by_content) {
    if (facts[c].HoldsStatements()) {
      seen_statements = true;
      Assign(g, c, ColumnRole::kLevelStatements,
             names[c].empty() ? Tr(MSG("table.layout.column_level_statements"))
                              : Tr(MSG("table.layout.column_level_statements_named"), QuotedCell(names[c])));
    } else if (!seen_statements) {
      before.push_back(c);
    } else {
      Assign(g, c, ColumnRole::kUnused, Tr(MSG("table.layout.column_after_statements")));
    }
  }
  if (!Has(g.layout, ColumnRole::kCode)) {
    if (const auto code = CodeColumn(before, facts, true)) {
      Assign(g, *code, ColumnRole::kCode, Tr(MSG("table.layout.column_codes_each_different")));
      before.erase(std::find(before.begin(), before.end(), *code));
    }
  }
  AssignShortColumns(before, facts, g);
}

// ---------------------------------------------------------------------------------------
// [SECTION] Column roles: long tables
// ---------------------------------------------------------------------------------------

void AssignLongRoles(const std::vector<std::string>& names, const std::vector<ColumnFacts>& facts, LayoutGuess& g) {
  std::vector<std::size_t> open;
  for (std::size_t c = 0; c < names.size(); ++c) {
    const auto role = RoleByHeading(names[c], TableShape::kLong);
    if (role && (*role == ColumnRole::kStatements || !Has(g.layout, *role)))
      Assign(g, c, *role, Tr(MSG("table.layout.column_headed"), QuotedCell(names[c])));
    else
      open.push_back(c);
  }
  auto take = [&](std::size_t c, ColumnRole role, std::string reason) {
    Assign(g, c, role, std::move(reason));
    open.erase(std::find(open.begin(), open.end(), c));
  };
  if (!Has(g.layout, ColumnRole::kLevel)) {
    for (std::size_t c : open)
      if (facts[c].MostlyLevels()) {
        take(c, ColumnRole::kLevel, Tr(MSG("table.layout.column_levels")));
        break;
      }
  }
  if (!Has(g.layout, ColumnRole::kStatements)) {
    std::optional<std::size_t> longest;
    for (std::size_t c : open)
      if (!longest || facts[c].median_chars > facts[*longest].median_chars) longest = c;
    const auto description = std::find_if(g.layout.columns.begin(), g.layout.columns.end(),
                                          [](const ColumnChoice& c) { return c.role == ColumnRole::kDescription; });
    if (longest && facts[*longest].HoldsStatements()) {
      take(*longest, ColumnRole::kStatements, Tr(MSG("table.layout.column_longest_texts")));
    } else if (description != g.layout.columns.end()) {
      // Beside a level column, "Description" describes the level: it holds the statements.
      const auto c = static_cast<std::size_t>(description - g.layout.columns.begin());
      Assign(g, c, ColumnRole::kStatements,
             Tr(MSG("table.layout.column_description_beside_level"), QuotedCell(names[c])));
    }
  }
  if (!Has(g.layout, ColumnRole::kCode))
    if (const auto code = CodeColumn(open, facts, false))
      take(*code, ColumnRole::kCode, Tr(MSG("table.layout.column_codes")));
  if (Has(g.layout, ColumnRole::kName)) {
    for (std::size_t c : open) Assign(g, c, ColumnRole::kUnused, Tr(MSG("table.layout.column_not_recognised")));
    return;
  }
  AssignShortColumns(open, facts, g);
}

// ---------------------------------------------------------------------------------------
// [SECTION] Scale and split
// ---------------------------------------------------------------------------------------

std::string NumbersText(const std::vector<int>& numbers) {
  Scale scale;
  for (int n : numbers) scale.levels.push_back(ScaleLevel{n, "", ""});
  return scale.RangeText();
}

// Wide: one level per level column. Numbered headings keep their numbers; the others are
// numbered on from there, left to right, and their headings become the level names.
void GuessWideScale(const std::vector<std::string>& names, LayoutGuess& g) {
  std::map<int, std::string> levels;
  int highest = 0;
  std::vector<std::size_t> unnumbered;
  for (std::size_t c = 0; c < names.size(); ++c) {
    ColumnChoice& choice = g.layout.columns[c];
    if (choice.role != ColumnRole::kLevelStatements) continue;
    if (const auto heading = ShortLevelHeading(names[c])) {
      levels.emplace(heading->number, heading->name);
      highest = std::max(highest, heading->number);
    } else {
      unnumbered.push_back(c);
    }
  }
  std::vector<std::string> level_names;
  for (std::size_t c : unnumbered) {
    g.layout.columns[c].level = ++highest;
    const std::string name(TrimSpace(names[c]));
    levels.emplace(highest, name);
    if (!name.empty()) level_names.push_back(name);
  }
  std::vector<int> numbers;
  for (const auto& [number, name] : levels) {
    g.layout.scale.levels.push_back(ScaleLevel{number, name, ""});
    numbers.push_back(number);
  }
  const std::string range = NumbersText(numbers);
  if (numbers.empty()) g.scale_reason = Tr(MSG("table.layout.scale_no_level_columns"));
  else if (unnumbered.empty()) g.scale_reason = Tr(MSG("table.layout.scale_by_headings"), range);
  else if (!level_names.empty())
    g.scale_reason = Tr(MSG("table.layout.scale_named_headings"), ListQuoted(level_names), range);
  else
    g.scale_reason = TrN(MSG("table.layout.scale_unnamed_columns"), static_cast<long long>(numbers.size()), range);
}

// Long: the levels the level column mentions. Named levels without a number ("Expert")
// are numbered after the numbered ones, in the order they first appear.
void GuessLongScale(const Table& table, const std::vector<const TableRow*>& rows, const std::vector<std::string>& names,
                    LayoutGuess& g) {
  const auto column = std::find_if(g.layout.columns.begin(), g.layout.columns.end(),
                                   [](const ColumnChoice& c) { return c.role == ColumnRole::kLevel; });
  if (column == g.layout.columns.end()) {
    g.scale_reason = Tr(MSG("table.layout.scale_no_level_column"));
    return;
  }
  const auto c = static_cast<std::size_t>(column - g.layout.columns.begin());
  std::map<int, std::string> levels;
  std::vector<std::string> named;  // in order of first appearance
  std::set<std::string> named_seen;
  std::set<std::string_view> cells_seen;  // a long table repeats a few level cells many times
  for (const TableRow* row : rows) {
    const std::string_view cell = TrimSpace(table.Cell(*row, c + 1));
    if (cell.empty() || !cells_seen.insert(cell).second) continue;
    if (const auto heading = ReadLevelHeading(cell)) {
      std::string& name = levels[heading->number];
      if (name.empty()) name = heading->name;
    } else if (named_seen.insert(FoldForMatching(cell)).second) {
      named.emplace_back(cell);
    }
  }
  int highest = levels.empty() ? 0 : levels.rbegin()->first;
  for (const std::string& name : named) levels.emplace(++highest, name);
  std::vector<int> numbers;
  for (const auto& [number, name] : levels) {
    g.layout.scale.levels.push_back(ScaleLevel{number, name, ""});
    numbers.push_back(number);
  }
  const std::string column_label = ColumnLabel(names, c), range = NumbersText(numbers);
  g.scale_reason = named.empty() ? Tr(MSG("table.layout.scale_by_level_column"), column_label, range)
                                 : Tr(MSG("table.layout.scale_by_level_column_unnumbered"), column_label, range,
                                      ListQuoted(named));
}

void GuessSplit(const Table& table, const std::vector<const TableRow*>& rows, LayoutGuess& g) {
  std::vector<std::string_view> cells;
  for (std::size_t r = 0; r < rows.size() && r < kRowsSampled; ++r)
    for (std::size_t c = 0; c < g.layout.columns.size(); ++c) {
      const ColumnRole role = g.layout.columns[c].role;
      if (role == ColumnRole::kLevelStatements || role == ColumnRole::kStatements)
        cells.push_back(table.Cell(*rows[r], c + 1));
    }
  SplitGuess split = GuessStatementSplit(cells);
  g.layout.split = split.split;
  g.split_reason = std::move(split.reason);
}

}  // namespace

// ---------------------------------------------------------------------------------------
// [SECTION] GuessTableLayout
// ---------------------------------------------------------------------------------------

const char* TableShapeName(TableShape shape) {
  switch (shape) {
    case TableShape::kWide: return Tr(MSG("table.shape.wide")).c_str();
    case TableShape::kLong: return Tr(MSG("table.shape.long")).c_str();
  }
  return "?";
}

const char* ColumnRoleName(ColumnRole role) {
  switch (role) {
    case ColumnRole::kUnused: return Tr(MSG("table.role.unused")).c_str();
    case ColumnRole::kCode: return Tr(MSG("table.role.code")).c_str();
    case ColumnRole::kName: return Tr(MSG("table.role.name")).c_str();
    case ColumnRole::kCategory: return Tr(MSG("table.role.category")).c_str();
    case ColumnRole::kDescription: return Tr(MSG("table.role.description")).c_str();
    case ColumnRole::kLevelStatements: return Tr(MSG("table.role.level_statements")).c_str();
    case ColumnRole::kLevel: return Tr(MSG("table.role.level")).c_str();
    case ColumnRole::kStatements: return Tr(MSG("table.role.statements")).c_str();
  }
  return "?";
}

bool RoleFitsShape(ColumnRole role, TableShape shape) {
  switch (role) {
    case ColumnRole::kUnused:
    case ColumnRole::kCode:
    case ColumnRole::kName:
    case ColumnRole::kCategory:
    case ColumnRole::kDescription: return true;
    case ColumnRole::kLevelStatements: return shape == TableShape::kWide;
    case ColumnRole::kLevel:
    case ColumnRole::kStatements: return shape == TableShape::kLong;
  }
  return false;
}

std::vector<std::string> ColumnNames(const Table& table, bool has_header) {
  std::vector<std::string> names(table.column_count);
  if (has_header && !table.rows.empty())
    for (std::size_t c = 0; c < names.size(); ++c) names[c] = std::string(TrimSpace(table.Cell(table.rows.front(), c + 1)));
  return names;
}

std::vector<const TableRow*> DataRows(const Table& table, bool has_header) {
  std::vector<const TableRow*> rows;
  for (std::size_t r = has_header ? 1 : 0; r < table.rows.size(); ++r) rows.push_back(&table.rows[r]);
  return rows;
}

std::optional<LevelHeading> ReadLevelHeading(std::string_view text) {
  text = TrimSpace(text);
  const std::string folded = FoldForMatching(text.substr(0, 8));
  for (const char* prefix : {"level", "lvl", "grade", "stage", "l"}) {
    const std::string_view p(prefix);
    if (folded.compare(0, p.size(), p) == 0 && folded.size() > p.size() &&
        (folded[p.size()] == ' ' || folded[p.size()] == '.' || (folded[p.size()] >= '0' && folded[p.size()] <= '9'))) {
      text.remove_prefix(p.size());
      text = TrimSpace(text);
      if (!text.empty() && text.front() == '.') text.remove_prefix(1);
      text = TrimSpace(text);
      break;
    }
  }
  std::size_t digits = 0;
  while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
  if (digits == 0 || digits > 2) return std::nullopt;
  LevelHeading heading;
  heading.number = std::stoi(std::string(text.substr(0, digits)));
  std::string_view rest = TrimSpace(text.substr(digits));
  // A spreadsheet's number format can write level 2 as "2.0".
  if (rest.size() >= 2 && rest[0] == '.' && rest.find_first_not_of('0', 1) == std::string_view::npos) rest = {};
  // "(Apply)", "- Apply", ": Apply", ". Apply", "– Apply": the name after the number.
  while (!rest.empty() && std::string_view("-:.)(").find(rest.front()) != std::string_view::npos)
    rest = TrimSpace(rest.substr(1));
  if (rest.substr(0, 3) == "\u2013" || rest.substr(0, 3) == "\u2014") rest = TrimSpace(rest.substr(3));
  if (!rest.empty() && rest.back() == ')') rest.remove_suffix(1);
  heading.name = std::string(TrimSpace(rest));
  // "3 times a week" is a sentence, not a level: a level's name is a word or two.
  if (std::count(heading.name.begin(), heading.name.end(), ' ') > 3) return std::nullopt;
  return heading;
}

LayoutGuess GuessTableLayout(const Table& table, const LayoutChoices& fixed) {
  LayoutGuess g;
  g.layout.columns.assign(table.column_count, ColumnChoice{});
  g.column_reasons.assign(table.column_count, "");
  if (table.rows.empty()) {
    g.header_reason = g.shape_reason = g.scale_reason = g.split_reason = Tr(MSG("table.empty"));
    return g;
  }
  if (fixed.has_header) {
    g.layout.has_header = *fixed.has_header;
    g.header_reason = Tr(MSG("table.layout.your_choice"));
  } else {
    GuessHeader(table, g);
  }
  const std::vector<std::string> names = ColumnNames(table, g.layout.has_header);
  const std::vector<const TableRow*> rows = DataRows(table, g.layout.has_header);
  const std::vector<ColumnFacts> facts = Survey(table, rows);
  if (fixed.shape) {
    g.layout.shape = *fixed.shape;
    g.shape_reason = Tr(MSG("table.layout.your_choice"));
  } else {
    GuessShape(names, facts, g);
  }
  switch (g.layout.shape) {
    case TableShape::kWide:
      AssignWideRoles(names, facts, g);
      GuessWideScale(names, g);
      break;
    case TableShape::kLong:
      AssignLongRoles(names, facts, g);
      GuessLongScale(table, rows, names, g);
      break;
  }
  if (fixed.split) {
    g.layout.split = *fixed.split;
    g.split_reason = Tr(MSG("table.layout.your_choice"));
  } else {
    GuessSplit(table, rows, g);
  }
  return g;
}

}  // namespace skillscope
