import CaseLedger
import LedgerJSON

/// Writes a report as indented JSON: the top-level members in the order given (so the
/// integrity statement comes last), nested values with keys in canonical order.
enum JSONReport {
    /// The JSON text of an object with `members` in order.
    static func render(_ members: [(String, JSONValue)]) -> String {
        let body = members.map { key, value in
            "  " + CanonicalJSON.string(.string(key)) + ": " + value.prettyPrinted(indent: 2, level: 1)
        }
        return "{\n" + body.joined(separator: ",\n") + "\n}\n"
    }

    /// A string, or null.
    static func string(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }

    /// An array of strings.
    static func strings(_ list: [String]) -> JSONValue { .array(list.map { .string($0) }) }

    /// The point of view.
    static func view(_ v: TimeView) -> JSONValue {
        ["asKnownAt": string(v.asKnownAt?.rfc3339), "inForceOn": string(v.inForceOn?.iso)]
    }

    /// The figures.
    static func figures(_ f: CaseFigures) -> JSONValue {
        .array(f.figures.map { ["key": .string($0.key), "label": .string($0.label), "value": .string($0.value)] })
    }

    /// A figure change.
    static func change(_ c: FigureChange) -> JSONValue {
        ["key": .string(c.key), "label": .string(c.label), "from": .string(c.from), "to": .string(c.to),
         "effectiveDate": string(c.effective?.iso), "sentence": .string(c.sentence)]
    }

    /// A follow-up or notice.
    static func followUp(_ f: FollowUp) -> JSONValue {
        ["kind": .string(f.kind), "ref": .integer(f.seq), "effectiveDate": .string(f.effectiveDate.iso), "text": .string(f.text)]
    }

    /// A trail entry.
    static func entry(_ e: TrailEntry) -> JSONValue {
        var o: [String: JSONValue] = [
            "ref": .integer(e.seq), "eventId": .string(e.eventId), "eventType": .string(e.eventType), "title": .string(e.title),
            "recordedAt": .string(e.recordedAt), "effectiveDate": .string(e.effectiveDate.iso),
            "decidedBy": [
                "staffId": .string(e.who.staffId), "name": string(e.who.name), "actingRole": .string(e.who.actingRole),
                "authority": .string(e.who.authority), "authorityConfirmed": .bool(e.who.authorityConfirmed),
            ],
            "what": strings(e.what), "reasons": strings(e.reasons), "references": strings(e.references),
            "evidence": strings(e.evidence), "changes": .array(e.changes.map(change)),
            "notices": .array(e.notices.map(followUp)), "noticeExpected": .bool(e.noticeExpected),
            "followUps": .array(e.followUps.map(followUp)),
            "withheld": .array(e.withheld.map { ["what": .string($0.what), "reason": .string($0.reason)] }),
            "status": .string(e.status.code),
        ]
        // issue 14: one way in for domain events: present only on an imported entry.
        if let imported = e.who.imported {
            o["imported"] = ["from": .string(imported.from), "sourceRef": .string(imported.sourceRef), "importedBy": .string(e.who.staffId)]
        }
        switch e.status {
        case .superseded(let by): o["supersededBy"] = .integer(by)
        case .correction(let of): o["corrects"] = .integer(of)
        case .standing: break
        }
        if let c = e.comparison {
            o["comparison"] = .array(c.rows.map { ["field": .string($0.field), "original": .string($0.original), "corrected": .string($0.corrected)] })
        }
        return .object(o)
    }

