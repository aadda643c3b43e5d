#!/usr/bin/env python3
"""Install what skillscope needs to build, serve and test, and nothing more.

Used by serve.py and tests/run.py so that both work on a fresh Debian 12 machine.
Idempotent: when everything is present it only checks (a few dpkg/stat calls) and
returns in well under a second.

What comes from where (DEVELOPERS.md "Fixed choices"):
- Debian packages: the compilers (g++, and clang-14 with libFuzzer for fuzzing),
  Emscripten, header-only libraries, Chromium, the fonts and the font subsetter.
- Dear ImGui 1.86: the orig tarball of Debian's source package, pinned by SHA-256,
  unpacked into .deps/ (Debian's binary package lacks imgui.cpp and friends). It comes
  through `apt-get source`, from deb-src entries derived from the machine's own apt
  entries (same mirror, proxy settings and keyring), so no mirror is named here.
- npm (test tooling only): playwright-core and axe-core, pinned by tests/e2e/package-lock.json.
"""
import hashlib
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEPS = ROOT / ".deps"

# Package -> why. Keep this list the single place that names system packages.
APT_PACKAGES = {
    "cmake": "build system",
    "ninja-build": "build tool used by the presets",
    "g++": "native compiler for core unit tests",
    "emscripten": "C++ to WebAssembly compiler (3.1.6 in bookworm)",
    "binaryen": "wasm-split and wasm-opt: the bundle's two wasm modules (tools/split_wasm.py)",
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
    "clang-14": "compiler for the fuzz preset (libFuzzer needs clang; 14 matches Emscripten's)",
    "libclang-rt-14-dev": "libFuzzer and the ASan/UBSan runtimes that clang-14 links the fuzz targets with",
}
NODE_PACKAGES = {"nodejs": "runs e2e tests and wasm unit tests", "npm": "installs playwright-core and axe-core"}

IMGUI_VERSION = "1.86"
IMGUI_TARBALL = "imgui_1.86+ds.orig.tar.xz"
IMGUI_SHA256 = "0dace0e8e57d298eb6e93af12dc19420cb96330832f6495c733b90aeeef11f64"
IMGUI_DEBIAN_VERSION = "1.86+ds-1"  # bookworm's source package; its orig tarball is pinned below
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
    # One dpkg-query for all of them: a call per package made a do-nothing run slow.
    out = subprocess.run(["dpkg-query", "-W", "-f=${Package}\t${Status}\n"] + list(names),
                         capture_output=True, text=True)
    installed = {line.split("\t")[0].split(":")[0] for line in out.stdout.splitlines()
                 if line.endswith("install ok installed")}
    return [name for name in names if name not in installed]


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


# Where apt keeps its source lists (apt-config could move them; bootstrap follows it).
APT_SOURCES_DIR = Path("/etc/apt/sources.list.d")
APT_SOURCES_LIST = Path("/etc/apt/sources.list")
# The deb-src entries bootstrap adds, derived from the machine's own deb entries.
DEB_SRC_FILE = APT_SOURCES_DIR / "skillscope-deb-src.sources"


def release_codename():
    for line in Path("/etc/os-release").read_text().splitlines():
        if line.startswith("VERSION_CODENAME="):
            return line.split("=", 1)[1].strip().strip('"')
    sys.exit("bootstrap: /etc/os-release names no VERSION_CODENAME; is this Debian?")


def deb822_stanzas(text):
    """The stanzas of a deb822 .sources file, as dicts (continuation lines joined)."""
    stanzas, current, key = [], {}, None
    for raw in text.splitlines() + [""]:
        if raw.startswith("#"):
            continue
        if not raw.strip():
            if current:
                stanzas.append(current)
            current, key = {}, None
        elif raw[0] in " \t" and key:
            current[key] += "\n" + raw.strip()
        elif ":" in raw:
            key, value = raw.split(":", 1)
            key = key.strip().lower()
            current[key] = value.strip()
    return stanzas


def one_line_entries(text):
    """The entries of a one-line sources.list, as dicts like deb822 stanzas."""
    entries = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        options = ""
        if "[" in line and "]" in line:
            options = line[line.index("[") + 1:line.index("]")]
            line = line[:line.index("[")] + line[line.index("]") + 1:]
        words = line.split()
        if len(words) < 3:
            continue
        entry = {"types": words[0], "uris": words[1], "suites": words[2], "components": " ".join(words[3:])}
        for opt in options.split():
            name, _, value = opt.partition("=")
            if name == "signed-by":
                entry["signed-by"] = value
        entries.append(entry)
    return entries


def configured_entries():
    """Every enabled apt entry on this machine, from the files apt itself reads."""
    entries = []
    if APT_SOURCES_LIST.exists():
        entries += one_line_entries(APT_SOURCES_LIST.read_text())
    for path in sorted(APT_SOURCES_DIR.glob("*.list")):
        entries += one_line_entries(path.read_text())
    for path in sorted(APT_SOURCES_DIR.glob("*.sources")):
        if path != DEB_SRC_FILE:
            entries += [s for s in deb822_stanzas(path.read_text()) if s.get("enabled", "yes").lower() != "no"]
    return entries


