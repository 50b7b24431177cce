import CaseLedger
import CaseLedgerTestSupport
import Testing

/// A correction carries a whole corrected payload; `decide` must hold it to the rules the
/// schemas state, so that every event the code writes validates. Money is never negative
/// (rule amount-invalid), in a correction as anywhere else.
@Suite("A correction cannot record a negative amount")
struct CorrectionAmountTests {
    /// The standard adult case, delivered: every money-bearing event type recorded once.
    static let delivered = TestCase.adult(upTo: .delivered)

    /// `typeName`'s last event on the delivered case, its payload changed by `change`, decided as
    /// a correction of it.
    static func correct(_ typeName: String, _ change: (inout JSONObject) -> Void) throws -> Outcome {
        let c = delivered
        let original = c.lastEvent(of: typeName)
        guard case .object(var members) = original.payload else { throw CatalogueError(message: "not an object") }
        change(&members)
        let corrected = try CaseEvent.decode(type: typeName, schema: 1, payload: .object(members))
        return c.when(Make.correct(c.lastId(of: typeName), with: corrected, date: "2026-05-05"), by: Make.correctionActor(for: corrected))
    }

    static func expectAmountInvalid(_ outcome: Outcome, sourceLocation: SourceLocation = #_sourceLocation) {
        guard case .rejected(let r) = outcome else {
            let written = outcome.events.map { e in
                (try? Catalogue.schema(e.typeName).validate(e.payload).map(\.message)) ?? []
            }
            Issue.record("accepted; the schema finds: \(written)", sourceLocation: sourceLocation)
            return
        }
        #expect(r.rule == .amountInvalid, "\(r.rule.code): \(r.message)", sourceLocation: sourceLocation)
    }

    @Test("a personal budget whose negative parts still add up")
    func negativePersonalBudget() throws {
        Self.expectAmountInvalid(try Self.correct("personalBudgetSet") {
            $0["weeklyTotal"] = -1000
            $0["weeklyCustomerContribution"] = -2310
            $0["weeklyCouncilContribution"] = 1310
        })
    }

    @Test("a financial assessment with negative capital")
    func negativeCapital() throws {
        Self.expectAmountInvalid(try Self.correct("financialAssessmentCompleted") { $0["capital"] = -100 })
    }

    @Test("an indicative budget below nothing")
    func negativeIndicativeBudget() throws {
        Self.expectAmountInvalid(try Self.correct("indicativeBudgetCalculated") { $0["weeklyAmount"] = -5 })
    }

    @Test("a plan line with a negative weekly cost")
    func negativePlanLine() throws {
        let outcome = try Self.correct("supportPlanDrafted") { members in
            guard case .array(var lines) = members["lines"], case .object(var line) = lines[0] else { return }
            line["weeklyCost"] = -1
            lines[0] = .object(line)
            members["lines"] = .array(lines)
        }
        guard case .rejected(let r) = outcome else {
            Issue.record("a negative plan line was accepted in a correction")
            return
        }
        #expect(r.rule == .planLinesInvalid, "\(r.rule.code): \(r.message)")
    }

    @Test("a sign-off with a negative annual cost")
    func negativeSignOff() throws {
        Self.expectAmountInvalid(try Self.correct("planSignedOff") { $0["annualCost"] = -1 })
    }

    @Test("a delivery arrangement with a negative payment")
    func negativeDelivery() throws {
        Self.expectAmountInvalid(try Self.correct("deliveryArranged") { members in
            guard case .array(var list) = members["arrangements"], case .object(var a) = list[0] else { return }
            a["paymentAmount"] = -80000
            list[0] = .object(a)
            members["arrangements"] = .array(list)
        })
    }

    @Test("a correction with sound amounts is still accepted, and validates")
    func soundCorrection() throws {
        let outcome = try Self.correct("personalBudgetSet") { $0["weeklyCouncilContribution"] = 21690 }
        guard case .accepted(let events) = outcome else {
            Issue.record("rejected: \(outcome)")
            return
        }
        for e in events {
            #expect(try Catalogue.schema(e.typeName).validate(e.payload).isEmpty)
        }
    }
}
