// Must not compile (a CTest checks that it fails for this reason): the session has no ImGui in it: it runs natively in tests.
#include "ui/widgets.h"
