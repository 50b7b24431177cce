import LedgerJSON
import LedgerStore

// issue 18: scripts — `verify --format json|csv` on a damaged ledger says so on standard output.
/// What `caseledger-audit verify` found when the ledger is damaged, in the machine formats: the
/// same top-level keys as an intact verification's (`report`, `verified`, `fault`, `merkleTree`,
/// `integrity`), with `verified` false, the fault named, and no tree or integrity statement
/// (nothing past the fault can be vouched for). README, "JSON and CSV for scripts".
public struct DamageFound: Hashable, Sendable {
    /// The ledger directory, as given.
    public var ledgerPath: String
    /// Where verification stopped, and why.
    public var fault: LedgerFault
    /// How many events before the fault verify.
    public var soundEvents: Int64
    /// The one line the command also writes to standard error.
    public var message: String

    /// A damage report.
    public init(ledgerPath: String, fault: LedgerFault, soundEvents: Int64, message: String) {
        self.ledgerPath = ledgerPath
        self.fault = fault
        self.soundEvents = soundEvents
        self.message = message
    }

    /// The `fault` object of a verification's JSON.
    var faultJSON: JSONValue {
        [
            "code": "ledger-damaged", "ledger": .string(ledgerPath), "segment": .string(fault.position.segment),
            "line": .integer(Int64(fault.position.line)), "seq": .integer(fault.position.seq), "reason": .string(fault.reason),
            "soundEvents": .integer(soundEvents), "message": .string(message),
        ]
    }

    /// The verification as JSON: `verified` false, the fault, `merkleTree` and `integrity` null.
    public func json() -> String {
        JSONReport.render([("report", "verify"), ("verified", .bool(false)), ("fault", faultJSON), ("merkleTree", .null), ("integrity", .null)])
    }

    /// The verification as CSV: the columns of an intact one, one row with status `damaged`.
    public func csv() -> String {
        let c = IntegrityStatement.verificationColumns
        var row = Array(repeating: "", count: c.count)
        row[0] = "integrity"
        row[c.firstIndex(of: "events")!] = String(soundEvents)
        row[c.firstIndex(of: "statement")!] = message
        row[c.firstIndex(of: "status")!] = "damaged"
        row[c.firstIndex(of: "fault_segment")!] = fault.position.segment
        row[c.firstIndex(of: "fault_line")!] = String(fault.position.line)
        row[c.firstIndex(of: "fault_seq")!] = String(fault.position.seq)
        return CSVReport.render(c, [row])
    }
}
