// Must not compile (a CTest checks that it fails for this reason): src/platform/ must not draw: the ui draws models the session builds.
#include "ui/widgets.h"
