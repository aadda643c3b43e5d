#pragma once
// The accessibility mirror's side in the app: turns the frame's node list (ui's widget
// registry) into the tree library_a11y.js builds DOM elements from, and sends it only
// when it changed. README "The accessibility mirror" describes the whole.
#include <optional>
#include <string>
#include <vector>

#include "ui/widget_registry.h"

namespace skillscope {

// The tree as JSON: an array of nodes, each
//   {k: key (stable across frames), r: role, t: name or text, i: ImGui item id (items),
//    id: widget id (items), x/y/w/h: framebuffer px (not groups), c: children (groups),
//    and when set: v value, d description, lv level / value, mx maximum,
//    ck checked (true/false/"mixed"), pr pressed, ex expanded, dis, cur, ml, live,
//    off (scrolled out of view: a 1 px strip at the edge of its window), db (keys of
//    the texts that describe it)}.
// Dialogs are taken out of the page to the top level; nodes with Role::None are left out.
std::string EncodeAccessibilityTree(const std::vector<ui::Node>& nodes);

class AccessibilityMirror {
 public:
  // The encoded tree when the nodes differ from those last sent (focus aside), else
  // nothing: an idle or hover-only frame costs one comparison.
  std::optional<std::string> TreeIfChanged(const std::vector<ui::Node>& nodes);

 private:
  std::vector<ui::Node> sent_;
  bool sent_any_ = false;
};

}  // namespace skillscope
