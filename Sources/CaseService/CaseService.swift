import CaseLedger
import LedgerStore

/// The application layer: the only place the domain meets storage. It reads a case's stream,
/// the staff register and the configuration from the ledger, decodes them through the
/// upcaster, asks the domain to decide, and appends what it decided with optimistic
/// concurrency on the case's stream.
///
/// A service sees the ledger as it was when opened or last refreshed (`refresh()`). When another
/// writer recorded on the same stream since, an append fails cleanly with the store's
/// `version-conflict` error and nothing is written: refresh and decide again.
///
/// Not thread-safe (like the `Ledger` handle it holds): use one per thread.
public final class CaseService {
    /// The ledger handle.
    public let ledger: Ledger
    /// How stored events of older schemas are read.
    public let upcaster: Upcaster
    /// Where appended events' ids come from; nil (the default) lets the store draw random ones.
    /// A deterministic source (with a fixed clock) makes every byte of a ledger repeatable, as
    /// the demo ledger needs.
    public let eventIDs: (() -> EventID)?
    /// The guard against a clock that has jumped ahead, given to every append (INVARIANTS.md rule
    /// 16), or nil for a program that records with a clock of its own (the demo, the generator, a
    /// migration with its own recorded times). The command line always sets one.
    public var clockGuard: ClockJumpGuard? = nil

    /// A service over an open ledger handle, drawing event ids from `eventIDs` when given.
    public init(ledger: Ledger, upcaster: Upcaster = .standard, eventIDs: (() -> EventID)? = nil) {
        self.ledger = ledger
        self.upcaster = upcaster
        self.eventIDs = eventIDs
    }

    /// Opens the ledger at `path` and returns a service over it.
    public static func open(at path: String, mode: Ledger.Mode = .readOnly, upcaster: Upcaster = .standard) throws(ServiceError) -> CaseService {
        do {
            return CaseService(ledger: try Ledger.open(at: path, mode: mode), upcaster: upcaster)
        } catch {
            throw .store(error)
        }
    }

    /// Reads what other writers appended since the service last looked.
    public func refresh() throws(ServiceError) {
        do { try ledger.refresh() } catch { throw .store(error) }
    }

    /// The configuration used before any is published: only its register administration roles
    /// matter then (`registerAdministrator`, `teamManager`), for setting up the staff register.
    public static let configurationBeforePublication = Configuration(chargingRateTables: [])
}
