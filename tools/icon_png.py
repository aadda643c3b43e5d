"""PNG versions of assets/icons/icon.svg for the web app manifest (some browsers only
offer "Install" with 192 and 512 px PNG icons). Drawn here from the same shapes, with
the standard library only: no image tools are needed at build time."""
import struct
import zlib

BLUE = (0x1D, 0x57, 0xB8)
# The icon's shapes in its 64x64 viewBox (see icon.svg).
OUTER = [(32, 10), (52.9, 25.2), (44.9, 49.8), (19.1, 49.8), (11.1, 25.2)]
INNER = [(32, 21), (42.5, 28.6), (38.5, 40.9), (25.5, 40.9), (21.5, 28.6)]
SHAPE = [(32, 14), (47, 27), (41, 45), (22, 43), (17, 27)]


def _inside(poly, x, y):
    hit = False
    for i in range(len(poly)):
        (x1, y1), (x2, y2) = poly[i], poly[i - 1]
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            hit = not hit
    return hit


def _near_outline(poly, x, y, width):
    for i in range(len(poly)):
        (x1, y1), (x2, y2) = poly[i], poly[i - 1]
        dx, dy = x2 - x1, y2 - y1
        t = max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)))
        if (x - x1 - t * dx) ** 2 + (y - y1 - t * dy) ** 2 <= (width / 2) ** 2:
            return True
    return False


def _pixel(x, y):
    """Colour (r, g, b, a) at a point of the 64x64 icon."""
    r = 14  # corner radius
    cx, cy = min(max(x, r), 64 - r), min(max(y, r), 64 - r)
    if (x - cx) ** 2 + (y - cy) ** 2 > r * r or not (0 <= x <= 64 and 0 <= y <= 64):
        return (0, 0, 0, 0)
    alpha_white = 0.0
    if _near_outline(OUTER, x, y, 2) or _near_outline(INNER, x, y, 2):
        alpha_white = 0.45
    if _inside(SHAPE, x, y):
        alpha_white = 0.85
    return tuple(round(c + (255 - c) * alpha_white) for c in BLUE) + (255,)


def icon_png(size):
    samples = 3  # per axis, for smooth edges
    rows = []
    for py in range(size):
        row = bytearray([0])  # filter: none
        for px in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(samples):
                for sx in range(samples):
                    c = _pixel((px + (sx + 0.5) / samples) * 64 / size, (py + (sy + 0.5) / samples) * 64 / size)
                    for k in range(3):
                        acc[k] += c[k] * c[3]
                    acc[3] += c[3]
            a = acc[3] / (samples * samples)
            rgb = [round(acc[k] / acc[3]) if acc[3] else 0 for k in range(3)]
            row += bytes(rgb + [round(a)])
        rows.append(bytes(row))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) +
            chunk(b"IEND", b""))
