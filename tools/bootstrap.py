#!/usr/bin/env python3
"""Install what skillscope needs to build, serve and test, and nothing more.

Used by serve.py and tests/run.py so that both work on a fresh Debian 12 machine.
Idempotent: when everything is present it only checks (a few dpkg/stat calls) and
returns in well under a second.

What comes from where (DEVELOPERS.md "Fixed choices"):
- Debian packages: the compilers, Emscripten, header-only libraries, Chromium,
  the fonts and the font subsetter.
- Dear ImGui 1.86: the orig tarball of Debian's source package, pinned by SHA-256,
  unpacked into .deps/ (Debian's binary package lacks imgui.cpp and friends).
- npm (test tooling only): playwright-core, pinned by tests/e2e/package-lock.json.
"""
import hashlib
import os
import shutil
import subprocess
import sys
import tarfile
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEPS = ROOT / ".deps"

# Package -> why. Keep this list the single place that names system packages.
APT_PACKAGES = {
    "cmake": "build system",
    "ninja-build": "build tool used by the presets",
    "g++": "native compiler for core unit tests",
    "emscripten": "C++ to WebAssembly compiler (3.1.6 in bookworm)",
    "nlohmann-json3-dev": "JSON library (header-only)",
    "doctest-dev": "unit test framework (header-only)",
    "chromium": "headless browser for end-to-end tests and the benchmark",
    "fonts-open-sans": "the app's TTF font",
    "fonts-noto-core": "font pieces for Greek, Cyrillic, Hebrew, Arabic and other scripts, symbols (tools/font_pieces.py)",
    "fonts-noto-cjk": "font pieces for Japanese, Chinese and Korean (tools/font_pieces.py)",
    "fonts-symbola": "font pieces for monochrome emoji (tools/font_pieces.py)",
    "python3-fonttools": "subsets the fonts: the Latin first-load fonts and the pieces",
    "python3-jsonschema": "checks data files against schemas/ in the tests",
    "xz-utils": "unpacks the Dear ImGui source tarball",
}
NODE_PACKAGES = {"nodejs": "runs e2e tests and wasm unit tests", "npm": "installs playwright-core"}

IMGUI_VERSION = "1.86"
IMGUI_TARBALL = "imgui_1.86+ds.orig.tar.xz"
IMGUI_SHA256 = "0dace0e8e57d298eb6e93af12dc19420cb96330832f6495c733b90aeeef11f64"
IMGUI_POOL_URL = "http://deb.debian.org/debian/pool/main/i/imgui/" + IMGUI_TARBALL
IMGUI_DIR = DEPS / f"imgui-{IMGUI_VERSION}"

E2E_DIR = ROOT / "tests" / "e2e"


def log(msg):
    print(f"[bootstrap] {msg}", flush=True)


def run(cmd, **kw):
    log("$ " + " ".join(str(c) for c in cmd))
    subprocess.run(cmd, check=True, **kw)


def as_root(cmd):
    if os.geteuid() == 0:
        return cmd
    if shutil.which("sudo"):
        return ["sudo", "-E"] + cmd
    sys.exit("bootstrap: installing system packages needs root (or sudo)")


def missing_debs(names):
    missing = []
    for name in names:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Status}", name],
                             capture_output=True, text=True)
        if out.returncode != 0 or "install ok installed" not in out.stdout:
            missing.append(name)
    return missing


def install_debs():
    wanted = list(APT_PACKAGES)
    # The machine may have a non-Debian node on PATH (nodesource); only fall back to
    # Debian's nodejs when there is none at all.
    if not (shutil.which("node") and shutil.which("npm")):
        wanted += list(NODE_PACKAGES)
    missing = missing_debs(wanted)
    if not missing:
        return
    log("installing Debian packages: " + " ".join(missing))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    run(as_root(["apt-get", "update", "-qq"]), env=env)
    run(as_root(["apt-get", "install", "-y", "-qq", "--no-install-recommends"] + missing), env=env)


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 16), b""):
            h.update(chunk)
    return h.hexdigest()


def fetch_imgui_tarball(dest):
    """Debian's pool first (no apt configuration touched); `apt-get source` as fallback."""
    try:
        log(f"downloading {IMGUI_POOL_URL}")
        with urllib.request.urlopen(IMGUI_POOL_URL, timeout=60) as r, open(dest, "wb") as f:
            shutil.copyfileobj(r, f)
        return
    except OSError as e:
        log(f"direct download failed ({e}); trying apt-get source")
    src_list = Path("/etc/apt/sources.list.d/skillscope-deb-src.sources")
    if not src_list.exists():
        entry = ("Types: deb-src\nURIs: http://deb.debian.org/debian\nSuites: bookworm\n"
                 "Components: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n")
        run(as_root(["sh", "-c", f"printf '%s' '{entry}' > {src_list}"]))
        run(as_root(["apt-get", "update", "-qq"]))
    run(["apt-get", "source", "--download-only", f"imgui={IMGUI_VERSION}+ds-1"], cwd=dest.parent)


def install_imgui():
    stamp = IMGUI_DIR / ".sha256"
    if stamp.exists() and stamp.read_text().strip() == IMGUI_SHA256 and (IMGUI_DIR / "imgui.cpp").exists():
        return
    DEPS.mkdir(exist_ok=True)
    tarball = DEPS / IMGUI_TARBALL
    if not tarball.exists() or sha256(tarball) != IMGUI_SHA256:
        fetch_imgui_tarball(tarball)
    digest = sha256(tarball)
    if digest != IMGUI_SHA256:
        tarball.unlink()
        sys.exit(f"bootstrap: {IMGUI_TARBALL} has SHA-256 {digest}, expected {IMGUI_SHA256}; refusing to use it")
    if IMGUI_DIR.exists():
        shutil.rmtree(IMGUI_DIR)
    with tarfile.open(tarball) as tar:
        tar.extractall(DEPS, filter="data") if hasattr(tarfile, "data_filter") else tar.extractall(DEPS)
    if not (IMGUI_DIR / "imgui.cpp").exists():
        sys.exit(f"bootstrap: {IMGUI_TARBALL} did not unpack to {IMGUI_DIR}")
    stamp.write_text(IMGUI_SHA256 + "\n")
    log(f"Dear ImGui {IMGUI_VERSION} source ready in {IMGUI_DIR.relative_to(ROOT)}")


def install_node_modules():
    lock = E2E_DIR / "package-lock.json"
    stamp = E2E_DIR / "node_modules" / ".lock-sha256"
    want = sha256(lock)
    if stamp.exists() and stamp.read_text().strip() == want:
        return
    run(["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=E2E_DIR)
    stamp.write_text(want + "\n")


def main(node_modules=True):
    install_debs()
    install_imgui()
    if node_modules:
        install_node_modules()


if __name__ == "__main__":
    main()
