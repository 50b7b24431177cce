// issue 17: copy17 — the provable customer copy
import CaseLedger
import LedgerJSON
import LedgerStore

// Keeps events/INVARIANTS.md rule 55: a customer's copy with evidence holds no withheld value, and
// every part it discloses is proven against the event's hash.
/// One event of a customer's copy with evidence, as `disclosed.jsonl` holds it (events/FORMAT.md,
/// "A copy that discloses in part"): the event's header and hash as stored, and for each part of
/// its payload either its salt and value (disclosed), its digest with why it was withheld
/// (`CustomerCopyRules`, the rule the rendered copy follows too), or its digest alone (erased).
/// A checker recomputes each disclosed part's digest, the payload digest from every part's digest,
/// and the hash from the header, so what is disclosed is proven and what is withheld stays unknown.
public enum DisclosedLine {
    /// The reason code of a format version 1 event whose payload must be withheld whole.
    public static let wholePayloadReason = "format-1-whole"
    /// Why a format version 1 payload is withheld whole.
    public static let wholePayloadText =
        "this record holds third-party information (about or from another person), and the ledger's format 1 can prove its "
        + "details only all together, so they are withheld whole to protect that person's rights (UK GDPR Article 15(4)); "
        + "that the decision was recorded, by whom and when is still proven"

    /// What the copy of one event withholds and what was erased, for the readme and the report.
    public struct Summary: Sendable, Hashable {
        /// The event's seq.
        public var seq: Int64
        /// Its stored type.
        public var type: String
        /// Each part withheld, by pointer ("" for a whole format 1 payload), with the reason's code and words.
        public var withheld: [(pointer: String, reason: String, text: String)]
        /// The parts erased before the copy was made, by pointer.
        public var erased: [String]

        /// Compares every member, the withheld tuples as values.
        public static func == (a: Summary, b: Summary) -> Bool {
            a.seq == b.seq && a.type == b.type && a.erased == b.erased && a.withheld.map(\.pointer) == b.withheld.map(\.pointer)
                && a.withheld.map(\.reason) == b.withheld.map(\.reason) && a.withheld.map(\.text) == b.withheld.map(\.text)
        }

        /// Hashes what `==` compares.
        public func hash(into hasher: inout Hasher) {
            hasher.combine(seq)
            hasher.combine(erased)
            for w in withheld { hasher.combine(w.pointer); hasher.combine(w.reason) }
        }
    }

    /// The disclosed line (canonical JSON, without its newline) of `line` for the customer's copy,
    /// and what it withholds. Withholds exactly the parts `CustomerCopyRules.withheld` names; a
    /// format 1 event with anything to withhold is given by its header alone.
    public static func make(_ line: StoredLine) throws(EvidenceError) -> (bytes: [UInt8], summary: Summary) {
        let event = line.event
        guard case .object(let stored)? = try? JSONParser.parse(line.bytes), let header = stored["header"], let hash = stored["hash"] else {
            throw EvidenceError(code: "evidence-line-invalid", message: "the ledger line of seq \(event.seq) cannot be read")
        }
        var summary = Summary(seq: event.seq, type: event.type, withheld: [], erased: event.erasedParts)
        guard let salts = event.partSalts else {
            // Format version 1: one digest over the whole payload.
            let withheld = CustomerCopyRules.withheld(type: event.type, payload: event.payload?.objectValue ?? [:])
            if withheld.isEmpty { return (line.bytes, summary) }
            summary.withheld = [("", wholePayloadReason, wholePayloadText)]
            let entry: JSONValue = .object([
                "digest": .string(event.payloadDigest.description), "reason": .string(wholePayloadReason), "text": .string(wholePayloadText),
            ])
            return (CanonicalJSON.encode(.object(["hash": hash, "header": header, "withheld": .object(["": entry])])), summary)
        }
        guard let present = event.presentParts else {
            throw EvidenceError(code: "evidence-line-invalid", message: "the parts of the ledger line of seq \(event.seq) do not fit its payload")
        }
        let reasons = CustomerCopyRules.withheld(type: event.type, present: present, erased: event.erasedParts)
        // Keeps events/INVARIANTS.md rule 65: parts keyed by their pointers' code units.
        var disclosed = JSONObject()
        var withheld = JSONObject()
        for (pointer, value) in present {
            let salt = salts[pointer]!
            if let reason = reasons[pointer] {
                let digest = PayloadParts.digest(salt: salt, pointer: pointer.string, value: value)
                withheld[pointer] = .object(["digest": .string(digest.description), "reason": .string(reason.rawValue), "text": .string(reason.text)])
                summary.withheld.append((pointer.string, reason.rawValue, reason.text))
            } else {
                disclosed[pointer] = .object(["salt": .string(salt), "value": value])
            }
        }
        summary.withheld.sort { EvidenceFolder.precedes($0.pointer, $1.pointer) }
        var erased = JSONObject()
        for (pointer, digest) in event.erasedPartDigests { erased[pointer] = .string(digest.description) }
        let out: JSONValue = .object([
            "disclosed": .object(disclosed), "erased": .object(erased), "hash": hash, "header": header, "withheld": .object(withheld),
        ])
        return (CanonicalJSON.encode(out), summary)
    }

