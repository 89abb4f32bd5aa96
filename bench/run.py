#!/usr/bin/env python3
"""hubsite against Hugo and the cmark-gfm floor, on the same synthetic content, side by side.

    python3 bench/run.py [--sizes small,large] [--runs 5]      (make bench)

For each size it generates the network (bench/generate.py, fixed seed), then alternates
hubsite build / hugo / cmark-gfm RUNS times and reports medians: wall time, CPU time, peak
memory (each process's own rusage), pages per second, and the ratios. It also times
`hubsite check`, serve from the save of one opportunity to its page served (and a save that
changes nothing), and checks
that a single-threaded build's output is byte-identical to the parallel one.

Every build, hubsite's and Hugo's, writes into a new, empty output folder, as CI does on a
fresh clone; the outputs are deleted only after all measurements. Deleting the last run's
30,000 files just before the next build made the kernel's inode allocation, not the tools,
dominate: ext4 without a journal (this benchmark machine's disk) skips inodes deleted in the
last 5-35 seconds when allocating, one inode-table read each, and that added 6-23 s of
system time to whichever tool ran next (docs/performance.md).
"""
import argparse
import hashlib
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HUBSITE = ROOT / ".build/release/hubsite"
TODAY = "2026-11-25"
SIZES = {"small": (100, 400), "large": (2000, 8000)}
WORK = Path(os.environ.get("HUBSITE_BENCH_DIR", "/tmp/hubsite-bench"))


