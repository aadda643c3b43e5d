#pragma once
// What the last frame drew, and what each piece is to assistive technology. One list
// in drawing order feeds window.skillscope.widgets() and texts() (tests) and the
// accessibility mirror (README "The accessibility mirror": real DOM elements over the
// canvas for screen readers).
//
// Items (interactive widgets) come from two places:
// - ImGui's test-engine hooks (IMGUI_ENABLE_TEST_ENGINE) report every labelled ImGui
//   widget that is in view, with a role guessed from its kind (button, checkbox, tree
//   node, text field);
// - the ui helpers describe what they draw right after drawing it (DescribeItem,
//   RecordWidget): the role in context (a radio in a radio group), states, names of
//   unlabelled fields, and items scrolled out of view, which the hooks never see.
// Texts come from the ui helpers (Paragraph records itself; SetNextTextRole makes the
// next one a heading, a bullet or a live announcement). Groups (BeginSemanticGroup)
// give structure: landmarks, radio groups, lists, tables, dialogs; ImGui tables become
// table / row / cell groups by themselves.
//
// Ids come from the label: "Start##start" has id "start" and label "Start"; a label
// without "##" is its own id. Rectangles are in framebuffer pixels.
#include <cstdint>
#include <string>
#include <vector>

#include "imgui.h"
#include "imgui_internal.h"

namespace skillscope::ui {

// ---------------------------------------------------------------------------
// The list
// ---------------------------------------------------------------------------
enum class Role : std::uint8_t {
  None,  // drawn for the eye or for tests only (chart scale numbers, tooltips): not mirrored
  // Items: take the keyboard focus
  Button,
  Checkbox,
  Radio,
  TextField,
  Figure,  // the chart's drawing; its text alternative is a table beside it
  // Texts
  Heading,
  Paragraph,
  Bullet,  // a bulleted paragraph; consecutive bullets are one list
  Cell,
  RowHeader,
  ColumnHeader,
  ProgressBar,
  // Groups (BeginSemanticGroup / EndSemanticGroup)
  Main,
  Navigation,
  Dialog,
  Group,
  RadioGroup,   // choices inside (ItemState::chosen) are radios, the chosen one checked
  ToggleGroup,  // choices inside are toggle buttons, the chosen one pressed
  List,         // each child is a list item
  ListItem,
  Table,
  Row,
};
// The role's name as tests and the mirror's JS know it ("button", "radiogroup", ...).
const char* RoleName(Role role);

// A text that is announced when it appears (notices, save problems).
enum class Live : std::uint8_t { Off, Polite, Assertive };

// Tri-state flags: not applicable, false, true (and mixed for checkboxes).
enum class Tri : std::uint8_t { Unset, False, True, Mixed };

struct Node {
  enum class Kind : std::uint8_t { Item, Text, Begin, End };
  Kind kind = Kind::Item;
  Role role = Role::None;
  std::string id;           // items: the part of the label after "##"
  std::string label;        // items: the visible label; texts: the text; groups: the name
  std::string name;         // accessible name when it is not the label (unlabelled fields)
  std::string value;        // a text field's contents; a progress bar's "3 of 10 ..."
  std::string description;  // said after the name (a skill list row's answer status)
  std::string window;       // the ImGui window's name
  ImGuiID item = 0;         // the ImGui item id (0 for texts, groups and drawn-only parts)
  ImRect rect;              // as laid out, framebuffer px
  ImRect visible;           // the part inside the window's clip rectangle (empty: scrolled out)
  int level = 0;            // heading level; a progress bar's value
  int level_max = 0;        // a progress bar's maximum
  Tri checked = Tri::Unset;
  Tri pressed = Tri::Unset;
  Tri expanded = Tri::Unset;
  bool disabled = false;
  bool current = false;     // the page on show (the skill list's current row)
  bool multiline = false;   // text fields
  bool focused = false;     // has the visible keyboard focus
  bool drawn = true;        // texts: drawn on the canvas as such (not only said to assistive technology)
  Live live = Live::Off;
  // An item drawn over what it shows (ReserveItem): the nodes up to this index are its
  // contents, which describe it (0: none).
  std::size_t contents_end = 0;
  // Where the node sits: its window's clip rectangle, for placing what is scrolled out.
  ImRect window_clip;
  // For focus requests: the window and focus scope the item was submitted in.
  ImGuiWindow* imgui_window = nullptr;
  ImGuiID focus_scope = 0;

