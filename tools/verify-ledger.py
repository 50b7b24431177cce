#!/usr/bin/env python3
"""An independent verifier of a caseledger ledger, written from events/FORMAT.md alone.

Usage: verify-ledger.py DIR
Exit 0 and "intact: N events, head <hash>, Merkle tree root <hex>" when sound (then, when the last segment ends in an
unfinished batch, a second line "sound up to seq N, unfinished batch ignored: ..."); exit 1 and the
first fault ("<segment> line <n> (seq <s>): <reason> (events/FORMAT.md rule <r>)") otherwise.
Python standard library only. It checks the numbered rules of FORMAT.md, "Rules a verifier
checks", in their order: the first rule a line breaks is the one reported.
"""
import hashlib
import json
import os
import re
import sys

GENESIS = "0" * 64
MANIFEST = b'{"format":"caseledger-ledger","version":1}\n'  # 43 bytes: 42 and the newline
MANIFEST_2 = b'{"format":"caseledger-ledger","version":2}\n'  # format version 2 ("Format version 2")
PARTS_KEY = b'},"parts":'
HEX32 = re.compile(r"[0-9a-f]{32}")
POINTER = re.compile(r"/((?:[^/~]|~[01])*)(?:/(0|[1-9][0-9]{0,14}))?")
SEGMENT = re.compile(r"segment-([0-9]{16})\.jsonl")
HEADER_KEYS = ["actor", "batchEnd", "id", "payloadDigest", "prev", "recordedAt", "schema", "seq", "stream", "type"]
HEADER_TYPES = {"actor": str, "batchEnd": bool, "id": str, "payloadDigest": str, "prev": str,
                "recordedAt": str, "schema": int, "seq": int, "stream": str, "type": str}
HEX64 = re.compile(r"[0-9a-f]{64}")
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
TIME = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})\.[0-9]{6}Z")
STREAM = re.compile(r"[A-Za-z0-9._:-]{1,128}")
TYPE = re.compile(r"[A-Za-z][A-Za-z0-9._-]{0,127}")
MAX_INT = 2**53 - 1
MAX_LINE = 1048576  # rule 1: one line, its newline included
MAX_DEPTH = 64  # rule 2: the payload object itself is level 1
PREFIX = b'{"hash":"'
HEADER_KEY = b'","header":'
PAYLOAD_KEY = b'},"payload":'


class Fault(Exception):
    """A fault: the rule of FORMAT.md broken (None for the manifest) and the reason."""

    def __init__(self, rule, reason):
        self.rule, self.reason = rule, reason
        super().__init__(reason if rule is None else "%s (events/FORMAT.md rule %d)" % (reason, rule))


def canonical(value):
    """RFC 8785 restricted to integers (values already checked by rule 2)."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
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
            else:
                out.append(ch)
        out.append('"')
        return "".join(out)
    if isinstance(value, list):
        return "[" + ",".join(canonical(v) for v in value) + "]"
    # Keys sorted by UTF-16 code units (big-endian UTF-16 bytes compare the same way); never
    # normalised: "e\u0301" and "\u00e9" are two keys.
    keys = sorted(value.keys(), key=lambda k: k.encode("utf-16-be"))
    return "{" + ",".join(canonical(k) + ":" + canonical(value[k]) for k in keys) + "}"


def no_duplicates(pairs):
    seen = {}
    for k, v in pairs:
        if k in seen:  # Python compares code points: no normalisation
            raise Fault(2, 'the key "%s" appears twice' % k)
        seen[k] = v
    return seen


def not_integer(text):
    raise Fault(2, "the number %s is not an integer" % text)


def check_value(value, depth, what):
    """Rule 2: integers within +-(2^53-1), no lone surrogates, containers at most MAX_DEPTH deep."""
    if isinstance(value, bool) or value is None:
        return
    if isinstance(value, int):
        if abs(value) > MAX_INT:
            raise Fault(2, "the %s holds an integer outside +-(2^53-1)" % what)
        return
    if isinstance(value, str):
        if any(0xD800 <= ord(ch) <= 0xDFFF for ch in value):
            raise Fault(2, "the %s holds a lone surrogate" % what)
        return
    if depth > MAX_DEPTH:
        raise Fault(2, "the %s is nested more than %d levels deep" % (what, MAX_DEPTH))
    if isinstance(value, list):
        for v in value:
            check_value(v, depth + 1, what)
    else:
        for k, v in value.items():
            check_value(k, depth + 1, what)
            check_value(v, depth + 1, what)


def parse(raw, what):
    try:
        value = json.loads(raw.decode("utf-8"), object_pairs_hook=no_duplicates,
                           parse_float=not_integer, parse_constant=not_integer)
    except (UnicodeDecodeError, ValueError, RecursionError) as e:
        raise Fault(2, "the %s is not valid JSON: %s" % (what, e))
    check_value(value, 1, what)
    return value


def real_time(text):
    m = TIME.fullmatch(text)
    if not m:
        return False
    y, mo, d, h, mi, s = (int(g) for g in m.groups())
    leap = y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    days = [31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return 1 <= mo <= 12 and 1 <= d <= days[mo - 1] and h < 24 and mi < 60 and s < 60


def unescape(name):
    return name.replace("~1", "/").replace("~0", "~")


def escape(name):
    return "/" + name.replace("~", "~0").replace("/", "~1")


def part_digest(salt, pointer, value):
    """A part's digest: SHA-256 of the canonical JSON of [salt, pointer, value]."""
    return hashlib.sha256(canonical([salt, pointer, value]).encode("utf-8")).hexdigest()


