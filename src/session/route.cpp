#include "session/route.h"

#include <vector>

#include "core/profile/share_link.h"

namespace skillscope {
namespace {

// RFC 3986 unreserved characters stay; every other byte is %XX.
std::string Encode(std::string_view text) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if ((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-' || u == '.' ||
        u == '_' || u == '~') {
      out.push_back(c);
    } else {
      out.push_back('%');
      out.push_back(kHex[u >> 4]);
      out.push_back(kHex[u & 15]);
    }
  }
  return out;
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// nullopt for a broken escape or an empty segment.
std::optional<std::string> Decode(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '%') {
      out.push_back(text[i]);
      continue;
    }
    if (i + 2 >= text.size()) return std::nullopt;
    const int hi = HexValue(text[i + 1]), lo = HexValue(text[i + 2]);
    if (hi < 0 || lo < 0) return std::nullopt;
    out.push_back(static_cast<char>(hi * 16 + lo));
    i += 2;
  }
  if (out.empty()) return std::nullopt;
  return out;
}

std::vector<std::string_view> Segments(std::string_view path) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (start <= path.size()) {
    const std::size_t slash = path.find('/', start);
    const std::size_t end = slash == std::string_view::npos ? path.size() : slash;
    out.push_back(path.substr(start, end - start));
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  return out;
}

}  // namespace

std::string RouteFragment(const Route& route) {
  switch (route.screen) {
    case Screen::Start:
    case Screen::Reading: return "/";
    case Screen::Setup: return "/new";
    case Screen::Help: return "/help";
    case Screen::People: return "/people";
    case Screen::Compare: return "/compare";
    case Screen::Team: return "/team";
    case Screen::Review: {
      const std::size_t slash = route.skill_key.find('/');
      const std::string framework = route.skill_key.substr(0, slash);
      const std::string code = slash == std::string::npos ? std::string() : route.skill_key.substr(slash + 1);
      return "/review/" + Encode(route.profile_id) + "/" + Encode(framework) + "/" + Encode(code);
    }
    case Screen::TableImport: return "/new-framework";
    case Screen::Skill: {
      const std::size_t slash = route.skill_key.find('/');
      const std::string framework = route.skill_key.substr(0, slash);
      const std::string code = slash == std::string::npos ? std::string() : route.skill_key.substr(slash + 1);
      return "/p/" + Encode(route.profile_id) + "/skill/" + Encode(framework) + "/" + Encode(code);
    }
    case Screen::Summary: return "/p/" + Encode(route.profile_id) + "/summary";
    case Screen::Results: return "/p/" + Encode(route.profile_id) + "/results";
    case Screen::Plan: return "/p/" + Encode(route.profile_id) + "/plan";
    case Screen::Timeline: return "/p/" + Encode(route.profile_id) + "/timeline";
  }
  return "/";
}

bool IsShareLinkFragment(std::string_view fragment) { return ShareLinkPayload(fragment).has_value(); }

std::optional<Route> ParseRoute(std::string_view fragment) {
  if (fragment.empty() || fragment == "/") return Route{};
  if (fragment.front() != '/') return std::nullopt;
  const std::vector<std::string_view> s = Segments(fragment.substr(1));
  Route r;
  if (s.size() == 1 && s[0] == "new") r.screen = Screen::Setup;
  else if (s.size() == 1 && s[0] == "help") r.screen = Screen::Help;
  else if (s.size() == 1 && s[0] == "people") r.screen = Screen::People;
  else if (s.size() == 1 && s[0] == "compare") r.screen = Screen::Compare;
  else if (s.size() == 1 && s[0] == "team") r.screen = Screen::Team;
  else if (s.size() == 1 && s[0] == "new-framework") r.screen = Screen::TableImport;
  else if (s.size() == 4 && s[0] == "review") {
    const auto id = Decode(s[1]), framework = Decode(s[2]), code = Decode(s[3]);
    if (!id || !framework || !code) return std::nullopt;
    r.screen = Screen::Review;
    r.profile_id = *id;
    r.skill_key = *framework + "/" + *code;
  } else if (s.size() >= 3 && s[0] == "p") {
    const auto id = Decode(s[1]);
    if (!id) return std::nullopt;
    r.profile_id = *id;
    if (s.size() == 3 && s[2] == "summary") r.screen = Screen::Summary;
    else if (s.size() == 3 && s[2] == "results") r.screen = Screen::Results;
    else if (s.size() == 3 && s[2] == "plan") r.screen = Screen::Plan;
    else if (s.size() == 3 && s[2] == "timeline") r.screen = Screen::Timeline;
    else if (s.size() == 5 && s[2] == "skill") {
      const auto framework = Decode(s[3]), code = Decode(s[4]);
      if (!framework || !code) return std::nullopt;
      r.screen = Screen::Skill;
      r.skill_key = *framework + "/" + *code;
    } else {
      return std::nullopt;
    }
  } else {
    return std::nullopt;
  }
  return r;
}

}  // namespace skillscope
