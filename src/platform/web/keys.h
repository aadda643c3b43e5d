#pragma once
// Indices into ImGuiIO::KeysDown that this backend writes (ImGui 1.86 leaves the
// "native" key numbering to the backend); library_skillscope.js uses the same numbers.
// Private to the platform: the ui asks ImGui::GetKeyIndex(ImGuiKey_...) for named keys.
// Letters and digits use their ASCII codes, as every 1.86 backend does (GLFW, SDL,
// Win32), so the ui may ask ImGui::IsKeyPressed('3'). Named keys start at 256.
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
