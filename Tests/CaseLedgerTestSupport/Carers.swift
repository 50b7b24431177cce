import CaseLedger
import Testing

// issue 15: carers
extension Make {
    /// A carer link on the case it is recorded on, naming `other` of kind `otherKind`.
    public static func link(
        to other: String, otherKind: CaseKind, relationship: String = "mother", date: String = "2026-04-10",
        carerShares: [String] = [], caredForShares: [String] = []
    ) -> CarerLinked {
        CarerLinked(
            metadata: meta(.socialWorker, date, reasons: ["Mrs E cares for her daughter; both agreed the cases be linked"]),
            linkedCaseId: other, linkedCaseKind: otherKind, relationship: relationship,
            carerConsentsToShare: carerShares, caredForConsentsToShare: caredForShares)
    }

    /// An offer of a carer's assessment to `carer`, with `response`.
    public static func offer(
        _ id: String = "OF-1", to carer: String = "the carer", response: CarersAssessmentResponse = .accepted,
        words: String? = nil, asked: Bool = false, date: String = "2026-04-09"
    ) -> CaseCommand {
        .offerCarersAssessment(CarersAssessmentOffered(
            metadata: meta(.socialWorker, date), offerId: id, carerName: carer, askedByCarer: asked,
            response: response, carersWords: words))
    }

    /// A week's progress of reablement `id`, effective on `date`.
    public static func progress(
        _ id: String = "R-1", week: Int? = nil, date: String, progress: String = "washed with a perching stool",
        words: String = "I managed my top half on my own", next: String = "try the shower with a rail"
    ) -> CaseCommand {
        .recordReablementProgress(RecordReablementProgress(
            metadata: meta(.socialWorker, date), reablementId: id, week: week, goals: ["wash and dress independently"],
            progress: progress, personsWords: words, nextSteps: next))
    }
}

extension TestCase {
    /// Links `self` (the carer's case) and `caredFor` as the service does: each decided with what
    /// it is told of the other, the link recorded on both.
    public mutating func link(caredFor: inout TestCase, _ link: CarerLinked, sourceLocation: SourceLocation = #_sourceLocation) {
        linkedCases = [caredFor.stream: LinkedCaseFacts(caseId: caredFor.stream, state: caredFor.state)]
        caredFor.linkedCases = [stream: LinkedCaseFacts(caseId: stream, state: state)]
        record(.linkCarer(link), sourceLocation: sourceLocation)
        caredFor.record(.linkCarer(link.mirror(caseId: stream, kind: state.kind ?? .carer)), sourceLocation: sourceLocation)
    }
}
