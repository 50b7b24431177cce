/// One step of an explanation: an event that contributed (with its reference), or a step of
/// reasoning or arithmetic.
public struct ExplanationStep: Hashable, Sendable {
    /// 1, 2, 3…
    public var number: Int
    /// The seq of the event behind the step; nil for reasoning.
    public var seq: Int64?
    /// The event's effective date; nil for reasoning.
    public var effectiveDate: CalendarDateText?
    /// The step in one sentence.
    public var text: String
    /// Supporting lines: figures, reasons, who decided.
    public var details: [String]

    /// A step.
    public init(number: Int, seq: Int64?, effectiveDate: CalendarDateText?, text: String, details: [String]) {
        self.number = number
        self.seq = seq
        self.effectiveDate = effectiveDate
        self.text = text
        self.details = details
    }
}
