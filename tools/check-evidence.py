#!/usr/bin/env python3
"""Checks a caseledger evidence folder offline: the case's ledger lines, an inclusion proof for each
(c2sp.org/tlog-proof@v1) and the council's signed checkpoint with its witnesses' cosignatures.

Usage:
  check-evidence.py DIR --log-key VKEY [--witness-key VKEY ...] [--min-witnesses K] [--origin NAME]

VKEY is a verifier key string as the signer publishes it (c2sp.org/signed-note, "Verifier keys"):
  name+keyid+base64(type byte || 32-byte Ed25519 public key)
type 0x01 for the council's log key, type 0x04 for a witness's cosigning key
(c2sp.org/tlog-cosignature). Get them from the council's and the witnesses' own publications,
never from the evidence folder itself.

What it checks, in this order (a failure stops it with one line "check-evidence: CODE: message"
on standard error and exit 1; exit 0 prints what was proven):
  1. each line of DIR/events.jsonl is a caseledger ledger line (events/FORMAT.md): canonical JSON,
     its hash is SHA-256 of its header's bytes, its payload matches the header's payloadDigest (in
     format version 2, through its salted parts, erased parts by their digests), and its payload is
     present; all lines are of one stream, in increasing seq. A customer's copy holds
     DIR/disclosed.jsonl instead (events/FORMAT.md, "A copy that discloses in part"): each line the
     event's header and hash, its disclosed parts (salt and value), withheld parts (digest and
     reason) and erased parts (digest); each disclosed part's digest is recomputed and, with every
     other part's digest, must give the header's payloadDigest;
  2. each event has DIR/proofs/seq-<seq>.tlog-proof, whose index is seq - 1 (the leaf is the event:
     SHA-256(0x00 || the 32 bytes of its hash)), and no other proof is there;
  3. every proof carries the same checkpoint note; it is signed by the log key (a signature from a
     key not given is ignored; a bad one from a given key rejects the note); its origin is the log
     key's name (or --origin);
  4. each given witness key's cosignature on it verifies; at least K of them (default: all) are
     there and valid;
  5. each inclusion proof leads from its event's leaf to the checkpoint's root (RFC 9162 2.1.3.2).

Python 3 standard library and the `openssl` command (OpenSSL 3) only.
"""
# Keeps events/INVARIANTS.md rules 30, 31: only the keys given are trusted, every step of
# c2sp.org/tlog-proof is checked, in the same order and with the same codes as EvidenceCheck
# (Sources/CaseAudit/Evidence/EvidenceCheck.swift).
import base64
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import time

LINE_HEADER_KEYS = ["actor", "batchEnd", "id", "payloadDigest", "prev", "recordedAt", "schema", "seq", "stream", "type"]
HEX64 = re.compile(r"^[0-9a-f]{64}$")
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$")
STREAM = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
TYPE = re.compile(r"^[A-Za-z][A-Za-z0-9._-]{0,127}$")
MAX_INT = 2**53 - 1
PROOF_NAME = re.compile(r"^seq-([1-9][0-9]*)\.tlog-proof$")
PROOF_HEADER = "c2sp.org/tlog-proof@v1"
LOG_TYPE = 0x01
COSIGNATURE_TYPE = 0x04
MAX_SIGNATURES = 100
SPKI_ED25519_PREFIX = bytes.fromhex("302a300506032b6570032100")


class Refusal(Exception):
    """The evidence does not prove what it claims: a stable code and a message saying why."""

    def __init__(self, code, message):
        Exception.__init__(self, message)
        self.code = code
        self.message = message


class Usage(Exception):
    pass


# ---------------------------------------------------------------------------------------------
# Encodings

def b64decode_strict(text):
    """Standard base64 (RFC 4648 section 4), padded, canonical (re-encodes to the same text); or None."""
    if not isinstance(text, str) or len(text) % 4 != 0 or not re.fullmatch(r"[A-Za-z0-9+/]*={0,2}", text):
        return None
    try:
        data = base64.b64decode(text, validate=True)
    except ValueError:
        return None
    if base64.b64encode(data).decode("ascii") != text:
        return None
    return data


def b64(data):
    return base64.b64encode(data).decode("ascii")


def decimal(text):
    """A non-negative ASCII decimal without leading zeros that fits 63 bits, or None."""
    if not re.fullmatch(r"0|[1-9][0-9]*", text):
        return None
    value = int(text)
    return value if value < 2**63 else None


# ---------------------------------------------------------------------------------------------
# Ledger lines (events/FORMAT.md)

class LineFault(Exception):
    pass


