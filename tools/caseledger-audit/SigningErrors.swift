import CLIKit
import LedgerSigning
import LedgerStore

// issue 16: tree. Signing and note errors (a key file, a checkpoint's signature or origin) and a
// kept head the ledger does not hold are shown as one line with their code, exit 3.
extension NoteError: ReportableError {}
extension SigningError: ReportableError {}
extension KeptHeadMismatch: ReportableError {}
