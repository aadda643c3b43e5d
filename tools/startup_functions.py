#!/usr/bin/env python3
"""Write tools/startup_functions.txt: the functions a first visit runs until it goes idle.

    python3 tools/startup_functions.py     (after a web build: cmake --build --preset web)

tools/split_wasm.py keeps these in the first wasm module and moves the rest to the
second, fetched after the first frame. Run this again when the start-up's code changes:
the e2e suite says so when a first visit needs the second module before its first frame
(a stale list makes the start slower, never wrong).

How: Binaryen's `wasm-split --instrument` adds a note of each function's first call to
the built app.wasm (which keeps its names); tools/startup_profile.mjs loads a copy of the
bundle with that module in Chromium and reads the notes at the first frame.
"""
import os
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build" / "web"
sys.path.insert(0, str(ROOT / "tools"))
from split_wasm import FEATURES  # noqa: E402
from wasm_sizes import names_of  # noqa: E402

HEADER = """\
# The functions a first visit runs until it goes idle after its first frames (nothing
# clicked or typed), one per line: the first wasm module keeps them (tools/split_wasm.py).
# Written by tools/startup_functions.py; do not edit by hand.
"""


def main():
    app = BUILD / "app.wasm"
    if not app.exists() or not (BUILD / "dist" / "index.html").exists():
        sys.exit("startup_functions: build the web bundle first (cmake --build --preset web)")
    data = app.read_bytes()
    names, imports = names_of(data)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        dist = tmp / "dist"
        shutil.copytree(BUILD / "dist", dist)
        subprocess.run(["wasm-split", "--instrument", str(app), "-o", str(dist / "app.wasm"), *FEATURES], check=True)
        env = {**os.environ, "SKILLSCOPE_DIST": str(dist)}
        subprocess.run(["node", str(ROOT / "tools" / "startup_profile.mjs"), str(tmp / "profile")], cwd=ROOT,
                       env=env, check=True)
        called = set()
        for profile in sorted(tmp.glob("profile.*.bin")):
            raw = profile.read_bytes()
            count = (len(raw) - 8) // 4
            for i, stamp in enumerate(struct.unpack_from(f"<{count}I", raw, 8)):
                if stamp:
                    called.add(imports + i)
    missing = [i for i in called if i not in names]
    if missing:
        sys.exit(f"startup_functions: {len(missing)} called functions have no name")
    listed = sorted({names[i] for i in called})
    out = ROOT / "tools" / "startup_functions.txt"
    out.write_text(HEADER + "".join(n + "\n" for n in listed))
    print(f"startup_functions: {len(listed)} functions -> {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
