import CaseLedger

extension Explanation {
    /// The explanation as a document.
    public func document(integrity: IntegrityStatement) -> ReportDocument {
        var lead = ["\(subject.heading), for case \(caseId) (\(copy.title))."]
        lead += view.describedLines
        lead.append("Each step names the entry behind it by its reference number (ref.), the ledger's sequence number.")
        let steps = steps.map { s in
            ReportSection(heading: "Step \(s.number): \(s.text)", anchor: "step-\(s.number)", blocks: s.details.isEmpty ? [] : [.list(label: nil, items: s.details)])
        }
        var sections = [ReportSection(heading: "Answer", anchor: "answer", blocks: [.paragraph(answer)])]
        sections.append(ReportSection(heading: "Steps (\(steps.count))", anchor: "steps", blocks: steps.map { .subsection($0) }))
        if !notes.isEmpty { sections.append(ReportSection(heading: "Notes", anchor: "notes", blocks: [.list(label: nil, items: notes)])) }
        return ReportDocument(
            title: "Explanation: \(subject.rawValue) on case \(caseId)", lead: lead, sections: sections, integrity: integrity, copy: copy, dated: view.dated)
    }
}

extension CaseDiff {
    /// The difference as a document.
    public func document(integrity: IntegrityStatement) -> ReportDocument {
        var lead = ["What changed in case \(caseId) between what was known at \(Words.time(from)) and at \(Words.time(to)) (\(copy.title))."]
        if let d = inForceOn { lead.append("Figures compared as in force on \(Words.date(d)).") }
        let changeTable = ReportTable(
            caption: "Figures that changed", headers: ["Figure", "Before", "After", "Changed by"],
            rows: changes.map { [$0.change.label, $0.change.from, $0.change.to, $0.changedBy.map { "ref. \($0)" }.joined(separator: ", ")] })
        return ReportDocument(title: "Changes to case \(caseId)", lead: lead, sections: [
            ReportSection(heading: "Figures that changed (\(changes.count))", anchor: "changes",
                blocks: changes.isEmpty ? [.paragraph("No figure of the case changed.")] : [.table(changeTable)]),
            ReportSection(heading: "Events recorded in between (\(events.count))", anchor: "events",
                blocks: events.isEmpty ? [.paragraph("Nothing was recorded on the case in between.")] : events.map { .subsection($0.section(copy)) }),
        ], integrity: integrity, copy: copy, dated: "as known at \(Words.time(from)) and at \(Words.time(to))")
    }
}

extension IntegrityStatement {
    /// The verification report as a document.
    public func verificationDocument() -> ReportDocument {
        ReportDocument(title: "Verification of the ledger", lead: [
            "Every event of the ledger at \(ledgerPath) was re-hashed and every link of the hash chain checked.",
        ], sections: [ReportSection(heading: "Result", anchor: "result", blocks: [.facts([
            Fact("Result", verified ? "intact" : "damaged"),
            Fact("Events", String(eventsVerified)),
            Fact("Segments", String(segments)),
            Fact("Head seq", String(headSeq)),
            Fact("Head hash", headHash),
        ] + (merkleRoot.map { [Fact("Merkle tree root", $0)] } ?? []) + (knownAtSeq.map { [Fact("Head as known at \(Words.time(asKnownAt!))", "seq \($0), hash \(knownAtHash ?? "")")] } ?? []))])],
            integrity: self)
    }
}
