// Must not compile (a CTest checks that it fails for this reason): core's JSON reading is
// below its frameworks (src/core/README.md), so it cannot see them.
#include "core/framework/framework.h"
