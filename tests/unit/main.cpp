// doctest runner for the core unit tests (native and wasm builds share it).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