def check_parts(parts, payload):
    """Version 2, rule 2: the parts fit the payload. Returns {pointer: value} of the parts present."""
    if not isinstance(parts, dict) or sorted(parts.keys()) != ["erased", "salts"] \
            or not isinstance(parts["erased"], dict) or not isinstance(parts["salts"], dict):
        raise Fault(2, "the parts are not an object of exactly erased and salts")
    salts, erased = parts["salts"], parts["erased"]
    if any(not isinstance(v, str) or not HEX32.fullmatch(v) for v in salts.values()):
        raise Fault(2, "a salt is not 32 lowercase hex digits")
    if any(not isinstance(v, str) or not HEX64.fullmatch(v) for v in erased.values()):
        raise Fault(2, "an erased part's digest is not 64 lowercase hex digits")
    if set(salts) & set(erased):
        raise Fault(2, "a part is both present and erased")
    whole, elements = set(), {}
    for p in list(salts) + list(erased):
        m = POINTER.fullmatch(p)
        if not m:
            raise Fault(2, "%s is not a part's pointer" % p)
        name = unescape(m.group(1))
        if m.group(2) is None:
            whole.add(name)
        else:
            elements.setdefault(name, []).append(int(m.group(2)))
    for name, idx in elements.items():
        if name in whole or sorted(idx) != list(range(len(idx))):
            raise Fault(2, "the elements of %s are not numbered 0 to N-1 with none missing" % escape(name))
    present = {}
    for name, value in payload.items():
        p = escape(name)
        if p in salts:
            if isinstance(value, list) and value:
                raise Fault(2, "the member %s is a non-empty list held as one part" % p)
            present[p] = value
        elif name in elements:
            idx = sorted(int(POINTER.fullmatch(q).group(2)) for q in salts if q.startswith(p + "/"))
            if not isinstance(value, list) or len(value) != len(idx):
                raise Fault(2, "the member %s does not hold its present elements" % p)
            for k, i in enumerate(idx):
                present["%s/%d" % (p, i)] = value[k]
        else:
            raise Fault(2, "the payload member %s has no salt" % p)
    if set(salts) != set(present):
        raise Fault(2, "a part has a salt but is not in the payload")
    return present