    /// What a checked disclosed line proves.
    public struct Checked: Sendable, Hashable {
        /// The event's seq, stream and hash.
        public let header: CheckedHeader
        /// The pointers withheld ("" for a whole format 1 payload), in code point order.
        public let withheld: [String]
        /// The pointers erased, in code point order.
        public let erased: [String]
    }

    /// Checks one line of `disclosed.jsonl` (without its newline), exactly as
    /// `tools/check-evidence.py` does; the reason when it does not prove what it claims.
    public static func check(_ bytes: [UInt8]) -> Result<Checked, Fault> {
        func fault(_ reason: String) -> Result<Checked, Fault> { .failure(Fault(reason: reason)) }
        guard let value = try? JSONParser.parse(bytes), case .object(let members) = value else { return fault("it is not a JSON object") }
        guard CanonicalJSON.encode(value) == bytes else { return fault("it is not in canonical form") }
        let keys = members.keys.sorted()
        let whole: [JSONKey] = ["hash", "header", "payload"], headerOnly: [JSONKey] = ["hash", "header", "withheld"]
        let parts: [JSONKey] = ["disclosed", "erased", "hash", "header", "withheld"]
        guard keys == whole || keys == headerOnly || keys == parts else {
            return fault("it does not have exactly hash, header and payload; hash, header and withheld; or disclosed, erased, hash, header and withheld")
        }
        guard let hash = members["hash"]?.stringValue else { return fault("its hash is not 64 lowercase hex digits") }
        let header: CheckedHeader
        do throws(StoredLineFault) { header = try CheckedHeader(header: members["header"]!, hash: hash) } catch { return fault(error.reason) }
        if keys == whole {
            guard case .object? = members["payload"] else { return fault("its payload is not an object") }
            guard SHA256.hash(CanonicalJSON.encode(members["payload"]!)) == header.payloadDigest else {
                return fault("its payload does not match its digest: the payload was changed after it was written")
            }
            return .success(Checked(header: header, withheld: [], erased: []))
        }
        guard case .object(let withheld)? = members["withheld"] else { return fault("its withheld parts are not an object") }
        var digests: [JSONKey: SHA256Digest] = [:]
        for (pointer, entry) in withheld {
            guard case .object(let e) = entry, e.keys.sorted() == ["digest", "reason", "text"] as [JSONKey], let d = e["digest"]?.stringValue,
                let digest = hexDigest(d), let reason = e["reason"]?.stringValue, !reason.isEmpty, e["text"]?.stringValue != nil
            else { return fault("the withheld part \"\(pointer)\" is not a digest of 64 lowercase hex digits with a reason and its words") }
            digests[pointer] = digest
        }
        if keys == headerOnly {
            guard withheld.count == 1, let digest = digests[""] else {
                return fault("a payload withheld whole is given as one withheld part named \"\"")
            }
            guard digest == header.payloadDigest else { return fault("the withheld payload's digest is not the one its header holds") }
            return .success(Checked(header: header, withheld: [""], erased: []))
        }
        guard case .object(let disclosed)? = members["disclosed"], case .object(let erased)? = members["erased"] else {
            return fault("its disclosed and erased parts are not objects")
        }
        for (pointer, entry) in erased {
            guard let text = entry.stringValue, let digest = hexDigest(text) else { return fault("the erased part \"\(pointer)\" is not a digest of 64 lowercase hex digits") }
            guard digests[pointer] == nil else { return fault("the part \(pointer) is given twice") }
            digests[pointer] = digest
        }
        var given: [PayloadParts.Disclosed] = []
        for (pointer, entry) in disclosed {
            guard case .object(let e) = entry, e.keys.sorted() == ["salt", "value"] as [JSONKey], let salt = e["salt"]?.stringValue, let value = e["value"] else {
                return fault("the disclosed part \"\(pointer)\" is not an object of exactly salt and value")
            }
            given.append(PayloadParts.Disclosed(pointer: pointer.string, salt: salt, value: value))
        }
        if let problem = PayloadParts.problem(disclosed: given, withheld: digests, against: header.payloadDigest) { return fault(problem) }
        return .success(Checked(
            header: header, withheld: withheld.keys.map(\.string).sorted(by: EvidenceFolder.precedes),
            erased: erased.keys.map(\.string).sorted(by: EvidenceFolder.precedes)))
    }

    /// Why a disclosed line does not prove what it claims.
    public struct Fault: Error, Hashable, Sendable {
        /// What is wrong, for the person checking.
        public let reason: String
    }

    /// A digest written as exactly 64 lowercase hex digits, or nil.
    static func hexDigest(_ text: String) -> SHA256Digest? {
        guard text.utf8.count == 64, let d = SHA256Digest(hex: text), d.description == text else { return nil }
        return d
    }
}
