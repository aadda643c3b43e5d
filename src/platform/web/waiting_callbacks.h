#pragma once
// The browser answers asynchronous requests by id (ss_on_* entry points): each request
// leaves its callback in a map under that id until the answer comes.
#include <utility>

namespace skillscope::platform {

// Takes the callback waiting under id: empty when none waits (answered already).
template <typename Map>
typename Map::mapped_type TakeWaiting(Map& map, int id) {
  typename Map::mapped_type out{};
  if (const auto it = map.find(id); it != map.end()) {
    out = std::move(it->second);
    map.erase(it);
  }
  return out;
}

}  // namespace skillscope::platform
