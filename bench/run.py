#!/usr/bin/env python3
"""Benchmark skillscope: build the release bundle, then print figures.

    python3 bench/run.py             build (CMake preset `web`), then measure
    python3 bench/run.py --no-build  measure the bundle already in build/web/dist/

Figures go to stdout, one JSON object per line; progress goes to stderr. Budgets are
reported (within_budget), never enforced: the exit status is 0 whenever the
measurements could be taken, non-zero only when the build or a measurement failed.
See bench/README.md.
"""
import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "build" / "web" / "dist"
BROWSER_BENCH = ROOT / "bench" / "browser_bench.mjs"
PLAYWRIGHT = ROOT / "tests" / "e2e" / "node_modules" / "playwright-core"
WEB_ENV = dict(os.environ, NODE_PATH="/usr/share/nodejs")

BUDGET_GZIP_TOTAL = 240 * 1024  # what a first visit loads before its first frame (issue 11)
# Font pieces are fetched only when text needs them (tools/font_pieces.py): not first load.
PIECES = "fonts/pieces"
# The app's second wasm module (tools/split_wasm.py): every first visit fetches it, after
# the first frame, so it is counted apart.
AFTER_FIRST_FRAME = ("app.deferred.wasm",)
# Interface catalogues (docs/languages.md): a visit fetches only its language's, English
# none (it is built in), so each is counted apart and added to its language's first load.
LANGUAGES = "lang/"


def log(msg):
    print(f"[bench] {msg}", file=sys.stderr, flush=True)


def emit(obj):
    print(json.dumps(obj, separators=(",", ":")), flush=True)


def build():
    for cmd in (["cmake", "--preset", "web"], ["cmake", "--build", "--preset", "web"]):
        log("$ " + " ".join(cmd))
        # The build's own output is progress, not figures: keep stdout clean.
        subprocess.run(cmd, cwd=ROOT, env=WEB_ENV, check=True, stdout=sys.stderr)


def bundle_files():
    files = []
    for path in sorted(DIST.rglob("*")):
        rel = path.relative_to(DIST)
        if any(part.startswith(".") for part in rel.parts) or not path.is_file():
            continue
        files.append((rel.as_posix(), path))
    return files


def bundle_sizes():
    files = bundle_files()
    if not files:
        raise SystemExit(f"[bench] no bundle in {DIST}: build it (drop --no-build)")
    total_raw = total_gzip = 0
    pieces = []
    after = []
    languages = {}
    for name, path in files:
        data = path.read_bytes()
        packed = len(gzip.compress(data, compresslevel=9, mtime=0))
        if name.startswith(PIECES):
            pieces.append(packed)
            emit({"figure": "font_piece_bytes", "file": name, "raw": len(data), "gzip": packed})
            continue
        if name.startswith(LANGUAGES):
            languages[Path(name).stem] = packed
            emit({"figure": "language_bytes", "file": name, "raw": len(data), "gzip": packed})
            continue
        if name in AFTER_FIRST_FRAME:
            after.append((len(data), packed))
            emit({"figure": "bytes_after_first_frame", "file": name, "raw": len(data), "gzip": packed})
            continue
        total_raw += len(data)
        total_gzip += packed
        emit({"figure": "bytes", "file": name, "raw": len(data), "gzip": packed})
    if pieces:
        pieces.sort()
        emit({"figure": "font_pieces_total", "pieces": len(pieces), "gzip": sum(pieces),
              "gzip_median": pieces[len(pieces) // 2], "gzip_max": pieces[-1]})
    emit({
        "figure": "bytes_total",
        "raw": total_raw,
        "gzip": total_gzip,
        "budget_gzip": BUDGET_GZIP_TOTAL,
        "within_budget": total_gzip <= BUDGET_GZIP_TOTAL,
        # Everything a first visit downloads, the second module included.
        "with_after_first_frame_gzip": total_gzip + sum(g for _, g in after),
    })
    for code, packed in [("en", 0)] + sorted(languages.items()):
        emit({"figure": "first_load_bytes_by_language", "language": code, "gzip": total_gzip + packed})


def browser_figures(extra_args):
    node = shutil.which("node")
    if not node:
        raise SystemExit("[bench] node not found: run python3 tools/bootstrap.py")
    if not PLAYWRIGHT.is_dir():
        raise SystemExit(f"[bench] {PLAYWRIGHT} is missing: run python3 tools/bootstrap.py")
    log("$ node bench/browser_bench.mjs " + " ".join(extra_args))
    # stdout (the figures) passes straight through; so does stderr (progress).
    result = subprocess.run([node, str(BROWSER_BENCH), *extra_args], cwd=ROOT)
    if result.returncode != 0:
        raise SystemExit(f"[bench] browser measurements failed (exit {result.returncode})")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--no-build", action="store_true", help="measure build/web/dist as it is")
    parser.add_argument("--no-browser", action="store_true", help="bundle sizes only")
    parser.add_argument("--loads", type=int, default=5, help="page loads for time to first frame (default 5)")
    parser.add_argument("--no-dpr2", action="store_true", help="skip the frame-cost run at device pixel ratio 2")
    parser.add_argument("--no-team", action="store_true", help="skip the team stage (50 people x 200 skills)")
    parser.add_argument("--team-only", action="store_true", help="only the team stage (with the bundle sizes)")
    args = parser.parse_args()

    try:
        if not args.no_build:
            build()
    except subprocess.CalledProcessError as e:
        raise SystemExit(f"[bench] build failed: {' '.join(e.cmd)} exited with {e.returncode}")
    bundle_sizes()
    if not args.no_browser:
        extra = ["--loads", str(args.loads)]
        if args.no_dpr2:
            extra.append("--no-dpr2")
        if args.no_team:
            extra.append("--no-team")
        if args.team_only:
            extra.append("--team-only")
        browser_figures(extra)
    log("done")


if __name__ == "__main__":
    main()
