extension DecisionTrail {
    /// The trail as a document for the text formats.
    public func document(integrity: IntegrityStatement) -> ReportDocument {
        let name = customerName.map { " (\($0))" } ?? ""
        var lead = [copy == .customer
            ? "This is the customer's copy of the decision trail for case \(caseId): every decision made on the case, in the order it was recorded, written for the person it is about."
            : "This is the staff copy of the decision trail for case \(caseId): everything recorded, with restricted items marked [restricted]."]
        lead += view.describedLines
        lead.append("Each entry has a reference number (ref.), the ledger's sequence number, which never changes: quote it when you ask about a decision. "
            + "Nothing is removed from the record: a decision that was later corrected is shown beside its correction.")
        if copy == .customer && withheldCount > 0 {
            lead.append("\(Words.count(withheldCount, "item")) of third-party information \(withheldCount == 1 ? "is" : "are") withheld from this copy and marked where \(withheldCount == 1 ? "it was" : "they were"); see \u{201C}Withheld from this copy\u{201D}.")
        }
        // issue 18: panel — the Easy Read summary first, in both copies (the staff copy is marked as one throughout).
        var sections = [easyRead.section, ReportSection(
            heading: view.inForceOn.map { "The case as in force on \(Words.date($0))" } ?? "The case now",
            anchor: "summary", blocks: [.facts(figures.figures.map { Fact($0.label, $0.value) })])]
        if copy == .customer && withheldCount > 0 {
            sections.append(ReportSection(heading: "Withheld from this copy", anchor: "withheld", blocks: [
                .paragraph("Why: \(WithheldItem.thirdPartyReason)."),
                .list(label: nil, items: entries.filter { !$0.withheld.isEmpty }.map { e in
                    "ref. \(e.seq) (\(e.title)): \(Words.count(e.withheld.count, "item")) — \(e.withheld.map(\.what).joined(separator: "; "))"
                }),
            ]))
        }
        sections.append(ReportSection(
            heading: "Decisions (\(entries.count))", anchor: "decisions",
            blocks: entries.isEmpty ? [.paragraph("No decisions are recorded from this point of view.")]
                : [.paragraph(DecisionTrail.orderNote)] + entries.map { .subsection($0.section(copy)) }))
        return ReportDocument(
            title: "Decision trail: case \(caseId)\(name)", lead: lead, sections: sections, timeline: timeline, integrity: integrity,
            copy: copy, dated: view.dated)
    }
}

extension DecisionTrail {
    /// Why the entries' dates are not in order: they are listed as recorded, each headed by the
    /// date it took effect.
    public static let orderNote = "The entries are in the order they were recorded. Each is headed by its reference number, "
        + "the date it took effect and what was decided; a decision can take effect before it was recorded (back-dated, or a correction), "
        + "so the dates in the headings are not always in order. \u{201C}Recorded\u{201D} in each entry says when it was written down."
}

extension TrailEntry {
    /// One decision as a section.
    func section(_ copy: Copy) -> ReportSection {
        var blocks: [ReportBlock] = []
        if status != .standing { blocks.append(.callout("This entry \(status.words).")) }
        var facts = [
            Fact("Recorded", recordedWords),
            Fact("Takes effect", effectiveDate.words),
            Fact("Decided by", who.display(copy)),
            Fact("Their authority", who.authority + (who.authorityConfirmed || who.imported != nil ? "" : " — the register does not show the role they acted under")),
        ]
        // issue 14: one way in for domain events
        if let imported = who.imported {
            let importer = who.name.map { copy == .staff ? "\($0) (\(who.staffId))" : $0 } ?? who.staffId
            facts.insert(Fact("Imported", "from \(imported.from), record \(imported.sourceRef), by \(importer) on \(recordedWords)"), at: 1)
        }
        if copy == .staff { facts.append(Fact("Event", "\(eventType), id \(eventId), recorded at \(recordedStamp)")) }
        blocks.append(.facts(facts))
        blocks.append(.list(label: "What was decided", items: what))
        // A decision a person could challenge always shows why (or that no reasons were recorded,
        // for one recorded before reasons were required); a routine entry shows it only when it
        // has reasons or references.
        var why = reasons.isEmpty && reasonsExpected ? ["No reasons were recorded."] : reasons
        why += references.map { "Relied on: \($0)" }
        if !why.isEmpty { blocks.append(.list(label: "Why", items: why)) }
        if !evidence.isEmpty { blocks.append(.list(label: "Evidence referred to", items: evidence)) }
        blocks.append(.list(label: "What changed", items: changes.isEmpty ? ["No figure of the case changed."] : changes.map(\.sentence)))
        if let c = comparison {
            blocks.append(.table(ReportTable(
                caption: "The original (ref. \(c.originalSeq), recorded \(c.originalRecorded)) beside this correction",
                headers: ["Field", "Original", "Correction"],
                rows: c.rows.map { [$0.field, $0.original, $0.corrected] })))
        }
        if noticeExpected || !notices.isEmpty {
            blocks.append(.list(label: "What the person was told", items: notices.isEmpty
                ? ["No written notice is recorded."]
                : notices.map { "\($0.effectiveDate.words): \($0.text) (ref. \($0.seq))" }))
        }
        if !followUps.isEmpty {
            blocks.append(.list(label: "What followed", items: followUps.map { "\($0.effectiveDate.words): \($0.text) (ref. \($0.seq))" }))
        }
        if !withheld.isEmpty {
            blocks.append(.callout("\(Words.count(withheld.count, "item")) withheld from this copy: \(withheld.map(\.what).joined(separator: "; ")). Why: \(withheld[0].reason)."))
        }
        return ReportSection(
            heading: "ref. \(seq) · \(effectiveDate.words) · \(title)", anchor: "ref-\(seq)", blocks: blocks,
            kind: status == .standing ? nil : status.code)
    }
}