def canonical(value):
    """RFC 8785 restricted to integers, as events/FORMAT.md "Canonical JSON" says."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        if abs(value) > MAX_INT:
            raise LineFault("an integer is outside ±(2^53-1)")
        return str(value)
    if isinstance(value, float):
        raise LineFault("a number is not an integer")
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
                raise LineFault("a string holds a lone surrogate")
            else:
                out.append(ch)
        out.append('"')
        return "".join(out)
    if isinstance(value, list):
        return "[" + ",".join(canonical(v) for v in value) + "]"
    if isinstance(value, dict):
        keys = sorted(value.keys(), key=lambda k: k.encode("utf-16-be"))
        return "{" + ",".join(canonical(k) + ":" + canonical(value[k]) for k in keys) + "}"
    raise LineFault("unexpected JSON value")


def no_duplicates(pairs):
    seen = {}
    for k, v in pairs:
        if k in seen:
            raise LineFault('the key "%s" appears twice' % k)
        seen[k] = v
    return seen


def check_line(raw):
    """The header and hash of one ledger line (without its newline), checked as FORMAT.md's rules 1-4 say."""
    try:
        value = json.loads(raw.decode("utf-8"), object_pairs_hook=no_duplicates, parse_float=float, parse_constant=float)
    except (UnicodeDecodeError, ValueError) as e:
        raise LineFault("it is not valid JSON: %s" % e)
    if not isinstance(value, dict) or sorted(value.keys()) not in (["hash", "header", "payload"], ["hash", "header", "parts", "payload"]):
        raise LineFault("it does not have exactly hash, header and payload (and parts, in format version 2)")
    if canonical(value).encode("utf-8") != raw:
        raise LineFault("it is not in canonical form")
    header, payload = value["header"], value["payload"]
    check_header(header, value["hash"])
    if payload is None:
        # events/FORMAT.md rule 2: version 1 has no erasure, a payload is always an object.
        raise LineFault("its payload is null, not an object: the format has no erasure, so the payload was removed after it was written")
    if not isinstance(payload, dict):
        raise LineFault("its payload is not an object")
    if "parts" in value:
        if version2_digest(value["parts"], payload) != header["payloadDigest"]:
            raise LineFault("its payload's parts do not give its digest: a part, a salt or an erased part's digest was changed after it was written")
    elif hashlib.sha256(canonical(payload).encode("utf-8")).hexdigest() != header["payloadDigest"]:
        raise LineFault("its payload does not match its digest: the payload was changed after it was written")
    erased = sorted(value["parts"]["erased"].keys()) if "parts" in value else []
    return header, value["hash"], [], erased


def check_header(header, event_hash):
    """A header given on its own, and the hash that must be SHA-256 of its canonical bytes (FORMAT.md rules 2-4)."""
    if not isinstance(header, dict) or sorted(header.keys()) != LINE_HEADER_KEYS:
        raise LineFault("its header does not have exactly %s" % ", ".join(LINE_HEADER_KEYS))
    types = {"actor": str, "batchEnd": bool, "id": str, "payloadDigest": str, "prev": str,
             "recordedAt": str, "schema": int, "seq": int, "stream": str, "type": str}
    for key, kind in types.items():
        if type(header[key]) is not kind:
            raise LineFault('its header field "%s" has the wrong type' % key)
    if not (UUID.match(header["id"]) and HEX64.match(header["payloadDigest"]) and HEX64.match(header["prev"])
            and TIME.match(header["recordedAt"]) and STREAM.match(header["stream"]) and TYPE.match(header["type"])
            and 1 <= len(header["actor"].encode()) <= 128 and header["schema"] >= 1 and header["seq"] >= 1):
        raise LineFault("a header field is out of its allowed form")
    if not isinstance(event_hash, str) or not HEX64.match(event_hash):
        raise LineFault("its hash is not 64 lowercase hex digits")
    if hashlib.sha256(canonical(header).encode("utf-8")).hexdigest() != event_hash:
        raise LineFault("its hash does not match its header: the event was changed after it was written")


def pointer_problem(pointers):
    """Whether pointers are the parts of some payload (FORMAT.md "Format version 2"): each /m or /m/N, and each member
    either one part or its elements 0..N-1 with none missing."""
    whole, elements = set(), {}
    for p in pointers:
        m = POINTER.fullmatch(p) if isinstance(p, str) else None
        if m is None:
            return '"%s" is not a part\'s pointer (/member or /member/N)' % p
        if m.group(2) is None:
            whole.add(m.group(1))
        else:
            elements.setdefault(m.group(1), []).append(int(m.group(2)))
    for member, indices in elements.items():
        if member in whole:
            return "the member /%s is given both whole and by its elements" % member
        if sorted(indices) != list(range(len(indices))):
            return "the elements of /%s are not numbered 0 to %d with none missing or repeated" % (member, len(indices) - 1)
    return None


