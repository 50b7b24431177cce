import CaseLedger
import CaseLedgerTestSupport
import Testing

// issue 15: direct payments and capacity
extension CaseRuleTable {
    /// Capacity assessed for where to live: lacks capacity (CAP-1, 8 April).
    static let capacityAssessed = opened.then(Make.capacity())
    /// CAP-1 found that the person lacks capacity to request a direct payment (20 April).
    static let lacksDirectPaymentCapacity = signedOff.then(Make.capacity(matter: "whether to receive a direct payment", directPayment: true, date: "2026-04-20"))
    /// CAP-1 found that the person has capacity to request a direct payment (20 April).
    static let hasDirectPaymentCapacity = signedOff.then(Make.capacity(
        matter: "whether to receive a direct payment", directPayment: true, retain: true, weigh: true, date: "2026-04-20"))

    /// CAP-1 with no assessor named.
    static var incompleteCapacity: CaseCommand {
        guard case .assessCapacity(var p) = Make.capacity() else { return Make.capacity() }
        p.assessedBy = " "
        return .assessCapacity(p)
    }

    /// DPA-1 with no monitoring stated.
    static var incompleteAgreement: CaseCommand {
        guard case .agreeDirectPayment(var p) = Make.agreement() else { return Make.agreement() }
        p.monitoring = ""
        return .agreeDirectPayment(p)
    }

    /// The rules of capacity assessments, reg 3, direct payment agreements and terminations.
    static let directPayments: [RuleCase] = [
        RuleCase(rule: .capacityFindingContradictsTest, given: opened,
            breaking: Make.capacity(retain: true, weigh: true, lacksCapacity: true),
            passing: Make.capacity(),
            message: "finds the person lacks capacity, but the person was found able"),
        RuleCase(rule: .capacityAssessmentUnknown, given: opened,
            breaking: Make.bestInterests(capacityAssessmentId: "CAP-9"),
            passingGiven: capacityAssessed,
            passing: Make.bestInterests(capacityAssessmentId: "CAP-1"),
            message: "relies on capacity assessment CAP-9, which is not recorded for Joe"),
        RuleCase(rule: .bestInterestsCapacityNotLacking,
            given: opened.then(Make.capacity(retain: true, weigh: true)),
            breaking: Make.bestInterests(capacityAssessmentId: "CAP-1"),
            passingGiven: capacityAssessed,
            passing: Make.bestInterests(capacityAssessmentId: "CAP-1"),
            message: "it found that Joe Bloggs has capacity to make this decision"),
        RuleCase(rule: .directPaymentCloseFamilyInHousehold, given: signedOff,
            breaking: Make.deliver("P-1", [Make.payeeArrangement()]),
            passingGiven: signedOff.then(Make.necessity()),
            passing: Make.deliver("P-1", [Make.payeeArrangement()]),
            message: "cannot pay Ann Hill, their son or daughter living in the same household, from 4 May 2026"),
        RuleCase(rule: .directPaymentPayeeUnstated, given: signedOff,
            breaking: Make.deliver("P-1", [Make.payeeArrangement(inHousehold: nil)]),
            passing: Make.deliver("P-1", [Make.payeeArrangement(inHousehold: false)]),
            message: "whether they live in the same household (payeeLivesInHousehold)"),
        RuleCase(rule: .directPaymentNecessityUnstated, given: signedOff,
            breaking: Make.necessity(needs: false, administration: false),
            passing: Make.necessity(needs: false, administration: true)),
        RuleCase(rule: .authorisedPersonNeedsIncapacity, given: hasDirectPaymentCapacity,
            breaking: Make.agreement(recipient: .authorisedPerson, name: "Ann Hill", capacityAssessmentId: "CAP-1"),
            passingGiven: lacksDirectPaymentCapacity,
            passing: Make.agreement(recipient: .authorisedPerson, name: "Ann Hill", capacityAssessmentId: "CAP-1"),
            message: "found that Joe Bloggs has capacity to request a direct payment"),
        RuleCase(rule: .directPaymentRecipientNeedsCapacity, given: lacksDirectPaymentCapacity,
            breaking: Make.agreement(recipient: .nominatedPerson, name: "Ann Hill"),
            passingGiven: hasDirectPaymentCapacity,
            passing: Make.agreement(recipient: .nominatedPerson, name: "Ann Hill"),
            message: "found that Joe Bloggs lacks capacity to request a direct payment"),
        RuleCase(rule: .capacityAssessmentIncomplete, given: opened,
            breaking: incompleteCapacity,
            passing: Make.capacity(),
            message: "must name who assessed (assessedBy) and the decision it is about (matter)"),
        RuleCase(rule: .directPaymentAgreementIncomplete, given: signedOff,
            breaking: incompleteAgreement,
            passing: Make.agreement(),
            message: "how its use is monitored (monitoring)"),
        RuleCase(rule: .directPaymentNotInForce, given: signedOff,
            breaking: Make.terminateDirectPayment(),
            passingGiven: delivered,
            passing: Make.terminateDirectPayment(),
            message: "no direct payment for Joe Bloggs is in force on 15 August 2026"),
    ]
}
