#!/usr/bin/env python3
"""How long the search page takes to answer, in headless Chromium over file://, on a built site.

Opens search.html from disk, types a query key by key (as fast as the browser takes keys) and times, from the
last key, the first results on the page (the names, from the index's first shard) and the complete results
(after the shards with quotes, claims and articles have loaded); then opens search.html?q=<query> afresh, as
the header's search box does from any page, and times the same from the start of navigation. Also reports the
index's shards: how many, the total and the largest.

    python3 benchmarks/search_latency.py --site output
    python3 benchmarks/search_latency.py --site /tmp/site-20000 --query soleim --query asbek --runs 3

Without --query it types "soleim" (on a generated dossier no name has it: a search that finds nothing,
every shard searched) and the first letters of the last word of the index's first actor (a search with
results).

Talks to Chromium through its DevTools pipe (--remote-debugging-pipe), so it needs nothing but Python and
/usr/bin/chromium. Prints one line per query with the median of the runs in milliseconds. Not a test: the
numbers depend on the machine and on what else runs on it.
"""
import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

# Runs in the page before its own scripts (the page's CSP does not apply to it): records the time of every key
# and, on every change of the results' status line, the time, the query in the box and the status.
RECORDER = """
window.__keys = [];
window.__marks = [];
document.addEventListener('keydown', () => window.__keys.push(performance.now()), true);
document.addEventListener('DOMContentLoaded', () => {
  const status = document.getElementById('search-status');
  const input = document.getElementById('search-input');
  new MutationObserver(() => window.__marks.push({ t: performance.now(), q: input.value, s: status.textContent }))
    .observe(status, { childList: true, characterData: true, subtree: true });
});
"""


class Chromium:
    """A headless Chromium and one page in it, driven over the DevTools protocol on a pipe (fd 3 in, fd 4 out)."""

    def __init__(self, executable):
        to_browser_read, self._write = os.pipe()
        self._read, from_browser_write = os.pipe()
        self._profile = tempfile.mkdtemp(prefix="dossier-search-bench-")
        args = [executable, "--headless=new", "--remote-debugging-pipe", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                f"--user-data-dir={self._profile}", "about:blank"]
        self._process = subprocess.Popen(
            ["sh", "-c", f'exec "$0" "$@" 3<&{to_browser_read} 4>&{from_browser_write}', *args],
            pass_fds=(to_browser_read, from_browser_write), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_browser_read)
        os.close(from_browser_write)
        self._buffer = b""
        self._next = 0
        self._events = []
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self._session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        self.call("Page.enable", session=True)
        self.call("Page.addScriptToEvaluateOnNewDocument", {"source": RECORDER}, session=True)

    def _message(self):
        while b"\0" not in self._buffer:
            chunk = os.read(self._read, 1 << 20)
            if not chunk:
                raise RuntimeError("Chromium closed the pipe")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(raw)

    def call(self, method, params=None, session=False):
        self._next += 1
        message = {"id": self._next, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = self._session
        os.write(self._write, json.dumps(message).encode() + b"\0")
        while True:
            reply = self._message()
            if reply.get("id") == self._next:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply["result"]
            self._events.append(reply)

    def wait_for_event(self, method, timeout=60):
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            for i, event in enumerate(self._events):
                if event.get("method") == method:
                    return self._events.pop(i)
            self._events.append(self._message())
        raise TimeoutError(method)

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True}, session=True)
        return result["result"].get("value")

    def open(self, url):
        self._events.clear()
        self.call("Page.navigate", {"url": url}, session=True)
        self.wait_for_event("Page.loadEventFired")

    def type(self, text):
        for char in text:
            self.call("Input.dispatchKeyEvent", {"type": "keyDown", "text": char, "key": char}, session=True)
            self.call("Input.dispatchKeyEvent", {"type": "keyUp", "key": char}, session=True)

    def close(self):
        try:
            self.call("Browser.close")
            self._process.wait(timeout=10)
        except (OSError, RuntimeError, subprocess.TimeoutExpired):
            self._process.kill()
            self._process.wait()
        shutil.rmtree(self._profile, ignore_errors=True)


def searching(status):
    return "searching" in status or "so far" in status


def wait_until_complete(browser, query, timeout):
    """The recorded marks once the status shows the complete results for the query."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        marks = browser.evaluate("window.__marks")
        if any(m["q"] == query and m["s"] and not searching(m["s"]) for m in marks):
            return marks
        time.sleep(0.01)
    raise TimeoutError(f"no complete results for {query!r} in {timeout} s")


def typed(browser, page, query, timeout):
    """From the last key: ms to the first results for the query, and to the complete ones."""
    browser.open(page)
    browser.evaluate("document.getElementById('search-input').focus()")
    browser.type(query)
    marks = wait_until_complete(browser, query, timeout)
    last_key = browser.evaluate("window.__keys")[-1]
    answers = [m for m in marks if m["q"] == query]
    done = next(m for m in answers if not searching(m["s"]))
    return answers[0]["t"] - last_key, done["t"] - last_key, done["s"]


def opened(browser, page, query, timeout):
    """From the start of navigation to search.html?q=: ms to the first results, and to the complete ones."""
    browser.open(page + "?q=" + urllib.parse.quote(query))
    marks = wait_until_complete(browser, query, timeout)
    done = next(m for m in marks if m["q"] == query and not searching(m["s"]))
    return marks[0]["t"], done["t"], done["s"]


def a_name(first_shard):
    """The first five letters, lower case, of the last word of the first actor's name in the index."""
    text = first_shard.read_text(encoding="utf-8")
    part = json.loads(text[text.index(",") + 1:text.rindex(")")])
    actor = next(i for i, kind in enumerate(part["kinds"]) if kind[0] == "actor")
    name = next(entry[2] for entry in part["entries"] if entry[0] == actor)
    return re.findall(r"\w+", name.lower())[-1][:5]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", required=True, help="a built site (the folder holding search.html)")
    parser.add_argument("--query", action="append", help="what to type (repeatable; default: soleim and a name)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--timeout", type=float, default=120)
    args = parser.parse_args()

    site = Path(args.site).resolve()
    shards = sorted((site / "search").glob("*.js"), key=lambda p: int(p.stem))
    sizes = [p.stat().st_size for p in shards]
    largest = max(range(len(sizes)), key=lambda i: sizes[i])
    print(f"index: {len(shards)} shards, {sum(sizes) / 1e6:.1f} MB in all, largest search/{shards[largest].name} "
          f"{sizes[largest]:,} bytes, first (names) {sizes[0]:,} bytes")

    page = (site / "search.html").as_uri()
    browser = Chromium(args.chromium)
    try:
        for query in args.query or ["soleim", a_name(shards[0])]:
            runs = [(typed(browser, page, query, args.timeout), opened(browser, page, query, args.timeout)) for _ in range(args.runs)]
            first = statistics.median(r[0][0] for r in runs)
            complete = statistics.median(r[0][1] for r in runs)
            open_first = statistics.median(r[1][0] for r in runs)
            open_complete = statistics.median(r[1][1] for r in runs)
            print(f"\"{query}\" ({runs[0][0][2].rstrip('.')}): typed, first results {first:.0f} ms, complete {complete:.0f} ms; "
                  f"opened as search.html?q=, first results {open_first:.0f} ms, complete {open_complete:.0f} ms "
                  f"(median of {args.runs})")
    finally:
        browser.close()


if __name__ == "__main__":
    sys.exit(main())