    /// The integrity statement.
    static func integrity(_ i: IntegrityStatement) -> JSONValue {
        var o: [String: JSONValue] = [
            "ledger": .string(i.ledgerPath), "headSeq": .integer(i.headSeq), "headHash": .string(i.headHash),
            "verified": .bool(i.verified), "eventsVerified": .integer(i.eventsVerified), "segments": .integer(Int64(i.segments)),
            "recheck": .string(i.recheckCommand), "statement": strings(i.lines),
        ]
        if let r = i.recordCheck {
            var checked: [String: JSONValue] = [
                "record": .string(r.recordPath), "verifiedAt": .string(r.verifiedAt.rfc3339), "recordHeadSeq": .integer(r.recordHeadSeq),
                "recordHeadHash": .string(r.recordHeadHash), "eventsMatched": .integer(Int64(r.eventsMatched)), "eventsSince": .integer(r.eventsSince),
            ]
            if let root = r.recordRoot { checked["recordMerkleRoot"] = .string(root) }
            o["checkedAgainstRecord"] = .object(checked)
        }
        // issue 18: fastload
        if let a = i.checkpointAnchor {
            o["checkedAgainstCheckpoint"] = [
                "checkpoint": .string(a.checkpointPath), "headSeq": .integer(a.headSeq), "headHash": .string(a.headHash), "merkleRoot": .string(a.root),
                "wholeVerifiedSeq": .integer(a.wholeVerifiedSeq), "wholeVerifiedAt": .string(a.wholeVerifiedAt.rfc3339),
                "eventsMatched": .integer(Int64(a.eventsMatched)), "casesMatched": .integer(Int64(a.streamsMatched)), "eventsSince": .integer(a.eventsSince),
            ]
        }
        if let written = i.recordWritten { o["recordWritten"] = .string(written) }
        if let c = i.checkpoint {
            o["checkpoint"] = [
                "origin": .string(c.origin), "size": .integer(c.size), "rootHash": .string(c.rootHash), "logKey": .string(c.logKey),
                "cosigners": strings(c.cosigners), "extendsLedger": .bool(c.divergentRoot == nil), "ledgerRoot": string(c.divergentRoot ?? c.rootHash),
            ]
        }
        if let t = i.asKnownAt {
            o["asKnownAt"] = .string(t.rfc3339)
            o["knownAtSeq"] = i.knownAtSeq.map { .integer($0) } ?? .null
            o["knownAtHash"] = string(i.knownAtHash)
        }
        return .object(o)
    }
}

extension DecisionTrail {
    /// The trail as JSON.
    public func json(integrity: IntegrityStatement) -> String {
        JSONReport.render([
            ("report", "trail"), ("caseId", .string(caseId)), ("customerName", JSONReport.string(customerName)),
            ("copy", .string(copy.rawValue)), ("view", JSONReport.view(view)), ("figures", JSONReport.figures(figures)),
            ("withheldCount", .integer(Int64(withheldCount))), ("entries", .array(entries.map(JSONReport.entry))),
            ("integrity", JSONReport.integrity(integrity)),
        ])
    }
}

extension Explanation {
    /// The explanation as JSON.
    public func json(integrity: IntegrityStatement) -> String {
        JSONReport.render([
            ("report", "explain"), ("caseId", .string(caseId)), ("subject", .string(subject.rawValue)),
            ("copy", .string(copy.rawValue)), ("view", JSONReport.view(view)), ("answer", .string(answer)),
            ("steps", .array(steps.map { s in
                ["step": .integer(Int64(s.number)), "ref": s.seq.map { .integer($0) } ?? .null,
                 "effectiveDate": JSONReport.string(s.effectiveDate?.iso), "text": .string(s.text), "details": JSONReport.strings(s.details)]
            })),
            ("notes", JSONReport.strings(notes)), ("integrity", JSONReport.integrity(integrity)),
        ])
    }
}

extension CaseDiff {
    /// The difference as JSON.
    public func json(integrity: IntegrityStatement) -> String {
        JSONReport.render([
            ("report", "diff"), ("caseId", .string(caseId)), ("copy", .string(copy.rawValue)),
            ("from", .string(from.rfc3339)), ("to", .string(to.rfc3339)), ("inForceOn", JSONReport.string(inForceOn?.iso)),
            ("changes", .array(changes.map { c in
                var o = JSONReport.change(c.change).objectValue!
                o["changedBy"] = .array(c.changedBy.map { .integer($0) })
                return .object(o)
            })),
            ("events", .array(events.map(JSONReport.entry))), ("integrity", JSONReport.integrity(integrity)),
        ])
    }
}

extension IntegrityStatement {
    /// The verification report as JSON.
    public func verificationJSON() -> String {
        var tree: [String: JSONValue] = ["size": .integer(headSeq), "root": JSONReport.string(merkleRoot)]
        if !headsConfirmed.isEmpty { tree["headsConfirmed"] = JSONReport.strings(headsConfirmed) }
        return JSONReport.render([("report", "verify"), ("merkleTree", .object(tree)), ("integrity", JSONReport.integrity(self))])
    }
}
