// issue 17: retention — legal holds and the erasure decision.
extension CaseDecider {
    /// A legal hold is placed under an id not used before on the case, saying what it is for.
    func placeLegalHold(_ p: LegalHoldPlaced) throws(Rejection) -> [CaseEvent] {
        if state.legalHolds[p.holdId] != nil {
            throw Rejection(.legalHoldInvalid, "\(caseName) already has a legal hold \(p.holdId): give the new hold its own id")
        }
        if p.holdId.isBlank || p.matter.isBlank {
            throw Rejection(.legalHoldInvalid, "a legal hold on \(caseName) needs an id and what it is for (matter), e.g. \"UK COVID-19 Inquiry, Module 6\"")
        }
        return [.legalHoldPlaced(p)]
    }

    /// Only a hold in place is lifted.
    func liftLegalHold(_ p: LegalHoldLifted) throws(Rejection) -> [CaseEvent] {
        guard let hold = state.legalHolds[p.holdId] else {
            let inPlace = state.legalHolds.values.filter(\.isInPlace).map(\.placed.holdId).sorted()
            throw Rejection(.legalHoldInvalid,
                "\(caseName) has no legal hold \(p.holdId) (in place: \(inPlace.isEmpty ? "none" : inPlace.joined(separator: ", ")))")
        }
        if !hold.isInPlace {
            throw Rejection(.legalHoldInvalid, "legal hold \(p.holdId) on \(caseName) was already lifted")
        }
        return [.legalHoldLifted(p)]
    }

    /// The erasure decision, worked out by `RetentionRules.erasure`.
    func authoriseErasure(_ p: AuthoriseErasure) throws(Rejection) -> [CaseEvent] {
        [.erasureAuthorised(try RetentionRules.erasure(
            of: state, on: today, basis: p.basis, courtOrder: p.courtOrder, metadata: p.metadata, config, caseName: caseName))]
    }
}
