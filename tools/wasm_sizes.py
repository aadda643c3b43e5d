#!/usr/bin/env python3
"""Where the bytes of a .wasm go: function bodies grouped by component.

Usage: tools/wasm_sizes.py APP.wasm [--top N]

The wasm must carry a "name" section (link with --profiling-funcs; the release bundle
has none). Each function body's size is put under a component by its (demangled) name:
ImGui, nlohmann/json, libc++, libc, the app's core, session, ui, platform, app. Data
segments are reported apart. Sizes are raw bytes; gzip shrinks them all about alike.
"""
import argparse
import re
import sys
from collections import defaultdict


def leb(data, pos):
    result = shift = 0
    while True:
        b = data[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        shift += 7
        if not b & 0x80:
            return result, pos


def sections(data):
    if data[:4] != b"\0asm":
        sys.exit("not a wasm file")
    pos = 8
    while pos < len(data):
        sid = data[pos]
        size, pos = leb(data, pos + 1)
        yield sid, data[pos:pos + size]
        pos += size


def imported_functions(body):
    count, pos = leb(body, 0)
    n = 0
    for _ in range(count):
        for _ in range(2):  # module, field
            length, pos = leb(body, pos)
            pos += length
        kind = body[pos]
        pos += 1
        if kind == 0:  # function: type index
            _, pos = leb(body, pos)
            n += 1
        elif kind == 1:  # table: elemtype, limits
            pos += 1
            flags, pos = leb(body, pos)
            _, pos = leb(body, pos)
            if flags & 1:
                _, pos = leb(body, pos)
        elif kind == 2:  # memory: limits
            flags, pos = leb(body, pos)
            _, pos = leb(body, pos)
            if flags & 1:
                _, pos = leb(body, pos)
        elif kind == 3:  # global: type, mutability
            pos += 2
        elif kind == 4:  # tag
            pos += 1
            _, pos = leb(body, pos)
    return n


def function_names(body):
    names = {}
    pos = 0
    while pos < len(body):
        sub = body[pos]
        size, pos = leb(body, pos + 1)
        end = pos + size
        if sub == 1:
            count, p = leb(body, pos)
            for _ in range(count):
                index, p = leb(body, p)
                length, p = leb(body, p)
                names[index] = body[p:p + length].decode("utf-8", "replace")
                p += length
        pos = end
    return names


def name_section(body):
    """Function index -> name if this custom section is the "name" section, else None."""
    length, p = leb(body, 0)
    return function_names(body[p + length:]) if body[p:p + length] == b"name" else None


def names_of(data):
    """Function index -> name (empty without a name section), and how many functions
    are imported (their indices come first)."""
    names, imports = {}, 0
    for sid, body in sections(data):
        if sid == 2:
            imports = imported_functions(body)
        elif sid == 0:
            names = name_section(body) or names
    return names, imports


# By where the name starts (a template's arguments may name anything); nlohmann's
# templates are recognised anywhere, as they are instantiated for the app's types.
RULES = [
    ("nlohmann/json", re.compile(r"nlohmann::")),
    ("skillscope ui", re.compile(r"^skillscope::ui::")),
    ("skillscope platform", re.compile(r"^skillscope::platform::|^ss_on_|^ss_js_")),
    ("skillscope session", re.compile(r"^skillscope::(Session|ProfileStore|FrameworkLibrary|Settings|PeopleStore)\b|"
                                      r"^skillscope::(ParseRoute|RouteFragment|IsShareLinkFragment)")),
    ("skillscope app", re.compile(r"^skillscope::(App|GlyphSupply|AccessibilityMirror|EncodeAccessibilityTree)\b")),
    ("skillscope core", re.compile(r"^skillscope::")),
    ("ImGui", re.compile(r"^(ImGui|Im[A-Z]|stbtt|stbrp|stb_|STB|ImGui_Impl)")),
    ("libc++", re.compile(r"std::|^__cxx|^operator new|^operator delete|^__cxa|^__gxx|^_Unwind|^__dynamic_cast")),
    ("libc", re.compile(r"^(__|_?[a-z][a-z0-9_]*$|emscripten_|dlmalloc|dlfree|sbrk)")),
]


def component(name):
    # "void skillscope::ui::X(...)", "bool ImGui::Y(...)": skip a leading return type.
    bare = re.sub(r"^(void|bool|int|float|double|unsigned|char|auto|decltype\(auto\)) ", "", name)
    for label, rule in RULES:
        if rule.search(bare):
            return label
    return "other"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("wasm")
    ap.add_argument("--top", type=int, default=0, help="also list the N largest functions")
    a = ap.parse_args()
    data = open(a.wasm, "rb").read()
    names, imports = names_of(data)
    bodies = []
    data_bytes = 0
    for sid, body in sections(data):
        if sid == 10:
            count, pos = leb(body, 0)
            for _ in range(count):
                size, p = leb(body, pos)
                bodies.append(p + size - pos)
                pos = p + size
        elif sid == 11:
            data_bytes = len(body)
    if not names:
        sys.exit("no name section: link with --profiling-funcs")
    totals = defaultdict(int)
    listing = []
    for i, size in enumerate(bodies):
        name = names.get(imports + i, f"<function {imports + i}>")
        totals[component(name)] += size
        listing.append((size, name))
    code = sum(bodies)
    print(f"{'component':22} {'bytes':>9} {'share':>6}")
    for label, size in sorted(totals.items(), key=lambda kv: -kv[1]):
        print(f"{label:22} {size:9d} {100.0 * size / code:5.1f}%")
    print(f"{'code total':22} {code:9d}")
    print(f"{'data segments':22} {data_bytes:9d}")
    if a.top:
        print()
        for size, name in sorted(listing, reverse=True)[:a.top]:
            print(f"{size:8d}  {component(name):20}  {name[:150]}")


if __name__ == "__main__":
    main()
