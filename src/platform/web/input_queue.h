#pragma once
// Browser input, queued and handed to ImGui 1.86 a frame at a time.
//
// ImGui 1.86 reads input as state (io.MouseDown[], io.KeysDown[]) once per frame, so a
// press and release that both arrive between two frames (a fast click, a touch tap,
// a test's mouse.click) would never be seen. The queue applies at most one
// transition per button or key per frame and keeps the rest for the next frame
// (what ImGui 1.87 later built in as its input queue). A key pressed after typed text
// also waits, so "type, then Esc" never loses the last characters.
#include <deque>
#include <string>
#include <vector>

struct ImGuiIO;

namespace skillscope::platform {

class InputQueue {
 public:
  void PointerMove(float x, float y);
  void PointerLeave();
  void PointerButton(int button, bool down);
  // Scroll distance in canvas pixels (positive y = content moves up, as DOM deltaY).
  void Wheel(float dx, float dy);
  void Key(int index, bool down);
  void Modifiers(bool ctrl, bool shift, bool alt, bool super);
  void Char(unsigned int codepoint);
  void Focus(bool focused);
  // The accessibility mirror asks to focus (or press) an ImGui item. Kept in order with
  // keys: "focus, then Enter" presses the item focused.
  void ItemRequest(unsigned item, bool press);

  bool Empty() const { return events_.empty(); }

  // Apply queued events to io up to the first one that must wait for the next frame.
  // wheel_step_px: how many canvas pixels one ImGui wheel unit scrolls (5 lines).
  // Returns true when anything was applied.
  bool ApplyTo(ImGuiIO& io, float wheel_step_px);

  // The item requests ApplyTo reached, in order; to be applied before this frame's
  // ImGui::NewFrame (they come before the input applied with them).
  struct Request {
    unsigned item;
    bool press;
  };
  std::vector<Request> TakeItemRequests();

 private:
  enum class Kind { Move, Leave, Button, Wheel, Key, Modifiers, Char, Focus, Item };
  struct Event {
    Kind kind;
    float x = 0, y = 0;  // position or wheel delta
    int index = 0;       // button, key, char, or modifier bits
    bool down = false;   // for Item: press
    unsigned item = 0;
  };
  std::deque<Event> events_;
  std::vector<Request> requests_;
};

}  // namespace skillscope::platform
