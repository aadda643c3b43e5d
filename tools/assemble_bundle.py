#!/usr/bin/env python3
"""Assemble the static web bundle (what a host serves) from the build and the sources.

    dist/
      index.html style.css boot.js ...   web/
      app.js                             the Emscripten build
      app.wasm app.deferred.wasm         its code in two modules: what a first visit
                                         runs until idle, and the rest, fetched after
                                         the first frame (tools/split_wasm.py)
      icon.svg                           assets/icons/
      fonts/*.ttf                        Open Sans (Debian fonts-open-sans), subset to Latin
      fonts/pieces.json, fonts/pieces/   every other glyph, by Unicode block, fetched on
                                         demand and never precached (tools/font_pieces.py)
      frameworks/*.json                  frameworks/
      lang/*.json                        the interface in each language but English
                                         (built into the app), fetched when chosen
      index.html                         gets the version, the build and the files the
                                         loader hands to main() inline, and a preload link
                                         for each file the first frame needs

Run by the `bundle` CMake target with Debian's python3 (fontTools lives there).
"""
import argparse
import hashlib
import json
import re
import shutil
import sys
from pathlib import Path

# Must match kFirstRanges and InBundledFontsLater in src/ui/fonts.cpp: glyphs outside
# them are never drawn.
FONT_UNICODES = ("U+0020-007E,U+00A0-017F,U+2010-2027,U+2030-203A,U+20AC,U+2122,"
                 "U+2190-2193,U+2212")
FONTS = ["OpenSans-Regular.ttf", "OpenSans-Semibold.ttf", "OpenSans-Bold.ttf"]


def subset_font(src: Path, dst: Path):
    from fontTools import subset  # Debian python3-fonttools
    # Dear ImGui 1.86 neither kerns nor forms ligatures: the layout tables are dead weight.
    args = [str(src), f"--unicodes={FONT_UNICODES}", f"--output-file={dst}",
            "--no-hinting", "--desubroutinize", "--layout-features=", "--drop-tables+=GSUB,GPOS,GDEF,kern"]
    subset.main(args)


def copy(src: Path, dst: Path):
    dst.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dst)


