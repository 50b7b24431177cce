import CaseLedger

/// A list of checks made ready to run over many cases: which of them read the history as a
/// whole, and for each kind of event the ones judging a step of that kind, in list order. Made
/// once per list (`catalogue` for every rule), so a case's walk looks up the rules judging an
/// event in one table instead of asking every rule.
struct PreparedChecks: Sendable {
    /// The checks, in the order their findings are listed.
    let checks: [ComplianceCheck]
    /// The positions in `checks` of the rules reading the history as a whole, in order.
    let wholeHistory: [Int]
    /// True when some rule judges steps (a case is walked).
    let walks: Bool
    /// The positions in `checks` of the rules judging a step, grouped by kind of event: those of
    /// the kind with ordinal `r` are `byKind[firstOfKind[r]..<firstOfKind[r + 1]]`.
    private let byKind: [Int]
    private let firstOfKind: [Int]

    /// `checks` made ready.
    init(_ checks: [ComplianceCheck]) {
        self.checks = checks
        wholeHistory = checks.indices.filter { checks[$0].atStep == nil }
        walks = checks.contains { $0.atStep != nil }
        var byKind: [Int] = []
        var firstOfKind: [Int] = []
        for kind in CaseEvent.Kind.allCases {
            precondition(kind.ordinal == firstOfKind.count, "kinds are numbered in order from 0")
            firstOfKind.append(byKind.count)
            byKind += checks.indices.filter { checks[$0].atStep != nil && checks[$0].stepKinds.contains(kind) }
        }
        firstOfKind.append(byKind.count)
        self.byKind = byKind
        self.firstOfKind = firstOfKind
    }

    /// Every rule of the catalogue, made ready once.
    static let catalogue = PreparedChecks(ComplianceCheck.catalogue)

    /// Where the rules judging a step whose event is of `kind` are listed: `steppedCheck(at:)`
    /// gives each one's position in `checks`, in list order. Empty when no rule judges it.
    func steppedRange(_ kind: CaseEvent.Kind) -> Range<Int> {
        let r = kind.ordinal
        return firstOfKind[r]..<firstOfKind[r + 1]
    }

    /// The position in `checks` of the rule listed at `i` (from `steppedRange(_:)`).
    func steppedCheck(at i: Int) -> Int { byKind[i] }
}

extension CaseEvent.Kind {
    /// The kind's place in `allCases` (0 up), found by comparing bytes along the list (cheaper
    /// than hashing for 33 kinds). A table by kind is indexed by it; `PreparedChecks.init` checks
    /// that every kind's ordinal is its place.
    var ordinal: Int { CaseEvent.Kind.inOrder.firstIndex(of: self)! }

    /// Every kind, in order, made once.
    private static let inOrder = Array(allCases)
}
