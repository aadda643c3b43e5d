#!/usr/bin/env python3
"""Writes the table fixtures: one small skills table in each shape, format and encoding a
person may bring. Every file holds the same framework, so the unit tests can check that each
one converts to exactly the same skills and statements (tests/unit/table_fixtures_test.cpp).

Run from anywhere: python3 tests/data/tables/make_fixtures.py
"""
import csv
import io
import pathlib

HERE = pathlib.Path(__file__).resolve().parent

HEADER = ["Code", "Skill", "Category", "Level 1 (Learning)", "Level 2 (Practising)", "Level 3 (Leading)"]
WIDE = [
    ["OBS", "Observability", "Operations", "Reads dashboards and reports anomalies.",
     "Builds dashboards for own services.\nTunes alert thresholds.",
     "Defines the team\u2019s monitoring standards.\nExplains the \"why\" of each alert."],
    ["BUD", "Budgeting", "Management", "Tracks spend in \u20ac per service.",
     "Forecasts \u201ccloud\u201d costs \u2013 monthly.", ""],
    ["NET", "Networking", "Operations", "Configures VLANs, routes and firewalls.",
     "Designs the office network.\nDocuments it; keeps it current.", "Plans capacity for 3 sites."],
]
LEVEL_NAMES = ["Learning", "Practising", "Leading"]


def delimited(rows, delimiter):
    out = io.StringIO()
    # Excel's quoting: only cells holding the separator, a quote or a line break; CRLF rows.
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


def long_rows():
    rows = [["Code", "Skill", "Category", "Level", "Statement"]]
    for code, name, category, *cells in WIDE:
        for level, cell in zip(LEVEL_NAMES, cells):
            for statement in filter(None, cell.split("\n")):
                rows.append([code, name, category, level, statement])
    return rows


def markdown(rows):
    def line(cells):
        return "| " + " | ".join(c.replace("|", "\\|").replace("\n", "<br>") for c in cells) + " |\n"
    return line(rows[0]) + "|" + "---|" * len(rows[0]) + "\n" + "".join(line(r) for r in rows[1:])


def write(name, text, encoding, bom=b""):
    (HERE / name).write_bytes(bom + text.encode(encoding))


wide = [HEADER] + WIDE
write("team-wide.csv", delimited(wide, ","), "utf-8")
write("team-wide-utf8-bom.csv", delimited(wide, ","), "utf-8", b"\xef\xbb\xbf")
write("team-wide-windows-1252.csv", delimited(wide, ";"), "cp1252")
write("team-wide-unicode-text.txt", delimited(wide, "\t"), "utf-16-le", b"\xff\xfe")
write("team-wide-utf16be.txt", delimited(wide, "\t"), "utf-16-be", b"\xfe\xff")
write("team-wide-utf16le-no-bom.tsv", delimited(wide, "\t"), "utf-16-le")
write("team-wide.md", markdown(wide), "utf-8")
write("team-long.csv", delimited(long_rows(), ","), "utf-8")
