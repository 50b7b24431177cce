import CaseLedger

/// The caseload in every format: one table row per deadline (a case with nothing due, or
/// nothing left after the filter shows it has none, gets one row saying so), so a spreadsheet
/// can sort and filter deadlines directly; JSON nests deadlines in cases.
extension Caseload: PartedCSVReport {
    /// The report in the chosen format, ending with `integrity`.
    public func render(_ options: RenderOptions, integrity: IntegrityStatement) -> String {
        switch options.format {
        case .json: json(integrity: integrity)
        case .csv: csv(integrity: integrity)
        case .text: TextRenderer.render(document(integrity: integrity), width: options.textWidth)
        case .md: MarkdownRenderer.render(document(integrity: integrity))
        case .html: HTMLRenderer.render(document(integrity: integrity), largePrint: options.largePrint, madeOn: options.madeOn)
        }
    }

    /// The lines under the title.
    var lead: [String] {
        var lines = ["Every open case with its stage, allocated worker and what is due, judged on \(Words.date(on))."]
        if !unreadable.isEmpty { lines.append(unreadableWarning) }
        if let t = view.asKnownAt { lines.append("As known at \(Words.time(t)): only what had been recorded by then.") }
        if let f = filter.described { lines.append(f) }
        lines.append("Review intervals, complaint periods and bank holidays: \(configurationSource).")
        lines.append("Each deadline names the entry its clock runs from by its reference number (ref.), the ledger's sequence number.")
        return lines
    }

    // issue 14: readers that cannot be poisoned
    /// The warning a caseload with cases that cannot be read carries at its head.
    var unreadableWarning: String {
        let n = unreadableCases.count
        return "\(Words.count(n, "case")) could not be read (\(unreadableCases.joined(separator: ", "))): "
            + "\(n == 1 ? "it is" : "they are") listed under \"Cases that could not be read\", with no row and nothing due worked out, "
            + "and not counted among the open cases."
    }

    /// The section listing the events that cannot be read, one table row each.
    var unreadableSection: ReportSection {
        let table = ReportTable(
            caption: "Events that cannot be read", headers: ["Case", "Ref", "Event id", "What is wrong and what to do"],
            rows: unreadable.map { [$0.caseId, ComplianceReport.refs($0), $0.eventIds.joined(separator: " "), $0.sentence] })
        return ReportSection(
            heading: "Cases that could not be read (\(unreadableCases.count))", anchor: "unreadable", blocks: [.table(table)])
    }

    /// The caseload as a document: a summary, then one table row per deadline (after the cases
    /// that could not be read, when there are any).
    public func document(integrity: IntegrityStatement) -> ReportDocument {
        var facts = [
            Fact("Judged on", Words.date(on)),
            Fact("Open cases", String(openCases)),
            Fact("Cases listed", String(rows.count)),
            Fact("Deadlines listed", String(deadlines.count)),
            Fact("Overdue", String(overdueCount)),
        ]
        if workerLeftCount > 0 { facts.append(Fact("Allocated worker has left", String(workerLeftCount))) }
        if !unreadable.isEmpty { facts.append(Fact("Unreadable cases", String(unreadableCases.count))) }
        let summary = ReportSection(heading: "Summary", anchor: "summary", blocks: [.facts(facts)])
        var tableRows: [[String]] = []
        for r in rows {
            let head = [r.caseId + (r.customerName.map { " (\($0))" } ?? ""), Words.stage(r.stage), r.workerText]
            if r.deadlines.isEmpty {
                tableRows.append(head + ["nothing due", "", "", ""])
            }
            for d in r.deadlines {
                tableRows.append(head + ["\(d.kind.label): \(d.subject)", Words.date(d.due), d.status.phrase, "ref. \(d.seq): \(d.basis)"])
            }
        }
        let table = ReportTable(
            caption: "Deadlines by case", headers: ["Case", "Stage", "Allocated worker", "Deadline", "Due", "Status", "From"], rows: tableRows)
        let list = ReportSection(
            heading: "Deadlines (\(deadlines.count))", anchor: "deadlines",
            blocks: rows.isEmpty ? [.paragraph("No open case matches.")] : [.table(table)])
        let sections = unreadable.isEmpty ? [summary, list] : [summary, unreadableSection, list]
        return ReportDocument(
            title: "Caseload on \(Words.date(on))", lead: lead, sections: sections, integrity: integrity, copy: .staff,
            dated: (["judged on \(Words.date(on))"] + [view.dated].compactMap { $0 }).joined(separator: "; "))
    }

    /// The CSV columns: one row per deadline. `days` is never negative (a spreadsheet-safe
    /// field never starts with `-`): the days overdue when `status` is `overdue`, the days left
    /// when `due`, 0 when `due-today`.
    public static let csvColumns = [
        "row_type", "ref", "event_id", "case_id", "customer_name", "stage", "worker_id", "worker_name", "deadline", "label",
        "subject", "due_date", "status", "days", "basis", "worker_left_on",
    ]