def check_disclosed_line(raw):
    """One line of disclosed.jsonl (a customer's copy, FORMAT.md "A copy that discloses in part"): its header and hash,
    each disclosed part's digest from its salt, pointer and value, and the payload digest from every part's digest."""
    try:
        value = json.loads(raw.decode("utf-8"), object_pairs_hook=no_duplicates, parse_float=float, parse_constant=float)
    except (UnicodeDecodeError, ValueError) as e:
        raise LineFault("it is not a JSON object")
    if not isinstance(value, dict):
        raise LineFault("it is not a JSON object")
    if canonical(value).encode("utf-8") != raw:
        raise LineFault("it is not in canonical form")
    keys = sorted(value.keys())
    if keys not in (["hash", "header", "payload"], ["hash", "header", "withheld"], ["disclosed", "erased", "hash", "header", "withheld"]):
        raise LineFault("it does not have exactly hash, header and payload; hash, header and withheld; or disclosed, erased, hash, header and withheld")
    if not isinstance(value["hash"], str):
        raise LineFault("its hash is not 64 lowercase hex digits")
    header = value["header"]
    check_header(header, value["hash"])
    if keys == ["hash", "header", "payload"]:
        if not isinstance(value["payload"], dict):
            raise LineFault("its payload is not an object")
        if hashlib.sha256(canonical(value["payload"]).encode("utf-8")).hexdigest() != header["payloadDigest"]:
            raise LineFault("its payload does not match its digest: the payload was changed after it was written")
        return header, value["hash"], [], []
    withheld = value["withheld"]
    if not isinstance(withheld, dict):
        raise LineFault("its withheld parts are not an object")
    digests = {}
    for p, entry in withheld.items():
        if not (isinstance(entry, dict) and sorted(entry.keys()) == ["digest", "reason", "text"] and isinstance(entry["digest"], str)
                and HEX64.match(entry["digest"]) and isinstance(entry["reason"], str) and entry["reason"] != ""
                and isinstance(entry["text"], str)):
            raise LineFault('the withheld part "%s" is not a digest of 64 lowercase hex digits with a reason and its words' % p)
        digests[p] = entry["digest"]
    if keys == ["hash", "header", "withheld"]:
        if list(digests.keys()) != [""]:
            raise LineFault('a payload withheld whole is given as one withheld part named ""')
        if digests[""] != header["payloadDigest"]:
            raise LineFault("the withheld payload's digest is not the one its header holds")
        return header, value["hash"], [""], []
    disclosed, erased = value["disclosed"], value["erased"]
    if not isinstance(disclosed, dict) or not isinstance(erased, dict):
        raise LineFault("its disclosed and erased parts are not objects")
    for p, entry in erased.items():
        if not isinstance(entry, str) or not HEX64.match(entry):
            raise LineFault('the erased part "%s" is not a digest of 64 lowercase hex digits' % p)
        if p in digests:
            raise LineFault("the part %s is given twice" % p)
        digests[p] = entry
    for p, entry in disclosed.items():
        if not (isinstance(entry, dict) and sorted(entry.keys()) == ["salt", "value"]):
            raise LineFault('the disclosed part "%s" is not an object of exactly salt and value' % p)
        if POINTER.fullmatch(p) is None:
            raise LineFault('"%s" is not a part\'s pointer (/member or /member/N)' % p)
        if not isinstance(entry["salt"], str) or not re.fullmatch(r"[0-9a-f]{32}", entry["salt"]):
            raise LineFault("the salt of %s is not 32 lowercase hex digits" % p)
        if p in digests:
            raise LineFault("the part %s is given twice" % p)
        digests[p] = hashlib.sha256(canonical([entry["salt"], p, entry["value"]]).encode("utf-8")).hexdigest()
    problem = pointer_problem(digests.keys())
    if problem is not None:
        raise LineFault(problem)
    if hashlib.sha256(canonical(digests).encode("utf-8")).hexdigest() != header["payloadDigest"]:
        raise LineFault("the parts do not give the payload digest: a disclosed part was changed, or a withheld part's digest is not the one recorded")
    return header, value["hash"], sorted(withheld.keys()), sorted(erased.keys())


POINTER = re.compile(r"/((?:[^/~]|~[01])*)(?:/(0|[1-9][0-9]{0,14}))?")


