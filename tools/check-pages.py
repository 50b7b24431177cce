#!/usr/bin/env python3
"""Check HTML reports as a browser lays them out: no sideways scrolling (WCAG 2.2 1.4.10).

Usage: tools/check-pages.py [--widths 320,390,640,1280] [--screenshots DIR] [--pdf DIR] FILE.html...

For every file and width, headless Chromium lays the page out at that window width (320 CSS px is
what a 1280 px window shows at 400% zoom) and a small script added to a temporary copy of the page
measures it: the page must be no wider than the window, and no element may reach past its right
edge. The result is printed one line per file and width; the exit status is 0 when every page
reflows, 1 when one scrolls sideways (the elements that stick out are named), and 3 when Chromium
is not installed (so a test can say it skipped). --screenshots DIR also writes a PNG of each page at
each width, and --pdf DIR prints each page to PDF (A4, as the page's own @page rule says) and
reports its page count.

Standard library only. Chromium is found as $CHROMIUM, chromium, chromium-browser or
google-chrome on the PATH.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

MARKER = "check-pages-result"

# Added to a temporary copy of each page: measures it where it is laid out (an iframe of the
# width being checked) and posts the result to the harness page around it.
PROBE = """
<script>
(function () {
  function measure() {
    var root = document.documentElement;
    var width = root.clientWidth;
    var wide = [];
    var all = document.body.getElementsByTagName('*');
    for (var i = 0; i < all.length; i++) {
      var el = all[i];
      var r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > width + 1) {
        var cls = el.getAttribute('class');
        wide.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (cls ? '.' + cls.split(' ').join('.') : '') + ' right=' + Math.round(r.right));
      }
    }
    parent.postMessage(JSON.stringify({ id: 'ID', width: width, scrollWidth: root.scrollWidth, wide: wide.slice(0, 8), wideCount: wide.length }), '*');
  }
  if (document.readyState === 'complete') { measure(); } else { window.addEventListener('load', measure); }
})();
</script>
"""

HARNESS_SCRIPT = """
<script>
var expected = COUNT, results = [];
window.addEventListener('message', function (e) {
  results.push(JSON.parse(e.data));
  if (results.length === expected) {
    var out = document.createElement('pre');
    out.id = 'MARKER';
    out.textContent = JSON.stringify(results);
    document.body.appendChild(out);
  }
});
</script>
"""


def find_chromium():
    for name in [os.environ.get("CHROMIUM"), "chromium", "chromium-browser", "google-chrome"]:
        if name and shutil.which(name):
            return shutil.which(name)
    return None


def run(chromium, args, timeout=300):
    base = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
            "--hide-scrollbars", "--force-device-scale-factor=1", "--allow-file-access-from-files"]
    return subprocess.run(base + args, capture_output=True, text=True, timeout=timeout)


def frame_page(src, width, height):
    """A page holding `src` in an iframe `width` CSS px wide: Chromium's window is never narrower
    than 500 px, so narrower layouts are checked and shown in a frame of that width."""
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"/><style>body{margin:0;background:#d0d0d0}'
            'iframe{display:block;border:0;background:#fff}</style></head><body>'
            '<iframe src="%s" style="width:%dpx;height:%dpx"></iframe>' % (src, width, height))


def measure_all(chromium, files, widths, work, profile):
    """Every file at every width, measured in one browser run."""
    frames = []
    for i, path in enumerate(files):
        with open(path, encoding="utf-8") as f:
            html = f.read()
        for width in widths:
            ident = "%d-%d" % (i, width)
            probe = os.path.join(work, "probe-%s.html" % ident)
            with open(probe, "w", encoding="utf-8") as f:
                f.write(html.replace("</body>", PROBE.replace("ID", ident) + "</body>", 1))
            frames.append('<iframe src="%s" style="width:%dpx;height:600px"></iframe>' % (os.path.basename(probe), width))
    harness = os.path.join(work, "harness.html")
    with open(harness, "w", encoding="utf-8") as f:
        f.write('<!DOCTYPE html><html><head><meta charset="utf-8"/></head><body>'
                + HARNESS_SCRIPT.replace("COUNT", str(len(frames))).replace("MARKER", MARKER) + "".join(frames) + "</body></html>")
    p = run(chromium, ["--user-data-dir=" + profile, "--window-size=1400,900", "--virtual-time-budget=20000",
                       "--dump-dom", "file://" + harness])
    m = re.search(r'<pre id="%s">(.*?)</pre>' % MARKER, p.stdout, re.S)
    if not m:
        raise RuntimeError("Chromium gave no measurement: %s" % p.stderr.strip()[-400:])
    text = m.group(1).replace("&quot;", '"').replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return {r["id"]: r for r in json.loads(text)}


def pdf_pages(data):
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", data))


def main():
    ap = argparse.ArgumentParser(description="Check that HTML reports reflow without sideways scrolling.")
    ap.add_argument("files", nargs="+")
    ap.add_argument("--widths", default="320,390,640,1280")
    ap.add_argument("--screenshots", metavar="DIR")
    ap.add_argument("--pdf", metavar="DIR")
    a = ap.parse_args()
    chromium = find_chromium()
    if not chromium:
        print("check-pages: skipped: Chromium is not installed (apt-get install chromium)", file=sys.stderr)
        return 3
    widths = [int(w) for w in a.widths.split(",") if w.strip()]
    failed = False
    with tempfile.TemporaryDirectory(prefix="check-pages-") as work:
        profile = os.path.join(work, "profile")
        results = measure_all(chromium, a.files, widths, work, profile)
        for i, path in enumerate(a.files):
            stem = os.path.splitext(os.path.basename(path))[0]
            for width in widths:
                r = results["%d-%d" % (i, width)]
                ok = r["scrollWidth"] <= r["width"] and r["wideCount"] == 0
                failed = failed or not ok
                line = "%s %s at %d px: page %d px wide in a %d px window" % ("ok" if ok else "FAIL", path, width, r["scrollWidth"], r["width"])
                if not ok:
                    line += "; sticking out (%d elements): %s" % (r["wideCount"], ", ".join(r["wide"]))
                print(line)
                if a.screenshots:
                    os.makedirs(a.screenshots, exist_ok=True)
                    png = os.path.join(os.path.abspath(a.screenshots), "%s-%d.png" % (stem, width))
                    frame = os.path.join(work, "frame-%d-%d.html" % (i, width))
                    with open(frame, "w", encoding="utf-8") as f:
                        f.write(frame_page("file://" + os.path.abspath(path), width, 3000))
                    run(chromium, ["--user-data-dir=" + profile, "--window-size=%d,3000" % max(width, 500), "--screenshot=" + png,
                                   "file://" + frame])
            if a.pdf:
                os.makedirs(a.pdf, exist_ok=True)
                out = os.path.join(os.path.abspath(a.pdf), stem + ".pdf")
                run(chromium, ["--user-data-dir=" + profile, "--no-pdf-header-footer", "--print-to-pdf=" + out,
                               "file://" + os.path.abspath(path)])
                with open(out, "rb") as f:
                    print("pdf %s: %d pages" % (out, pdf_pages(f.read())))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
