/// The SQLite baselines: one Python script (standard library only: sqlite3, json) that the bench
/// writes into its temporary directory and runs with python3. Each mode loads its input before
/// starting the clock, times only the work being compared (with time.perf_counter, in-process),
/// and prints one JSON object (times as integer nanoseconds: the ledger's JSON has no floats).
///
/// Schema: events(seq INTEGER PRIMARY KEY, stream TEXT, type TEXT, body TEXT) with an index on
/// stream, created before the inserts (as the ledger keeps its stream index while appending).
/// Journal mode WAL, synchronous=FULL: every commit is durable, as every ledger append is. The
/// body is the event's canonical JSON line as `caseledger append` takes it (the same events the
/// ledger stores, id included).
enum PythonBaselines {
    static let fileName = "sqlite_baseline.py"

    static let script = #"""
import json, sqlite3, sys, time

def connect(path):
    con = sqlite3.connect(path, isolation_level=None)
    mode = con.execute("PRAGMA journal_mode=WAL").fetchone()[0]
    assert mode == "wal", mode
    con.execute("PRAGMA synchronous=FULL")
    return con

def create(con):
    con.execute("CREATE TABLE events(seq INTEGER PRIMARY KEY, stream TEXT, type TEXT, body TEXT)")
    con.execute("CREATE INDEX events_stream ON events(stream)")

def load(path, n):
    rows = []
    with open(path, "rb") as f:
        for line in f:
            if len(rows) >= n:
                break
            body = line.rstrip(b"\n").decode("utf-8")
            e = json.loads(body)
            rows.append((e["stream"], e["type"], body))
    assert len(rows) == n, (len(rows), n)
    return rows

INSERT = "INSERT INTO events(stream, type, body) VALUES (?, ?, ?)"

def single(db, jsonl, n):
    # One transaction, and so one durable commit, per event.
    rows = load(jsonl, n)
    con = connect(db)
    create(con)
    start = time.perf_counter()
    for row in rows:
        con.execute("BEGIN")
        con.execute(INSERT, row)
        con.execute("COMMIT")
    seconds = time.perf_counter() - start
    con.close()
    return {"events": n, "nanos": int(seconds * 1e9)}

def batch(db, jsonl, n, per):
    rows = load(jsonl, n)
    con = connect(db)
    create(con)
    start = time.perf_counter()
    for i in range(0, n, per):
        con.execute("BEGIN")
        con.executemany(INSERT, rows[i:i + per])
        con.execute("COMMIT")
    seconds = time.perf_counter() - start
    con.close()
    return {"events": n, "nanos": int(seconds * 1e9)}

def decode(db):
    con = connect(db)
    start = time.perf_counter()
    n = 0
    for seq, stream, type_, body in con.execute("SELECT seq, stream, type, body FROM events ORDER BY seq"):
        json.loads(body)
        n += 1
    seconds = time.perf_counter() - start
    con.close()
    return {"events": n, "nanos": int(seconds * 1e9)}

def query(db, streams_path):
    with open(streams_path) as f:
        streams = [s.strip() for s in f if s.strip()]
    con = connect(db)
    sql = "SELECT seq, type, body FROM events WHERE stream = ? ORDER BY seq"
    times = []
    total = 0
    for s in streams:
        start = time.perf_counter()
        events = [(seq, type_, json.loads(body)) for seq, type_, body in con.execute(sql, (s,))]
        times.append(time.perf_counter() - start)
        total += len(events)
    con.close()
    return {"queries": len(streams), "events": total, "nanos": [int(t * 1e9) for t in times]}

mode = sys.argv[1]
if mode == "single":
    result = single(sys.argv[2], sys.argv[3], int(sys.argv[4]))
elif mode == "batch":
    result = batch(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]))
elif mode == "decode":
    result = decode(sys.argv[2])
elif mode == "query":
    result = query(sys.argv[2], sys.argv[3])
else:
    sys.exit("unknown mode " + mode)
result["sqlite"] = sqlite3.sqlite_version
result["python"] = sys.version.split()[0]
print(json.dumps(result))
"""#
}
