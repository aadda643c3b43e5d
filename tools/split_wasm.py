#!/usr/bin/env python3
"""Split the app's wasm in two: what a first visit's first frame runs, and the rest.

    tools/split_wasm.py APP.wasm STARTUP_LIST OUT_DIR   -> OUT_DIR/app.wasm, app.deferred.wasm

The first module is what a first visit downloads before it can draw (about 40% of the
code); web/boot.js fetches the second after the first frame, and loads it at once when
a function of it is called before it arrived (README "Two wasm modules"). The split is
Binaryen's wasm-split (Debian package binaryen, a dependency of emscripten), keeping in
the first module the functions named in STARTUP_LIST (tools/startup_functions.txt,
written by tools/startup_functions.py). APP.wasm must carry a name section (the app is
linked with --profiling-funcs); both outputs are written without one.

wasm-split reads a function list separated by commas, and C++ names hold commas
(`std::map<K, V>`), so both sides go through a short hash of each name first. A name in
the list that the build no longer has is skipped: the list only decides where code
goes, never whether the app works.
"""
import hashlib
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from wasm_sizes import name_section, sections  # noqa: E402

# What emcc builds the app with (its defaults; no exceptions, CMakeLists.txt); the
# module has no target_features section to say so. Exception-handling instructions,
# were any to come back, would fail wasm-split's validation here.
FEATURES = ["--enable-bulk-memory", "--enable-mutable-globals", "--enable-sign-ext"]


def uleb(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def name_key(name):
    return "f" + hashlib.sha1(name.encode()).hexdigest()[:16]


def with_hashed_names(data):
    """The module with each function's name replaced by name_key(name), and only those."""
    out = bytearray(data[:8])
    found = False
    for sid, body in sections(data):
        names = name_section(body) if sid == 0 else None
        if names is not None:
            found = True
            sub = bytearray(uleb(len(names)))
            for index in sorted(names):
                key = name_key(names[index]).encode()
                sub += uleb(index) + uleb(len(key)) + key
            body = uleb(4) + b"name" + bytes([1]) + uleb(len(sub)) + bytes(sub)
        out += bytes([sid]) + uleb(len(body)) + body
    if not found:
        sys.exit("split_wasm: the module has no name section (link the app with --profiling-funcs)")
    return bytes(out)


def run(cmd):
    result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"split_wasm: {' '.join(cmd[:2])} failed:\n{result.stderr[-2000:]}")


def strip(src, dst):
    run(["wasm-opt", str(src), "--strip-debug", *FEATURES, "-o", str(dst)])


def split(app_wasm: Path, startup_list: Path, out_dir: Path):
    keep = [line.rstrip("\n") for line in startup_list.read_text().splitlines()
            if line.strip() and not line.startswith("#")]
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        (tmp / "named.wasm").write_bytes(with_hashed_names(app_wasm.read_bytes()))
        (tmp / "keep.txt").write_text("".join(name_key(n) + "\n" for n in keep))
        # Names no longer in the build only warn (on stderr, kept quiet here).
        run(["wasm-split", str(tmp / "named.wasm"), f"--keep-funcs=@{tmp / 'keep.txt'}",
             "-o1", str(tmp / "first.wasm"), "-o2", str(tmp / "deferred.wasm"), *FEATURES])
        strip(tmp / "first.wasm", out_dir / "app.wasm")
        strip(tmp / "deferred.wasm", out_dir / "app.deferred.wasm")


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    split(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))


if __name__ == "__main__":
    main()
