// Must not compile (a CTest checks that it fails for this reason): charts are below the
// team view that draws them (src/core/README.md).
#include "core/team/stats.h"
