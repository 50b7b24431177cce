import CaseLedger
import LedgerJSON

/// A checkpoint: an `OversightProjection` saved as JSON Lines, so a later run reads only the
/// events after it. The first line is the header — `format` (`caseledger-oversight-checkpoint`),
/// `version` (1), `headSeq` and `headHash` (the ledger's last event it reflects), the basis
/// (`asOf`, `inForceOn`, `staffVersion`, `configurationVersion`, `deadlineConfigurationSeq`) and
/// `cases` (how many lines follow) — then one line per case, by case reference, with its results.
/// Every line is canonical JSON. It never holds events, only results: a case's line holds its
/// caseload facts, its deadlines with their due dates (judged again on the day asked), its
/// findings, and `passedDue`/`aheadDue`, the due dates its findings' `asOf` fell between (so a
/// run counting to another day judges again only the cases whose findings could change).
public enum OversightCheckpoint {
    /// The `format` member of the header.
    public static let format = "caseledger-oversight-checkpoint"
    /// The format version this code writes and reads.
    public static let version: Int64 = 1

    /// A checkpoint that cannot be read, in words.
    public struct Unreadable: Error, Hashable, Sendable {
        /// What is wrong.
        public let reason: String
    }

    /// The checkpoint's bytes.
    public static func encode(_ p: OversightProjection) -> [UInt8] {
        var out: [UInt8] = []
        let b = p.basis
        let header: JSONValue = .object([
            "format": .string(format), "version": .integer(version), "headSeq": .integer(p.headSeq), "headHash": .string(p.headHash),
            "asOf": .string(b.asOf.iso), "inForceOn": b.inForceOn.map { .string($0.iso) } ?? .null, "staffVersion": .integer(b.staffVersion),
            "configurationVersion": .integer(b.configurationVersion), "deadlineConfigurationSeq": .integer(b.deadlineConfigurationSeq),
            "cases": .integer(Int64(p.cases.count)),
        ])
        CanonicalJSON.append(header, to: &out)
        out.append(0x0A)
        for id in p.cases.keys.sorted() {
            CanonicalJSON.append(json(p.cases[id]!), to: &out)
            out.append(0x0A)
        }
        return out
    }

    /// Reads a checkpoint's bytes; throws `Unreadable` naming the line at fault.
    public static func decode(_ bytes: [UInt8]) throws(Unreadable) -> OversightProjection {
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: true)
        guard let first = lines.first, let header = try? JSONParser.parse(Array(first)) else { throw Unreadable(reason: "no header line") }
        guard header["format"]?.stringValue == format else { throw Unreadable(reason: "not a caseledger oversight checkpoint") }
        guard header["version"]?.integerValue == version else {
            throw Unreadable(reason: "format version \(header["version"]?.integerValue ?? 0), this tool reads version \(version)")
        }
        guard let seq = header["headSeq"]?.integerValue, let hash = header["headHash"]?.stringValue,
            let asOf = header["asOf"]?.stringValue.flatMap(CalendarDate.init), let staff = header["staffVersion"]?.integerValue,
            let config = header["configurationVersion"]?.integerValue, let deadlineSeq = header["deadlineConfigurationSeq"]?.integerValue,
            let count = header["cases"]?.integerValue, count == lines.count - 1
        else { throw Unreadable(reason: "the header is incomplete, or the file is cut short") }
        let basis = OversightBasis(
            asOf: asOf, inForceOn: header["inForceOn"]?.stringValue.flatMap(CalendarDate.init), staffVersion: staff, configurationVersion: config,
            deadlineConfigurationSeq: deadlineSeq)
        var cases: [String: CaseOversight] = [:]
        for (n, line) in lines.dropFirst().enumerated() {
            guard let value = try? JSONParser.parse(Array(line)), let c = oversight(value) else {
                throw Unreadable(reason: "line \(n + 2) is not a case's results")
            }
            cases[c.caseId] = c
        }
        return OversightProjection(headSeq: seq, headHash: hash, basis: basis, cases: cases)
    }

    static func json(_ c: CaseOversight) -> JSONValue {
        .object([
            "caseId": .string(c.caseId), "lastSeq": .integer(c.lastSeq), "open": .bool(c.isOpen),
            "passedDue": c.passedDue.map { .string($0.iso) } ?? .null, "aheadDue": c.aheadDue.map { .string($0.iso) } ?? .null,
            "customerName": c.customerName.map { .string($0) } ?? .null, "stage": .string(c.stage.rawValue),
            "workerId": c.workerId.map { .string($0) } ?? .null,
            "deadlines": .array(c.deadlines.map { d in
                .object([
                    "kind": .string(d.kind.rawValue), "due": .string(d.due.iso), "seq": .integer(d.seq), "eventId": .string(d.eventId),
                    "subject": .string(d.subject), "basis": .string(d.basis),
                ])
            }),
            "findings": .array(c.findings.map { f in
                .object([
                    "rule": .string(f.rule.rawValue), "refs": .array(f.refs.map { .integer($0) }), "eventIds": .array(f.eventIds.map { .string($0) }),
                    "date": .string(f.date.iso), "sentence": .string(f.sentence), "correctedBy": f.status.correctedBy.map { .integer($0) } ?? .null,
                ])
            }),
        ])
    }

    static func oversight(_ v: JSONValue) -> CaseOversight? {
        guard let id = v["caseId"]?.stringValue, let last = v["lastSeq"]?.integerValue, let open = v["open"]?.boolValue,
            let stage = v["stage"]?.stringValue.flatMap(Stage.init(rawValue:)), let ds = v["deadlines"]?.arrayValue, let fs = v["findings"]?.arrayValue
        else { return nil }
        var deadlines: [Deadline] = []
        for d in ds {
            guard let kind = d["kind"]?.stringValue.flatMap(DeadlineKind.init(rawValue:)), let due = d["due"]?.stringValue.flatMap(CalendarDate.init),
                let seq = d["seq"]?.integerValue, let eventId = d["eventId"]?.stringValue, let subject = d["subject"]?.stringValue,
                let basis = d["basis"]?.stringValue
            else { return nil }
            deadlines.append(Deadline(kind: kind, due: due, status: .dueToday, seq: seq, eventId: eventId, subject: subject, basis: basis))
        }
        var findings: [Finding] = []
        for f in fs {
            guard let rule = f["rule"]?.stringValue.flatMap(ComplianceRule.init(rawValue:)), let refs = f["refs"]?.arrayValue,
                let ids = f["eventIds"]?.arrayValue, let date = f["date"]?.stringValue.flatMap(CalendarDate.init),
                let sentence = f["sentence"]?.stringValue
            else { return nil }
            var finding = Finding(
                caseId: id, rule: rule, refs: refs.compactMap(\.integerValue), eventIds: ids.compactMap(\.stringValue), date: date, sentence: sentence)
            if let by = f["correctedBy"]?.integerValue { finding.status = .corrected(by: by) }
            findings.append(finding)
        }
        return CaseOversight(
            caseId: id, lastSeq: last, isOpen: open, customerName: v["customerName"]?.stringValue, stage: stage,
            workerId: v["workerId"]?.stringValue, deadlines: deadlines, findings: findings,
            passedDue: v["passedDue"]?.stringValue.flatMap(CalendarDate.init), aheadDue: v["aheadDue"]?.stringValue.flatMap(CalendarDate.init))
    }
}
