import CaseLedger
import Testing
import CaseLedgerTestSupport

// issue 17: retention
extension CaseRuleTable {
    /// An initial contact (Mr G) closed on 1 April 2026 with information and advice only: its
    /// records fall due on 1 April 2028 (2 years after the last contact).
    static let closedContact: TestCase = {
        var c = TestCase()
        c.stream = "C-3003"
        c.record(Make.referral(name: "Mr G"))
        c.record(Make.close(.informationAndAdviceOnly, date: "2026-04-01"))
        return c
    }()
    /// …held for the UK COVID-19 Inquiry.
    static let heldContact = closedContact.then(Make.hold(), by: TestStaff.teamManager)
    /// …erased on 3 April 2028.
    static let erasedContact = closedContact.then(Make.erase(), by: TestStaff.teamManager)

    /// The rules of retention, legal holds and erasure, breaking and passing.
    static var retention: [RuleCase] {
        [
            RuleCase(rule: .erasureNotDue, given: closedContact, breaking: Make.erase(date: "2028-03-31"), breakingActor: TestStaff.teamManager,
                passing: Make.erase(date: "2028-04-01"), passingActor: TestStaff.teamManager, message: "not due for erasure until 1 April 2028"),
            RuleCase(rule: .erasureUnderHold, given: heldContact, breaking: Make.erase(), breakingActor: TestStaff.teamManager,
                passingGiven: heldContact.then(Make.liftHold(), by: TestStaff.teamManager), passing: Make.erase(),
                passingActor: TestStaff.teamManager, message: "UK COVID-19 Inquiry"),
            RuleCase(rule: .erasureBasisIncomplete, given: closedContact, breaking: Make.erase(.courtOrder, date: "2026-05-01"),
                breakingActor: TestStaff.teamManager,
                passing: Make.erase(.courtOrder, courtOrder: "Order of HHJ Smith, Manchester County Court, 1 May 2026", date: "2026-05-01"),
                passingActor: TestStaff.teamManager, message: "cite it"),
            RuleCase(rule: .caseErased, given: erasedContact, breaking: Make.reopen(date: "2028-04-04"),
                passingGiven: closedContact, passing: Make.reopen(date: "2028-04-04"), message: "a new contact from the person opens a new case"),
            RuleCase(rule: .legalHoldInvalid, given: heldContact, breaking: Make.hold(), breakingActor: TestStaff.teamManager,
                passing: Make.hold("LH-2", .litigation, matter: "a claim by the family"), passingActor: TestStaff.teamManager,
                message: "already has a legal hold LH-1"),
        ]
    }
}