  bool IsShown() const { return visible.GetWidth() > 0 && visible.GetHeight() > 0; }
};

// Call at the start of every frame, before any widget is drawn (also turns the
// hooks on for the current ImGui context).
void BeginWidgetFrame();
// Closes groups and tables left open; call after the last widget of the frame.
void EndWidgetFrame();
const std::vector<Node>& FrameNodes();

// window.skillscope.widgets() lists the Item nodes in view, texts() the drawn Text
// nodes in view (Node::IsShown), whatever their role.

// ---------------------------------------------------------------------------
// Describing what is drawn
// ---------------------------------------------------------------------------
// States an item can have; what does not apply stays unset.
struct ItemState {
  // One of a set of choices (a segmented control's buttons, a grid's cards): True for
  // the chosen one. Unset for a plain button.
  Tri chosen = Tri::Unset;
  Tri checked = Tri::Unset;
  Tri expanded = Tri::Unset;
  bool current = false;
  std::string name;         // accessible name, when the label has no visible words
  std::string value;
  std::string description;
  bool multiline = false;
};

// The ImGui item just submitted with this label ("Words##id"), in view or not.
// Call right after the widget. Choices (state.chosen set) inside a RadioGroup are
// radios, inside a ToggleGroup toggle buttons.
void DescribeItem(const char* label, Role role, const ItemState& state = {});
// A widget ImGui does not report, or reports without its words: a custom-drawn card, a
// checkbox with a wrapped label, parts of the chart. item: its ImGui id (0 when it is
// drawn only, like a chart's axis label).
void RecordWidget(const char* label_with_id, const ImVec2& min, const ImVec2& max, Role role = Role::Button,
                  ImGuiID item = 0, const ItemState& state = {});
// A progress bar just drawn (ImGui's has no id).
void RecordProgress(const char* name, int value, int max, const std::string& value_text);

// A block of text drawn by a ui helper. Role::None keeps it for tests only.
void RecordText(const char* text, const ImVec2& min, const ImVec2& max, Role role = Role::Paragraph);
// A text the canvas does not show as such (a chart's table alternative, placed over the
// chart): for assistive technology only.
void RecordAlternativeText(const char* text, const ImVec2& min, const ImVec2& max, Role role);
// What the next RecordText is: a heading (level 1-3), a bullet, a cell; or announced.
void SetNextTextRole(Role role, int level = 0);
void SetNextTextLive(Live live);

// Structure. Groups nest; a Dialog is shown on its own, above the page.
void BeginSemanticGroup(Role role, const std::string& name = {}, Live live = Live::Off);
void EndSemanticGroup();
class SemanticGroup {
 public:
  explicit SemanticGroup(Role role, const std::string& name = {}, Live live = Live::Off) {
    BeginSemanticGroup(role, name, live);
  }
  ~SemanticGroup() { EndSemanticGroup(); }
  SemanticGroup(const SemanticGroup&) = delete;
  SemanticGroup& operator=(const SemanticGroup&) = delete;
};

// Room for an item whose ImGui widget is submitted after its contents (a clickable
// card is an invisible button over what it shows): the item takes this place in the
// list, ahead of its contents. Fill it with RecordWidgetAt.
std::size_t ReserveItem();
void RecordWidgetAt(std::size_t slot, const char* label_with_id, const ImVec2& min, const ImVec2& max, Role role,
                    ImGuiID item, const ItemState& state = {});

// ---------------------------------------------------------------------------
// Requests from assistive technology (through the mirror)
// ---------------------------------------------------------------------------
// Give the keyboard focus to an item of the last frame and bring it into view; press:
// also press it (a screen reader's click), or start editing a text field. Call before
// ImGui::NewFrame(). Returns false when no such item was drawn.
bool RequestItemFocus(ImGuiID item, bool press);

// "Start##start" -> {"Start", "start"}; "###x" -> {"", "x"}.
struct SplitLabel {
  std::string visible;
  std::string id;
};
SplitLabel SplitWidgetLabel(const char* label);

}  // namespace skillscope::ui
