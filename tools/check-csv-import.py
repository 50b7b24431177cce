#!/usr/bin/env python3
"""Imports CSV files with LibreOffice Calc (headless) and says what a spreadsheet shows.

Usage: python3 tools/check-csv-import.py FILE.csv [FILE.csv ...]

Each file is imported twice, in a temporary directory (the files themselves are never changed):
  - "as UTF-8": the CSV filter told the file is UTF-8 (the charset LibreOffice's Text Import
    dialog picks for a file starting with a UTF-8 byte order mark) - the cells must hold the
    text exactly, and the byte order mark must not end up in the first cell;
  - "default": no filter options, as a headless conversion does by default (LibreOffice then uses
    its default character set whatever the file says, so a file not in it is garbled).
It prints each import's first cells and exits 0 when every "as UTF-8" import holds the file's
text exactly, 1 when one does not, 3 when LibreOffice (soffice) is not installed (Debian:
libreoffice-calc-nogui). Standard library only.
"""
import csv
import html.parser
import io
import os
import shutil
import subprocess
import sys
import tempfile


class Cells(html.parser.HTMLParser):
    """The text of every <td> of an HTML table, row by row."""

    def __init__(self):
        super().__init__()
        self.rows, self.row, self.cell = [], None, None

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.row = []
        elif tag == "td" and self.row is not None:
            self.cell = ""

    def handle_endtag(self, tag):
        if tag == "td" and self.cell is not None:
            self.row.append(self.cell)
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.rows.append(self.row)
            self.row = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell += data


def imported(soffice, path, options, work):
    """The cells LibreOffice reads from the CSV at `path` with filter `options` (None: default)."""
    out = os.path.join(work, "out-%d" % len(os.listdir(work)))
    command = [soffice, "-env:UserInstallation=file://" + os.path.join(work, "profile"), "--headless"]
    if options:
        command += ["--infilter=CSV:" + options]
    command += ["--convert-to", "html", "--outdir", out, path]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    name = os.path.splitext(os.path.basename(path))[0] + ".html"
    with open(os.path.join(out, name), encoding="utf-8", errors="replace") as f:
        parser = Cells()
        parser.feed(f.read())
    return parser.rows


def main(files):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("LibreOffice is not installed (soffice not on PATH): apt-get install libreoffice-calc-nogui", file=sys.stderr)
        return 3
    failed = False
    with tempfile.TemporaryDirectory(prefix="check-csv-import-") as work:
        for path in files:
            with open(path, "rb") as f:
                raw = f.read()
            bom = raw.startswith(b"\xef\xbb\xbf")
            expected = [row for row in csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""))]
            copy = os.path.join(work, "import.csv")
            with open(copy, "wb") as f:
                f.write(raw)
            as_utf8 = imported(soffice, copy, "44,34,76,1", work)
            default = imported(soffice, copy, None, work)
            width = max(len(r) for r in expected) if expected else 0
            same = [r + [""] * (width - len(r)) for r in expected] == [r + [""] * (width - len(r)) for r in as_utf8]
            print("%s: %s byte order mark" % (path, "with a" if bom else "without a"))
            print("  as UTF-8: %s; first cells %r" % ("the text exactly" if same else "DIFFERENT from the file", as_utf8[:2]))
            garbled = [r + [""] * (width - len(r)) for r in expected] != [r + [""] * (width - len(r)) for r in default]
            print("  default:  %s; first cells %r" % ("garbled" if garbled else "the text exactly", default[:2]))
            failed = failed or not same
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        sys.exit(64)
    sys.exit(main(sys.argv[1:]))