def without_comments(src: Path, dst: Path):
    """The shell's scripts and style sheet as served: their comments are for us, not for
    every visitor's first download (a third of boot.js's bytes). Only whole-line `//`
    comments go from scripts (none of ours has a line of a string starting so), and
    `/* */` blocks from the style sheet (none sits in a string)."""
    text = src.read_text()
    if src.suffix == ".js":
        text = "".join(line for line in text.splitlines(keepends=True) if not line.lstrip().startswith("//"))
    elif src.suffix == ".css":
        text = re.sub(r"/\*.*?\*/\n?", "", text, flags=re.S)
    dst.write_text(text)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--source", required=True, type=Path)
    ap.add_argument("--app-dir", required=True, type=Path)
    ap.add_argument("--font-dir", required=True, type=Path)
    ap.add_argument("--version", required=True)
    ap.add_argument("--out", required=True, type=Path)
    a = ap.parse_args()

    # Build next to the old bundle and swap at the end: a server running from it never
    # sees a half-written bundle, and files removed from the sources do not linger.
    out = a.out.with_name(a.out.name + ".tmp")
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    (out / "fonts").mkdir()

    for f in sorted((a.source / "web").iterdir()):
        if f.is_file() and f.suffix in (".js", ".css"):
            without_comments(f, out / f.name)
        elif f.is_file():
            copy(f, out / f.name)
    copy(a.source / "assets" / "icons" / "icon.svg", out / "icon.svg")
    # PNG icons take a while to draw in pure Python: cached beside the bundle, keyed by
    # the drawing code, so only a change to the icon redraws them.
    tools = Path(__file__).resolve().parent
    sys.path.insert(0, str(tools))
    from icon_png import icon_png  # noqa: E402
    key = hashlib.sha256((tools / "icon_png.py").read_bytes()).hexdigest()[:12]
    cache = a.out.with_name("icon-cache")
    cache.mkdir(exist_ok=True)
    for size in (192, 512):
        cached = cache / f"{key}-{size}.png"
        if not cached.exists():
            cached.write_bytes(icon_png(size))
        copy(cached, out / f"icon-{size}.png")
    copy(a.app_dir / "app.js", out / "app.js")
    from split_wasm import split, strip  # noqa: E402
    startup_list = tools / "startup_functions.txt"
    if startup_list.exists():
        split(a.app_dir / "app.wasm", startup_list, out)
    else:  # one module, as linked (without its names)
        strip(a.app_dir / "app.wasm", out / "app.wasm")

    preload = []
    for name in FONTS:
        src = a.font_dir / name
        if not src.exists():
            sys.exit(f"assemble_bundle: {src} is missing (Debian package fonts-open-sans)")
        subset_font(src, out / "fonts" / name)
        preload.append(f"fonts/{name}")

    from font_pieces import build as build_font_pieces  # noqa: E402
    build_font_pieces(FONT_UNICODES, out / "fonts", a.out.parent)

    for fw in sorted((a.source / "frameworks").glob("*.json")):
        copy(fw, out / "frameworks" / fw.name)
        preload.append(f"frameworks/{fw.name}")

    # The interface in other languages: fetched only when chosen, and kept by the service
    # worker when first used, like font pieces (docs/languages.md).
    from messages import boot_messages, bundle as bundle_messages, languages  # noqa: E402
    bundle_messages(a.source / "assets" / "lang", out / "lang")

    # The build id names this exact set of files: a change anywhere makes a new one, so
    # the service worker installs the new bundle and the page can say it was updated.
    digest = hashlib.sha256()
    for f in sorted(p for p in out.rglob("*") if p.is_file()):
        digest.update(str(f.relative_to(out)).encode() + b"\0" + f.read_bytes())
    build = digest.hexdigest()[:12]
    bundle = {"version": a.version, "build": build, "preload": preload,
              "languages": [l["code"] for l in languages(a.source / "assets" / "lang")],
              # What boot.js says before the app runs (loading, failures), in every language.
              "boot": boot_messages(a.source / "assets" / "lang")}
    if (out / "app.deferred.wasm").exists():
        bundle["deferred"] = "app.deferred.wasm"  # fetched by boot.js after the first frame
    # Inline, not a file of its own: the loader would learn which files to fetch only
    # after fetching the list. The preload links start every download while the page is
    # parsed, before boot.js runs (fetch() and the script tag then take the responses).
    # boot.js first: its tag is at the end of the body, and found there it was asked for
    # after every download below, behind the six connections they hold (the WebGL
    # context it makes is on the way to the first frame).
    links = ['<link rel="preload" href="boot.js" as="script">',
             '<link rel="preload" href="app.wasm" as="fetch" crossorigin>',
             '<link rel="preload" href="app.js" as="script">']
    links += [f'<link rel="preload" href="{name}" as="fetch" crossorigin>' for name in preload]
    # A JSON data block: never run, so the CSP's script-src does not apply to it.
    links.append('<script type="application/json" id="bundle">' + json.dumps(bundle) + "</script>")
    index = (out / "index.html").read_text()
    if index.count("<!-- bundle -->") != 1:
        sys.exit("assemble_bundle: web/index.html must hold one <!-- bundle --> line")
    (out / "index.html").write_text(index.replace("<!-- bundle -->", "\n".join(links)))

    # Font pieces are not precached: a Latin-only visit never downloads them. The service
    # worker keeps each one the app fetches, so they work offline after first use.
    cached = ["./"] + sorted(str(p.relative_to(out)) for p in out.rglob("*")
                             if p.is_file() and p.name not in ("sw.js",) and not p.name.startswith(".")
                             and not str(p.relative_to(out)).startswith(("fonts/pieces", "lang/")))
    sw = (out / "sw.js").read_text()
    sw = sw.replace("'__BUILD__'", json.dumps(build)).replace("__FILES__", json.dumps(cached))
    (out / "sw.js").write_text(sw)
    (out / ".stamp").write_text(a.version + "\n")

    old = a.out.with_name(a.out.name + ".old")
    if old.exists():
        shutil.rmtree(old)
    if a.out.exists():
        a.out.rename(old)
    out.rename(a.out)
    if old.exists():
        shutil.rmtree(old)


if __name__ == "__main__":
    main()
