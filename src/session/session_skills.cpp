// Setup, the questionnaire and the summary.
//
// Sections
//   [SECTION] Setup
//   [SECTION] The skill page
//   [SECTION] The summary
#include <algorithm>

#include "core/profile/results.h"
#include "core/text/messages.h"
#include "core/text/wording.h"
#include "session/session.h"

namespace skillscope {
namespace {
const Answer kNoAnswer{};
}  // namespace

std::string Session::ModelSource(const std::string& more) const {
  return std::to_string(store_.revision()) + "/" + std::to_string(frameworks_.revision()) + "/" + open_id_ + "/" + more;
}

const SkillPageModel& Session::SkillPage() const {
  return skill_page_memo_.Get(
      ModelSource(std::to_string(skill_index_) + "/" + save_problem_ + "/" + std::to_string(copied_level_)),
      [this] { return BuildSkillPageModel(); });
}

const SummaryModel& Session::Summary() const {
  return summary_memo_.Get(ModelSource(""), [this] { return BuildSummaryModel(); });
}

const ResultsModel& Session::Results() const {
  return results_memo_.Get(
      ModelSource(std::to_string(view_revision_) + "/" + std::to_string(reviews_.revision()) + "/" + std::to_string(reveal_reviews_)),
      [this] { return BuildResultsModel(); });
}

std::vector<SelectedSkill> Session::Selected() const {
  const Profile* p = open_profile();
  return p ? ResolveSelection(*p, frameworks_.catalog()) : std::vector<SelectedSkill>{};
}

// ---------------------------------------------------------------------------
// [SECTION] Setup
// ---------------------------------------------------------------------------
SetupModel Session::Setup() const {
  SetupModel m;
  m.catalog = &frameworks_.catalog();
  m.catalog_revision = frameworks_.revision();
  m.suggested_name = Tr(MSG("session.skills.default_name"), ShortDate(platform_.NowIso8601()));
  m.visit = setup_visit_;
  return m;
}

void Session::BeginAssessment(const SetupAction& action) {
  const auto chosen = ChosenSkills(frameworks_.catalog(), action.chosen);
  if (chosen.empty()) return;
  const std::string now = platform_.NowIso8601();
  std::string name = action.name;
  if (name.find_first_not_of(" \t") == std::string::npos) {
    // A name made for the person is stored: the same whatever the language. (The form's
    // suggestion is in their language: a name they keep is theirs.)
    WordsForStorage words;
    name = Tr(MSG("session.skills.default_name"), ShortDate(now));
  }
  Profile fresh = NewProfile(store_.NewId(), name, action.person, now, chosen);
  SetOpenProfile(fresh.id, true);
  SaveOpenProfile(std::move(fresh));
  GoTo(Screen::Skill, 0);
}

// ---------------------------------------------------------------------------
// [SECTION] The skill page
// ---------------------------------------------------------------------------
SkillPageModel Session::BuildSkillPageModel() const {
  SkillPageModel m;
  const Profile* p = open_profile();
  const std::vector<SelectedSkill> selected = Selected();
  if (!p || selected.empty()) return m;
  const SelectedSkill& current = selected[static_cast<std::size_t>(std::clamp(skill_index_, 0,
                                                                              static_cast<int>(selected.size()) - 1))];
  m.framework = current.framework;
  m.skill = current.skill;
  m.key = current.key;
  // Viewing a skill does not create an answer; only answering does.
  const auto found = p->answers.find(current.key);
  m.answer = found != p->answers.end() ? &found->second : &kNoAnswer;
  if (m.skill) m.suggestion = SuggestLevel(*m.skill, m.answer->ratings);
  m.index = skill_index_;
  m.count = static_cast<int>(selected.size());
  const Progress progress = CountProgress(*p);
  m.answered = progress.answered;
  m.progress_text = ProgressText(progress);
  m.profile_name = p->name;
  m.save_problem = save_problem_;
  m.copied_level = copied_level_;
  for (const SelectedSkill& s : selected) {
    SkillListItem item;
    item.code = s.skill ? s.skill->code : s.key;
    item.name = s.skill ? s.skill->name : Tr(MSG("session.skills.not_available"));
    const auto it = p->answers.find(s.key);
    item.kind = it == p->answers.end() ? AnswerKind::Unanswered : it->second.kind;
    m.list.push_back(std::move(item));
  }
  return m;
}

void Session::Dispatch(const SkillPageAction& action) {
  using A = SkillPageAction::Kind;
  const Profile* open = open_profile();
  if (!open || open->selection.empty()) return;
  const std::vector<SelectedSkill> selected = Selected();
  const int count = static_cast<int>(selected.size());
  const SelectedSkill& current = selected[static_cast<std::size_t>(std::clamp(skill_index_, 0, count - 1))];
  if (!current.skill) return;
  const Skill& skill = *current.skill;
  const std::string now = platform_.NowIso8601();
  const auto found = open->answers.find(current.key);
  Answer answer = found != open->answers.end() ? found->second : Answer{};
  bool changed = true;
  if (action.kind != A::CopyLevel) copied_level_ = 0;  // "Copied" lasts until the next thing done
  switch (action.kind) {
    case A::ChooseLevel: changed = ChooseLevel(answer, skill, action.level, now); break;
    case A::NotApplicable: MarkNotApplicable(answer, now); break;
    case A::Skip:
      MarkSkipped(answer, now);
      if (skill_index_ + 1 < count) GoTo(Screen::Skill, skill_index_ + 1);
      break;
    case A::ClearAnswer: ClearAnswer(answer, now); break;
    case A::SetMode: SetMode(answer, action.mode, now); break;
    case A::Rate: changed = RateStatement(answer, skill, action.level, action.statement, action.rating, now); break;
    case A::SetTarget: changed = SetTarget(answer, skill, action.level, now); break;
    case A::SetConfidence: SetConfidence(answer, action.confidence, now); break;
    case A::SetNotes: SetNotes(answer, action.notes, now); break;
    case A::Next:
      changed = false;
      GoTo(Screen::Skill, std::min(skill_index_ + 1, count - 1));
      break;
    case A::Back:
      changed = false;
      GoTo(Screen::Skill, std::max(skill_index_ - 1, 0));
      break;
    case A::Jump:
      changed = false;
      GoTo(Screen::Skill, std::clamp(action.jump_to, 0, count - 1));
      break;
    case A::Finish:
      changed = false;
      GoTo(Screen::Summary);
      break;
    case A::Home:
      changed = false;
      GoTo(Screen::Start);
      break;
    case A::ToggleTheme:
      changed = false;
      ToggleTheme();
      break;
    case A::ShowHelp:
      changed = false;
      ShowHelp();
      break;
    case A::CopyLevel:
      changed = false;
      CopyLevel(action.level);
      break;
    case A::None: changed = false; break;
  }
  if (!changed || (found != open->answers.end() && found->second == answer)) return;
  Profile next = *open;
  next.answers[current.key] = std::move(answer);
  SaveOpenProfile(std::move(next));
}

// A level's descriptors as text people paste into review documents: which skill and
// level, then the statements word for word, one per line.
void Session::CopyLevel(int level) {
  const SkillPageModel m = SkillPage();
  if (!m.skill || !m.skill->DefinedAt(level)) return;
  const std::vector<std::string>& statements = m.skill->statements.at(level);
  std::string text = m.skill->code + " \xC2\xB7 " + m.skill->name + " \xE2\x80\x94 " +
                     LevelLabel(m.framework->scale, level) + "\n";
  for (const std::string& statement : statements)
    text += (statements.size() > 1 ? "\xE2\x80\xA2 " : "") + statement + "\n";
  platform_.CopyText(text);
  copied_level_ = level;
}

// ---------------------------------------------------------------------------
// [SECTION] The summary
// ---------------------------------------------------------------------------
SummaryModel Session::BuildSummaryModel() const {
  SummaryModel m;
  const Profile* p = open_profile();
  if (!p) return m;
  m.profile_name = p->name;
  m.progress_text = ProgressText(CountProgress(*p));
  for (const SkillResult& r : BuildSkillRows(*p, frameworks_.catalog())) {
    SummaryRow row;
    row.code = r.code;
    row.name = r.name;
    row.framework = r.framework_title;
    row.kind = r.kind;
    row.level = r.level_label;
    if (r.overridden) row.level = Tr(MSG("session.skills.level_overridden"), row.level);
    row.target = r.target_label;
    row.confidence = ConfidenceLabel(r.confidence);
    m.rows.push_back(std::move(row));
  }
  return m;
}

}  // namespace skillscope