def version2_digest(parts, payload):
    """events/FORMAT.md, "Format version 2": the payload digest of a line with salted parts (each part's
    digest SHA-256 of canonical [salt, pointer, value]; the payload digest SHA-256 of the canonical object
    pointer -> part digest, erased parts included). Raises LineFault when the parts do not fit the payload."""
    if not isinstance(parts, dict) or sorted(parts.keys()) != ["erased", "salts"] \
            or not isinstance(parts["erased"], dict) or not isinstance(parts["salts"], dict):
        raise LineFault("its parts are not an object of exactly erased and salts")
    salts, erased = parts["salts"], parts["erased"]
    if any(not isinstance(v, str) or not re.fullmatch(r"[0-9a-f]{32}", v) for v in salts.values()) \
            or any(not isinstance(v, str) or not HEX64.match(v) for v in erased.values()) or set(salts) & set(erased):
        raise LineFault("its parts are not salts of 32 and erased digests of 64 lowercase hex digits, each part once")
    digests = dict(erased)
    for name, value in payload.items():
        p = "/" + name.replace("~", "~0").replace("/", "~1")
        if p in salts:
            digests[p] = hashlib.sha256(canonical([salts[p], p, value]).encode("utf-8")).hexdigest()
            continue
        idx = sorted(int(POINTER.fullmatch(q).group(2)) for q in salts if q.startswith(p + "/") and POINTER.fullmatch(q))
        if not idx or not isinstance(value, list) or len(value) != len(idx):
            raise LineFault("its payload member %s is not a committed part" % p)
        for k, i in enumerate(idx):
            q = "%s/%d" % (p, i)
            digests[q] = hashlib.sha256(canonical([salts[q], q, value[k]]).encode("utf-8")).hexdigest()
    if set(salts) - set(digests):
        raise LineFault("a part has a salt but is not in its payload")
    return hashlib.sha256(canonical(digests).encode("utf-8")).hexdigest()


# ---------------------------------------------------------------------------------------------
# Keys, signed notes, checkpoints (c2sp.org/signed-note, tlog-checkpoint, tlog-cosignature)

def key_name_valid(name):
    return name != "" and "+" not in name and not any(ch.isspace() or ch in "\u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000" for ch in name)


def key_id(name, sig_type, public_key):
    return hashlib.sha256(name.encode("utf-8") + b"\n" + bytes([sig_type]) + public_key).digest()[:4]


class Key:
    def __init__(self, name, key_id_bytes, sig_type, public_key, text):
        self.name = name
        self.key_id = key_id_bytes
        self.type = sig_type
        self.public_key = public_key
        self.text = text


def parse_verifier_key(text, sig_type, option):
    """A verifier key string of `sig_type`; a usage error names the option and what is wrong."""
    parts = text.split("+", 2)
    if len(parts) != 3:
        raise Usage("--%s %s: a verifier key reads name+keyid+base64-key, as its signer published it" % (option, text))
    name, hex_id, material_text = parts
    if not key_name_valid(name):
        raise Usage("--%s %s: the key name is empty or holds a space or '+'" % (option, text))
    if not re.fullmatch(r"[0-9a-fA-F]{8}", hex_id):
        raise Usage("--%s %s: the key ID '%s' is not eight hexadecimal digits" % (option, text, hex_id))
    material = b64decode_strict(material_text)
    if material is None or len(material) == 0:
        raise Usage("--%s %s: the key is not standard base64" % (option, text))
    if material[0] != sig_type:
        what = "an Ed25519 log key (type 0x01)" if sig_type == LOG_TYPE else "an Ed25519 witness cosignature key (type 0x04)"
        raise Usage("--%s %s: the key is of signature type 0x%02x, not %s" % (option, text, material[0], what))
    if len(material) != 33:
        raise Usage("--%s %s: an Ed25519 public key is 32 bytes, not %d" % (option, text, len(material) - 1))
    public_key = material[1:]
    computed = key_id(name, sig_type, public_key)
    if computed != bytes.fromhex(hex_id):
        raise Usage("--%s %s: the key ID %s is not the one its name and public key give (%s): the key string was altered or mistyped"
                    % (option, text, hex_id.lower(), computed.hex()))
    return Key(name, computed, sig_type, public_key, text)


