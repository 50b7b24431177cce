// issue 18: scripts — `--version`, from one place.
/// The versions both executables print for `--version`: the package's, and the on-disk formats
/// they read and write, taken from the bytes those formats are written with (so they cannot
/// drift from what the code writes).
public enum Versions {
    /// The package's version (semantic versioning; "-dev" until a release is tagged). Bump it
    /// here, and only here, when a release is cut (CHANGELOG.md gets the same number).
    public static let package = "0.18.0-dev"

    /// The ledger directory's format version a new ledger is made with: the `version` of the
    /// manifest `ledger.json` (events/FORMAT.md, "Directory"). Every earlier version is still read.
    public static let ledgerFormat: Int = number(after: "\"version\":", in: LedgerLayout.manifestBytes(version: LedgerLayout.currentVersion))

    /// The verification record's format version: the digits ending its magic (`CLVREC02` is 2;
    /// events/FORMAT.md, "Verification record").
    public static let verificationRecord: Int = number(after: "CLVREC", in: VerificationRecord.magic)

    /// What `PROGRAM --version` prints, without a trailing newline: the program and package
    /// version on the first line (the shape scripts expect), then the formats, e.g.
    /// `caseledger-audit 0.18.0-dev` / `ledger format 2 (reads 1 and 2), verification record format 2`.
    public static func text(program: String) -> String {
        let read = ledgerFormat <= 1 ? "1" : (1..<ledgerFormat).map(String.init).joined(separator: ", ") + " and \(ledgerFormat)"
        return "\(program) \(package)\nledger format \(ledgerFormat) (reads \(read)), verification record format \(verificationRecord)"
    }

    /// The decimal number right after `marker` in `bytes` (0 when there is none).
    static func number(after marker: String, in bytes: [UInt8]) -> Int {
        let m = Array(marker.utf8)
        guard bytes.count >= m.count else { return 0 }
        for start in 0...(bytes.count - m.count) where Array(bytes[start..<start + m.count]) == m {
            var value = 0
            for b in bytes[(start + m.count)...] {
                guard b >= 0x30 && b <= 0x39 else { break }
                value = value * 10 + Int(b - 0x30)
            }
            return value
        }
        return 0
    }
}

