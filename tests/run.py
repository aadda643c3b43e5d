#!/usr/bin/env python3
"""Run every skillscope test: `python3 tests/run.py` (what CI runs, via .ci/run).

1. installs what is missing (tools/bootstrap.py; seconds when nothing is),
2. core unit tests, native (CMake preset `native`),
3. the same under AddressSanitizer + UndefinedBehaviorSanitizer (preset `sanitize`),
4. the same compiled to wasm and run under node, and the release web bundle (preset `web`),
5. end-to-end tests: the built bundle served locally, driven in headless Chromium,
6. a fuzz smoke run: each libFuzzer target for a few seconds from its seeds (preset
   `fuzz`; tools/fuzz.py does the long runs).

    --only native|sanitize|web|e2e|fuzz   run one stage (repeatable); the default is all
    --e2e-filter PATTERN             only e2e tests whose name matches (node --test-name-pattern)
"""
import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
E2E = ROOT / "tests" / "e2e"
ENV = dict(os.environ, NODE_PATH="/usr/share/nodejs")
STAGES = ["native", "sanitize", "web", "e2e", "fuzz"]
# Per fuzz target in the smoke run: enough to replay every seed and mutate a little,
# short enough that four targets stay near a minute of CI's budget.
FUZZ_SMOKE_SECONDS = 15


def run(cmd, cwd=ROOT):
    print("[tests] $ " + " ".join(cmd), flush=True)
    return subprocess.run(cmd, cwd=cwd, env=ENV).returncode == 0


def cmake_stage(preset):
    jobs = str(os.cpu_count() or 2)
    return (run(["cmake", "--preset", preset])
            and run(["cmake", "--build", "--preset", preset, "-j", jobs])
            and run(["ctest", "--preset", preset, "-j", jobs]))


def bundle_build():
    jobs = str(os.cpu_count() or 2)
    return (run(["cmake", "--preset", "web"])
            and run(["cmake", "--build", "--preset", "web", "--target", "bundle", "-j", jobs]))


def e2e_stage(name_filter):
    cmd = ["node", "--test", "--test-concurrency=1", "--test-reporter=spec"]
    if name_filter:
        cmd.append(f"--test-name-pattern={name_filter}")
    files = sorted(p.name for p in E2E.glob("*.test.mjs"))
    return run(cmd + files, cwd=E2E)


def fuzz_stage():
    return run([sys.executable, str(ROOT / "tools" / "fuzz.py"), "--seconds", str(FUZZ_SMOKE_SECONDS)])


def main():
    ap = argparse.ArgumentParser(description="Run all skillscope tests.")
    ap.add_argument("--only", action="append", choices=STAGES)
    ap.add_argument("--e2e-filter")
    a = ap.parse_args()
    stages = a.only or STAGES

    sys.path.insert(0, str(ROOT / "tools"))
    import bootstrap  # noqa: E402
    bootstrap.main()

    results = []
    for stage in stages:
        print(f"\n[tests] ===== {stage} =====", flush=True)
        t0 = time.monotonic()
        if stage == "fuzz":
            ok = fuzz_stage()
        elif stage == "e2e":
            # Without the web stage the bundle is still brought up to date (a build does
            # nothing when it is): e2e never tests a dist/ older than the sources.
            ok = ("web" in stages or bundle_build()) and e2e_stage(a.e2e_filter)
        else:
            ok = cmake_stage(stage)
        results.append((stage, ok, time.monotonic() - t0))
        if not ok and stage == "web" and "e2e" in stages:
            # e2e needs the bundle the web stage failed to build.
            results.append(("e2e", False, 0.0))
            break

    print("\n[tests] summary")
    for stage, ok, secs in results:
        print(f"[tests]   {stage:9s} {'passed' if ok else 'FAILED'}  ({secs:.0f} s)")
    sys.exit(0 if results and all(ok for _, ok, _ in results) else 1)


if __name__ == "__main__":
    main()