def ed25519_verify(public_key, message, signature, scratch):
    """Whether `signature` is `public_key`'s Ed25519 signature of `message`, asked of the openssl command."""
    if len(signature) != 64:
        return False
    der = SPKI_ED25519_PREFIX + public_key
    pem = "-----BEGIN PUBLIC KEY-----\n" + b64(der) + "\n-----END PUBLIC KEY-----\n"
    paths = {}
    for name, data in (("key.pem", pem.encode("ascii")), ("message", message), ("signature", signature)):
        paths[name] = os.path.join(scratch, name)
        with open(paths[name], "wb") as f:
            f.write(data)
    try:
        result = subprocess.run(
            ["openssl", "pkeyutl", "-verify", "-pubin", "-inkey", paths["key.pem"], "-rawin",
             "-in", paths["message"], "-sigfile", paths["signature"]],
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    except OSError as e:
        raise Refusal("evidence-openssl-missing", "the openssl command could not be run (%s): install OpenSSL 3 and try again" % e)
    out = result.stdout.decode("utf-8", "replace")
    if result.returncode == 0 and "Signature Verified Successfully" in out:
        return True
    if "Signature Verification Failure" in out:
        return False
    raise Refusal("evidence-openssl-failed",
                  "the openssl command could not check a signature (%s): OpenSSL 3 is needed"
                  % (result.stderr.decode("utf-8", "replace").strip().splitlines() or ["no output"])[0])


def parse_note(data):
    """(text, [(name, key id, signature bytes)]) of a signed note, its format checked."""
    try:
        whole = data.decode("utf-8")
    except UnicodeDecodeError:
        raise Refusal("evidence-checkpoint-malformed", "the checkpoint note is not valid UTF-8 — c2sp.org/signed-note")
    if any(ord(ch) < 0x20 and ch != "\n" for ch in whole):
        raise Refusal("evidence-checkpoint-malformed", "the checkpoint note holds a control character — c2sp.org/signed-note")
    split = whole.rfind("\n\n")
    if split < 0:
        raise Refusal("evidence-checkpoint-malformed", "no blank line separates the checkpoint from its signatures — c2sp.org/signed-note")
    text, rest = whole[:split + 1], whole[split + 2:]
    if rest == "" or not rest.endswith("\n"):
        raise Refusal("evidence-checkpoint-malformed", "the checkpoint's signature lines are missing or unfinished — c2sp.org/signed-note")
    lines = rest[:-1].split("\n")
    if len(lines) > MAX_SIGNATURES:
        raise Refusal("evidence-checkpoint-malformed", "the checkpoint carries more than %d signature lines — c2sp.org/signed-note" % MAX_SIGNATURES)
    signatures = []
    for number, line in enumerate(lines, start=1):
        if not line.startswith("\u2014 "):
            raise Refusal("evidence-checkpoint-malformed", "signature line %d does not begin with an em dash and a space — c2sp.org/signed-note" % number)
        body = line[2:]
        space = body.find(" ")
        if space < 0:
            raise Refusal("evidence-checkpoint-malformed", "signature line %d has no space between the key name and the signature — c2sp.org/signed-note" % number)
        name, encoded = body[:space], body[space + 1:]
        decoded = b64decode_strict(encoded)
        if not key_name_valid(name) or decoded is None or len(decoded) <= 4:
            raise Refusal("evidence-checkpoint-malformed", "signature line %d is not a key name and the base64 of a key ID and a signature — c2sp.org/signed-note" % number)
        signatures.append((name, decoded[:4], decoded[4:]))
    return text, signatures


def parse_checkpoint(text):
    """(origin, size, root) of a checkpoint's note text (c2sp.org/tlog-checkpoint)."""
    lines = text[:-1].split("\n")
    if len(lines) < 3 or any(line == "" for line in lines):
        raise Refusal("evidence-checkpoint-malformed", "the checkpoint is not an origin, a size and a root hash, each on its own non-empty line — c2sp.org/tlog-checkpoint")
    size = decimal(lines[1])
    root = b64decode_strict(lines[2])
    if size is None or root is None or len(root) != 32:
        raise Refusal("evidence-checkpoint-malformed", "the checkpoint's size or root hash is malformed — c2sp.org/tlog-checkpoint")
    return lines[0], size, root


def check_checkpoint(note, log_key, witness_keys, origin, min_witnesses, scratch):
    """The checkpoint (origin, size, root, [(witness name, time)]), its signatures checked as c2sp.org/signed-note says."""
    text, signatures = parse_note(note)
    known = {(log_key.name, log_key.key_id): log_key}
    for key in witness_keys:
        known[(key.name, key.key_id)] = key
    log_signed = False
    cosigned = {}
    text_bytes = text.encode("utf-8")
    for name, kid, signature in signatures:
        key = known.get((name, kid))
        if key is None:
            continue  # c2sp.org/signed-note: signatures from unknown keys are ignored
        if key.type == LOG_TYPE:
            valid = ed25519_verify(key.public_key, text_bytes, signature, scratch)
        else:
            timestamp = int.from_bytes(signature[:8], "big") if len(signature) == 72 else None
            valid = (timestamp is not None and timestamp < 2**63 and ed25519_verify(
                key.public_key, ("cosignature/v1\ntime %d\n" % timestamp).encode("ascii") + text_bytes, signature[8:], scratch))
        if not valid:
            whose = "the log key" if key.type == LOG_TYPE else "the witness key"
            raise Refusal("evidence-signature-invalid",
                          "the signature on the checkpoint by %s %s (key %s) does not verify: the checkpoint was altered after it was signed, "
                          "or signed with another key; the whole checkpoint is rejected — c2sp.org/signed-note" % (whose, name, kid.hex()))
        if key.type == LOG_TYPE:
            log_signed = True
        else:
            cosigned.setdefault(name, timestamp)
    if not log_signed:
        signers = []
        for name, _, _ in signatures:
            if name not in signers:
                signers.append(name)
        raise Refusal("evidence-checkpoint-unsigned",
                      "the checkpoint carries no valid signature by the log key %s (it is signed by %s): nothing it states can be relied on; "
                      "check that you were given the council's published log key" % (log_key.name, ", ".join(signers)))
    checkpoint_origin, size, root = parse_checkpoint(text)
    expected = origin if origin is not None else log_key.name
    if checkpoint_origin != expected:
        raise Refusal("evidence-checkpoint-origin",
                      "the checkpoint is for the log '%s', not '%s': it belongs to another log — c2sp.org/tlog-checkpoint" % (checkpoint_origin, expected))
    missing = [key.name for key in witness_keys if key.name not in cosigned]
    required = len(witness_keys) if min_witnesses is None else min_witnesses
    if len(witness_keys) - len(missing) < required:
        raise Refusal("evidence-witness-missing",
                      "the checkpoint is cosigned by %d of the %d witness%s given, %d required; not cosigned by %s: no witness vouches that "
                      "this is the history it saw, so it could have been rewritten — c2sp.org/tlog-cosignature"
                      % (len(witness_keys) - len(missing), len(witness_keys), "" if len(witness_keys) == 1 else "es", required, ", ".join(missing)))
    witnesses = [(key.name, cosigned[key.name]) for key in witness_keys if key.name in cosigned]
    return expected, size, root, witnesses


# ---------------------------------------------------------------------------------------------
# Proofs (c2sp.org/tlog-proof@v1) and RFC 6962 hashing

def parse_proof(data, path):
    """(index, [hash], checkpoint note bytes) of one proof file."""
    def malformed(reason):
        return Refusal("evidence-proof-malformed", "%s is not a tlog-proof: %s — c2sp.org/tlog-proof" % (path, reason))
    lines = []
    rest = data
    while True:
        end = rest.find(b"\n")
        if end < 0:
            raise malformed("it ends before its checkpoint")
        line, rest = rest[:end], rest[end + 1:]
        if line == b"" and len(lines) > 0:
            break
        lines.append(line)
    if lines[0] != PROOF_HEADER.encode("ascii"):
        raise malformed("the first line is not '%s'" % PROOF_HEADER)
    at = 1
    if at < len(lines) and lines[at].startswith(b"extra "):
        if b64decode_strict(lines[at][6:].decode("ascii", "replace")) is None:
            raise malformed("the extra line is not standard base64")
        at += 1
    if at >= len(lines) or not lines[at].startswith(b"index "):
        raise malformed("there is no 'index' line")
    index = decimal(lines[at][6:].decode("ascii", "replace"))
    if index is None:
        raise malformed("the index is not a decimal number without leading zeros")
    hashes = []
    for line in lines[at + 1:]:
        decoded = b64decode_strict(line.decode("ascii", "replace"))
        if decoded is None or len(decoded) != 32:
            raise malformed("a proof line is not the standard base64 of a 32-byte hash")
        hashes.append(decoded)
    try:
        text, _ = parse_note(rest)
        parse_checkpoint(text)
    except Refusal as e:
        raise malformed("its checkpoint: %s" % e.message)
    return index, hashes, rest


def utc(seconds):
    """YYYY-MM-DDTHH:MM:SSZ for POSIX seconds (after the year 9999, the number of seconds)."""
    if seconds > 253402300799:
        return "%d seconds after 1970" % seconds
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(seconds))


