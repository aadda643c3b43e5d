#include "app/accessibility.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>

#include <nlohmann/json.hpp>

namespace skillscope {
namespace {

using ui::Node;
using ui::Role;
using ui::Tri;

bool SameRect(const ImRect& a, const ImRect& b) {
  return a.Min.x == b.Min.x && a.Min.y == b.Min.y && a.Max.x == b.Max.x && a.Max.y == b.Max.y;
}

// Equal when the mirror would show them the same (focus is sent on its own).
bool SameForMirror(const Node& a, const Node& b) {
  return a.kind == b.kind && a.role == b.role && a.item == b.item && a.level == b.level &&
         a.level_max == b.level_max && a.checked == b.checked && a.pressed == b.pressed &&
         a.expanded == b.expanded && a.disabled == b.disabled && a.current == b.current &&
         a.multiline == b.multiline && a.live == b.live && a.contents_end == b.contents_end &&
         SameRect(a.visible, b.visible) && (a.IsShown() || (SameRect(a.rect, b.rect) && SameRect(a.window_clip, b.window_clip))) &&
         a.label == b.label && a.name == b.name && a.value == b.value && a.description == b.description && a.id == b.id;
}

// Keys stay the same from frame to frame for the same thing, so the JS side updates
// an element instead of replacing it: ImGui's item id for items, else the words.
std::vector<std::string> Keys(const std::vector<Node>& nodes) {
  std::vector<std::string> keys(nodes.size());
  std::map<std::string, int> seen;
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    const Node& n = nodes[i];
    if (n.kind == Node::Kind::End) continue;
    std::string key;
    if (n.item != 0) {
      key = "i" + std::to_string(n.item);
    } else {
      const std::size_t h = std::hash<std::string>{}(std::string(ui::RoleName(n.role)) + '\x1f' + n.id + '\x1f' + n.label);
      key = (n.kind == Node::Kind::Begin ? "g" : "t") + std::to_string(h);
    }
    const int count = seen[key]++;
    keys[i] = count == 0 ? key : key + "-" + std::to_string(count);
  }
  return keys;
}

float Round(float v) { return std::round(v * 10.0f) / 10.0f; }

// Where the element goes: over what is in view; what is scrolled out of view becomes a
// 1 px strip at the edge of its window, so it is read in order but found nowhere on
// screen (and covers nothing).
void Place(nlohmann::json& out, const Node& n) {
  ImRect r = n.visible;
  if (!n.IsShown()) {
    const ImRect& clip = n.window_clip;
    r = n.rect;
    if (clip.GetWidth() > 0 && clip.GetHeight() > 0) {
      const float x0 = std::clamp(n.rect.Min.x, clip.Min.x, clip.Max.x - 1);
      const float x1 = std::max(x0 + 1, std::clamp(n.rect.Max.x, clip.Min.x, clip.Max.x));
      const float y = n.rect.Max.y <= clip.Min.y ? clip.Min.y : clip.Max.y - 1;
      r = ImRect(x0, y, x1, y + 1);
    }
    out["off"] = 1;
  }
  out["x"] = Round(r.Min.x);
  out["y"] = Round(r.Min.y);
  out["w"] = Round(std::max(1.0f, r.GetWidth()));
  out["h"] = Round(std::max(1.0f, r.GetHeight()));
}

void PutTri(nlohmann::json& out, const char* field, Tri t) {
  switch (t) {
    case Tri::Unset: break;
    case Tri::False: out[field] = false; break;
    case Tri::True: out[field] = true; break;
    case Tri::Mixed: out[field] = "mixed"; break;
  }
}

nlohmann::json EncodeNode(const std::vector<Node>& nodes, const std::vector<std::string>& keys, std::size_t i) {
  const Node& n = nodes[i];
  nlohmann::json out = nlohmann::json::object();
  out["k"] = keys[i];
  out["r"] = ui::RoleName(n.role);
  const std::string& name = n.name.empty() ? n.label : n.name;
  if (!name.empty()) out["t"] = name;
  if (n.item != 0) out["i"] = n.item;
  if (!n.id.empty()) out["id"] = n.id;
  if (n.kind != Node::Kind::Begin) Place(out, n);
  if (!n.value.empty() || n.role == Role::TextField) out["v"] = n.value;
  if (!n.description.empty()) out["d"] = n.description;
  if (n.level != 0 || n.role == Role::ProgressBar) out["lv"] = n.level;
  if (n.level_max != 0) out["mx"] = n.level_max;
  PutTri(out, "ck", n.checked);
  PutTri(out, "pr", n.pressed);
  PutTri(out, "ex", n.expanded);
  if (n.disabled) out["dis"] = 1;
  if (n.current) out["cur"] = 1;
  if (n.multiline) out["ml"] = 1;
  if (n.live != ui::Live::Off) out["live"] = n.live == ui::Live::Assertive ? "assertive" : "polite";
  // A card's words describe the card (its name aside).
  if (n.contents_end > i + 1) {
    nlohmann::json by = nlohmann::json::array();
    for (std::size_t j = i + 1; j < n.contents_end && j < nodes.size(); ++j) {
      const Node& c = nodes[j];
      if (c.kind == Node::Kind::Text && c.role != Role::None && c.label != name) by.push_back(keys[j]);
    }
    if (!by.empty()) out["db"] = std::move(by);
  }
  return out;
}

struct Entry {
  std::size_t node;  // index into the nodes (the root has none)
  std::vector<std::size_t> children;  // indices into the entries
};

nlohmann::json EncodeChildren(const std::vector<Entry>& entries, std::size_t e, const std::vector<Node>& nodes,
                              const std::vector<std::string>& keys) {
  nlohmann::json list = nlohmann::json::array();
  for (std::size_t child : entries[e].children) {
    nlohmann::json node = EncodeNode(nodes, keys, entries[child].node);
    if (nodes[entries[child].node].kind == Node::Kind::Begin) node["c"] = EncodeChildren(entries, child, nodes, keys);
    list.push_back(std::move(node));
  }
  return list;
}

}  // namespace

std::string EncodeAccessibilityTree(const std::vector<Node>& nodes) {
  const std::vector<std::string> keys = Keys(nodes);
  std::vector<Entry> entries{{0, {}}};
  std::vector<std::size_t> open{0};
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    const Node& n = nodes[i];
    switch (n.kind) {
      case Node::Kind::End:
        if (open.size() > 1) open.pop_back();
        break;
      case Node::Kind::Begin: {
        entries.push_back({i, {}});
        const std::size_t parent = n.role == Role::Dialog ? 0 : open.back();  // a dialog sits above the page
        entries[parent].children.push_back(entries.size() - 1);
        open.push_back(entries.size() - 1);
        break;
      }
      case Node::Kind::Item:
      case Node::Kind::Text:
        if (n.role == Role::None) break;
        entries.push_back({i, {}});
        entries[open.back()].children.push_back(entries.size() - 1);
        break;
    }
  }
  return EncodeChildren(entries, 0, nodes, keys).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::optional<std::string> AccessibilityMirror::TreeIfChanged(const std::vector<Node>& nodes) {
  const bool same = sent_any_ && nodes.size() == sent_.size() &&
                    std::equal(nodes.begin(), nodes.end(), sent_.begin(), SameForMirror);
  if (same) return std::nullopt;
  sent_ = nodes;
  sent_any_ = true;
  return EncodeAccessibilityTree(nodes);
}

}  // namespace skillscope
