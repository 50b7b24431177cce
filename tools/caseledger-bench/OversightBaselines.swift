/// The SQLite baselines of the oversight benchmark: a Python script (standard library only) that
/// imports the same events into an indexed table (untimed), and reads and json-parses every row
/// in seq order (timed inside Python). The `trail` baseline is the `sqlite3` command line itself,
/// run as a whole process like `caseledger-audit trail`.
///
/// Schema as in `PythonBaselines`: events(seq INTEGER PRIMARY KEY, stream TEXT, type TEXT, body
/// TEXT) with an index on stream; body is the event's canonical JSON (id, stream, type, schema,
/// actor, recordedAt, data).
enum OversightBaselines {
    static let fileName = "oversight_baseline.py"

    static let script = #"""
import json, sqlite3, sys, time

def load(db, jsonl):
    con = sqlite3.connect(db, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")
    con.execute("CREATE TABLE events(seq INTEGER PRIMARY KEY, stream TEXT, type TEXT, body TEXT)")
    con.execute("CREATE INDEX events_stream ON events(stream)")
    rows = []
    n = 0
    con.execute("BEGIN")
    with open(jsonl, "rb") as f:
        for line in f:
            body = line.rstrip(b"\n").decode("utf-8")
            e = json.loads(body)
            rows.append((e["seq"], e["stream"], e["type"], body))
            if len(rows) == 10000:
                con.executemany("INSERT INTO events(seq, stream, type, body) VALUES (?, ?, ?, ?)", rows)
                n += len(rows)
                rows = []
    con.executemany("INSERT INTO events(seq, stream, type, body) VALUES (?, ?, ?, ?)", rows)
    n += len(rows)
    con.execute("COMMIT")
    con.close()
    return {"events": n}

def decode(db):
    con = sqlite3.connect(db, isolation_level=None)
    start = time.perf_counter()
    n = 0
    for seq, stream, type_, body in con.execute("SELECT seq, stream, type, body FROM events ORDER BY seq"):
        json.loads(body)
        n += 1
    seconds = time.perf_counter() - start
    con.close()
    return {"events": n, "nanos": int(seconds * 1e9)}

mode = sys.argv[1]
if mode == "load":
    result = load(sys.argv[2], sys.argv[3])
elif mode == "decode":
    result = decode(sys.argv[2])
else:
    sys.exit("unknown mode " + mode)
result["sqlite"] = sqlite3.sqlite_version
result["python"] = sys.version.split()[0]
print(json.dumps(result))
"""#
}
