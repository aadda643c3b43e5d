#pragma once
// Indices into ImGuiIO::KeysDown that the platform backend writes (ImGui 1.86 leaves
// the "native" key numbering to the backend). Letters and digits use their ASCII
// codes so UI code can ask ImGui::IsKeyPressed('3'); named keys start at 256.
namespace skillscope::keys {

inline constexpr int kNamedBase = 256;
enum Named : int {
  kTab = kNamedBase,
  kLeftArrow,
  kRightArrow,
  kUpArrow,
  kDownArrow,
  kPageUp,
  kPageDown,
  kHome,
  kEnd,
  kInsert,
  kDelete,
  kBackspace,
  kSpace,
  kEnter,
  kEscape,
  kKeypadEnter,
  kNamedEnd
};

inline constexpr int Digit(int d) { return '0' + d; }
inline constexpr int Letter(char upper) { return upper; }

}  // namespace skillscope::keys
