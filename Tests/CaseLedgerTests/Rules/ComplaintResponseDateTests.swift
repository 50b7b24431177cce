import CaseLedger
import CaseLedgerTestSupport
import Testing

// issue 15: charging (deadlines) — the complaint response date under reg 14: six months
// beginning on the day the complaint was received, so the day of receipt is the first day of
// the six months and the last day is the day before the date six months on.

@Suite("Complaints: the response is due by the last day of the six months beginning on the day of receipt")
struct ComplaintResponseDateTests {
    @Test("given a complaint received on 2 April 2026, when it is recorded, then its response is due by 1 October 2026 (not 2 October); answered on 1 October it is in time, on 2 October late")
    func receivedSecondOfApril() {
        // On the old code the response was due on 2 October: six months counted after the day of
        // receipt, so the period ran one day past the six months the regulation gives.
        var c = TestCase.adult(upTo: .delivered)
        guard case .complaintReceived(let r) = c.record(
            Make.complaint(matter: "2026-03-20", date: "2026-04-02"), by: TestStaff.complaintsManager).first
        else {
            Issue.record("not received")
            return
        }
        #expect(r.respondBy == day("2026-10-01"))
        c.record(Make.acknowledge(date: "2026-04-03"), by: TestStaff.complaintsManager)
        for (date, inTime) in [("2026-10-01", true), ("2026-10-02", false)] {
            guard case .complaintResponded(let response) = c.when(
                Make.respond(date: date), by: TestStaff.complaintsManager).events.first
            else {
                Issue.record("not answered")
                return
            }
            #expect(response.withinTimeLimit == inTime, "answered \(date)")
        }
    }

    @Test("the six months from a day with no corresponding day end on the last day of the month before it", arguments: [
        ("2026-08-31", "2027-02-28"), ("2027-08-31", "2028-02-29"), ("2026-06-01", "2026-11-30"), ("2026-01-01", "2026-06-30"),
    ])
    func lastDayOfTheSixMonths(received: String, due: String) {
        let config = TestConfiguration.standard
        #expect(config.complaintResponseDue(receivedOn: day(received), agreed: nil) == day(due))
        // A later date agreed at acknowledgement stands; an earlier one does not shorten the period.
        #expect(config.complaintResponseDue(receivedOn: day(received), agreed: day(due).adding(days: 30)) == day(due).adding(days: 30))
        #expect(config.complaintResponseDue(receivedOn: day(received), agreed: day(received)) == day(due))
    }
}
