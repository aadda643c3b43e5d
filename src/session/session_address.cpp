// The address: every screen is a history entry, and the part of the address after
// '#' says where the person is (see route.h), so Back and Forward, a reload or a
// bookmark return there. An address naming something that is not here lands on the
// start screen with a short notice, never on a blank screen.
#include <algorithm>

#include "core/profile/share_link.h"
#include "core/text/messages.h"
#include "core/text/wording.h"
#include "session/session.h"

namespace skillscope {

Route Session::CurrentRoute() const {
  Route r;
  r.screen = screen_;
  const Profile* p = open_profile();
  switch (screen_) {
    case Screen::Start:
    case Screen::Setup:
    case Screen::Help:
    case Screen::People:
    case Screen::Compare:
    case Screen::Team: break;
    case Screen::Review:
      if (const Profile* theirs = people_.Find(review_person_)) {
        r.profile_id = theirs->id;
        if (skill_index_ >= 0 && skill_index_ < static_cast<int>(theirs->selection.size()))
          r.skill_key = theirs->selection[static_cast<std::size_t>(skill_index_)];
        return r;
      }
      return Route{};
    case Screen::TableImport:
    case Screen::Reading: break;
    case Screen::Skill:
      if (p && skill_index_ >= 0 && skill_index_ < static_cast<int>(p->selection.size()))
        r.skill_key = p->selection[static_cast<std::size_t>(skill_index_)];
      [[fallthrough]];
    case Screen::Summary:
    case Screen::Results:
    case Screen::Plan:
    case Screen::Timeline:
      if (!p) return Route{};
      r.profile_id = p->id;
      break;
  }
  return r;
}

void Session::ShowAddress(Address address) {
  const std::string fragment = RouteFragment(CurrentRoute());
  if (fragment == address_) return;
  // The first address of a visit corrects the entry the page was opened with.
  platform_.SetFragment(fragment, address == Address::Push && !address_.empty());
  address_ = fragment;
}

bool Session::Follow(const Route& route, Address address, std::vector<std::string>* why) {
  switch (route.screen) {
    case Screen::Start:
    case Screen::Setup:
    case Screen::People:
    case Screen::Compare:
    case Screen::Team:
    case Screen::TableImport:
      GoTo(route.screen, -1, address);
      return true;
    case Screen::Help:
      GoTo(Screen::Help, -1, address);
      help_pushed_ = false;  // arrived by the address: nothing of ours to go back to
      return true;
    case Screen::Reading: return false;
    case Screen::Review: return FollowToReview(route, address, why);
    case Screen::Skill:
    case Screen::Summary:
    case Screen::Results:
    case Screen::Plan:
    case Screen::Timeline: break;
  }
  const Profile* p = store_.Find(route.profile_id);
  if (!p) {
    why->push_back(Tr(MSG("session.address.profile_not_here"), route.profile_id));
    return false;
  }
  int index = p->id == open_id_ ? skill_index_ : 0;
  if (route.screen == Screen::Skill) {
    const auto it = std::find(p->selection.begin(), p->selection.end(), route.skill_key);
    if (it == p->selection.end()) {
      why->push_back(Tr(MSG("session.address.skill_not_in_profile"), route.skill_key, Quoted(p->name)));
      return false;
    }
    index = static_cast<int>(it - p->selection.begin());
  }
  SetOpenProfile(p->id);
  store_.SetCurrent(open_id_);
  GoTo(route.screen, index, address);
  return true;
}

bool Session::NeedsDatabase(const std::string& fragment) const {
  if (IsShareLinkFragment(fragment)) return true;  // its frameworks may be stored ones
  const auto uses_stored = [this](const Profile* p) {
    if (!p) return false;
    for (const FrameworkRef& ref : p->frameworks)
      if (!frameworks_.catalog().Find(ref.id, ref.version)) return true;
    return false;
  };
  if (fragment.empty()) return !settings_.at_start && uses_stored(open_profile());
  const std::optional<Route> route = ParseRoute(fragment);
  if (!route) return false;
  if (IsPeopleScreen(route->screen)) return true;
  return !route->profile_id.empty() && uses_stored(store_.Find(route->profile_id));
}

void Session::OpenAtStart() {
  const std::string fragment = platform_.Fragment();
  // The first frame never waits for the database: a place that needs what it holds says
  // it is being read, and is opened once it is (OnDatabaseRead).
  if (!database_.ready() && NeedsDatabase(fragment)) {
    screen_ = Screen::Reading;
    return;
  }
  if (const std::optional<std::string_view> payload = ShareLinkPayload(fragment)) {
    // The profile in the link is offered for import over the start screen; the link
    // leaves the address bar so a reload does not offer it again.
    const ShareLinkText link = DecodeShareLink(*payload);
    if (link.ok) ImportText(link.text, Tr(MSG("session.address.shared_link")));
    else ShowNotice(Notice::Kind::Error, Tr(MSG("session.address.link_unreadable")), {link.message});
    ShowAddress(Address::Replace);
    return;
  }
  // A problem with stored data is told on the start screen first, whatever the address.
  if (notice_ && notice_->kind == Notice::Kind::Error) {
    GoTo(Screen::Start, -1, Address::Replace);
    return;
  }
  if (!fragment.empty()) {
    address_ = fragment;
    OnAddressChanged(fragment);
    return;
  }
  // Where the person was last time.
  if (open_profile() && !settings_.at_start) {
    const auto place = settings_.places.find(open_id_);
    if (place != settings_.places.end()) GoToPlace(place->second, Address::Replace);
  }
  ShowAddress(Address::Replace);
}

void Session::OnAddressChanged(const std::string& fragment) {
  // An address that needs the database before it is read waits on the reading screen;
  // OnDatabaseRead follows the address as it is then.
  if (!database_.ready() && (screen_ == Screen::Reading || NeedsDatabase(fragment))) {
    screen_ = Screen::Reading;
    return;
  }
  if (IsShareLinkFragment(fragment)) {
    address_.clear();  // the link leaves the address bar as it is taken
    OpenAtStart();
    return;
  }
  address_ = fragment;  // the browser shows it already
  std::vector<std::string> why;
  const std::optional<Route> route = ParseRoute(fragment);
  if (route && Follow(*route, Address::Replace, &why)) {
    KeepPlaceValid();
    return;
  }
  if (!route) {
    ShowNotice(Notice::Kind::Error, Tr(MSG("session.address.no_such_page")),
               {Tr(MSG("session.address.no_such_page_detail"), fragment)});
  } else {
    ShowNotice(Notice::Kind::Error, Tr(MSG("session.address.page_gone")), std::move(why));
  }
  GoTo(Screen::Start, -1, Address::Replace);
}

}  // namespace skillscope
