extension CaseDecider {
    /// The rules every command meets: recorded time, staff and role, case opened and not
    /// closed, reasons where required.
    func checkCommon(_ command: CaseCommand) throws(Rejection) {
        let meta = command.metadata
        if let last = state.lastRecordedAt, context.now < last {
            throw Rejection(.recordedTimeBackdated,
                "\(caseName) was last recorded at \(last.rfc3339); a decision cannot be recorded at \(context.now.rfc3339) (back-date the effective date instead)")
        }
        if !EffectiveDateWindow.contains(meta.effectiveDate, decidedOn: today) {
            throw Rejection(.effectiveDateOutOfRange,
                "\(command.name) cannot take effect on \(meta.effectiveDate): a decision recorded on \(today) takes effect between \(EffectiveDateWindow.earliest) and \(EffectiveDateWindow.latest(decidedOn: today)) (back-dating is allowed; more than a year ahead is not)")
        }
        if let lookAlike = StaffIdRules.lookAlike(context.actor, as: "the acting member of staff", in: context.staff) { throw lookAlike }
        guard context.staff.isOnRegister(context.actor, on: today) else {
            throw Rejection(.staffUnknown, "\(context.actor) is not on the staff register on \(today.words)")
        }
        guard context.staff.holds(meta.actingRole, context.actor, on: today) else {
            let held = context.staff.member(context.actor)?.roles(on: today).sorted().map(\.rawValue) ?? []
            throw Rejection(.actingRoleNotHeld,
                "\(actorName) does not hold the role \(meta.actingRole) on \(today.words) (holds: \(held.isEmpty ? "none" : held.joined(separator: ", ")))")
        }
        // issue 17: retention — an erased case takes nothing more (its referral may be erased too).
        if let erased = state.erasures.last {
            throw Rejection(.caseErased,
                "\(state.caseId ?? "the case")'s personal content was erased on \(erased.effectiveDate.words) (seq \(erased.seq)); \(command.name) cannot be recorded on it: a new contact from the person opens a new case")
        }
        if case .receiveReferral = command {
            if state.isOpened {
                throw Rejection(.caseAlreadyOpened,
                    "\(caseName) is already open; record a review request for a new change of circumstances")
            }
        } else if !state.isOpened {
            throw Rejection(.caseNotOpened,
                "\(command.name) cannot be recorded: the case has no referral yet")
        }
        if let closed = state.closure, !isAllowedWhileClosed(command) {
            throw Rejection(.caseClosed,
                "\(caseName) was closed on \(closed.effectiveDate.words) (\(closed.value?.reason.rawValue ?? "closed")); only challenges, complaints, corrections, dispute markers, written notices of its decisions, reopening, safeguarding and subject access are recorded on a closed case, not \(command.name)")
        }
        if ReasonsRules.required(for: command), meta.reasons.allSatisfy(\.isBlank) {
            throw Rejection(.reasonsRequired,
                "\(command.name) on \(caseName) must state its reasons in words: a decision the person could challenge says why it was made")
        }
    }

    // issue 16: ids
    // Keeps events/INVARIANTS.md rule 66: every id a command gives, created or referred to, is checked in one place.
    /// Every id the command gives — of a record it creates or one it refers to, at any depth of
    /// its input — is a short ASCII token (`IdRules`), so an id that looks like another is
    /// refused instead of naming an existing record under a spelling it does not have.
    ///
    /// A correction may carry again, inside the corrected payload, an id the corrected event itself
    /// holds under a member of the same name, byte for byte (an event recorded before the rule, or
    /// imported, with an id such as "P 3"): otherwise such an event could never be corrected
    /// without renaming its record. A new id that breaks the rule is still refused.
    func checkIds(_ command: CaseCommand) throws(Rejection) {
        var input = command.payload
        var breach: IdRules.Breach?
        if case .correctEvent(let p) = command, let target = state.event(withId: p.supersedes), target.stream == state.caseId,
            case .object(var members) = input, let corrected = members.removeValue(forKey: "corrected")
        {
            // Only the corrected payload may carry the event's own ids; the correction's own members may not.
            input = .object(members)
            breach = IdRules.firstBreach(in: corrected, keeping: IdRules.held(in: target.event.payload))
        }
        if let breach = breach ?? IdRules.firstBreach(in: input) {
            throw Rejection(.idInvalid, "\(command.name) on \(caseName): \(breach.sentence)")
        }
    }

