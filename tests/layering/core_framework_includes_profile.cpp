// Must not compile (a CTest checks that it fails for this reason): a framework knows
// nothing of the profiles answered against it (src/core/README.md).
#include "core/profile/profile.h"
