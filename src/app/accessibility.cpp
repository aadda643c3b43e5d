#include "app/accessibility.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <string>
#include <string_view>

#include "core/json/canonical.h"

namespace skillscope {
namespace {

using ui::Node;
using ui::Role;
using ui::Tri;

bool SameRect(const ImRect& a, const ImRect& b) {
  return a.Min.x == b.Min.x && a.Min.y == b.Min.y && a.Max.x == b.Max.x && a.Max.y == b.Max.y;
}

// Equal when the mirror would show them the same (focus is sent on its own; where a
// card's contents end is compared by the caller, in the mirror's own numbering).
bool SameForMirror(const Node& a, const Node& b) {
  return a.kind == b.kind && a.role == b.role && a.item == b.item && a.level == b.level &&
         a.level_max == b.level_max && a.checked == b.checked && a.pressed == b.pressed &&
         a.expanded == b.expanded && a.disabled == b.disabled && a.current == b.current &&
         a.multiline == b.multiline && a.live == b.live &&
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

// The tree's JSON, written straight into one string: it is sent whenever the page
// scrolls, and building nlohmann::json objects for a heatmap's cells cost more than
// the rest of the frame.
class TreeWriter {
 public:
  std::string& text() { return out_; }
  void BeginObject() {
    Separate();
    out_ += '{';
    first_ = true;
  }
  void EndObject() {
    out_ += '}';
    first_ = false;
  }
  void BeginArray() {
    out_ += '[';
    first_ = true;
  }
  void EndArray() {
    out_ += ']';
    first_ = false;
  }
  void Key(const char* key) {
    Separate();
    out_ += '"';
    out_ += key;
    out_ += "\":";
    first_ = true;  // the value follows without a comma
  }
  void String(const char* key, std::string_view value) {
    Key(key);
    Quote(value);
    first_ = false;
  }
  // A string in an array.
  void Element(const std::string& value) {
    Separate();
    Quote(value);
  }
  void Raw(const char* key, const char* value) {
    Key(key);
    out_ += value;
    first_ = false;
  }
  void Unsigned(const char* key, unsigned long long value) {
    Key(key);
    out_ += std::to_string(value);
    first_ = false;
  }
  void Int(const char* key, long long value) {
    Key(key);
    out_ += std::to_string(value);
    first_ = false;
  }
  // Framebuffer pixels to a tenth.
  void Tenths(const char* key, float value) {
    Key(key);
    long long t = std::llround(static_cast<double>(value) * 10.0);
    if (t < 0) {
      out_ += '-';
      t = -t;
    }
    out_ += std::to_string(t / 10);
    if (t % 10 != 0) {
      out_ += '.';
      out_ += static_cast<char>('0' + t % 10);
    }
    first_ = false;
  }

 private:
  void Separate() {
    if (!first_) out_ += ',';
    first_ = false;
  }
  // Escaped as the canonical JSON writer escapes (bytes that are not UTF-8 become U+FFFD).
  void Quote(std::string_view s) { AppendCanonicalJsonString(s, out_); }

  std::string out_;
  bool first_ = true;
};

// Where the element goes: over what is in view; what is scrolled out of view becomes a
// 1 px strip at the edge of its window, so it is read in order but found nowhere on
// screen (and covers nothing).
void Place(TreeWriter& out, const Node& n) {
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
    out.Int("off", 1);
  }
  out.Tenths("x", r.Min.x);
  out.Tenths("y", r.Min.y);
  out.Tenths("w", std::max(1.0f, r.GetWidth()));
  out.Tenths("h", std::max(1.0f, r.GetHeight()));
}

void PutTri(TreeWriter& out, const char* field, Tri t) {
  switch (t) {
    case Tri::Unset: break;
    case Tri::False: out.Raw(field, "false"); break;
    case Tri::True: out.Raw(field, "true"); break;
    case Tri::Mixed: out.Raw(field, "\"mixed\""); break;
  }
}

struct Entry {
  std::size_t node;  // index into the nodes (the root has none)
  std::vector<std::size_t> children;  // indices into the entries
};

void WriteChildren(TreeWriter& out, const std::vector<Entry>& entries, std::size_t e, const std::vector<Node>& nodes,
                   const std::vector<std::string>& keys);

// One node's fields (and its children's, for a group), in an object already begun.
void WriteNode(TreeWriter& out, const std::vector<Entry>& entries, std::size_t e, const std::vector<Node>& nodes,
               const std::vector<std::string>& keys) {
  const std::size_t i = entries[e].node;
  const Node& n = nodes[i];
  out.String("k", keys[i]);
  out.String("r", ui::RoleName(n.role));
  const std::string& name = n.name.empty() ? n.label : n.name;
  if (!name.empty()) out.String("t", name);
  if (n.item != 0) out.Unsigned("i", n.item);
  if (!n.id.empty()) out.String("id", n.id);
  if (n.kind != Node::Kind::Begin) Place(out, n);
  if (!n.value.empty() || n.role == Role::TextField) out.String("v", n.value);
  if (!n.description.empty()) out.String("d", n.description);
  if (n.level != 0 || n.role == Role::ProgressBar) out.Int("lv", n.level);
  if (n.level_max != 0) out.Int("mx", n.level_max);
  PutTri(out, "ck", n.checked);
  PutTri(out, "pr", n.pressed);
  PutTri(out, "ex", n.expanded);
  if (n.disabled) out.Int("dis", 1);
  if (n.current) out.Int("cur", 1);
  if (n.multiline) out.Int("ml", 1);
  if (n.live != ui::Live::Off) out.Raw("live", n.live == ui::Live::Assertive ? "\"assertive\"" : "\"polite\"");
  // A card's words describe the card (its name aside).
  if (n.contents_end > i + 1) {
    bool any = false;
    for (std::size_t j = i + 1; j < n.contents_end && j < nodes.size(); ++j) {
      const Node& c = nodes[j];
      if (c.kind != Node::Kind::Text || c.role == Role::None || c.label == name) continue;
      if (!any) {
        out.Key("db");
        out.BeginArray();
        any = true;
      }
      out.Element(keys[j]);
    }
    if (any) out.EndArray();
  }
  if (n.kind == Node::Kind::Begin) {
    out.Key("c");
    WriteChildren(out, entries, e, nodes, keys);
  }
}

void WriteChildren(TreeWriter& out, const std::vector<Entry>& entries, std::size_t e, const std::vector<Node>& nodes,
                   const std::vector<std::string>& keys) {
  out.BeginArray();
  for (std::size_t child : entries[e].children) {
    out.BeginObject();
    WriteNode(out, entries, child, nodes, keys);
    out.EndObject();
  }
  out.EndArray();
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
  TreeWriter out;
  out.text().reserve(nodes.size() * 96);
  WriteChildren(out, entries, 0, nodes, keys);
  return std::move(out.text());
}

std::optional<std::string> AccessibilityMirror::TreeIfChanged(const std::vector<Node>& nodes) {
  // What is drawn for the eye or for tests only (Role::None: tooltips, chart numbers)
  // never reaches the mirror, so it is left out before comparing: moving the pointer
  // from cell to cell, which changes only a tooltip, sends nothing.
  const auto hidden = [](const Node& n) {
    return (n.kind == Node::Kind::Item || n.kind == Node::Kind::Text) && n.role == Role::None;
  };
  std::vector<std::size_t> kept;
  kept.reserve(nodes.size());
  std::vector<std::size_t> renumbered(nodes.size() + 1);
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    renumbered[i] = kept.size();
    if (!hidden(nodes[i])) kept.push_back(i);
  }
  renumbered[nodes.size()] = kept.size();
  const auto contents_end = [&](const Node& n) {
    return n.contents_end == 0 ? 0 : renumbered[std::min(n.contents_end, nodes.size())];
  };
  bool same = sent_any_ && kept.size() == sent_.size();
  for (std::size_t k = 0; same && k < kept.size(); ++k) {
    const Node& n = nodes[kept[k]];
    same = SameForMirror(n, sent_[k]) && contents_end(n) == sent_[k].contents_end;
  }
  if (same) return std::nullopt;
  sent_.clear();
  sent_.reserve(kept.size());
  for (const std::size_t i : kept) {
    sent_.push_back(nodes[i]);
    sent_.back().contents_end = contents_end(nodes[i]);
  }
  sent_any_ = true;
  return EncodeAccessibilityTree(sent_);
}

}  // namespace skillscope
