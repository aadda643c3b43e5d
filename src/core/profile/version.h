#pragma once
// The app version is set once, in CMakeLists.txt (project VERSION).
#ifndef SKILLSCOPE_VERSION
#define SKILLSCOPE_VERSION "0.0.0-dev"
#endif

namespace skillscope {
inline constexpr const char* kAppVersion = SKILLSCOPE_VERSION;
}  // namespace skillscope
