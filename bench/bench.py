#!/usr/bin/env python3
"""newsdb's ingest benchmark: one table of speed, memory and size on a generated corpus.

Usage:
  python3 bench/bench.py --articles 100000 [--generator PATH] [--work DIR] [--peer N]

Builds the release binary, generates N synthetic articles with the corpus generator
(default: ../shared/bench/make_corpus.py beside the repo; any generator taking
`OUT --articles N --seed S` works), then measures with the real CLI:
  full       ingest of the whole corpus into an empty database
  no-op      the same ingest again (every file unchanged)
  +1% full   1% new articles added to the full database
  +1% empty  the same new articles into an empty database (the baseline for "+1% full")
Each +1% figure is under half a second, and one run moves by a fifth or more with the
machine's disk flushes, so --plus-runs K (default 5) repeats the pair K times, alternating,
each time into a fresh copy of the full database as it was before the first +1%, and
prints the median of each and their ratio.
and prints articles, MB of article text, wall seconds, MB/s, articles/s, peak RSS and
database size for each, then extraction alone per stage (decode, clean, entities, quotes)
in MB/s on one core. --peer N also runs the reference spaCy pipeline
(../shared/bench/peer_spacy.py, needs spaCy installed, see its README; --peer-python PATH
names the Python that has it) on N articles of
the same corpus and prints the speed ratio. Then it times every saved report on the full
database (`newsdb report NAME --format csv`, best of --repeat runs, with the parameters a
user would give: see REPORT_CASES) and prints report, params, seconds and rows; the target
is at most 1 s each on 100,000 articles. `--reports-db DB` times only the reports, on an
existing database. This is a measurement, not a test: nothing fails when the machine is
slow.
"""
import argparse
import csv
import io
import os
import shutil
import statistics
import subprocess
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(REPO, "target", "release", "newsdb")


def corpus_bytes(path):
    total = files = 0
    for root, _, names in os.walk(path):
        for n in names:
            if n.endswith(".txt"):
                total += os.path.getsize(os.path.join(root, n))
                files += 1
    return files, total


def db_size(db):
    return sum(os.path.getsize(db + s) for s in ("", "-wal", "-shm") if os.path.exists(db + s))


def measure(label, db, paths, rows):
    files, nbytes = 0, 0
    for p in paths:
        f, b = corpus_bytes(p)
        files, nbytes = files + f, nbytes + b
    # ru_maxrss of RUSAGE_CHILDREN is the largest child so far: run each step in a fresh
    # python child so the figure belongs to this step alone.
    code = ("import resource,subprocess,sys,time;t=time.perf_counter();"
            "r=subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,stderr=subprocess.PIPE);"
            "w=time.perf_counter()-t;"
            "print(w, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss/1024, r.returncode);"
            "sys.stderr.write(r.stderr.decode())")
    out = subprocess.run([sys.executable, "-c", code, BIN, "--db", db, "ingest", "--quiet", *paths],
                         capture_output=True, text=True)
    wall, rss, rc = out.stdout.split()
    if rc not in ("0", "1"):
        sys.exit(f"bench: ingest failed:\n{out.stderr}")
    wall, rss = float(wall), float(rss)
    mb = nbytes / 1e6
    rows.append((label, files, mb, wall, mb / wall, files / wall, rss, db_size(db) / 1e6))


def plus_runs(snapshot, empty_db, extra, k):
    """Time "+1% full" and "+1% empty" k more times, alternating, each into a fresh copy of
    the full database (`snapshot`) or a new empty one; return a line with both medians."""
    copy = snapshot + ".run"
    full, empty = [], []
    for _ in range(k):
        for target, times, source in ((copy, full, snapshot), (empty_db, empty, None)):
            for s in ("", "-wal", "-shm"):
                if os.path.exists(target + s):
                    os.remove(target + s)
            if source:
                shutil.copyfile(source, target)
            # Flush the copy's (or the last run's) writes first: they are not this run's.
            os.sync()
            rows = []
            measure("", target, [extra], rows)
            times.append(rows[0][3])
    for path in (copy, snapshot):
        for s in ("", "-wal", "-shm"):
            if os.path.exists(path + s):
                os.remove(path + s)
    f, e = statistics.median(full), statistics.median(empty)
    ratios = ", ".join(f"{a / b:.2f}" for a, b in zip(full, empty))
    return (f"+1% over {k} alternating runs: full median {f:.2f} s, empty median {e:.2f} s, "
            f"{f / e:.2f}x (each pair: {ratios})")