    /// The acting role must be one the configuration allows for the decision (for a correction,
    /// the roles the corrected decision needed or one above them), on the recording date: the
    /// register and configuration are those `decide` is given, as known at the decision time.
    func checkAuthority(_ command: CaseCommand) throws(Rejection) {
        let authority = config.authority
        let breach: AuthorityBreach?
        switch command {
        case .correctEvent: return  // checked once the target is known (`checkCorrectionAuthority`)
        case .resolveChallenge(let p):
            breach = authority.breach(command.name, challengeId: p.challengeId, correcting: false, actingRole: p.metadata.actingRole, in: state)
        default:
            breach = authority.breach(command.name, challengeId: nil, correcting: false, actingRole: command.metadata.actingRole, in: state)
        }
        if let breach {
            throw Rejection(.decisionRoleNotAllowed, "\(caseName): \(breach.sentence(actor: actorName))")
        }
    }

    /// A correction is made under the role the corrected decision needed, or one the
    /// configuration puts above it (called by `correctEvent` once the target and type are
    /// checked).
    func checkCorrectionAuthority(_ p: EventCorrected) throws(Rejection) {
        if let breach = config.authority.breach(of: .eventCorrected(p), in: state) {
            throw Rejection(.decisionRoleNotAllowed, "\(caseName): \(breach.sentence(actor: actorName))")
        }
    }

    /// Closed cases take challenges (a panel decision only on a challenge), complaints,
    /// corrections, dispute markers, written notices of its decisions and reopening.
    func isAllowedWhileClosed(_ command: CaseCommand) -> Bool {
        if case .recordPanelDecision(let p) = command { return p.challengeId != nil }
        return command.allowedOnClosedCase
    }


    /// Every restricted field named must be a field of the payload (not the metadata).
    func checkRestricted(_ events: [CaseEvent]) throws(Rejection) {
        for e in events where !e.metadata.restricted.isEmpty {
            guard let fields = e.payload.objectValue else { continue }
            for name in e.metadata.restricted
            where fields[name] == nil || DecisionMetadata.fieldNames.contains(name) {
                throw Rejection(.restrictedFieldUnknown,
                    "\(e.typeName) has no field \"\(name)\" to restrict (fields: \(fields.keys.filter { !DecisionMetadata.fieldNames.contains($0.string) }.sorted().map(\.string).joined(separator: ", ")))")
            }
        }
    }

    /// Rejects a negative amount.
    func checkNotNegative(_ amount: Money, _ what: String) throws(Rejection) {
        if amount.pence < 0 {
            throw Rejection(.amountInvalid, "\(what) cannot be negative; \(amount) was given")
        }
    }

    /// Rejects a negative amount (`amount-invalid`) or one above `AmountLimits.largestAmount`
    /// (`amount-out-of-range`).
    func checkAmount(_ amount: Money, _ what: String) throws(Rejection) {
        try checkNotNegative(amount, what)
        try checkWithinLimit(amount, what)
    }

    /// Rejects an amount or total above `AmountLimits.largestAmount`, or too large to work out.
    func checkWithinLimit(_ amount: Money, _ what: String) throws(Rejection) {
        guard AmountLimits.withinLimit(amount) else {
            throw Rejection(.amountOutOfRange,
                "\(what) of \(amount.isOutOfRange ? "more than \(Money(pence: Money.largestPence))" : "\(amount)") is above \(AmountLimits.largestAmount), \(AmountLimits.why)")
        }
    }

    /// Rejects an id already used for something of the same kind on this case.
    func checkUnused(_ id: String, in used: some Collection<String>, _ what: String) throws(Rejection) {
        if used.contains(id) {
            throw Rejection(.idAlreadyUsed, "\(what) \(id) already exists on \(caseName); choose a new id")
        }
    }

    /// The eligibility in force now (latest by effective date); rejects when needs are not
    /// eligible.
    func requireEligible(_ what: String) throws(Rejection) {
        guard let finding = state.eligibility.current, finding.eligible else {
            throw Rejection(.eligibilityRequired,
                "\(what) needs needs determined eligible; \(caseName) has \(state.eligibility.current == nil ? "no eligibility determination" : "no eligible needs")")
        }
    }
}
