// Must not compile (a CTest checks that it fails for this reason): the ui draws models
// and returns actions; what an action does is the session's business.
#include "session/session.h"
