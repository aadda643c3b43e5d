#include "core/file_names.h"

namespace skillscope {

std::string DownloadName(const std::string& profile_name, const std::string& now_iso, const std::string& extension) {
  std::string base;
  bool dash = false;
  for (unsigned char c : profile_name) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
                      c >= 0x80;  // non-ASCII letters (UTF-8 bytes) are fine in file names
    if (keep) {
      if (dash && !base.empty()) base.push_back('-');
      base.push_back(static_cast<char>(c));
      dash = false;
    } else {
      dash = true;
    }
    if (base.size() >= 80) break;
  }
  if (base.empty()) base = "skillscope-profile";
  if (now_iso.size() >= 10) base += "-" + now_iso.substr(0, 10);
  return base + "." + extension;
}

}  // namespace skillscope