# Every saved report with the parameters a user would give it: the defaults, and the
# filters that pick a different plan (a frequent and a rare entity, a speaker, a kind).
# "{common}" and "{rare}" are filled in from the database: its most-mentioned entity and one
# named in only a few articles; "{speaker}" is the most-quoted person's surname.
REPORT_CASES = [
    ("top-entities", []),
    ("top-entities", ["kind=person", "by=mentions"]),
    ("who-said-what", []),
    ("who-said-what", ["speaker={speaker}"]),
    ("who-said-what", ["speaker={speaker}", "limit=-1"]),
    ("who-said-what", ["speaker={rare}"]),
    ("top-speakers", []),
    ("unnamed-speakers", []),
    ("co-mentions", []),
    ("co-mentions", ["kind=person"]),
    ("co-mentions", ["kind=place"]),
    ("co-mentions", ["entity={common}"]),
    ("co-mentions", ["entity={rare}"]),
    ("entity-profile", ["entity={common}"]),
    ("entity-profile", ["entity={rare}"]),
    ("aliases", []),
    ("shared-quotes", []),
    ("shared-quotes", ["kind=full"]),
    ("articles", []),
    ("articles-per-source", []),
    ("duplicate-files", []),
    ("search", ["query=nato membership"]),
    ("runs", []),
    ("failures", []),
]


def report_names():
    out = subprocess.run([BIN, "reports"], capture_output=True, text=True, check=True).stdout
    return [line for line in out.splitlines() if line and not line[0].isspace()]


def report_fill(db):
    """The values REPORT_CASES refers to, read from the database itself."""
    def one(sql):
        out = subprocess.run([BIN, "--db", db, "query", sql, "--format", "csv"],
                             capture_output=True, text=True, check=True).stdout
        rows = list(csv.reader(io.StringIO(out)))
        return rows[1][0] if len(rows) > 1 else ""
    return {
        "common": one("SELECT name FROM entities ORDER BY articles DESC, id LIMIT 1"),
        "rare": one("SELECT name FROM entities WHERE kind = 'person' AND articles BETWEEN 2 AND 5 "
                    "ORDER BY id LIMIT 1"),
        "speaker": (one("SELECT e.name FROM quotes q JOIN entities e ON e.id = q.speaker_id "
                        "GROUP BY e.id ORDER BY count(*) DESC, e.id LIMIT 1").split() or [""])[-1],
    }


def time_reports(db, repeat):
    """Time every saved report on `db`; returns (report, params, best seconds, rows)."""
    fill = report_fill(db)
    cases = list(REPORT_CASES)
    covered = {name for name, _ in cases}
    cases += [(name, []) for name in report_names() if name not in covered]
    rows = []
    for name, params in cases:
        params = [p.format(**fill) for p in params]
        argv = [BIN, "--db", db, "report", name, "--format", "csv"]
        for p in params:
            argv += ["--param", p]
        best, count = None, 0
        for _ in range(repeat):
            start = time.perf_counter()
            r = subprocess.run(argv, capture_output=True)
            wall = time.perf_counter() - start
            if r.returncode != 0:
                print(f"bench: report {name} {params} failed: {r.stderr.decode().strip()}", file=sys.stderr)
                best, count = float("nan"), -1
                break
            best = wall if best is None else min(best, wall)
            count = max(0, len(list(csv.reader(io.StringIO(r.stdout.decode())))) - 1)
        rows.append((name, " ".join(params) or "-", best, count))
    return rows


