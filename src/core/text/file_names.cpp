#include "core/text/file_names.h"

namespace skillscope {

std::string DownloadName(const std::string& profile_name, const std::string& now_iso, const std::string& extension) {
  std::string base;
  bool dash = false;
  for (std::size_t i = 0; i < profile_name.size(); ++i) {
    const auto c = static_cast<unsigned char>(profile_name[i]);
    // At 80 bytes, stop before the next character starts: never inside one, so the
    // name stays valid UTF-8 whatever script it is in.
    if (base.size() >= 80 && (c & 0xC0) != 0x80) break;
    const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
                      c >= 0x80;  // non-ASCII letters (UTF-8 bytes) are fine in file names
    if (keep) {
      if (dash && !base.empty()) base.push_back('-');
      base.push_back(static_cast<char>(c));
      dash = false;
    } else {
      dash = true;
    }
  }
  if (base.empty()) base = "skillscope-profile";
  if (now_iso.size() >= 10) base += "-" + now_iso.substr(0, 10);
  return base + "." + extension;
}

}  // namespace skillscope
