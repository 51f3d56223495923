#!/usr/bin/env python3
"""How long `dossier serve` takes from saving one YAML file to telling the open pages to reload.

Copies a dossier's content/ and seeds/ to a temporary folder, starts `serve` on it, listens to the reload
events the preview pages listen to, then edits one actor's summary again and again (each edit changes that
actor's page, the indexes, the search index and dossier.json) and times each save until its reload event.

    python3 benchmarks/serve_reload.py --cli path/to/Dossier.Cli --dossier . --templates templates
    python3 benchmarks/serve_reload.py --cli ... --dossier /tmp/synth-5000 --templates templates --edits 5

Prints one line: the median, fastest and slowest of the edits, in milliseconds. Not a test: the numbers
depend on the machine and on what else runs on it.
"""
import argparse
import http.client
import os
import queue
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def listen(port, events):
    """Puts (arrival time, build version) for every server-sent event on the queue."""
    connection = http.client.HTTPConnection("127.0.0.1", port)
    connection.request("GET", "/__dossier/events")
    response = connection.getresponse()
    for raw in response:
        line = raw.decode().strip()
        if line.startswith("data:"):
            events.put((time.monotonic(), line[5:].strip()))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", required=True, help="the Dossier.Cli executable (published, or from bin/)")
    parser.add_argument("--dossier", required=True, help="a folder holding content/ and seeds/")
    parser.add_argument("--templates", required=True, help="the templates folder")
    parser.add_argument("--edits", type=int, default=10)
    parser.add_argument("--timeout", type=float, default=600, help="seconds to wait for the first build")
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="dossier-serve-")
    try:
        for folder in ("content", "seeds"):
            shutil.copytree(os.path.join(args.dossier, folder), os.path.join(work, folder))
        actors = os.path.join(work, "content", "actors")
        actor = os.path.join(actors, sorted(f for f in os.listdir(actors) if f.endswith(".yml"))[0])
        with open(actor, encoding="utf-8") as f:
            original = f.read()
        if not re.search(r"^summary: \|\n", original, re.M):
            sys.exit(f"{actor} has no block summary to edit")

        port = free_port()
        server = subprocess.Popen(
            [os.path.abspath(args.cli), "serve", "--port", str(port), "--templates", os.path.abspath(args.templates)],
            cwd=work, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        log = []
        threading.Thread(target=lambda: [log.append(line) for line in server.stdout], daemon=True).start()
        try:
            deadline = time.monotonic() + args.timeout
            while not any("Watching " in line for line in log):
                if server.poll() is not None or time.monotonic() > deadline:
                    sys.exit("serve did not build:\n" + "".join(log))
                time.sleep(0.05)

            events = queue.Queue()
            threading.Thread(target=listen, args=(port, events), daemon=True).start()
            events.get(timeout=10)  # the version on connecting
            times = []
            for edit in range(1, args.edits + 1):
                time.sleep(1.0)  # let the machine settle, as an editor's saves are seconds apart
                text = re.sub(r"^summary: \|\n", f"summary: |\n  Edited {edit} times.\n", original, count=1, flags=re.M)
                start = time.monotonic()
                with open(actor, "w", encoding="utf-8") as f:
                    f.write(text)
                arrived, _ = events.get(timeout=args.timeout)
                times.append((arrived - start) * 1000)
            # Every build logs "... N ms."; the first is the build serve starts with, not a rebuild.
            builds = [int(m.group(1)) for line in log if (m := re.search(r"(\d+) ms\.$", line.strip()))][1:]
            print(f"serve reload after one YAML edit ({args.edits} edits): median {statistics.median(times):.0f} ms, "
                  f"fastest {min(times):.0f} ms, slowest {max(times):.0f} ms (in order: {', '.join(f'{t:.0f}' for t in times)})"
                  + (f"; rebuild alone (serve's log) median {statistics.median(builds):.0f} ms" if builds else ""))
        finally:
            server.terminate()
            server.wait(timeout=30)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
