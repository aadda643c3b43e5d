// Sections
//   [SECTION] The frame's list
//   [SECTION] Groups, and ImGui tables as table / row / cell groups
//   [SECTION] Items
//   [SECTION] Texts
//   [SECTION] Requests from assistive technology
//   [SECTION] ImGui test-engine hooks
#include "ui/widget_registry.h"

#include <algorithm>
#include <cstring>

#include "imgui_internal.h"
#include "ui/glyphs.h"

namespace skillscope::ui {
namespace {

// ---------------------------------------------------------------------------
// [SECTION] The frame's list
// ---------------------------------------------------------------------------
struct OpenGroup {
  Role role;
  bool table_part;  // opened for an ImGui table (table, row, cell), not by the ui
};

struct TableContext {
  const ImGuiTable* table = nullptr;
  int row = -1;
  int column = -1;
};

struct NextText {
  Role role = Role::Paragraph;
  int level = 0;
  Live live = Live::Off;
};

struct Registry {
  std::vector<Node> nodes;
  std::vector<OpenGroup> groups;
  TableContext table;
  NextText next_text;
};

Registry& R() {
  static Registry registry;
  return registry;
}

ImRect VisiblePart(ImRect rect, const ImRect& clip) {
  rect.ClipWithFull(clip);
  return rect.GetWidth() > 0 && rect.GetHeight() > 0 ? rect : ImRect(0, 0, 0, 0);
}

bool InTooltip(const ImGuiWindow* window) { return window && (window->Flags & ImGuiWindowFlags_Tooltip) != 0; }

// ---------------------------------------------------------------------------
// [SECTION] Groups, and ImGui tables as table / row / cell groups
// ---------------------------------------------------------------------------
void PushGroup(Role role, const std::string& name, Live live, bool table_part) {
  Node n;
  n.kind = Node::Kind::Begin;
  n.role = role;
  n.label = name;
  n.live = live;
  if (const ImGuiWindow* w = ImGui::GetCurrentWindowRead()) n.window = w->Name;
  R().nodes.push_back(std::move(n));
  R().groups.push_back({role, table_part});
}

void PopGroup() {
  Registry& r = R();
  if (r.groups.empty()) return;
  r.groups.pop_back();
  Node n;
  n.kind = Node::Kind::End;
  r.nodes.push_back(std::move(n));
}

bool AnyTablePartOpen() {
  const std::vector<OpenGroup>& groups = R().groups;
  return std::any_of(groups.begin(), groups.end(), [](const OpenGroup& g) { return g.table_part; });
}

// Closes the groups opened for an ImGui table (those above any the ui opened in a cell).
void CloseTableParts() {
  Registry& r = R();
  while (!r.groups.empty() && r.groups.back().table_part) PopGroup();
  if (!AnyTablePartOpen()) r.table = TableContext{};
}

// Closes table parts down to (not including) the innermost one of this role.
void CloseTablePartsAbove(Role role) {
  Registry& r = R();
  while (!r.groups.empty() && r.groups.back().table_part && r.groups.back().role != role) PopGroup();
}

// Column headings for a table whose heading row ImGui drew by itself (TableHeadersRow
// reports no items): taken from the column names, placed above the first row.
void AddColumnHeadings(const ImGuiTable& table, const ImGuiWindow& window) {
  PushGroup(Role::Row, {}, Live::Off, true);
  for (int c = 0; c < table.ColumnsCount; ++c) {
    Node n;
    n.kind = Node::Kind::Text;
    n.role = Role::ColumnHeader;
    n.label = ImGui::TableGetColumnName(&table, c);
    n.window = window.Name;
    const ImGuiTableColumn& column = table.Columns[c];
    n.rect = ImRect(column.MinX, table.OuterRect.Min.y, column.MaxX, std::max(table.OuterRect.Min.y + 1, table.RowPosY1));
    n.window_clip = window.ClipRect;
    n.visible = VisiblePart(n.rect, window.ClipRect);
    R().nodes.push_back(std::move(n));
  }
  PopGroup();
}

// Keeps the open table / row / cell groups in step with the ImGui table (if any) the
// next node is drawn in.
void FollowTable(const ImGuiWindow* window) {
  Registry& r = R();
  const ImGuiTable* table = ImGui::GetCurrentTable();
  if (table && window != table->InnerWindow && window != table->OuterWindow) table = nullptr;
  if (table != r.table.table) {
    CloseTableParts();
    if (!table) return;
    PushGroup(Role::Table, {}, Live::Off, true);
    r.table.table = table;
  }
  if (!table) return;
  const bool heading_row = (table->RowFlags & ImGuiTableRowFlags_Headers) != 0;
  if (table->CurrentRow != r.table.row) {
    const bool first = r.table.row < 0;
    CloseTablePartsAbove(Role::Table);
    if (first && !heading_row && table->IsUsingHeaders) AddColumnHeadings(*table, *window);
    PushGroup(Role::Row, {}, Live::Off, true);
    r.table.row = table->CurrentRow;
    r.table.column = -1;
  }
  if (table->CurrentColumn != r.table.column) {
    CloseTablePartsAbove(Role::Row);
    PushGroup(heading_row ? Role::ColumnHeader : Role::Cell, {}, Live::Off, true);
    r.table.column = table->CurrentColumn;
  }
}

// The innermost group the ui opened (a radio group makes its buttons radios).
Role InnermostGroup() {
  const std::vector<OpenGroup>& groups = R().groups;
  for (auto it = groups.rbegin(); it != groups.rend(); ++it)
    if (!it->table_part) return it->role;
  return Role::None;
}

// ---------------------------------------------------------------------------
// [SECTION] Items
// ---------------------------------------------------------------------------
void ApplyState(Node& n, Role role, const ItemState& state) {
  n.role = role;
  n.checked = state.checked;
  n.expanded = state.expanded;
  n.current = state.current;
  n.multiline = state.multiline;
  if (!state.name.empty()) n.name = state.name;
  if (!state.value.empty() || role == Role::TextField) n.value = state.value;
  if (!state.description.empty()) n.description = state.description;
  if (role == Role::Button && state.chosen != Tri::Unset) {
    switch (InnermostGroup()) {
      case Role::RadioGroup:
        n.role = Role::Radio;
        n.checked = state.chosen;
        break;
      case Role::ToggleGroup: n.pressed = state.chosen; break;
      default: break;
    }
  }
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  n.disabled = (g.CurrentItemFlags & ImGuiItemFlags_Disabled) != 0;
  if (InTooltip(n.imgui_window)) n.role = Role::None;
}

void FillItem(Node& n, const SplitLabel& split, const ImRect& rect, ImGuiWindow* window, ImGuiID item) {
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  n.kind = Node::Kind::Item;
  n.id = split.id;
  n.label = split.visible;
  n.window = window->Name;
  n.item = item;
  n.rect = rect;
  n.window_clip = window->ClipRect;
  n.visible = VisiblePart(rect, window->ClipRect);
  n.imgui_window = window;
  n.focus_scope = window->DC.NavFocusScopeIdCurrent;
  n.focused = item != 0 && g.NavId == item && !g.NavDisableHighlight;
}

// The hook reports an item in view first; the helper that drew it describes it right
// after. Both make one node.
Node* SameItemJustRecorded(ImGuiID item) {
  std::vector<Node>& nodes = R().nodes;
  if (item == 0) return nullptr;
  const std::size_t stop = nodes.size() > 4 ? nodes.size() - 4 : 0;
  for (std::size_t k = nodes.size(); k-- > stop;)
    if (nodes[k].kind == Node::Kind::Item && nodes[k].item == item) return &nodes[k];
  return nullptr;
}

void AddItem(const char* label, const ImRect& rect, Role role, ImGuiID item, const ItemState& state) {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  if (!window || window->SkipItems) return;  // nothing was drawn
  const SplitLabel split = SplitWidgetLabel(label);
  NeedGlyphs(split.visible);  // ImGui draws labels itself: their characters need glyphs too
  if (Node* same = SameItemJustRecorded(item)) {
    if (!split.visible.empty()) same->label = split.visible;
    same->rect.Add(rect);
    const ImRect visible = VisiblePart(rect, window->ClipRect);
    if (!same->IsShown()) same->visible = visible;
    else if (visible.GetWidth() > 0) same->visible.Add(visible);
    ApplyState(*same, role, state);
    return;
  }
  FollowTable(window);
  Node n;
  FillItem(n, split, rect, window, item);
  ApplyState(n, role, state);
  R().nodes.push_back(std::move(n));
}

}  // namespace

const char* RoleName(Role role) {
  switch (role) {
    case Role::None: return "none";
    case Role::Button: return "button";
    case Role::Checkbox: return "checkbox";
    case Role::Radio: return "radio";
    case Role::TextField: return "textbox";
    case Role::Figure: return "figure";
    case Role::Heading: return "heading";
    case Role::Paragraph: return "paragraph";
    case Role::Bullet: return "bullet";
    case Role::Cell: return "cell";
    case Role::RowHeader: return "rowheader";
    case Role::ColumnHeader: return "columnheader";
    case Role::ProgressBar: return "progressbar";
    case Role::Main: return "main";
    case Role::Navigation: return "navigation";
    case Role::Dialog: return "dialog";
    case Role::Group: return "group";
    case Role::RadioGroup: return "radiogroup";
    case Role::ToggleGroup: return "togglegroup";
    case Role::List: return "list";
    case Role::ListItem: return "listitem";
    case Role::Table: return "table";
    case Role::Row: return "row";
  }
  return "none";
}

SplitLabel SplitWidgetLabel(const char* label) {
  if (!label) return {};
  const char* end = ImGui::FindRenderedTextEnd(label);
  SplitLabel out;
  out.visible.assign(label, end);
  const char* id = label;
  if (const char* triple = std::strstr(label, "###")) {
    id = triple + 3;
  } else if (*end) {  // "##" found
    id = end + 2;
  }
  out.id = id;
  return out;
}

void BeginWidgetFrame() {
  ImGui::GetCurrentContext()->TestEngineHookItems = true;
  Registry& r = R();
  r.nodes.clear();
  r.groups.clear();
  r.table = TableContext{};
  r.next_text = NextText{};
}

void EndWidgetFrame() {
  while (!R().groups.empty()) PopGroup();
  R().table = TableContext{};
}

const std::vector<Node>& FrameNodes() { return R().nodes; }

void BeginSemanticGroup(Role role, const std::string& name, Live live) {
  FollowTable(ImGui::GetCurrentWindowRead());
  PushGroup(role, name, live, false);
}

void EndSemanticGroup() {
  Registry& r = R();
  CloseTableParts();
  if (!r.groups.empty()) PopGroup();
}

void DescribeItem(const char* label, Role role, const ItemState& state) {
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  // A multi-line field scrolled out of view ends as a group (id 0) with the field's box.
  const ImGuiID id = ImGui::GetID(label);
  if (g.LastItemData.ID != id && g.LastItemData.ID != 0) return;
  AddItem(label, g.LastItemData.Rect, role, id, state);
}

void RecordWidget(const char* label_with_id, const ImVec2& min, const ImVec2& max, Role role, ImGuiID item,
                  const ItemState& state) {
  AddItem(label_with_id, ImRect(min, max), role, item, state);
}

std::size_t ReserveItem() {
  Registry& r = R();
  FollowTable(ImGui::GetCurrentWindowRead());
  r.nodes.emplace_back();
  return r.nodes.size() - 1;
}

void RecordWidgetAt(std::size_t slot, const char* label_with_id, const ImVec2& min, const ImVec2& max, Role role,
                    ImGuiID item, const ItemState& state) {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  if (slot >= R().nodes.size() || !window || window->SkipItems) return;
  Node& n = R().nodes[slot];
  FillItem(n, SplitWidgetLabel(label_with_id), ImRect(min, max), window, item);
  ApplyState(n, role, state);
  n.contents_end = R().nodes.size();
}

void RecordProgress(const char* name, int value, int max, const std::string& value_text) {
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  if (!window || window->SkipItems) return;
  FollowTable(window);
  Node n;
  n.kind = Node::Kind::Text;
  n.role = Role::ProgressBar;
  n.drawn = false;
  n.label = name;
  n.value = value_text;
  n.level = value;
  n.level_max = max;
  n.window = window->Name;
  n.rect = g.LastItemData.Rect;
  n.window_clip = window->ClipRect;
  n.visible = VisiblePart(n.rect, window->ClipRect);
  R().nodes.push_back(std::move(n));
}

// ---------------------------------------------------------------------------
// [SECTION] Texts
// ---------------------------------------------------------------------------
void SetNextTextRole(Role role, int level) {
  R().next_text.role = role;
  R().next_text.level = level;
}

void SetNextTextLive(Live live) { R().next_text.live = live; }

void RecordAlternativeText(const char* text, const ImVec2& min, const ImVec2& max, Role role) {
  RecordText(text, min, max, role);
  if (!R().nodes.empty() && R().nodes.back().kind == Node::Kind::Text) R().nodes.back().drawn = false;
}

void RecordText(const char* text, const ImVec2& min, const ImVec2& max, Role role) {
  Registry& r = R();
  const NextText next = r.next_text;
  r.next_text = NextText{};
  const ImGuiWindow* window = ImGui::GetCurrentWindowRead();
  if (!window) return;
  FollowTable(window);
  Node n;
  n.kind = Node::Kind::Text;
  n.role = role == Role::Paragraph ? next.role : role;
  n.level = next.level;
  n.live = next.live;
  if (InTooltip(window)) n.role = Role::None;
  n.label = text ? text : "";
  n.window = window->Name;
  n.rect = ImRect(min, max);
  n.window_clip = window->ClipRect;
  n.visible = VisiblePart(n.rect, window->ClipRect);
  r.nodes.push_back(std::move(n));
}

// ---------------------------------------------------------------------------
// [SECTION] Requests from assistive technology
// ---------------------------------------------------------------------------
bool RequestItemFocus(ImGuiID item, bool press) {
  const std::vector<Node>& nodes = R().nodes;
  const auto it = std::find_if(nodes.begin(), nodes.end(), [&](const Node& n) {
    return n.kind == Node::Kind::Item && n.item == item && item != 0 && n.imgui_window;
  });
  if (it == nodes.end()) return false;
  ImGuiContext& g = *ImGui::GetCurrentContext();
  ImGuiWindow* window = it->imgui_window;
  // Another field being edited lets go, keeping what was typed (as Esc does here).
  if (g.ActiveId != 0 && g.ActiveId != item) ImGui::ClearActiveID();
  // What SetFocusID does, from outside the frame: ImGui's own keyboard handling
  // (Enter, Space, Tab) this frame starts from this item.
  g.NavWindow = window;
  g.NavId = item;
  g.NavLayer = ImGuiNavLayer_Main;
  g.NavFocusScopeId = it->focus_scope;
  window->NavLastIds[ImGuiNavLayer_Main] = item;
  window->NavRectRel[ImGuiNavLayer_Main] = ImGui::WindowRectAbsToRel(window, it->rect);
  g.NavDisableHighlight = false;
  g.NavDisableMouseHover = true;
  ImGui::ScrollToRect(window, it->rect, ImGuiScrollFlags_KeepVisibleEdgeX | ImGuiScrollFlags_KeepVisibleEdgeY);
  // A text field takes the keyboard for typing when it gets the focus, as with Tab.
  if (press || it->role == Role::TextField) {
    g.NavNextActivateId = item;
    g.NavNextActivateFlags = it->role == Role::TextField ? ImGuiActivateFlags_PreferInput : ImGuiActivateFlags_None;
  }
  return true;
}

}  // namespace skillscope::ui

// ---------------------------------------------------------------------------
// [SECTION] ImGui test-engine hooks (declared in imgui_internal.h)
// ---------------------------------------------------------------------------
void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, const ImRect&, ImGuiID) {}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
  using skillscope::ui::Role;
  using skillscope::ui::Tri;
  // ItemInfo runs only for items that passed clipping; LastItemData holds their box.
  if (!label || id != ctx->LastItemData.ID) return;
  Role role = Role::Button;
  skillscope::ui::ItemState state;
  if (flags & ImGuiItemStatusFlags_Checkable) {
    role = Role::Checkbox;
    state.checked = (flags & ImGuiItemStatusFlags_Checked) ? Tri::True : Tri::False;
  }
  if (flags & ImGuiItemStatusFlags_Openable) state.expanded = (flags & ImGuiItemStatusFlags_Opened) ? Tri::True : Tri::False;
  if (ctx->LastItemData.InFlags & ImGuiItemFlags_Inputable) role = Role::TextField;
  skillscope::ui::RecordWidget(label, ctx->LastItemData.Rect.Min, ctx->LastItemData.Rect.Max, role, id, state);
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
