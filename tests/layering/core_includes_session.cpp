// Must not compile (a CTest checks that it fails for this reason): src/core/ is pure: it knows nothing of the app's session.
#include "session/session.h"