def check_line(raw, version=1):
    """One line without its newline: rules 1 to 6 (and, in version 2, rule 11 on the line itself).
    Returns the header, the hash, the erased pointers and the parts the line authorises erasing."""
    # Rule 1: the line and its newline within the limit.
    if len(raw) + 1 > MAX_LINE:
        raise Fault(1, "the line is %d bytes with its newline, over the %d-byte limit" % (len(raw) + 1, MAX_LINE))
    # Rule 2: the frame {"hash":"<64 hex>","header":{...},"payload":{...}}, parsed.
    if not raw.startswith(PREFIX) or len(raw) < 85:
        raise Fault(2, 'the line is not an event (it should start with {"hash":")')
    hash_text = raw[9:73].decode("ascii", "replace")
    if not HEX64.fullmatch(hash_text):
        raise Fault(2, "the line's hash is not 64 lowercase hex digits")
    if raw[73:84] != HEADER_KEY or raw[84:85] != b"{":
        raise Fault(2, "the line's second field is not its header")
    if not raw.endswith(b"}"):
        raise Fault(2, "the line does not end with }")
    cut = raw.find(PAYLOAD_KEY, 85)
    if cut < 0 or cut + len(PAYLOAD_KEY) > len(raw) - 1:
        raise Fault(2, "the line has no payload field after its header")
    header_raw, payload_raw = raw[84:cut + 1], raw[cut + len(PAYLOAD_KEY):-1]
    parts_raw = None
    if version == 2:
        # The header ends at the first `},"parts":`; the parts at the first `},"payload":` after it.
        pcut = raw.find(PARTS_KEY, 85)
        if pcut < 0 or pcut > cut:
            raise Fault(2, "the line has no parts (format version 2) but ledger.json says version 2")
        header_raw, parts_raw = raw[84:pcut + 1], raw[pcut + len(PARTS_KEY):cut + 1]
    header = parse(header_raw, "header")
    if payload_raw == b"null":
        raise Fault(2, "the payload is null, not a JSON object: the format has no erasure")
    payload = parse(payload_raw, "payload")
    if not isinstance(payload, dict):
        raise Fault(2, "the payload is not a JSON object")
    parts = present = None
    if parts_raw is not None:
        parts = parse(parts_raw, "parts")
        present = check_parts(parts, payload)
    if not isinstance(header, dict) or sorted(header.keys()) != HEADER_KEYS:
        raise Fault(2, "the header must have exactly %s" % ", ".join(HEADER_KEYS))
    for key, kind in HEADER_TYPES.items():
        if type(header[key]) is not kind:
            raise Fault(2, 'the header field "%s" has the wrong type' % key)
    # Rule 3: the header's values.
    actor = header["actor"]
    if not 1 <= len(actor.encode("utf-8")) <= 128:
        raise Fault(3, "the actor must be 1 to 128 bytes")
    if any(ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F for ch in actor):
        raise Fault(3, "the actor contains a control character")
    if not 1 <= header["schema"] <= MAX_INT:
        raise Fault(3, "the schema must be from 1 to 2^53-1")
    if not 1 <= header["seq"] <= MAX_INT:
        raise Fault(3, "the seq must be from 1 to 2^53-1")
    if not STREAM.fullmatch(header["stream"]):
        raise Fault(3, "the stream id is not 1 to 128 of A-Z a-z 0-9 - _ . :")
    if not TYPE.fullmatch(header["type"]):
        raise Fault(3, "the type is not a letter then up to 127 of A-Z a-z 0-9 . - _")
    if not UUID.fullmatch(header["id"]):
        raise Fault(3, "the id is not a lowercase 8-4-4-4-12 UUID")
    if not HEX64.fullmatch(header["payloadDigest"]) or not HEX64.fullmatch(header["prev"]):
        raise Fault(3, "payloadDigest or prev is not 64 lowercase hex digits")
    if not real_time(header["recordedAt"]):
        raise Fault(3, "recordedAt is not a real UTC time written YYYY-MM-DDTHH:MM:SS.ffffffZ")
    # Rule 4: canonical form.
    if canonical(header).encode("utf-8") != header_raw or canonical(payload).encode("utf-8") != payload_raw \
            or (parts is not None and canonical(parts).encode("utf-8") != parts_raw):
        raise Fault(4, "the line is not in canonical form")
    # Rules 5 and 6: the hash and the payload's digest.
    if hashlib.sha256(header_raw).hexdigest() != hash_text:
        raise Fault(5, "the hash does not match the header")
    if parts is None:
        if hashlib.sha256(payload_raw).hexdigest() != header["payloadDigest"]:
            raise Fault(6, "the payload does not match its digest")
        return header, hash_text, [], []
    digests = dict(parts["erased"])
    for p, value in present.items():
        digests[p] = part_digest(parts["salts"][p], p, value)
    if hashlib.sha256(canonical(digests).encode("utf-8")).hexdigest() != header["payloadDigest"]:
        raise Fault(6, "the payload's parts do not give its digest")
    # Rule 11, on the line: an erasureAuthorised event's own erases is never erased.
    authorises = []
    if header["type"] == "erasureAuthorised":
        if any(p == "/erases" or p.startswith("/erases/") for p in parts["erased"]):
            raise Fault(11, "the erasure event's own record of what it erases was removed")
        for item in payload.get("erases", []) if isinstance(payload.get("erases"), list) else []:
            if isinstance(item, dict) and type(item.get("seq")) is int and isinstance(item.get("parts"), list):
                authorises += [(item["seq"], p) for p in item["parts"] if isinstance(p, str)]
    return header, hash_text, sorted(parts["erased"]), authorises


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
            header, h = check_line(raw, VERSION[0])[:2]
        except Fault as e:
            raise Fault(e.rule, "%s: %s" % (where, e.reason))
        if hole is None:
            if header["seq"] != expected:
                raise Fault(7, "%s: the event here has seq %d" % (where, header["seq"]))
            if header["prev"] != prev:
                raise Fault(8, "%s: prev does not match the previous hash" % where)
            if header["recordedAt"] < at:
                raise Fault(9, "%s: recorded earlier than the event before it" % where)
            expected, prev, at, batch_at, last = header["seq"] + 1, h, header["recordedAt"], header["recordedAt"], (header["seq"], h)
            continue
        at_hole = "%s line %d (seq %d): the line holds NUL bytes, and " % (name, hole[0], hole[1])
        if closing is not None:
            raise Fault(10, at_hole + "a complete event follows the batch-closing event of line %d after them" % closing)
        if header["batchEnd"] and not hole[2]:
            raise Fault(10, at_hole + "a complete batch ends after them, with no line of that batch before them")
        if header["seq"] <= (last[0] if last else cseq):
            raise Fault(10, at_hole + "an event after them has seq %d" % header["seq"])
        if last and header["seq"] == last[0] + 1 and header["prev"] != last[1]:
            raise Fault(8, "%s line %d (seq %d): prev does not match the previous hash" % (name, n - 1, header["seq"]))
        if batch_at is not None and header["recordedAt"] != batch_at:
            raise Fault(10, at_hole + "an event after them is recorded at another time than the batch before them")
        if header["recordedAt"] < cat:
            raise Fault(9, "%s line %d (seq %d): recorded earlier than seq %d" % (name, n - 1, header["seq"], cseq))
        batch_at, last = header["recordedAt"], (header["seq"], h)
        if header["batchEnd"]:
            closing = n - 1


