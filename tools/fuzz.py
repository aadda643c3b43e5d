#!/usr/bin/env python3
"""Run the libFuzzer targets (fuzz/) and print exec/s and coverage for each.

    python3 tools/fuzz.py                     # every target, 10 minutes each
    python3 tools/fuzz.py --seconds 15        # the smoke run of tests/run.py
    python3 tools/fuzz.py --target inflate --seconds 3600

Builds the CMake preset `fuzz` first (Debian's clang-14, ASan + UBSan, halting on the
first error) unless --no-build. Targets run one after another: each takes one core.

Seeds come from the repository (frameworks/, tests/data/) and are copied fresh into
build/fuzz/seeds/<target>/ each run; what the fuzzer finds is kept in
build/fuzz/corpus/<target>/, so a later run starts where this one stopped. A crash,
a sanitizer report or a broken FUZZ_CHECK stops the target and leaves the input in
build/fuzz/crashes/<target>/: copy it into the matching tests/data corpus with its
expected message, then fix the code.
"""
import argparse
import base64
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build" / "fuzz"
DATA = ROOT / "tests" / "data"


def seed_files(target):
    """The repository's files that seed a target, as (name, bytes)."""
    def files(folder, pattern="*"):
        return [(p.name, p.read_bytes()) for p in sorted(folder.glob(pattern))
                if p.is_file() and p.name != "expected.txt"]

    if target == "framework_loader":
        return files(ROOT / "frameworks", "*.json") + files(DATA / "bad-frameworks")
    if target == "profile_import":
        return (files(DATA / "bad-profiles") + [("sample-profile.json", (DATA / "sample-profile.json").read_bytes())]
                + files(DATA / "links", "*.json"))
    if target == "share_link":
        return files(DATA / "links", "*.link") + files(DATA / "bad-links")
    if target == "inflate":
        # The compressed bytes inside the share-link vectors.
        out = []
        for name, payload in files(DATA / "links", "*.link") + files(DATA / "bad-links"):
            try:
                text = payload.decode("ascii")
                out.append((name + ".deflate", base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))))
            except (ValueError, UnicodeDecodeError):
                pass  # the base64url-level bad cases have no DEFLATE inside
        return out
    if target == "backup":
        return files(DATA / "bad-backups") + [("sample-backup.json", (DATA / "sample-backup.json").read_bytes())]
    if target == "review":
        return files(DATA / "bad-reviews") + [("sample-review.json", (DATA / "sample-review.json").read_bytes())]
    if target == "catalogue":
        return files(ROOT / "assets" / "lang", "[a-z][a-z].json")
    if target == "table_import":
        seed = ROOT.parent / "shared" / "seeds"
        return (files(DATA / "tables") + files(DATA / "tables" / "fuzz-found")
                + [(p.name, p.read_bytes()) for p in sorted(seed.glob("000_*.txt"))])
    raise ValueError(target)


TARGETS = ["framework_loader", "profile_import", "share_link", "inflate", "table_import", "backup", "review", "catalogue"]
# Inputs longer than the largest seed add little and slow every execution.
MAX_LEN = 16384


def log(msg):
    print(f"[fuzz] {msg}", flush=True)


def build():
    env = dict(os.environ)
    for cmd in (["cmake", "--preset", "fuzz"], ["cmake", "--build", "--preset", "fuzz", "-j", "2"]):
        log("$ " + " ".join(cmd))
        if subprocess.run(cmd, cwd=ROOT, env=env).returncode != 0:
            sys.exit("fuzz: the build failed")


def prepare(target):
    seeds = BUILD / "seeds" / target
    shutil.rmtree(seeds, ignore_errors=True)
    seeds.mkdir(parents=True)
    for name, data in seed_files(target):
        (seeds / name).write_bytes(data)
    corpus = BUILD / "corpus" / target
    corpus.mkdir(parents=True, exist_ok=True)
    crashes = BUILD / "crashes" / target
    crashes.mkdir(parents=True, exist_ok=True)
    return corpus, seeds, crashes


STATUS = re.compile(r"^#(\d+)\s+(\w+)\s+cov: (\d+) ft: (\d+) corp: (\d+)/(\S+).*?exec/s: (\d+)")
STAT = re.compile(r"^stat::(\w+):\s+(\d+)")


def run(target, seconds):
    corpus, seeds, crashes = prepare(target)
    binary = BUILD / "fuzz" / f"fuzz_{target}"
    cmd = [str(binary), f"-max_total_time={seconds}", f"-max_len={MAX_LEN}", "-timeout=10",
           "-print_final_stats=1", f"-artifact_prefix={crashes}/", str(corpus), str(seeds)]
    env = dict(os.environ,
               ASAN_OPTIONS="abort_on_error=1:detect_leaks=1",
               UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1")
    log(f"{target}: {seconds} s, {len(list(seeds.iterdir()))} seeds, corpus {corpus.relative_to(ROOT)}")
    started = time.monotonic()
    proc = subprocess.run(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                          errors="replace")
    elapsed = time.monotonic() - started
    last, stats = None, {}
    for line in proc.stdout.splitlines():
        if m := STATUS.match(line):
            last = m
        if m := STAT.match(line):
            stats[m.group(1)] = int(m.group(2))
    result = {
        "target": target, "seconds": elapsed, "ok": proc.returncode == 0,
        "execs": stats.get("number_of_executed_units", int(last.group(1)) if last else 0),
        "exec_per_s": stats.get("average_exec_per_sec", int(last.group(7)) if last else 0),
        "cov": int(last.group(3)) if last else 0, "ft": int(last.group(4)) if last else 0,
        "corpus": int(last.group(5)) if last else 0,
    }
    if not result["ok"]:
        print(proc.stdout[-6000:])
        found = sorted(crashes.iterdir(), key=lambda p: p.stat().st_mtime)
        result["artifact"] = str(found[-1].relative_to(ROOT)) if found else "(none saved)"
    return result


def main():
    ap = argparse.ArgumentParser(description="Run the libFuzzer targets and report exec/s and coverage.")
    ap.add_argument("--seconds", type=int, default=600, help="per target (default 600)")
    ap.add_argument("--target", action="append", choices=TARGETS, help="repeatable; default: all")
    ap.add_argument("--no-build", action="store_true")
    a = ap.parse_args()
    if not a.no_build:
        build()
    results = [run(t, a.seconds) for t in (a.target or TARGETS)]
    log("summary (cov: coverage edges; ft: features; corpus: inputs kept)")
    log(f"  {'target':18s} {'time':>7s} {'execs':>11s} {'exec/s':>8s} {'cov':>6s} {'ft':>7s} {'corpus':>7s}  result")
    for r in results:
        verdict = "ok" if r["ok"] else "FAILED: " + r.get("artifact", "")
        log(f"  {r['target']:18s} {r['seconds']:6.0f}s {r['execs']:11d} {r['exec_per_s']:8d} {r['cov']:6d} "
            f"{r['ft']:7d} {r['corpus']:7d}  {verdict}")
    sys.exit(0 if all(r["ok"] for r in results) else 1)


if __name__ == "__main__":
    main()
