/// A report ready to render: one of the four kinds, with the integrity statement it ends with.
public enum AuditReport: Sendable {
    /// A decision trail.
    case trail(DecisionTrail)
    /// An explanation of one figure or status.
    case explanation(Explanation)
    /// The difference between two times.
    case diff(CaseDiff)
    /// The ledger's verification.
    case verification

    /// The report in the chosen format, ending with `integrity`.
    public func render(_ options: RenderOptions, integrity: IntegrityStatement) -> String {
        switch options.format {
        case .json:
            switch self {
            case .trail(let t): return t.json(integrity: integrity)
            case .explanation(let x): return x.json(integrity: integrity)
            case .diff(let d): return d.json(integrity: integrity)
            case .verification: return integrity.verificationJSON()
            }
        case .csv:
            switch self {
            case .trail(let t): return t.csv(integrity: integrity)
            case .explanation(let x): return x.csv(integrity: integrity)
            case .diff(let d): return d.csv(integrity: integrity)
            case .verification: return integrity.verificationCSV()
            }
        case .text: return TextRenderer.render(document(integrity), width: options.textWidth)
        case .md: return MarkdownRenderer.render(document(integrity))
        case .html: return HTMLRenderer.render(document(integrity), caseId: caseId, largePrint: options.largePrint, madeOn: options.madeOn)
        }
    }

    /// The report as a document.
    public func document(_ integrity: IntegrityStatement) -> ReportDocument {
        switch self {
        case .trail(let t): t.document(integrity: integrity)
        case .explanation(let x): x.document(integrity: integrity)
        case .diff(let d): d.document(integrity: integrity)
        case .verification: integrity.verificationDocument()
        }
    }

    /// The case the report is about, if any.
    var caseId: String? {
        switch self {
        case .trail(let t): t.caseId
        case .explanation(let x): x.caseId
        case .diff(let d): d.caseId
        case .verification: nil
        }
    }
}