def lines(data):
    """The segment's complete lines (without newlines) in order, and its unterminated rest."""
    out, start = [], 0
    while True:
        end = data.find(b"\n", start)
        if end < 0:
            return out, data[start:]
        out.append(data[start:end])
        start = end + 1


VERSION = [1]  # the ledger's format version, from ledger.json
HASHES = []  # every sound event's hash, in seq order: the Merkle tree's leaves


def merkle_root(hashes):
    """RFC 6962 / RFC 9162 2.1.1: the root of the tree whose leaf i is SHA-256(0x00 || the 32 bytes
    of the hash of the event with seq i + 1) (FORMAT.md, "The Merkle tree"); SHA-256 of nothing
    for no events."""
    if not hashes:
        return hashlib.sha256(b"").hexdigest()
    stack = []  # (leaves, hash) of complete subtrees, largest first
    for h in hashes:
        node = (1, hashlib.sha256(b"\x00" + h).digest())
        while stack and stack[-1][0] == node[0]:
            left = stack.pop()
            node = (left[0] * 2, hashlib.sha256(b"\x01" + left[1] + node[1]).digest())
        stack.append(node)
    root = stack[-1][1]
    for _, left in reversed(stack[:-1]):
        root = hashlib.sha256(b"\x01" + left + root).digest()
    return root.hex()