def leaf_hash(event_hash):
    return hashlib.sha256(b"\x00" + event_hash).digest()


def node_hash(left, right):
    return hashlib.sha256(b"\x01" + left + right).digest()


def inclusion_root(index, size, leaf, proof):
    """The root the proof leads to from `leaf` (RFC 9162 2.1.3.2), or None when the proof cannot be one for (index, size)."""
    if index >= size:
        return None
    fn, sn, r = index, size - 1, leaf
    for p in proof:
        if sn == 0:
            return None
        if fn & 1 == 1 or fn == sn:
            r = node_hash(p, r)
            while fn & 1 == 0 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    return r if sn == 0 else None


# ---------------------------------------------------------------------------------------------

def read_file(path, what):
    if not os.path.isfile(path) or os.path.islink(path):
        raise Refusal("evidence-file-missing", "%s is missing (or not a regular file): the evidence folder should hold %s" % (path, what))
    with open(path, "rb") as f:
        return f.read()


def regular_file(path):
    return os.path.isfile(path) and not os.path.islink(path)


def check(folder, log_key, witness_keys, origin, min_witnesses):
    """The lines that say what was proven; raises Refusal at the first thing that does not hold."""
    disclosed_copy = regular_file(os.path.join(folder, "disclosed.jsonl"))
    if disclosed_copy and regular_file(os.path.join(folder, "events.jsonl")):
        raise Refusal("evidence-events-malformed", "%s holds both events.jsonl and disclosed.jsonl: a folder is one copy, whole or disclosed in part" % folder)
    events_path = os.path.join(folder, "disclosed.jsonl" if disclosed_copy else "events.jsonl")
    data = read_file(os.path.join(folder, "events.jsonl") if not disclosed_copy else events_path, "the case's ledger lines")
    if data == b"" or not data.endswith(b"\n"):
        raise Refusal("evidence-events-malformed", "%s is empty or its last line has no newline" % events_path)
    events = []
    parts = []
    stream = None
    for number, raw in enumerate(data[:-1].split(b"\n"), start=1):
        try:
            header, event_hash, withheld, erased = check_disclosed_line(raw) if disclosed_copy else check_line(raw)
        except LineFault as e:
            if disclosed_copy:
                raise Refusal("evidence-line-invalid", "%s line %d does not prove the event it claims to: %s" % (events_path, number, e))
            raise Refusal("evidence-line-invalid", "%s line %d is not the ledger line it claims to be: %s" % (events_path, number, e))
        parts.append((header["seq"], withheld, erased))
        seq = header["seq"]
        if stream is None:
            stream = header["stream"]
        elif header["stream"] != stream:
            raise Refusal("evidence-events-malformed", "%s line %d (seq %d) is of %s, not %s: the lines are of more than one case"
                          % (events_path, number, seq, header["stream"], stream))
        if events and seq <= events[-1][0]:
            raise Refusal("evidence-events-malformed", "%s line %d has seq %d, not after seq %d: the lines are out of order or repeated"
                          % (events_path, number, seq, events[-1][0]))
        events.append((seq, bytes.fromhex(event_hash)))

    proofs_dir = os.path.join(folder, "proofs")
    if not os.path.isdir(proofs_dir) or os.path.islink(proofs_dir):
        raise Refusal("evidence-file-missing", "%s is missing: the evidence folder should hold a proof for each event" % proofs_dir)
    wanted = set(seq for seq, _ in events)
    for name in sorted(os.listdir(proofs_dir)):
        match = PROOF_NAME.match(name)
        if match is None or int(match.group(1)) not in wanted:
            raise Refusal("evidence-proof-unexpected", "%s is not the proof of an event in %s: the folder was changed or mixed with another"
                          % (os.path.join(proofs_dir, name), os.path.basename(events_path)))
    proofs = []
    note = None
    for seq, event_hash in events:
        path = os.path.join(proofs_dir, "seq-%d.tlog-proof" % seq)
        index, hashes, this_note = parse_proof(read_file(path, "the proof of seq %d" % seq), path)
        if index != seq - 1:
            raise Refusal("evidence-proof-index",
                          "%s is the proof of index %d (seq %d), not of seq %d (index %d): a proof holds only for the event it was made for"
                          % (path, index, index + 1, seq, seq - 1))
        if note is None:
            note = this_note
        elif this_note != note:
            raise Refusal("evidence-checkpoints-differ", "%s carries another checkpoint than the proof of seq %d: every proof must carry the same one"
                          % (path, events[0][0]))
        proofs.append((seq, event_hash, hashes, path))

    with tempfile.TemporaryDirectory(prefix="check-evidence-") as scratch:
        origin, size, root, witnesses = check_checkpoint(note, log_key, witness_keys, origin, min_witnesses, scratch)

    for seq, event_hash, hashes, path in proofs:
        if seq > size:
            raise Refusal("evidence-beyond-checkpoint", "seq %d is not in the checkpoint, which covers seqs 1 to %d" % (seq, size))
        if inclusion_root(seq - 1, size, leaf_hash(event_hash), hashes) != root:
            raise Refusal("evidence-inclusion-failed",
                          "%s does not lead from seq %d to the signed root of the checkpoint at size %d: the event is not the one the council's "
                          "signed log holds at seq %d" % (path, seq, size, seq))

    seqs = [seq for seq, _ in events]
    out = ["Evidence verified: %d event%s of %s (seq %s) %s in the log %s."
           % (len(seqs), "" if len(seqs) == 1 else "s", stream, ", ".join(str(s) for s in seqs), "is" if len(seqs) == 1 else "are", origin),
           "Checkpoint: size %d, root %s, signed by the log key %s+%s."
           % (size, b64(root), log_key.name, log_key.key_id.hex())]
    for name, timestamp in witnesses:
        out.append("Cosigned by the witness %s at %s." % (name, utc(timestamp)))
    if not witness_keys:
        out.append("No witness key was given: only the council's own signature was checked, which does not show that the history was not rewritten.")
    if disclosed_copy:
        withheld = [(seq, w) for seq, w, _ in parts if w]
        out.append("Customer's copy: every part of every event is disclosed and proven." if not withheld else
                   "Customer's copy: every disclosed part is proven; withheld, each given only by its digest with the reason: %s." % listing(withheld))
    erased = [(seq, e) for seq, _, e in parts if e]
    if erased:
        out.append("Erased before this copy was made, each given only by its digest: %s." % listing(erased))
    return out


