#!/usr/bin/env python3
"""Run axe-core on HTML reports in headless Chromium and fail on any violation.

Usage: tools/check-axe.py [--axe FILE] FILE.html...

Each page is copied to a temporary directory with axe-core and a short script added before
</body>; the script runs axe.run on the page (every rule axe-core runs by default: WCAG 2.0, 2.1
and 2.2 A and AA, and best practice) and writes the violations into the page as JSON, which
`chromium --headless --dump-dom` prints. One line per page ("ok FILE: no violations (axe-core
4.12.1)" or "FAIL FILE: RULE (impact) N nodes: help — first node's selector"), then exit 0 (none),
1 (violations), 2 (a page could not be checked) or 3 (skipped: Chromium or axe-core is absent, said
on standard error), so a test can say what it skipped.

axe-core is read from --axe FILE, else $CASELEDGER_AXE: either axe.min.js or a wheel holding it
(PyPI's axe-playwright-python ships axe-core 4.x as axe_playwright_python/axe.min.js; get it with
`python3 -m pip download --no-deps axe-playwright-python==0.1.8 -d DIR`; .ci/run does). Chromium is
found as $CHROMIUM, chromium, chromium-browser or google-chrome. Standard library only.
"""
import argparse
import html
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile

MARKER = "caseledger-axe-result"

RUNNER = """
<script>
(function () {
  function done(text) {
    var out = document.createElement('pre');
    out.id = 'MARKER';
    out.textContent = text;
    document.body.appendChild(out);
  }
  try {
    axe.run(document, { resultTypes: ['violations'] }).then(function (r) {
      done(JSON.stringify({ version: axe.version, violations: r.violations.map(function (v) {
        return { id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(function (n) { return n.target.join(' '); }),
          summary: v.nodes.length ? (v.nodes[0].failureSummary || '').replace(/\s+/g, ' ') : '' };
      }) }));
    }, function (e) { done(JSON.stringify({ error: String(e) })); });
  } catch (e) { done(JSON.stringify({ error: String(e) })); }
})();
</script>
""".replace("MARKER", MARKER)


def find_chromium():
    """Chromium as tools/check-pages.py finds it (one home for where the browser is)."""
    spec = importlib.util.spec_from_file_location("check_pages", os.path.join(os.path.dirname(os.path.abspath(__file__)), "check-pages.py"))
    pages = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(pages)
    return pages.find_chromium()


def read_axe(path):
    """axe-core's source from axe.min.js or from a wheel that holds one; None when absent."""
    if not path or not os.path.isfile(path):
        return None
    if path.endswith(".whl") or zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as z:
            names = [n for n in z.namelist() if n.endswith("/axe.min.js") or n == "axe.min.js"]
            return z.read(names[0]).decode("utf-8") if names else None
    with open(path, encoding="utf-8") as f:
        return f.read()


def check(chromium, axe, path, work, profile):
    """The violations axe-core finds in the page at `path` (a list), or raises with what went wrong."""
    with open(path, encoding="utf-8") as f:
        page = f.read()
    if "</body>" not in page:
        raise RuntimeError("no </body> in the page")
    # Inline script text ends at the first "</script": written as "<\/script" it means the same in JS.
    script = "<script>" + axe.replace("</script", "<\\/script") + "</script>" + RUNNER
    copy = os.path.join(work, "axe-" + os.path.basename(path))
    with open(copy, "w", encoding="utf-8") as f:
        f.write(page.replace("</body>", script + "</body>", 1))
    p = subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
         "--user-data-dir=" + profile, "--window-size=1280,900", "--virtual-time-budget=30000", "--dump-dom",
         "file://" + copy], capture_output=True, text=True, timeout=300)
    m = re.search(r'<pre id="%s">(.*?)</pre>' % MARKER, p.stdout, re.S)
    if not m:
        raise RuntimeError("Chromium gave no axe result: %s" % p.stderr.strip()[-400:])
    result = json.loads(html.unescape(m.group(1)))
    if "error" in result:
        raise RuntimeError("axe-core failed: %s" % result["error"])
    return result["version"], result["violations"]


def main():
    ap = argparse.ArgumentParser(description="Run axe-core on HTML reports in headless Chromium.")
    ap.add_argument("files", nargs="+")
    ap.add_argument("--axe", metavar="FILE", help="axe.min.js, or a wheel holding it (default: $CASELEDGER_AXE)")
    a = ap.parse_args()
    chromium = find_chromium()
    if not chromium:
        print("check-axe: skipped: Chromium is not installed (apt-get install chromium)", file=sys.stderr)
        return 3
    source = a.axe or os.environ.get("CASELEDGER_AXE")
    axe = read_axe(source)
    if not axe:
        print("check-axe: skipped: axe-core not found (%s); give --axe FILE or set CASELEDGER_AXE to axe.min.js or to the wheel of "
              "'python3 -m pip download --no-deps axe-playwright-python==0.1.8'" % (source or "no --axe and no CASELEDGER_AXE"),
              file=sys.stderr)
        return 3
    status = 0
    with tempfile.TemporaryDirectory(prefix="check-axe-") as work:
        profile = os.path.join(work, "profile")
        for path in a.files:
            try:
                version, violations = check(chromium, axe, path, work, profile)
            except (RuntimeError, OSError, subprocess.TimeoutExpired, ValueError) as e:
                print("ERROR %s: %s" % (path, e))
                status = max(status, 2)
                continue
            if not violations:
                print("ok %s: no violations (axe-core %s)" % (path, version))
                continue
            status = max(status, 1)
            for v in violations:
                print("FAIL %s: %s (%s) %d node%s: %s — %s: %s" % (
                    path, v["id"], v["impact"], len(v["nodes"]), "" if len(v["nodes"]) == 1 else "s", v["help"],
                    v["nodes"][0] if v["nodes"] else "", v.get("summary", "")))
    return status


if __name__ == "__main__":
    sys.exit(main())
