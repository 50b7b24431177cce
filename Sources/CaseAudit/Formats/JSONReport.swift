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

    /// An integer, or null.
    static func integer(_ n: Int64?) -> JSONValue { n.map { .integer($0) } ?? .null }

    /// An array of strings.
    static func strings(_ list: [String]) -> JSONValue { .array(list.map { .string($0) }) }

    /// The point of view.
    static func view(_ v: TimeView) -> JSONValue {
        ["asKnownAt": string(v.asKnownAt?.rfc3339), "inForceOn": string(v.inForceOn?.iso)]
    }

    /// The figures.
    static func figures(_ f: CaseFigures) -> JSONValue {
        .array(f.figures.map {
            // issue 18: scripts — money in pence and codes beside the words, always present (null when none).
            ["key": .string($0.key), "label": .string($0.label), "value": .string($0.value), "pence": integer($0.pence), "code": string($0.code)]
        })
    }

    /// A figure change.
    static func change(_ c: FigureChange) -> JSONValue {
        ["key": .string(c.key), "label": .string(c.label), "from": .string(c.from), "to": .string(c.to),
         "effectiveDate": string(c.effective?.iso), "sentence": .string(c.sentence),
         // issue 18: scripts
         "fromPence": integer(c.before?.pence), "toPence": integer(c.after?.pence), "fromCode": string(c.before?.code), "toCode": string(c.after?.code)]
    }

    /// A follow-up or notice.
    static func followUp(_ f: FollowUp) -> JSONValue {
        ["kind": .string(f.kind), "ref": .integer(f.seq), "effectiveDate": .string(f.effectiveDate.iso), "text": .string(f.text)]
    }

    /// A trail entry.
    static func entry(_ e: TrailEntry) -> JSONValue {
        var o: JSONObject = [
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
        // issue 14: one way in for domain events: an object only on an imported entry.
        // issue 18: scripts — every key always present: null when it does not apply.
        o["imported"] = e.who.imported.map { imported in
            ["from": .string(imported.from), "sourceRef": .string(imported.sourceRef), "importedBy": .string(e.who.staffId)]
        } ?? .null
        o["supersededBy"] = .null
        o["corrects"] = .null
        switch e.status {
        case .superseded(let by): o["supersededBy"] = .integer(by)
        case .correction(let of): o["corrects"] = .integer(of)
        case .standing: break
        }
        o["comparison"] = e.comparison.map { c in
            .array(c.rows.map { ["field": .string($0.field), "original": .string($0.original), "corrected": .string($0.corrected)] })
        } ?? .null
        return .object(o)
    }

    /// The integrity statement.
    static func integrity(_ i: IntegrityStatement) -> JSONValue {
        var o: JSONObject = [
            "ledger": .string(i.ledgerPath), "headSeq": .integer(i.headSeq), "headHash": .string(i.headHash),
            "verified": .bool(i.verified), "eventsVerified": .integer(i.eventsVerified), "segments": .integer(Int64(i.segments)),
            "recheck": .string(i.recheckCommand), "statement": strings(i.lines),
        ]
        // issue 18: scripts — every key always present: null when it does not apply.
        o["checkedAgainstRecord"] = .null
        o["recordWritten"] = string(i.recordWritten)
        o["checkpoint"] = .null
        o["asKnownAt"] = string(i.asKnownAt?.rfc3339)
        o["knownAtSeq"] = integer(i.knownAtSeq)
        o["knownAtHash"] = string(i.knownAtHash)
        if let r = i.recordCheck {
            var checked: JSONObject = [
                "record": .string(r.recordPath), "verifiedAt": .string(r.verifiedAt.rfc3339), "recordHeadSeq": .integer(r.recordHeadSeq),
                "recordHeadHash": .string(r.recordHeadHash), "eventsMatched": .integer(Int64(r.eventsMatched)), "eventsSince": .integer(r.eventsSince),
            ]
            checked["recordMerkleRoot"] = string(r.recordRoot)
            o["checkedAgainstRecord"] = .object(checked)
        }
        // issue 18: fastload
        o["checkedAgainstCheckpoint"] = .null
        if let a = i.checkpointAnchor {
            o["checkedAgainstCheckpoint"] = [
                "checkpoint": .string(a.checkpointPath), "headSeq": .integer(a.headSeq), "headHash": .string(a.headHash), "merkleRoot": .string(a.root),
                "wholeVerifiedSeq": .integer(a.wholeVerifiedSeq), "wholeVerifiedAt": .string(a.wholeVerifiedAt.rfc3339),
                "eventsMatched": .integer(Int64(a.eventsMatched)), "casesMatched": .integer(Int64(a.streamsMatched)), "eventsSince": .integer(a.eventsSince),
            ]
        }
        if let c = i.checkpoint {
            o["checkpoint"] = [
                "origin": .string(c.origin), "size": .integer(c.size), "rootHash": .string(c.rootHash), "logKey": .string(c.logKey),
                "cosigners": strings(c.cosigners), "extendsLedger": .bool(c.divergentRoot == nil), "ledgerRoot": string(c.divergentRoot ?? c.rootHash),
            ]
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
        var tree: JSONObject = ["size": .integer(headSeq), "root": JSONReport.string(merkleRoot)]
        tree["headsConfirmed"] = JSONReport.strings(headsConfirmed)
        // issue 18: scripts — the same keys as `DamageFound.json()`.
        return JSONReport.render([
            ("report", "verify"), ("verified", .bool(verified)), ("fault", .null), ("merkleTree", .object(tree)),
            ("integrity", JSONReport.integrity(self)),
        ])
    }
}
