#!/usr/bin/env python3
"""Write the share-link test vectors: tests/data/links/ and tests/data/bad-links/.

    python3 tools/make_link_vectors.py

A share link's payload is base64url (no padding) of raw DEFLATE (RFC 1951), as the
browser's CompressionStream("deflate-raw") writes it; Python's zlib with wbits=-15
writes the same format. Good vectors come in pairs, NAME.link (the payload) and
NAME.json (what it must decode to), one per block type. Bad ones are payloads the
decoder must refuse; their messages are in bad-links/expected.txt (kept by hand: this
script writes the payloads only). The output is deterministic; rerun it after changing
a case and commit the files.
"""
import base64
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOOD = ROOT / "tests" / "data" / "links"
BAD = ROOT / "tests" / "data" / "bad-links"


def deflate_raw(data, level=9, strategy=zlib.Z_DEFAULT_STRATEGY):
    c = zlib.compressobj(level, zlib.DEFLATED, -15, 9, strategy)
    return c.compress(data) + c.flush()


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=")


class BitWriter:
    """Bits least significant first (RFC 1951 3.1.1); Huffman codes most significant first."""

    def __init__(self):
        self.bits = []

    def value(self, v, n):
        self.bits += [(v >> i) & 1 for i in range(n)]
        return self

    def huffman(self, code, n):
        self.bits += [(code >> (n - 1 - i)) & 1 for i in range(n)]
        return self

    def bytes(self):
        out = bytearray()
        for i in range(0, len(self.bits), 8):
            out.append(sum(b << k for k, b in enumerate(self.bits[i:i + 8])))
        return bytes(out)


def block_type(stream):
    return (stream[0] >> 1) & 3


def main():
    GOOD.mkdir(parents=True, exist_ok=True)
    BAD.mkdir(parents=True, exist_ok=True)
    sample = (ROOT / "tests" / "data" / "sample-profile.json").read_bytes()
    small = b'{"format": "skillscope-profile", "name": "Q4 review \xe2\x80\x93 Zo\xc3\xab"}\n'
    good = {
        "dynamic-huffman": deflate_raw(sample),         # a large text: dynamic codes
        "fixed-huffman": deflate_raw(small, strategy=zlib.Z_FIXED),
        "stored": deflate_raw(small, level=0),
    }
    sources = {"dynamic-huffman": sample, "fixed-huffman": small, "stored": small}
    assert [block_type(good[k]) for k in ("stored", "fixed-huffman", "dynamic-huffman")] == [0, 1, 2]
    for name, stream in good.items():
        (GOOD / f"{name}.link").write_bytes(b64url(stream))
        (GOOD / f"{name}.json").write_bytes(sources[name])

    compressed_sample = deflate_raw(sample)
    bad = {
        "empty.link": b"",
        "percent-sign.link": b64url(compressed_sample)[:40] + b"%20" + b64url(compressed_sample)[40:],
        "standard-base64.link": base64.b64encode(compressed_sample),  # "+" and "/" are not base64url
        "non-ascii.link": b"qqqq\xc3\xa9qqqq",
        "cut-mid-byte.link": b64url(compressed_sample)[:4 * 50 + 1],
        "truncated.link": b64url(compressed_sample[: len(compressed_sample) // 2]),
        "block-type-3.link": b64url(bytes([0b111])),
        "stored-length-check.link": b64url(bytes([1, 5, 0, 0, 0]) + b"hello"),
        # Dynamic block whose code-length code gives all 19 symbols length 1.
        "oversubscribed-table.link": b64url(
            BitWriter().value(1, 1).value(2, 2).value(0, 5).value(0, 5).value(15, 4).value(0o1111111111111111111, 57).bytes()),
        # Fixed block: length 3 at distance 1 before any byte was written.
        "copy-before-start.link": b64url(
            BitWriter().value(1, 1).value(1, 2).huffman(0b0000001, 7).huffman(0, 5).bytes()),
        "trailing-bytes.link": b64url(deflate_raw(small) + b"x"),
        # 6 MB of spaces inflates past the 5 MB profile limit.
        "bomb.link": b64url(deflate_raw(b" " * (6 * 1024 * 1024))),
        "not-utf8.link": b64url(deflate_raw(b'{"name": "\xff\xfe"}')),
    }
    # A dynamic block whose literal/length code lacks the end-of-block code 256: the
    # code-length code has symbols 1 and 18 (length 1 each); 18 writes runs of zeros.
    w = BitWriter().value(1, 1).value(2, 2).value(0, 5).value(0, 5).value(14, 4)
    order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1]
    for sym in order:
        w.value(1 if sym in (1, 18) else 0, 3)
    w.huffman(1, 1).value(138 - 11, 7)   # zeros for literals 0..137
    w.huffman(1, 1).value(119 - 11, 7)   # zeros for 138..256: 256 has no code
    w.huffman(0, 1)                      # the one distance code: length 1
    bad["no-end-of-block.link"] = b64url(w.bytes())
    for name, payload in bad.items():
        (BAD / name).write_bytes(payload)
    print(f"wrote {len(good)} good vectors to {GOOD.relative_to(ROOT)} and {len(bad)} bad ones to {BAD.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
