#!/usr/bin/env python3
"""Font pieces: Debian's fonts cut by Unicode block, fetched by the app only when text needs them.

The bundle's first-load fonts are Open Sans subset to Latin (assemble_bundle.py). Every
other character the app can draw comes from a *piece*: one font's glyphs for one Unicode
block (big blocks cut into chunks of at most CHUNK glyphs), like a web font's
unicode-range. `fonts/pieces.json` lists each piece and the code points it covers; the
app fetches it on the first need (src/ui/glyphs.cpp) and only the pieces its text uses.

Each code point comes from the first font in SOURCES that has it (Open Sans first, so
Greek and Cyrillic match the Latin). CJK Unified Ideographs and Hangul are ordered
common-first before chunking (the JIS X 0208 level 1 and GB 2312 level 1 ideographs;
the KS X 1001 syllables, all read from Python's own codecs), so a Japanese or Chinese
text needs far fewer chunks than if they were cut in code point order.

Subsetting a 19 MB CJK font once per chunk is slow when the font is parsed each time;
each font is loaded once and every piece is cut in a forked child (copy-on-write), two
at a time. Pieces are cached beside the bundle, keyed by this file and the font files.
"""
import hashlib
import io
import json
import os
import re
import shutil
from pathlib import Path

FONT_ROOT = Path("/usr/share/fonts")
# (tag, Debian package, file under FONT_ROOT, face index in a collection). A big block is
# cut into chunks of CHUNK glyphs, fewer for fonts with detailed outlines (emoji).
SOURCES = [
    ("open-sans", "fonts-open-sans", "truetype/open-sans/OpenSans-Regular.ttf", 0),
    ("noto", "fonts-noto-core", "truetype/noto/NotoSans-Regular.ttf", 0),
    ("hebrew", "fonts-noto-core", "truetype/noto/NotoSansHebrew-Regular.ttf", 0),
    ("arabic", "fonts-noto-core", "truetype/noto/NotoSansArabic-Regular.ttf", 0),
    ("armenian", "fonts-noto-core", "truetype/noto/NotoSansArmenian-Regular.ttf", 0),
    ("georgian", "fonts-noto-core", "truetype/noto/NotoSansGeorgian-Regular.ttf", 0),
    ("devanagari", "fonts-noto-core", "truetype/noto/NotoSansDevanagari-Regular.ttf", 0),
    ("thai", "fonts-noto-core", "truetype/noto/NotoSansThai-Regular.ttf", 0),
    ("cjk", "fonts-noto-cjk", "opentype/noto/NotoSansCJK-Regular.ttc", 0),  # face 0: Japanese forms
    ("symbols", "fonts-noto-core", "truetype/noto/NotoSansSymbols-Regular.ttf", 0),
    ("symbols2", "fonts-noto-core", "truetype/noto/NotoSansSymbols2-Regular.ttf", 0, 64),
    ("math", "fonts-noto-core", "truetype/noto/NotoSansMath-Regular.ttf", 0),
    ("symbola", "fonts-symbola", "truetype/ancient-scripts/Symbola_hint.ttf", 0, 40),  # monochrome emoji
]
CHUNK = 128
DROP_TABLES = ["GSUB", "GPOS", "GDEF", "VORG", "vhea", "vmtx", "BASE", "DSIG", "JSTF", "MATH", "meta"]


def parse_ranges(spec):
    """'U+0020-007E,U+20AC' -> set of ints."""
    out = set()
    for part in spec.split(","):
        lo, _, hi = part.strip()[2:].partition("-")
        out.update(range(int(lo, 16), int(hi or lo, 16) + 1))
    return out


def default_ignorable(cp):
    # Must match IsDefaultIgnorable in src/core/text/unicode.cpp: drawn as nothing, never fetched.
    return (cp in (0x00AD, 0x034F, 0x061C, 0xFEFF) or 0x180B <= cp <= 0x180F or 0x200B <= cp <= 0x200F
            or 0x202A <= cp <= 0x202E or 0x2060 <= cp <= 0x206F or 0xFE00 <= cp <= 0xFE0F or 0xE0000 <= cp <= 0xE0FFF)


def drawable(cp):
    return not (cp < 0x20 or 0x7F <= cp <= 0x9F or 0xD800 <= cp <= 0xF8FF or cp >= 0xF0000
                or cp in (0xFFFC, 0xFFFD) or default_ignorable(cp))


def codec_set(codec, rows, cells=range(0xA1, 0xFF)):
    """Characters of a two-byte legacy code's rows (their lead bytes), decoded by Python."""
    out = set()
    for lead in rows:
        for trail in cells:
            try:
                ch = bytes([lead, trail]).decode(codec)
            except UnicodeDecodeError:
                continue
            if len(ch) == 1:
                out.add(ord(ch))
    return out


def common_first_key():
    """Sort key putting everyday ideographs and syllables before rare ones."""
    common = codec_set("euc_jp", range(0xB0, 0xD0)) | codec_set("gb2312", range(0xB0, 0xD8))
    hangul = codec_set("euc_kr", range(0xB0, 0xC9))
    return lambda cp: (0 if cp in common or cp in hangul else 1, cp)