    // issue 18: csv18
    /// The caseload's CSV has an `unreadable-event` row per event that cannot be read (its case,
    /// ref and event id, status `unreadable`, what is wrong in `basis`), a `deadline` row per
    /// deadline, a `case` row for a case with nothing due, and the integrity row. `worker_left_on`
    /// is the day the allocated worker left the register (empty while they have not).
    ///
    /// Part `part` of that CSV cut into `parts` (`0 <= part < parts`), in pieces as
    /// `csv(integrity:pieces:_:)`: the first part has the byte order mark, the header and the
    /// unreadable-event rows, each part the rows of its share of the cases in order, the last the
    /// integrity row. The parts can be rendered at once on several threads; their pieces joined in
    /// order are `csv(integrity:)`'s bytes.
    public func csv<E: Error>(
        integrity: IntegrityStatement, part: Int, of parts: Int, pieces: CSVPieces, _ piece: (inout [UInt8]) throws(E) -> Void
    ) throws(E) {
        let c = Caseload.csvColumns
        let share = CSVParts(part: part, of: parts, count: rows.count)
        // issue 18: fast18. Each row written as it is made (`CSVWriter`), into room for them all.
        var size = 0
        if pieces == .whole {
            for r in rows[share.range] {
                let caseBytes = r.caseId.utf8.count + (r.customerName?.utf8.count ?? 0) + (r.workerName?.utf8.count ?? 0) + 120
                size += caseBytes
                for d in r.deadlines { size += caseBytes + d.eventId.utf8.count + d.subject.utf8.count + d.basis.utf8.count + 60 }
            }
        }
        var out = CSVWriter(columns: share.isFirst ? c : nil, capacity: size + unreadable.count * 400, pieces: pieces)
        for f in share.isFirst ? unreadable : [] {
            try out.add(["unreadable-event", f.refs.map(String.init).joined(separator: " "), CSVReport.join(f.eventIds), f.caseId,
                         "", "", "", "", "", "", "", f.date.iso, "unreadable", "", f.sentence, ""], handingOn: piece)
        }
        var quoted: [UInt8] = []
        for r in rows[share.range] {
            // issue 18: delta18. The case's cells quoted once, for each of its rows.
            quoted.removeAll(keepingCapacity: true)
            CSVQuoting.append(fields: [r.caseId, r.customerName ?? "", r.stage.rawValue, r.workerId ?? "", r.workerName ?? ""], to: &quoted)
            let leftOn = r.workerLeftOn?.iso ?? ""
            if r.deadlines.isEmpty {
                try out.add(["case", "", ""], quoted: quoted, ["", "", "", "", "nothing-due", "", "", leftOn], handingOn: piece)
            }
            for d in r.deadlines {
                try out.add(
                    ["deadline", String(d.seq), d.eventId], quoted: quoted,
                    [d.kind.rawValue, d.kind.label, d.subject, d.due.iso, d.status.code, String(abs(d.status.daysUntilDue)), d.basis, leftOn],
                    handingOn: piece)
            }
        }
        if share.isLast {
            out.add(CSVReport.integrityRow(integrity, count: c.count, textColumn: c.firstIndex(of: "basis")!, statusColumn: c.firstIndex(of: "status")!))
        }
        try out.finish(piece)
    }

    /// The caseload as JSON.
    public func json(integrity: IntegrityStatement) -> String {
        func deadline(_ d: Deadline) -> JSONValue {
            ["kind": .string(d.kind.rawValue), "label": .string(d.kind.label), "subject": .string(d.subject), "dueDate": .string(d.due.iso),
             "status": .string(d.status.code), "daysUntilDue": .integer(Int64(d.status.daysUntilDue)), "ref": .integer(d.seq),
             "eventId": .string(d.eventId), "basis": .string(d.basis)]
        }
        let cases: [JSONValue] = rows.map { r in
            ["caseId": .string(r.caseId), "customerName": JSONReport.string(r.customerName), "stage": .string(r.stage.rawValue),
             "stageLabel": .string(Words.stage(r.stage)),  // issue 18: scripts — the code beside its label
             "allocatedWorker": r.workerId.map {
                 ["staffId": .string($0), "name": JSONReport.string(r.workerName), "leftOn": r.workerLeftOn.map { .string($0.iso) } ?? .null]
             } ?? .null,
             "deadlines": .array(r.deadlines.map(deadline))]
        }
        var summary: JSONObject = [
            "openCases": .integer(Int64(openCases)), "casesListed": .integer(Int64(rows.count)),
            "deadlines": .integer(Int64(deadlines.count)), "overdue": .integer(Int64(overdueCount)),
            "workerLeft": .integer(Int64(workerLeftCount)),
        ]
        var members: [(String, JSONValue)] = [
            ("report", "caseload"), ("on", .string(on.iso)), ("view", JSONReport.view(view)),
            ("filter", ["overdue": .bool(filter.overdue), "dueWithin": filter.dueWithin.map { .integer(Int64($0)) } ?? .null,
                        "worker": JSONReport.string(filter.worker)]),
            ("configuration", .string(configurationSource)),
        ]
        // issue 18: scripts — always present (0 and an empty list for a ledger read whole): every documented key is.
        summary["casesUnreadable"] = .integer(Int64(unreadableCases.count))
        members += [("summary", .object(summary)), ("cases", .array(cases))]
        members.append(("unreadableEvents", .array(unreadable.map { f in
            ["caseId": .string(f.caseId), "ref": .integer(f.refs.first ?? 0), "eventId": .string(f.eventIds.first ?? ""),
             "recordedOn": .string(f.date.iso), "problem": .string(f.sentence)]
        })))
        members.append(("integrity", JSONReport.integrity(integrity)))
        return JSONReport.render(members)
    }
}