def listing(items):
    """"seq 5 /notes/1; seq 7 the whole payload"."""
    return "; ".join("seq %d %s" % (seq, ", ".join(p if p != "" else "the whole payload" for p in pointers)) for seq, pointers in items)


def parse_arguments(argv):
    folder, log_key, witness_texts, origin, min_witnesses = None, None, [], None, None
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg in ("-h", "--help"):
            print(__doc__.strip())
            sys.exit(0)
        if arg in ("--log-key", "--witness-key", "--origin", "--min-witnesses"):
            if i + 1 >= len(argv):
                raise Usage("%s needs a value" % arg)
            value = argv[i + 1]
            i += 2
            if arg == "--log-key":
                if log_key is not None:
                    raise Usage("--log-key is given twice: give the council's one log key")
                log_key = value
            elif arg == "--witness-key":
                witness_texts.append(value)
            elif arg == "--origin":
                origin = value
            else:
                if decimal(value) is None:
                    raise Usage("--min-witnesses %s: give a whole number" % value)
                min_witnesses = int(value)
            continue
        if arg.startswith("-"):
            raise Usage("unknown option %s" % arg)
        if folder is not None:
            raise Usage("give one evidence folder, not %s and %s" % (folder, arg))
        folder = arg
        i += 1
    if folder is None:
        raise Usage("give the evidence folder")
    if log_key is None:
        raise Usage("give the council's published log key with --log-key")
    key = parse_verifier_key(log_key, LOG_TYPE, "log-key")
    witnesses = []
    for text in witness_texts:
        witness = parse_verifier_key(text, COSIGNATURE_TYPE, "witness-key")
        if any(w.name == witness.name for w in witnesses):
            raise Usage("--witness-key %s: the witness %s is given twice" % (text, witness.name))
        witnesses.append(witness)
    if min_witnesses is not None and min_witnesses > len(witnesses):
        raise Usage("--min-witnesses %d: only %d witness key%s given" % (min_witnesses, len(witnesses), "" if len(witnesses) == 1 else "s"))
    return folder, key, witnesses, origin, min_witnesses


def main(argv):
    try:
        folder, log_key, witnesses, origin, min_witnesses = parse_arguments(argv)
    except Usage as e:
        print("check-evidence: %s (see --help)" % e, file=sys.stderr)
        return 64
    try:
        lines = check(folder, log_key, witnesses, origin, min_witnesses)
    except Refusal as e:
        print("check-evidence: %s: %s" % (e.code, e.message), file=sys.stderr)
        print("check-evidence: NOT VERIFIED: this evidence does not prove what it claims.", file=sys.stderr)
        return 1
    except OSError as e:
        print("check-evidence: evidence-unreadable: %s" % e, file=sys.stderr)
        return 1
    for line in lines:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
