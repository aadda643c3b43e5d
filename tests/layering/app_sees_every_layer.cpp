// Must compile: the control for the layering probes. The app joins every layer, so
// the headers the probes are refused are reachable with the right include roots.
#include "app/app.h"
#include "core/profile/profile.h"
#include "core/team/stats.h"
#include "model/start.h"
#include "platform/web/web_platform.h"
#include "session/session.h"
#include "ui/widgets.h"
