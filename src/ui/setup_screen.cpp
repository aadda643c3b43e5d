// Sections
//   [SECTION] Choosing skills: framework, category, skill
//   [SECTION] DrawSetupScreen
#include "ui/setup_screen.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "core/profile/assessment.h"
#include "core/text/messages.h"
#include "imgui_internal.h"
#include "imgui_stdlib.h"
#include "ui/controls.h"
#include "ui/glyphs.h"
#include "ui/page_tools.h"
#include "ui/semantics.h"
#include "ui/virtual_rows.h"
#include "ui/widget_registry.h"
#include "ui/widgets.h"

namespace skillscope::ui {

namespace {

// ---------------------------------------------------------------------------
// [SECTION] Choosing skills: framework, category, skill
// ---------------------------------------------------------------------------
std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string CategoryText(const Skill& s) {
  std::string path;
  for (const std::string& c : s.category) path += (path.empty() ? "" : " \xE2\x80\xBA ") + c;
  return path;
}

bool Matches(const Skill& s, const std::string& filter_lower) {
  if (filter_lower.empty()) return true;
  return Lower(s.code + " " + s.name + " " + CategoryText(s)).find(filter_lower) != std::string::npos;
}

// Every change to the choices goes through here, so the listing knows to count again.
void Choose(SetupState& state, const std::string& key, bool on) {
  if (on) state.chosen.insert(key);
  else state.chosen.erase(key);
  ++state.chosen_revision;
}

SetupListing::Section ListFramework(const Framework& fw, const std::string& filter) {
  SetupListing::Section section;
  section.framework = &fw;
  section.size_line = Tr(MSG("setup.framework_size"), FrameworkSizeText(fw), fw.version);
  // Grouped by category path, in the framework's order.
  std::map<std::string, std::size_t> group_of;
  for (const Skill& s : fw.skills) {
    if (!Matches(s, filter)) continue;
    const std::string category = CategoryText(s);
    auto [at, added] = group_of.emplace(category, section.groups.size());
    if (added) section.groups.push_back({category, {}, 0});
    section.groups[at->second].rows.push_back(
        {ChoiceKey(fw, s.code), s.code + " \xC2\xB7 " + s.name, "skill:" + fw.id + "/" + s.code});
    ++section.rows;
  }
  return section;
}

// Brings the listing up to date with the catalog, the filter, the language and the choices.
void UpdateListing(const SetupModel& model, const std::string& filter, SetupState& state) {
  SetupListing& listing = state.listing;
  const std::string& language = CurrentLanguage().code;
  if (!listing.built || listing.catalog_revision != model.catalog_revision || listing.filter != filter ||
      listing.language != language) {
    listing.sections.clear();
    for (const CatalogEntry& e : model.catalog->entries()) {
      SetupListing::Section section = ListFramework(e.framework, filter);
      if (section.rows > 0) listing.sections.push_back(std::move(section));
    }
    listing.catalog_revision = model.catalog_revision;
    listing.filter = filter;
    listing.language = language;
    listing.built = true;
    listing.counted = ~state.chosen_revision;  // count again
  }
  if (listing.counted == state.chosen_revision) return;
  for (SetupListing::Section& section : listing.sections) {
    section.chosen = 0;
    for (SetupListing::Group& group : section.groups) {
      group.chosen = 0;
      for (const SetupListing::Row& row : group.rows) group.chosen += state.chosen.count(row.key);
      section.chosen += group.chosen;
    }
  }
  listing.chosen_skills = listing.chosen_statements = 0;
  ForEachChosenSkill(*model.catalog, state.chosen, [&](const Framework&, const Skill& s) {
    ++listing.chosen_skills;
    listing.chosen_statements += s.StatementCount();
  });
  listing.counted = state.chosen_revision;
}

// A checkbox that shows a dash when only some of what it stands for is chosen; returns
// whether it was clicked.
bool GroupCheckbox(const std::string& visible, const std::string& id, std::size_t chosen, std::size_t total) {
  bool all = total > 0 && chosen == total;
  return WrappedCheckbox(visible.c_str(), id, &all, chosen > 0 && chosen < total);
}

void DrawFramework(const UiContext& ui, const SetupListing::Section& section, bool filtered, float width,
                   SetupState& state) {
  const Palette& p = ui.palette();
  const Framework& fw = *section.framework;
  ImGui::PushID(ChoiceKey(fw, "").c_str());
  SemanticGroup group(Role::Group, fw.title);
  BeginCard(ui, width, p.surface, p.border);
  Heading(ui, 3, fw.title.c_str());
  Paragraph(ui.fonts.small, ToImVec4(p.text_muted), section.size_line.c_str());
  ImGui::PushFont(ui.fonts.body);
  const std::string all_label =
      filtered ? Tr(MSG("setup.all_matching_skills"), section.rows) : Tr(MSG("setup.all_skills"), section.rows);
  // A click on "all" or a category chooses all its skills, or none when all were chosen.
  // It is done after the list is drawn, so every checkbox of this frame shows one state.
  std::vector<const SetupListing::Group*> toggle;
  bool toggle_on = false;
  if (GroupCheckbox(all_label, "all:" + fw.id + "@" + fw.version, section.chosen, section.rows)) {
    for (const SetupListing::Group& g : section.groups) toggle.push_back(&g);
    toggle_on = section.chosen < section.rows;
  }
  for (const SetupListing::Group& g : section.groups) {
    const bool grouped = !g.category.empty();
    if (grouped) {
      ImGui::Indent(ui.px(24));
      if (GroupCheckbox(g.category, "category:" + g.category, g.chosen, g.rows.size())) {
        toggle = {&g};
        toggle_on = g.chosen < g.rows.size();
      }
    }
    ImGui::Indent(ui.px(24));
    DrawVirtualRows(("##skills:" + g.category).c_str(), static_cast<int>(g.rows.size()), [&](int i) {
      const SetupListing::Row& row = g.rows[static_cast<std::size_t>(i)];
      bool on = state.chosen.count(row.key) != 0;
      if (WrappedCheckbox(row.label.c_str(), row.id, &on)) Choose(state, row.key, on);
    });
    ImGui::Unindent(ui.px(24));
    if (grouped) ImGui::Unindent(ui.px(24));
  }
  ImGui::PopFont();
  EndCard();
  ImGui::PopID();
  for (const SetupListing::Group* g : toggle)
    for (const SetupListing::Row& row : g->rows) Choose(state, row.key, toggle_on);
}

// The bar below the list: how many skills are chosen, and the way on.
struct WayOn {
  std::string summary;
  std::string begin;  // the button's label
  float begin_w = 0;
  const char* hint = nullptr;  // why the button cannot be pressed yet
};

WayOn MakeWayOn(const UiContext& ui, const SetupListing& listing, float width) {
  WayOn way;
  const std::size_t n = listing.chosen_skills;
  way.summary = n == 0 ? Tr(MSG("setup.none_chosen"))
                       : TrN(MSG("setup.chosen"), static_cast<long long>(n),
                             TrN(MSG("setup.about_minutes"), EstimateMinutes(n, listing.chosen_statements)));
  way.begin = Tr(MSG("setup.begin")) + "##begin";
  way.begin_w = std::min(width, std::max(ui.px(260), ButtonWidth(ui, way.begin.c_str())));
  if (n == 0) way.hint = Tr(MSG("setup.choose_one")).c_str();
  return way;
}

float HintWidth(const UiContext& ui, const char* hint) {
  ImGui::PushFont(ui.fonts.small);
  const float w = ImGui::CalcTextSize(hint).x;
  ImGui::PopFont();
  return w;
}

// The bar's height in a column `width` wide: on a phone, or in a language that runs
// long, the summary wraps and the hint goes under the button.
float WayOnHeight(const UiContext& ui, const WayOn& way, float width) {
  const ImGuiStyle& style = ImGui::GetStyle();
  ImGui::PushFont(ui.fonts.strong);
  float h = ImGui::CalcTextSize(way.summary.c_str(), nullptr, false, width).y;
  ImGui::PopFont();
  if (way.hint && way.begin_w + style.ItemSpacing.x + HintWidth(ui, way.hint) > width)
    h += ui.fonts.small->FontSize + style.ItemSpacing.y;
  return ui.px(48) + h + style.ItemSpacing.y * 2;
}

}  // namespace

// ---------------------------------------------------------------------------
// [SECTION] DrawSetupScreen
// ---------------------------------------------------------------------------
SetupAction DrawSetupScreen(const UiContext& ui, const SetupModel& model, SetupState& state) {
  if (state.visit != model.visit) {
    state = SetupState{};
    state.visit = model.visit;
    state.name = model.suggested_name;
  }
  SetupAction action;
  const Palette& p = ui.palette();
  if (BeginPage("##setup", ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse)) {
    SemanticGroup main(Role::Main);
    // The bar as it was last counted (a click in the list may change its words this frame).
    const float bar_w = std::max(
        1.0f, std::min(ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ScrollbarSize - 1.0f, ui.px(kPageMaxCss)));
    const float bar_h = WayOnHeight(ui, MakeWayOn(ui, state.listing, bar_w), bar_w);
    // NavFlattened: Tab goes on from the list to Begin in the bar below.
    // The scrollbar is always there so the bar below can line up with this column.
    ImGui::BeginChild("##setup_body", ImVec2(0, std::max(ui.px(120), ImGui::GetContentRegionAvail().y - bar_h)), false,
                      ImGuiWindowFlags_NavFlattened | ImGuiWindowFlags_AlwaysVerticalScrollbar);
    ImGui::Dummy(ImVec2(0, ui.px(8)));
    const float width = BeginColumn(ui, kPageMaxCss);
    const float left = ImGui::GetCursorPosX();
    if (Button(ui, (Tr(MSG("setup.back")) + "##back").c_str())) action.kind = SetupAction::Kind::Back;
    switch (DrawPageToolsAtRight(ui, left, width)) {
      case PageTool::None: break;
      case PageTool::Help: action.kind = SetupAction::Kind::ShowHelp; break;
      case PageTool::Theme: action.kind = SetupAction::Kind::ToggleTheme; break;
    }
    ImGui::Dummy(ImVec2(0, ui.px(6)));
    Heading(ui, 1, Tr(MSG("setup.title")).c_str());
    ImGui::Dummy(ImVec2(0, ui.px(6)));

    const float field_w = std::min(width, ui.px(420));
    ImGui::PushFont(ui.fonts.body);
    Paragraph(ui.fonts.strong, ToImVec4(p.text), Tr(MSG("setup.name")).c_str());
    ImGui::SetNextItemWidth(field_w);
    ImGui::InputText("##profile_name", &state.name);
    NeedGlyphs(state.name);
    DescribeTextField("##profile_name", Tr(MSG("setup.name")), state.name);
    Paragraph(ui.fonts.strong, ToImVec4(p.text), Tr(MSG("setup.person")).c_str());
    ImGui::SetNextItemWidth(field_w);
    ImGui::InputTextWithHint("##person", Tr(MSG("setup.person_hint")).c_str(), &state.person);
    NeedGlyphs(state.person);
    DescribeTextField("##person", Tr(MSG("setup.person")), state.person, false, Tr(MSG("setup.person_hint")));
    ImGui::PopFont();

    ImGui::Dummy(ImVec2(0, ui.px(8)));
    Heading(ui, 2, Tr(MSG("setup.choose_skills")).c_str());
    ImGui::PushFont(ui.fonts.body);
    ImGui::SetNextItemWidth(field_w);
    ImGui::InputTextWithHint("##filter", Tr(MSG("setup.filter")).c_str(), &state.filter);
    NeedGlyphs(state.filter);
    DescribeTextField("##filter", Tr(MSG("setup.filter")), state.filter);
    ImGui::PopFont();
    UpdateListing(model, Lower(state.filter), state);
    for (const SetupListing::Section& section : state.listing.sections)
      DrawFramework(ui, section, !state.listing.filter.empty(), width, state);
    if (state.listing.sections.empty())
      Paragraph(ui.fonts.body, ToImVec4(p.text_muted), Tr(MSG("setup.no_match")).c_str());
    ImGui::Dummy(ImVec2(0, ui.px(16)));
    EndColumn();
    ImGui::EndChild();

    // The way on stays in view however long the list of skills is. Counted again when
    // a click above changed the choices.
    UpdateListing(model, state.listing.filter, state);
    ImGui::Separator();
    const float way_w = BeginColumn(ui, kPageMaxCss, ImGui::GetStyle().ScrollbarSize);
    const WayOn way = MakeWayOn(ui, state.listing, way_w);
    Paragraph(ui.fonts.strong, ToImVec4(p.text), way.summary.c_str());
    if (PrimaryButton(ui, way.begin.c_str(), ImVec2(way.begin_w, ui.px(44)), way.hint == nullptr)) {
      action.kind = SetupAction::Kind::Begin;
      action.name = state.name;
      action.person = state.person;
      action.chosen = state.chosen;
    }
    if (way.hint) {
      FlowNext(HintWidth(ui, way.hint), false);  // beside the button where it fits, else below it
      ImGui::AlignTextToFramePadding();
      Paragraph(ui.fonts.small, ToImVec4(p.text_muted), way.hint);
    }
    EndColumn();
  }
  EndPage();
  return action;
}

}  // namespace skillscope::ui