def deb_src_entries():
    """deb-src twins of the machine's deb entries for the release suite, in deb822.

    The mirror, proxy-facing URI and keyring are whatever this machine's apt already
    uses; nothing here names a host. Other repositories (suites of other names) are
    left alone: they may publish no sources at all, which would fail apt-get update.
    """
    codename = release_codename()
    stanzas = []
    for e in configured_entries():
        if "deb" not in e.get("types", "").split() or codename not in e.get("suites", "").split():
            continue
        stanza = ["Types: deb-src", "URIs: " + e["uris"], "Suites: " + codename, "Components: " + e["components"]]
        if e.get("signed-by"):
            stanza.append("Signed-By: " + e["signed-by"].replace("\n", "\n "))
        stanzas.append("\n".join(stanza) + "\n")
    if not stanzas:
        sys.exit(f"bootstrap: no apt entry for {codename} to take deb-src entries from "
                 f"(looked in {APT_SOURCES_LIST} and {APT_SOURCES_DIR})")
    return "# Written by skillscope's tools/bootstrap.py: source packages from this machine's own\n" \
           "# Debian entries, for `apt-get source imgui`.\n\n" + "\n".join(stanzas)


def update_deb_src_index():
    """apt-get update for the deb-src file only: the machine's other lists are left as they are."""
    run(as_root(["apt-get", "update", "-qq", "-o", f"Dir::Etc::sourcelist={DEB_SRC_FILE}",
                 "-o", "Dir::Etc::sourceparts=-", "-o", "APT::Get::List-Cleanup=0"]))


def fetch_imgui_tarball(dest):
    """Dear ImGui's orig tarball from Debian's source package, through the machine's apt."""
    wanted = deb_src_entries()
    if not DEB_SRC_FILE.exists() or DEB_SRC_FILE.read_text() != wanted:
        log(f"enabling deb-src (same mirrors and keyrings as the machine's entries): {DEB_SRC_FILE}")
        with tempfile.NamedTemporaryFile("w", suffix=".sources", delete=False) as f:
            f.write(wanted)
        run(as_root(["install", "-m", "644", f.name, str(DEB_SRC_FILE)]))
        os.unlink(f.name)
        update_deb_src_index()
    with tempfile.TemporaryDirectory(dir=dest.parent) as work:
        get = ["apt-get", "source", "--download-only", "-qq", f"imgui={IMGUI_DEBIAN_VERSION}"]
        if os.geteuid() == 0:
            # apt would drop to its _apt user, who cannot write into our private temp dir.
            get[2:2] = ["-o", "APT::Sandbox::User=root"]
        if subprocess.run(get, cwd=work, capture_output=True).returncode != 0:
            log("apt-get source found no imgui: updating the deb-src index, then trying again")
            update_deb_src_index()  # the index may be older than the file, or gone
            run(get, cwd=work)
        shutil.move(str(Path(work) / IMGUI_TARBALL), str(dest))


def install_imgui(deps=DEPS):
    imgui_dir = deps / f"imgui-{IMGUI_VERSION}"
    stamp = imgui_dir / ".sha256"
    if stamp.exists() and stamp.read_text().strip() == IMGUI_SHA256 and (imgui_dir / "imgui.cpp").exists():
        return
    deps.mkdir(parents=True, exist_ok=True)
    tarball = deps / IMGUI_TARBALL
    if not tarball.exists() or sha256(tarball) != IMGUI_SHA256:
        fetch_imgui_tarball(tarball)
    digest = sha256(tarball)
    if digest != IMGUI_SHA256:
        tarball.unlink()
        sys.exit(f"bootstrap: {IMGUI_TARBALL} has SHA-256 {digest}, expected {IMGUI_SHA256}; refusing to use it")
    if imgui_dir.exists():
        shutil.rmtree(imgui_dir)
    with tarfile.open(tarball) as tar:
        tar.extractall(deps, filter="data") if hasattr(tarfile, "data_filter") else tar.extractall(deps)
    if not (imgui_dir / "imgui.cpp").exists():
        sys.exit(f"bootstrap: {IMGUI_TARBALL} did not unpack to {imgui_dir}")
    stamp.write_text(IMGUI_SHA256 + "\n")
    log(f"Dear ImGui {IMGUI_VERSION} source ready in {imgui_dir}")


def install_node_modules():
    lock = E2E_DIR / "package-lock.json"
    stamp = E2E_DIR / "node_modules" / ".lock-sha256"
    want = sha256(lock)
    if stamp.exists() and stamp.read_text().strip() == want:
        return
    run(["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=E2E_DIR)
    stamp.write_text(want + "\n")


def main(node_modules=True, deps=DEPS):
    install_debs()
    install_imgui(deps)
    if node_modules:
        install_node_modules()


if __name__ == "__main__":
    import argparse
    ap = argparse.ArgumentParser(description="Install what skillscope needs (idempotent).")
    ap.add_argument("--deps", type=Path, default=DEPS,
                    help="where Dear ImGui's source goes (default .deps/; the builds read .deps/)")
    ap.add_argument("--no-node-modules", action="store_true", help="skip npm ci for the e2e tests")
    a = ap.parse_args()
    main(node_modules=not a.no_node_modules, deps=a.deps.resolve())
