#pragma once
// The end of the questionnaire: what is still unanswered, and a table of answers.
#include <string>
#include <vector>

#include "core/profile/profile.h"

namespace skillscope {

struct SummaryRow {
  std::string code;
  std::string name;
  std::string framework;
  AnswerKind kind = AnswerKind::Unanswered;
  std::string level;   // "Level 3 · Apply", "Not applicable", "Skipped", "Not answered"
  std::string target;  // "" when none
  std::string confidence;
};

struct SummaryModel {
  std::string profile_name;
  std::string progress_text;
  std::vector<SummaryRow> rows;
};

struct SummaryAction {
  enum class Kind { None, Jump, BackToQuestions, Home, Results, ToggleTheme, ShowHelp } kind = Kind::None;
  int index = 0;
};

}  // namespace skillscope