def measure(command, env=None, cwd=None):
    """Runs a command; returns (wall seconds, cpu seconds, peak RSS MiB, exit status)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=cwd)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    stderr = process.stderr.read().decode(errors="replace")
    process.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit("failed (%d): %s\n%s" % (code, " ".join(map(str, command)), stderr[-2000:]))
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, code


def tree_hash(folder):
    digest = hashlib.sha256()
    for path in sorted(p for p in Path(folder).rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(folder)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def bodies(source, target):
    """The Markdown bodies alone, for the cmark-gfm floor."""
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    files = []
    for path in sorted((source / "content").rglob("*.md")):
        text = path.read_text()
        body = text.split("\n---\n", 1)[1] if text.startswith("---\n") else text
        out = target / (path.parent.name + "-" + path.name)
        out.write_text(body)
        files.append(str(out))
    return files


def serve_rebuilds(source, runs):
    """Starts `hubsite serve`, edits one opportunity RUNS times and times each save until the
    edited page is served with the edit (what a co-lead waits for), then saves it unchanged
    RUNS times and reads the rebuild times serve prints for those. Returns the first build's
    seconds, the edits' seconds and the no-op saves' seconds."""
    import urllib.request
    process = subprocess.Popen([str(HUBSITE), "serve", "--source", str(source), "--today", TODAY, "--port", "0"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, bufsize=1)
    built = re.compile(r"Built in (\d+) ms")
    serving = re.compile(r"Serving the site at (http://127\.0\.0\.1:\d+/)")

    def next_line(pattern):
        deadline = time.time() + 120
        while time.time() < deadline:
            match = pattern.search(process.stdout.readline())
            if match:
                return match
        sys.exit("serve did not print %s" % pattern.pattern)

    try:
        full = int(next_line(built).group(1)) / 1000
        base = next_line(serving).group(1)
        files = sorted((source / "content/opportunities").glob("*.md"))
        target = files[len(files) // 2]
        page = base + "opportunities/%s/" % target.stem
        original = target.read_text()
        edits, noops = [], []
        for run in range(runs):
            marker = "Free (edit %d)" % run
            saved = time.perf_counter()
            target.write_text(original.replace("cost: Free", "cost: " + marker))
            while marker not in urllib.request.urlopen(page).read().decode():
                time.sleep(0.002)
            edits.append(time.perf_counter() - saved)
            next_line(built)
            time.sleep(0.5)
        for run in range(runs):
            os.utime(target)  # a save that changes nothing
            noops.append(int(next_line(built).group(1)) / 1000)
            time.sleep(0.5)
        target.write_text(original)
        next_line(built)
        return full, edits, noops
    finally:
        process.send_signal(2)
        process.wait(timeout=30)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="small,large")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not HUBSITE.exists():
        sys.exit("build hubsite first: swift build -c release")
    hugo = shutil.which("hugo")
    cmark = shutil.which("cmark-gfm")
    if not hugo or not cmark:
        sys.exit("needs hugo and cmark-gfm (Debian packages hugo, cmark-gfm): run make bench")
    hugo_version = subprocess.run([hugo, "version"], capture_output=True, text=True).stdout.split()[1]
    print("# hubsite benchmark: %d cores, %s, Hugo %s, %d runs each, alternating\n" % (os.cpu_count(), time.strftime("%Y-%m-%d"), hugo_version, args.runs))
    results = {}
    # Sources and outputs of an earlier benchmark are moved aside now and deleted at the very end.
    trash = WORK / ("old-outputs-%d" % os.getpid())
    trash.mkdir(parents=True, exist_ok=True)
    for size in args.sizes.split(","):
        hubs, opportunities = SIZES[size]
        source = WORK / size
        for old in (source, Path(str(source) + "-hugo"), WORK / (size + "-outputs")):
            if old.exists():
                old.rename(trash / old.name)
        subprocess.run([sys.executable, str(ROOT / "bench/generate.py"), str(hubs), str(opportunities), str(source)], check=True)
        hugo_source = Path(str(source) + "-hugo")
        floor_files = bodies(source, WORK / (size + "-bodies"))
        outputs = WORK / (size + "-outputs")
        outputs.mkdir()
        runs = {"hubsite": [], "hugo": [], "cmark": [], "check": []}
        for run in range(args.runs):
            site, hugo_out = outputs / ("hubsite-%d" % run), outputs / ("hugo-%d" % run)
            runs["hubsite"].append(measure([str(HUBSITE), "build", "--source", str(source), "--today", TODAY, "--quiet", "--output", str(site)]))
            runs["hugo"].append(measure([hugo, "--quiet", "-s", str(hugo_source), "-d", str(hugo_out)]))
            runs["cmark"].append(measure([cmark, "-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "tagfilter", "-e", "tasklist"] + floor_files))
            runs["check"].append(measure([str(HUBSITE), "check", "--source", str(source), "--today", TODAY, "--quiet"]))
        pages = {"hubsite": sum(1 for _ in site.rglob("*.html")), "hugo": sum(1 for _ in hugo_out.rglob("*.html"))}
        parallel_hash = tree_hash(site)
        single = outputs / "hubsite-single-thread"
        measure([str(HUBSITE), "build", "--source", str(source), "--today", TODAY, "--quiet", "--output", str(single)],
                env={**os.environ, "HUBSITE_THREADS": "1"})
        identical = tree_hash(single) == parallel_hash
        full, edits, noops = serve_rebuilds(source, args.runs)
        results[size] = (runs, pages, parallel_hash, identical, full, edits, noops)

    print("| size | what | wall (median) | CPU | peak RSS | pages | pages/s | vs Hugo | vs cmark-gfm floor |")
    print("|---|---|---|---|---|---|---|---|---|")
    for size, (runs, pages, digest, identical, full, edits, noops) in results.items():
        med = {name: (statistics.median(r[0] for r in rows), statistics.median(r[1] for r in rows), max(r[2] for r in rows)) for name, rows in runs.items()}
        hub, hug, floor, check = med["hubsite"], med["hugo"], med["cmark"], med["check"]
        print("| %s | hubsite build | %.2f s | %.2f s | %.0f MiB | %d | %.0f | %.2f | %.2f |" % (size, hub[0], hub[1], hub[2], pages["hubsite"], pages["hubsite"] / hub[0], hub[0] / hug[0], hub[0] / floor[0]))
        print("| %s | Hugo | %.2f s | %.2f s | %.0f MiB | %d | %.0f | 1.00 | %.2f |" % (size, hug[0], hug[1], hug[2], pages["hugo"], pages["hugo"] / hug[0], hug[0] / floor[0]))
        print("| %s | cmark-gfm alone | %.2f s | %.2f s | %.0f MiB | | | | 1.00 |" % (size, floor[0], floor[1], floor[2]))
        print("| %s | hubsite check | %.2f s | %.2f s | %.0f MiB | | | %.2f of build | |" % (size, check[0], check[1], check[2], check[0] / hub[0]))
        edit = statistics.median(edits)
        noop = statistics.median(noops)
        print("| %s | serve: save of one opportunity to its page served | %.3f s | | | | | %.1f%% of build | |" % (size, edit, 100 * edit / hub[0]))
        print("| %s | serve: save that changes nothing | %.3f s | | | | | %.1f%% of build | |" % (size, noop, 100 * noop / hub[0]))
    print()
    for size, (runs, pages, digest, identical, full, edits, noops) in results.items():
        print("%s: output %s; single-threaded build byte-identical: %s" % (size, digest, "yes" if identical else "NO"))
    if "small" in results and "large" in results:
        per_page = {s: statistics.median(r[0] for r in results[s][0]["hubsite"]) / results[s][1]["hubsite"] for s in ("small", "large")}
        print("time per page: small %.3f ms, large %.3f ms" % (per_page["small"] * 1000, per_page["large"] * 1000))
    sys.stdout.flush()
    shutil.rmtree(trash, ignore_errors=True)
    for size in results:
        shutil.rmtree(WORK / (size + "-outputs"), ignore_errors=True)


if __name__ == "__main__":
    main()