def verify(root):
    with open(os.path.join(root, "ledger.json"), "rb") as f:
        manifest = f.read(len(MANIFEST) + 1)
    if manifest not in (MANIFEST, MANIFEST_2):
        raise Fault(None, "ledger.json is not exactly the 43-byte manifest of version 1 or 2")
    version = 2 if manifest == MANIFEST_2 else 1
    VERSION[0] = version
    erased_seen, authorised = [], {}  # rule 11: (seq, pointer, where) erased; (seq, pointer) -> first seq naming it

    def erasure_fault(through):
        """Rule 11: the first erased part no erasureAuthorised event later in the log names."""
        for s_, p, where in erased_seen:
            if s_ <= through:
                by = authorised.get((s_, p))
                if by is None or by <= s_ or by > through:
                    raise Fault(11, "%s: a payload part was removed without an erasure event: %s of seq %d" % (where, p, s_))
    names = sorted(n for n in os.listdir(root) if SEGMENT.fullmatch(n))
    for n in os.listdir(root):
        if n.startswith("segment-") and n.endswith(".jsonl") and (not SEGMENT.fullmatch(n) or int(n[8:24]) == 0):
            raise Fault(7, "%s is named like a segment but is not one" % n)
    seq, prev, at, closed = 0, GENESIS, "", True
    committed = (0, GENESIS, "", 0, 1)  # the last committed event, and the offset and line after it
    complete = []
    for i, name in enumerate(names):
        first = int(SEGMENT.fullmatch(name).group(1))
        with open(os.path.join(root, name), "rb") as f:
            data = f.read()
        if first != seq + 1:
            raise Fault(7, "%s line 1 (seq %d): the segment is named for seq %d" % (name, seq + 1, first))
        if not closed:
            raise Fault(10, "%s line %d (seq %d): the segment ends inside a batch, but a later segment exists" % (names[i - 1], len(complete) + 1, seq + 1))
        committed = committed[:3] + (0, 1)
        last_segment = i == len(names) - 1

        def unfinished():
            """The tail after the last committed line: an unfinished batch (returns), or damage (raises)."""
            judge_tail(name, data[committed[3]:], committed[4], committed[:3])
            erasure_fault(committed[0])
            return committed[0], committed[1], (name, committed[4], len(data) - committed[3])
        if not data and i != len(names) - 1:
            raise Fault(7, "%s line 1 (seq %d): an empty segment that is not the last" % (name, seq + 1))
        complete, rest = lines(data)
        offset = 0
        for n, raw in enumerate(complete, start=1):
            offset += len(raw) + 1
            where = "%s line %d (seq %d)" % (name, n, seq + 1)
            try:
                if version == 1 and raw.find(PARTS_KEY, 85) >= 0 and raw.find(PARTS_KEY, 85) < raw.find(PAYLOAD_KEY, 85):
                    raise Fault(2, "the line has parts (format version 2) but ledger.json says version 1")
                header, h, erased, authorises = check_line(raw, version)
                if header["seq"] != seq + 1:
                    raise Fault(7, "the event here has seq %d" % header["seq"])
                if header["prev"] != prev:
                    raise Fault(8, "prev does not match the previous hash")
                if header["recordedAt"] < at:
                    raise Fault(9, "recorded earlier than the event before it")
            except Fault as e:
                if last_segment and b"\0" in raw:
                    return unfinished()
                raise Fault(e.rule, "%s: %s" % (where, e.reason))
            seq, prev, at, closed = header["seq"], h, header["recordedAt"], header["batchEnd"]
            HASHES.append(bytes.fromhex(h))
            erased_seen.extend((seq, p, where) for p in erased)
            for key in authorises:
                authorised.setdefault(key, seq)
            if closed:
                committed = (seq, prev, at, offset, n + 1)
        where = "%s line %d (seq %d)" % (name, len(complete) + 1, seq + 1)
        if len(rest) >= MAX_LINE and not (last_segment and b"\0" in rest):
            raise Fault(1, "%s: the line runs past the %d-byte limit without ending" % (where, MAX_LINE))
        if rest:
            if last_segment:
                return unfinished()
            raise Fault(10, "%s: the last line has no newline" % where)
        if not closed and last_segment:
            return unfinished()
    erasure_fault(seq)
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
    print("intact: %d events, head %s, Merkle tree root %s" % (seq, head, merkle_root(HASHES[:seq])))
    if tail:
        print("sound up to seq %d, unfinished batch ignored: %d bytes in %s from line %d" % (seq, tail[2], tail[0], tail[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