def block_of(cp):
    from fontTools import unicodedata  # Debian python3-fonttools
    return unicodedata.block(cp)


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def plan(base):
    """[(source index, piece name, sorted code points)] for every piece."""
    from fontTools.ttLib import TTFont
    claimed = set(base)
    key = common_first_key()
    pieces = []
    for index, (tag, package, rel, face, *chunk) in enumerate(SOURCES):
        chunk = chunk[0] if chunk else CHUNK
        path = FONT_ROOT / rel
        if not path.exists():
            raise SystemExit(f"font_pieces: {path} is missing (Debian package {package})")
        cmap = TTFont(str(path), fontNumber=face, lazy=True).getBestCmap()
        mine = sorted(cp for cp in cmap if drawable(cp) and cp not in claimed)
        claimed.update(mine)
        blocks = {}
        for cp in mine:
            blocks.setdefault(block_of(cp), []).append(cp)
        for block, cps in blocks.items():
            if block in ("CJK Unified Ideographs", "Hangul Syllables"):
                cps = sorted(cps, key=key)
            name = slug(block) + "-" + tag
            if len(cps) <= chunk * 3 // 2:  # a block a little over one chunk stays whole
                pieces.append((index, name, sorted(cps)))
            else:
                for n, start in enumerate(range(0, len(cps), chunk)):
                    pieces.append((index, f"{name}-{n + 1:03d}", sorted(cps[start:start + chunk])))
    return pieces


def encode_cps(cps):
    """Sorted code points -> [first, run, gap, run, gap, run...] (runs of consecutive values)."""
    out = []
    prev_end = None
    i = 0
    while i < len(cps):
        j = i
        while j + 1 < len(cps) and cps[j + 1] == cps[j] + 1:
            j += 1
        out += [cps[i]] if prev_end is None else [cps[i] - prev_end]
        out.append(j - i + 1)
        prev_end = cps[j] + 1
        i = j + 1
    return out


def cut_pieces(pieces, out_dir, jobs):
    """Writes each piece's font file; a font is loaded once, pieces are cut in forked children."""
    from fontTools.ttLib import TTFont
    from fontTools import subset
    options = subset.Options()
    options.hinting = False
    options.desubroutinize = True
    options.layout_features = []
    options.name_IDs = []
    options.notdef_outline = False
    options.glyph_names = False
    options.drop_tables += DROP_TABLES
    by_source = {}
    for p in pieces:
        by_source.setdefault(p[0], []).append(p)
    for index, group in by_source.items():
        rel, face = SOURCES[index][2:4]
        font = TTFont(str(FONT_ROOT / rel), fontNumber=face)
        for tag in DROP_TABLES:
            if tag in font:
                del font[tag]
        if "cmap" in font:  # one Unicode cmap is enough, and parsing the others is slow
            font["cmap"].tables = [t for t in font["cmap"].tables if t.isUnicode()][-1:]
        for tag in list(font.keys()):
            font[tag]
        running = []
        for _, name, cps in group:
            if len(running) >= jobs:
                wait_one(running)
            pid = os.fork()
            if pid == 0:
                try:
                    s = subset.Subsetter(options)
                    s.populate(unicodes=cps)
                    s.subset(font)
                    buf = io.BytesIO()
                    font.save(buf)
                    (out_dir / file_name(name, font)).write_bytes(buf.getvalue())
                    os._exit(0)
                except BaseException as e:  # noqa: BLE001 - report and fail the child
                    print(f"font_pieces: {name}: {e}", flush=True)
                    os._exit(1)
            running.append(pid)
        while running:
            wait_one(running)


def wait_one(running):
    pid, status = os.wait()
    running.remove(pid)
    if status != 0:
        raise SystemExit("font_pieces: cutting a piece failed")


def file_name(name, font):
    return name + (".otf" if "CFF " in font else ".ttf")


def line_per_em(path, face):
    from fontTools.ttLib import TTFont
    f = TTFont(str(path), fontNumber=face, lazy=True)
    return round((f["hhea"].ascent - f["hhea"].descent) / f["head"].unitsPerEm, 4)


def build(base_spec, out_dir: Path, cache_root: Path, jobs=2):
    """Writes out_dir/pieces/*.ttf|otf and out_dir/pieces.json; returns the manifest."""
    key = hashlib.sha256(Path(__file__).read_bytes() + base_spec.encode())
    for _, _, rel, face, *_ in SOURCES:
        st = (FONT_ROOT / rel).stat() if (FONT_ROOT / rel).exists() else None
        key.update(f"{rel}:{face}:{st and st.st_size}:{st and int(st.st_mtime)}".encode())
    cache = cache_root / ("font-pieces-" + key.hexdigest()[:16])
    if not (cache / "pieces.json").exists():
        for old in cache_root.glob("font-pieces-*"):
            shutil.rmtree(old)
        tmp = cache.with_name(cache.name + ".tmp")
        if tmp.exists():
            shutil.rmtree(tmp)
        (tmp / "pieces").mkdir(parents=True)
        pieces = plan(parse_ranges(base_spec))
        cut_pieces(pieces, tmp / "pieces", jobs)
        metrics = {i: line_per_em(FONT_ROOT / s[2], s[3]) for i, s in enumerate(SOURCES)}
        files = {p.stem: p.name for p in (tmp / "pieces").iterdir()}
        manifest = {"pieces": [{"file": "fonts/pieces/" + files[name], "font": SOURCES[i][0],
                                "lineHeightPerEm": metrics[i], "codePoints": encode_cps(cps)}
                               for i, name, cps in pieces]}
        (tmp / "pieces.json").write_text(json.dumps(manifest, separators=(",", ":")) + "\n")
        tmp.rename(cache)
    shutil.copytree(cache / "pieces", out_dir / "pieces")
    shutil.copyfile(cache / "pieces.json", out_dir / "pieces.json")
    return json.loads((cache / "pieces.json").read_text())