def print_reports(rows):
    width = max(len(r[1]) for r in rows)
    print(f"{'report':20} {'params':{width}} {'seconds':>8} {'rows':>8}")
    for name, params, secs, count in rows:
        flag = "" if secs <= 1.0 else "  > 1 s" if secs > 1.0 else "  failed"
        print(f"{name:20} {params:{width}} {secs:8.2f} {count:8d}{flag}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--generator", default=os.path.join(REPO, "..", "shared", "bench", "make_corpus.py"))
    ap.add_argument("--work", default="/tmp/newsdb-bench", help="where the corpus and databases go")
    ap.add_argument("--peer", type=int, default=0, help="also run the spaCy reference on this many articles")
    ap.add_argument("--peer-python", default=sys.executable,
                    help="the Python that has spaCy (e.g. /tmp/peer/bin/python, see the generator's README)")
    ap.add_argument("--keep", action="store_true", help="reuse an existing corpus of the right size")
    ap.add_argument("--repeat", type=int, default=3, help="time each report this many times, keep the best")
    ap.add_argument("--reports-db", metavar="DB", help="only time the saved reports on this database")
    ap.add_argument("--plus-runs", type=int, default=5, metavar="K",
                    help="repeat the two +1%% runs K times, alternating, and report medians (0: once)")
    args = ap.parse_args()

    if args.reports_db:
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=REPO, check=True)
        print(f"saved reports on {args.reports_db}, best of {args.repeat}:")
        print_reports(time_reports(args.reports_db, args.repeat))
        return

    if not os.path.exists(args.generator):
        sys.exit(f"bench: no corpus generator at {args.generator}; give --generator PATH")
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=REPO, check=True)
    os.makedirs(args.work, exist_ok=True)
    corpus = os.path.join(args.work, f"corpus-{args.articles}")
    extra = os.path.join(args.work, f"extra-{args.articles}")
    n_extra = max(1, args.articles // 100)
    if not (args.keep and os.path.isdir(corpus)):
        shutil.rmtree(corpus, ignore_errors=True)
        subprocess.run([sys.executable, args.generator, corpus, "--articles", str(args.articles), "--seed", "1"],
                       check=True, stdout=subprocess.DEVNULL)
    if not (args.keep and os.path.isdir(extra)):
        shutil.rmtree(extra, ignore_errors=True)
        subprocess.run([sys.executable, args.generator, extra, "--articles", str(n_extra), "--seed", "2"],
                       check=True, stdout=subprocess.DEVNULL)

    full_db = os.path.join(args.work, "full.sqlite")
    empty_db = os.path.join(args.work, "extra-only.sqlite")
    for db in (full_db, empty_db):
        for s in ("", "-wal", "-shm"):
            if os.path.exists(db + s):
                os.remove(db + s)
    rows = []
    measure("full", full_db, [corpus], rows)
    measure("no-op", full_db, [corpus], rows)
    # The no-op run folded the WAL back, so the file alone is the whole database.
    before_plus = full_db + ".before-plus"
    if args.plus_runs > 0:
        shutil.copyfile(full_db, before_plus)
    measure("+1% full", full_db, [extra], rows)
    measure("+1% empty", empty_db, [extra], rows)
    plus = plus_runs(before_plus, empty_db, extra, args.plus_runs) if args.plus_runs > 0 else None

    head = ("run", "articles", "MB", "wall s", "MB/s", "articles/s", "peak RSS MB", "db MB")
    print(f"{head[0]:10} {head[1]:>9} {head[2]:>8} {head[3]:>8} {head[4]:>8} {head[5]:>11} {head[6]:>12} {head[7]:>8}")
    for r in rows:
        print(f"{r[0]:10} {r[1]:9d} {r[2]:8.1f} {r[3]:8.2f} {r[4]:8.2f} {r[5]:11.0f} {r[6]:12.0f} {r[7]:8.1f}")
    text_mb = rows[0][2]
    print(f"database size / article text: {rows[0][7] / text_mb:.2f}x;  "
          f"+1% into the full database takes {rows[2][3] / rows[3][3]:.2f}x the time into an empty one")
    if plus:
        print(plus)

    print(f"\nsaved reports on the full database, best of {args.repeat}:")
    print_reports(time_reports(full_db, args.repeat))

    print("\nextraction alone, one core (examples/extract_bench.rs):")
    subprocess.run(["cargo", "run", "--release", "--quiet", "--example", "extract_bench", "--", corpus],
                   cwd=REPO, check=True)

    if args.peer:
        peer = os.path.join(os.path.dirname(args.generator), "peer_spacy.py")
        sample = os.path.join(args.work, f"peer-sample-{args.peer}")
        shutil.rmtree(sample, ignore_errors=True)
        os.makedirs(sample)
        taken = 0
        for root, _, names in sorted(os.walk(corpus)):
            for n in sorted(names):
                if taken < args.peer and n.endswith(".txt"):
                    shutil.copy(os.path.join(root, n), sample)
                    taken += 1
        files, nbytes = corpus_bytes(sample)
        peer_db = os.path.join(args.work, "peer.sqlite")
        if os.path.exists(peer_db):
            os.remove(peer_db)
        start = time.perf_counter()
        subprocess.run([args.peer_python, peer, "--db", peer_db, sample], check=True, stdout=subprocess.DEVNULL)
        wall = time.perf_counter() - start
        peer_rate = nbytes / 1e6 / wall
        print(f"peer_spacy: {files} articles, {nbytes / 1e6:.2f} MB in {wall:.1f} s = {peer_rate:.3f} MB/s; "
              f"newsdb is {rows[0][4] / peer_rate:.0f}x faster")


if __name__ == "__main__":
    main()
