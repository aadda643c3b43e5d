#include "platform/web/input_queue.h"

#include <cfloat>

#include "imgui.h"

namespace skillscope::platform {

void InputQueue::PointerMove(float x, float y) {
  // Consecutive moves collapse: only the latest position matters within a frame.
  if (!events_.empty() && events_.back().kind == Kind::Move) {
    events_.back().x = x;
    events_.back().y = y;
    return;
  }
  events_.push_back({Kind::Move, x, y});
}
void InputQueue::PointerLeave() { events_.push_back({Kind::Leave}); }
void InputQueue::PointerButton(int button, bool down) {
  if (button < 0 || button >= 5) return;
  events_.push_back({Kind::Button, 0, 0, button, down});
}
void InputQueue::Wheel(float dx, float dy) {
  if (!events_.empty() && events_.back().kind == Kind::Wheel) {
    events_.back().x += dx;
    events_.back().y += dy;
    return;
  }
  events_.push_back({Kind::Wheel, dx, dy});
}
void InputQueue::Key(int index, bool down) {
  if (index < 0 || index >= 512) return;
  events_.push_back({Kind::Key, 0, 0, index, down});
}
void InputQueue::Modifiers(bool ctrl, bool shift, bool alt, bool super) {
  int bits = (ctrl ? 1 : 0) | (shift ? 2 : 0) | (alt ? 4 : 0) | (super ? 8 : 0);
  events_.push_back({Kind::Modifiers, 0, 0, bits});
}
void InputQueue::Char(unsigned int codepoint) {
  events_.push_back({Kind::Char, 0, 0, static_cast<int>(codepoint)});
}
void InputQueue::Focus(bool focused) { events_.push_back({Kind::Focus, 0, 0, 0, focused}); }
void InputQueue::ItemRequest(unsigned item, bool press) { events_.push_back({Kind::Item, 0, 0, 0, press, item}); }

std::vector<InputQueue::Request> InputQueue::TakeItemRequests() {
  std::vector<Request> out;
  out.swap(requests_);
  return out;
}

bool InputQueue::ApplyTo(ImGuiIO& io, float wheel_step_px) {
  bool applied = false;
  bool button_changed = false;
  bool chars_applied = false;
  bool any_key = false;
  bool keys_changed[512] = {};
  while (!events_.empty()) {
    const Event e = events_.front();
    switch (e.kind) {
      case Kind::Move:
        // A position after a press/release waits, so the click lands where it happened.
        if (button_changed) return applied;
        io.MousePos = ImVec2(e.x, e.y);
        break;
      case Kind::Leave:
        if (button_changed) return applied;
        io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
        break;
      case Kind::Button:
        if (button_changed) return applied;
        io.MouseDown[e.index] = e.down;
        button_changed = true;
        break;
      case Kind::Wheel:
        if (wheel_step_px > 0) {
          io.MouseWheelH -= e.x / wheel_step_px;
          io.MouseWheel -= e.y / wheel_step_px;
        }
        break;
      case Kind::Key:
        // A key after typed text waits a frame: the text field must take the text
        // before Esc, Tab or Enter act on it.
        if (keys_changed[e.index] || (chars_applied && e.down)) return applied;
        io.KeysDown[e.index] = e.down;
        keys_changed[e.index] = true;
        any_key = true;
        break;
      case Kind::Modifiers:
        io.KeyCtrl = (e.index & 1) != 0;
        io.KeyShift = (e.index & 2) != 0;
        io.KeyAlt = (e.index & 4) != 0;
        io.KeySuper = (e.index & 8) != 0;
        break;
      case Kind::Char:
        io.AddInputCharacter(static_cast<unsigned int>(e.index));
        chars_applied = true;
        break;
      case Kind::Focus:
        io.AddFocusEvent(e.down);
        break;
      case Kind::Item:
        // Applied before this frame's input: input that came before it waits no longer.
        if (any_key || chars_applied || button_changed) return applied;
        requests_.push_back({e.item, e.down});
        break;
    }
    events_.pop_front();
    applied = true;
  }
  return applied;
}

}  // namespace skillscope::platform
