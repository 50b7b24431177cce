#!/usr/bin/env python3
"""An independent verifier of a caseledger ledger, written from events/FORMAT.md alone.

Usage: verify-ledger.py DIR
Exit 0 and "intact: N events, head <hash>" when sound (then, when the last segment ends in an
unfinished batch, a second line "sound up to seq N, unfinished batch ignored: ..."); exit 1 and the
first fault ("<segment> line <n> (seq <s>): <reason>") otherwise. Python standard library only.
"""
import hashlib
import json
import os
import re
import sys

GENESIS = "0" * 64
MANIFEST = b'{"format":"caseledger-ledger","version":1}\n'
SEGMENT = re.compile(r"^segment-(\d{16})\.jsonl$")
HEADER_KEYS = ["actor", "batchEnd", "id", "payloadDigest", "prev", "recordedAt", "schema", "seq", "stream", "type"]
HEX64 = re.compile(r"^[0-9a-f]{64}$")
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$")
STREAM = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
TYPE = re.compile(r"^[A-Za-z][A-Za-z0-9._-]{0,127}$")
MAX_INT = 2**53 - 1


class Fault(Exception):
    pass


def canonical(value):
    """RFC 8785 restricted to integers."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        if abs(value) > MAX_INT:
            raise Fault("an integer is outside ±(2^53-1)")
        return str(value)
    if isinstance(value, float):
        raise Fault("a number is not an integer")
    if isinstance(value, str):
        out = ['"']
        for ch in value:
            c = ord(ch)
            if ch == '"':
                out.append('\\"')
            elif ch == "\\":
                out.append("\\\\")
            elif c < 0x20:
                out.append({8: "\\b", 9: "\\t", 10: "\\n", 12: "\\f", 13: "\\r"}.get(c, "\\u%04x" % c))
            elif 0xD800 <= c <= 0xDFFF:
                raise Fault("a string holds a lone surrogate")
            else:
                out.append(ch)
        out.append('"')
        return "".join(out)
    if isinstance(value, list):
        return "[" + ",".join(canonical(v) for v in value) + "]"
    if isinstance(value, dict):
        keys = sorted(value.keys(), key=lambda k: k.encode("utf-16-be"))
        return "{" + ",".join(canonical(k) + ":" + canonical(value[k]) for k in keys) + "}"
    raise Fault("unexpected JSON value")


def no_duplicates(pairs):
    seen = {}
    for k, v in pairs:
        if k in seen:
            raise Fault('the key "%s" appears twice' % k)
        seen[k] = v
    return seen


def check_line(raw):
    try:
        text = raw.decode("utf-8")
        value = json.loads(text, object_pairs_hook=no_duplicates, parse_float=lambda s: float(s),
                           parse_constant=lambda s: float(s))
    except (UnicodeDecodeError, ValueError) as e:
        raise Fault("not valid JSON: %s" % e)
    if not isinstance(value, dict) or sorted(value.keys()) != ["hash", "header", "payload"]:
        raise Fault("the line must have exactly hash, header and payload")
    if canonical(value).encode("utf-8") != raw:
        raise Fault("the line is not in canonical form")
    header, payload = value["header"], value["payload"]
    if not isinstance(header, dict) or sorted(header.keys()) != HEADER_KEYS:
        raise Fault("the header must have exactly %s" % ", ".join(HEADER_KEYS))
    types = {"actor": str, "batchEnd": bool, "id": str, "payloadDigest": str, "prev": str,
             "recordedAt": str, "schema": int, "seq": int, "stream": str, "type": str}
    for key, kind in types.items():
        if type(header[key]) is not kind:
            raise Fault('the header field "%s" has the wrong type' % key)
    if not (UUID.match(header["id"]) and HEX64.match(header["payloadDigest"]) and HEX64.match(header["prev"])
            and TIME.match(header["recordedAt"]) and STREAM.match(header["stream"]) and TYPE.match(header["type"])
            and 1 <= len(header["actor"].encode()) <= 128 and header["schema"] >= 1):
        raise Fault("a header field is out of its allowed form")
    if not HEX64.match(value["hash"]):
        raise Fault("the hash is not 64 lowercase hex digits")
    if hashlib.sha256(canonical(header).encode("utf-8")).hexdigest() != value["hash"]:
        raise Fault("the hash does not match the header")
    if payload is not None:
        if not isinstance(payload, dict):
            raise Fault("the payload is not an object")
        if hashlib.sha256(canonical(payload).encode("utf-8")).hexdigest() != header["payloadDigest"]:
            raise Fault("the payload does not match its digest")
    return header, value["hash"]


def judge_tail(name, tail, line, committed):
    """FORMAT.md, "A torn tail, and damage": `tail` is everything in the last segment after the last
    committed line (which is line `line` - 1, the event committed = (seq, hash, recordedAt)).
    Returns when it is an unfinished batch (being written, or torn by a crash); raises the damage."""
    cseq, chash, cat = committed
    expected, prev, at = cseq + 1, chash, cat
    hole = None  # (line, seq, whether lines of its batch precede it)
    batch_at, last, closing = None, None, None
    pieces = tail.split(b"\n")
    n = line
    for i, raw in enumerate(pieces):
        next_seq = expected if hole is None else (last[0] if last else cseq) + 1
        if i == len(pieces) - 1:
            return  # the last piece: nothing, or a line without its newline
        where = "%s line %d (seq %d)" % (name, n, next_seq)
        n += 1
        if b"\0" in raw:
            if hole is None:
                hole = (n - 1, next_seq, batch_at is not None)
            continue
        try:
            header, h = check_line(raw)
        except Fault as e:
            raise Fault("%s: %s" % (where, e))
        if hole is None:
            if header["seq"] != expected:
                raise Fault("%s: the event here has seq %d" % (where, header["seq"]))
            if header["prev"] != prev:
                raise Fault("%s: prev does not match the previous hash" % where)
            if header["recordedAt"] < at:
                raise Fault("%s: recorded earlier than the event before it" % where)
            expected, prev, at, batch_at, last = header["seq"] + 1, h, header["recordedAt"], header["recordedAt"], (header["seq"], h)
            continue
        at_hole = "%s line %d (seq %d): the line holds NUL bytes, and " % (name, hole[0], hole[1])
        if closing is not None:
            raise Fault(at_hole + "a complete event follows the batch-closing event of line %d after them" % closing)
        if header["batchEnd"] and not hole[2]:
            raise Fault(at_hole + "a complete batch ends after them, with no line of that batch before them")
        if header["seq"] <= (last[0] if last else cseq):
            raise Fault(at_hole + "an event after them has seq %d" % header["seq"])
        if last and header["seq"] == last[0] + 1 and header["prev"] != last[1]:
            raise Fault("%s line %d (seq %d): prev does not match the previous hash" % (name, n - 1, header["seq"]))
        if batch_at is not None and header["recordedAt"] != batch_at:
            raise Fault(at_hole + "an event after them is recorded at another time than the batch before them")
        if header["recordedAt"] < cat:
            raise Fault("%s line %d (seq %d): recorded earlier than seq %d" % (name, n - 1, header["seq"], cseq))
        batch_at, last = header["recordedAt"], (header["seq"], h)
        if header["batchEnd"]:
            closing = n - 1


def verify(root):
    with open(os.path.join(root, "ledger.json"), "rb") as f:
        if f.read() != MANIFEST:
            raise Fault("ledger.json is not the version 1 manifest")
    names = sorted(n for n in os.listdir(root) if SEGMENT.match(n))
    for n in os.listdir(root):
        if n.startswith("segment-") and n.endswith(".jsonl") and (not SEGMENT.match(n) or int(n[8:24]) == 0):
            raise Fault("%s is named like a segment but is not one" % n)
    seq, prev, at, closed = 0, GENESIS, "", True
    committed = (0, GENESIS, "", 0, 1)  # the last committed event, and the offset and line after it
    complete = []
    for i, name in enumerate(names):
        first = int(SEGMENT.match(name).group(1))
        data = open(os.path.join(root, name), "rb").read()
        if first != seq + 1:
            raise Fault("%s line 1 (seq %d): the segment is named for seq %d" % (name, seq + 1, first))
        if not closed:
            raise Fault("%s line %d (seq %d): the segment ends inside a batch, but a later segment exists" % (names[i - 1], len(complete) + 1, seq + 1))
        committed = committed[:3] + (0, 1)
        last_segment = i == len(names) - 1

        def unfinished():
            """The tail after the last committed line: an unfinished batch (returns), or damage (raises)."""
            judge_tail(name, data[committed[3]:], committed[4], committed[:3])
            return committed[0], committed[1], (name, committed[4], len(data) - committed[3])
        if not data and i != len(names) - 1:
            raise Fault("%s line 1 (seq %d): an empty segment that is not the last" % (name, seq + 1))
        complete = data.split(b"\n")[:-1]
        offset = 0
        for n, raw in enumerate(complete, start=1):
            where = "%s line %d (seq %d)" % (name, n, seq + 1)
            offset += len(raw) + 1
            try:
                header, h = check_line(raw)
            except Fault as e:
                if last_segment and b"\0" in raw:
                    return unfinished()
                raise Fault("%s: %s" % (where, e))
            if header["seq"] != seq + 1:
                raise Fault("%s: the event here has seq %d" % (where, header["seq"]))
            if header["prev"] != prev:
                raise Fault("%s: prev does not match the previous hash" % where)
            if header["recordedAt"] < at:
                raise Fault("%s: recorded earlier than the event before it" % where)
            seq, prev, at, closed = header["seq"], h, header["recordedAt"], header["batchEnd"]
            if closed:
                committed = (seq, prev, at, offset, n + 1)
        if data and not data.endswith(b"\n"):
            if last_segment:
                return unfinished()
            raise Fault("%s line %d (seq %d): the last line has no newline" % (name, len(complete) + 1, seq + 1))
        if not closed and last_segment:
            return unfinished()
    return seq, prev, None


def main():
    if len(sys.argv) != 2:
        print("usage: verify-ledger.py DIR", file=sys.stderr)
        return 64
    try:
        seq, head, tail = verify(sys.argv[1])
    except (Fault, OSError) as e:
        print("fault: %s" % e, file=sys.stderr)
        return 1
    print("intact: %d events, head %s" % (seq, head))
    if tail:
        print("sound up to seq %d, unfinished batch ignored: %d bytes in %s from line %d" % (seq, tail[2], tail[0], tail[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
