import CaseLedger

/// How a rule is run: over the history as a whole, or one step at a time, the rules of the
/// second kind all in one walk of the case.
extension ComplianceCheck {
    /// A rule that reads the history as a whole.
    init(rule: ComplianceRule, check: @escaping @Sendable (ComplianceInput) -> [Finding]) {
        self.rule = rule
        self.check = check
        self.atStep = nil
        self.stepKinds = []
    }

    /// A rule that judges each step on its own: `atStep` appends the breaches at one step, and
    /// is called only at the steps whose event is of one of `kinds` (at no other can it find one).
    private init(
        rule: ComplianceRule, on kinds: [CaseEvent.Kind],
        appending atStep: @escaping @Sendable (ComplianceInput, ComplianceStep, inout [Finding]) -> Void
    ) {
        self.rule = rule
        self.atStep = atStep
        self.stepKinds = kinds
        self.check = { input in
            var found: [Finding] = []
            input.walk { step in if kinds.contains(step.event.kind) { atStep(input, step, &found) } }
            return found
        }
    }

    /// A rule that judges each step whose event is of one of `kinds` on its own, finding any
    /// number of breaches at it.
    init(rule: ComplianceRule, on kinds: [CaseEvent.Kind], atEachStep find: @escaping @Sendable (ComplianceInput, ComplianceStep) -> [Finding]) {
        self.init(rule: rule, on: kinds, appending: { input, step, found in found.append(contentsOf: find(input, step)) })
    }

    /// A rule that judges each step whose event is of one of `kinds` on its own, finding at
    /// most one breach at it.
    init(rule: ComplianceRule, on kinds: [CaseEvent.Kind], atStep find: @escaping @Sendable (ComplianceInput, ComplianceStep) -> Finding?) {
        self.init(rule: rule, on: kinds, appending: { input, step, found in if let f = find(input, step) { found.append(f) } })
    }

    /// The breaches of every one of `prepared.checks` in `input`: check after check, each as its
    /// `check` gives them, the rules judging one step at a time run together in one walk of the
    /// case, each called only at the kinds of event it judges (looked up in `prepared`'s table).
    /// `final`: the case the walk folded over every event (as `ComplianceInput.walk(_:)` returns
    /// it), or nil when no rule judges steps and there was no walk.
    static func findings(of prepared: PreparedChecks, in input: ComplianceInput) -> (findings: [Finding], final: CaseState?) {
        let checks = prepared.checks
        // One list as found, with the check of each finding beside it, put in check order at the
        // end (most cases have a finding or two: no list per check).
        var found: [Finding] = []
        var foundBy: [Int] = []
        var final: CaseState?
        if prepared.walks {
            final = input.walk { step in
                for i in prepared.steppedRange(step.event.kind) {
                    // The closure called from the array in place: one kept in a generic container
                    // is called through a thunk that copies the step.
                    let k = prepared.steppedCheck(at: i)
                    let before = found.count
                    checks[k].atStep!(input, step, &found)
                    for _ in before..<found.count { foundBy.append(k) }
                }
            }
        }
        for k in prepared.wholeHistory {
            let list = checks[k].check(input)
            guard !list.isEmpty else { continue }
            // The first list found is taken as it is, not copied into a new one.
            if found.isEmpty { found = list } else { found.append(contentsOf: list) }
            foundBy.append(contentsOf: repeatElement(k, count: list.count))
        }
        if zip(foundBy, foundBy.dropFirst()).allSatisfy({ $0 <= $1 }) { return (found, final) }
        var ordered: [Finding] = []
        ordered.reserveCapacity(found.count)
        for k in checks.indices {
            for j in found.indices where foundBy[j] == k { ordered.append(found[j]) }
        }
        return (ordered, final)
    }
}
