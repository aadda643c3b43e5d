// Must not compile (a CTest checks that it fails for this reason): src/platform/ is below the session: it carries out effects and knows no rules.
#include "session/session.h"
