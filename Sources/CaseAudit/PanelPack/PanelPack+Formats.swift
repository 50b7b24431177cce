import CaseLedger

extension PanelPack {
    /// The pack as JSON: `report` (`panel-pack`), `caseId`, `copy` (`staff`), `view`, `meeting`
    /// (`date`, `dateGiven`, `challengeId`, `referredOn`, `referralSeq`; null without one), `customerName`, `sections` (each `{heading, anchor, blocks}`, a block being `{kind, …}`), then `integrity`.
    public func json(integrity: IntegrityStatement) -> String {
        JSONReport.render([
            ("report", .string("panel-pack")),
            ("caseId", .string(caseId)),
            ("copy", .string(Copy.staff.rawValue)),
            ("view", JSONReport.view(view)),
            ("meeting", meeting.map(PanelPack.json) ?? .null),
            ("customerName", JSONReport.string(customerName)),
            ("sections", .array(sections.map(PanelPack.json))),
            ("integrity", JSONReport.integrity(integrity)),
        ])
    }

    // issue 18: panel
    /// The meeting the pack is for; its referral's members null when there is none.
    static func json(_ m: PanelMeeting) -> JSONValue {
        [
            "date": .string(m.date.iso), "dateGiven": .bool(m.dateGiven), "challengeId": JSONReport.string(m.referral?.challengeId),
            "referredOn": JSONReport.string(m.referral?.referredOn.iso), "referralSeq": m.referral.map { .integer($0.seq) } ?? .null,
        ]
    }

    static func json(_ s: ReportSection) -> JSONValue {
        ["heading": .string(s.heading), "anchor": .string(s.anchor), "blocks": .array(s.blocks.map(json))]
    }

    static func json(_ b: ReportBlock) -> JSONValue {
        switch b {
        case .paragraph(let t): ["kind": "paragraph", "text": .string(t)]
        case .callout(let t): ["kind": "callout", "text": .string(t)]
        case .facts(let f): ["kind": "facts", "facts": .array(f.map { ["label": .string($0.label), "value": .string($0.value)] })]
        case .list(let label, let items): ["kind": "list", "label": JSONReport.string(label), "items": JSONReport.strings(items)]
        case .table(let t):
            ["kind": "table", "caption": .string(t.caption), "headers": JSONReport.strings(t.headers), "rows": .array(t.rows.map(JSONReport.strings))]
        case .subsection(let s): ["kind": "section", "section": json(s)]
        }
    }

    /// The CSV columns of a panel pack.
    static let csvColumns = ["row_type", "section", "subsection", "label", "text", "status"]

    /// The pack as CSV: one row per fact, list item, table row, paragraph or callout, in order;
    /// a table row's cells joined with ` | `; the integrity row last.
    public func csv(integrity: IntegrityStatement) -> String {
        var rows: [[String]] = []
        func add(_ blocks: [ReportBlock], section: String, sub: String) {
            for b in blocks {
                switch b {
                case .paragraph(let t): rows.append(["paragraph", section, sub, "", t, ""])
                case .callout(let t): rows.append(["callout", section, sub, "", t, ""])
                case .facts(let f): rows += f.map { ["fact", section, sub, $0.label, $0.value, ""] }
                case .list(let label, let items): rows += items.map { ["item", section, sub, label ?? "", $0, ""] }
                case .table(let t): rows += t.rows.map { ["table_row", section, sub, t.caption, CSVReport.join($0), ""] }
                case .subsection(let s): add(s.blocks, section: section, sub: s.heading)
                }
            }
        }
        for s in sections { add(s.blocks, section: s.heading, sub: "") }
        let c = PanelPack.csvColumns
        rows.append(CSVReport.integrityRow(integrity, count: c.count, textColumn: 4, statusColumn: 5))
        return CSVReport.render(c, rows)
    }
}
