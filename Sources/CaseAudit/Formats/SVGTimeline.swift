import CaseLedger

/// Draws a case's timeline as an accessible SVG: the stages as labelled bands, and in lanes
/// below them the decisions, challenges and complaints, and reviews done and due, each mark
/// with a tooltip. Shapes differ as well as colours, and a legend explains them.
public enum SVGTimeline {
    static let width = 960.0, left = 190.0, right = 940.0

    /// The SVG element (with the SVG namespace), or nil when there is nothing to draw.
    public static func render(_ data: TimelineData, caseId: String) -> String? {
        guard let start = data.start, var end = data.end else { return nil }
        if end.days(until: start) > -14 { end = start.adding(days: 14) }
        let span = Double(start.days(until: end))
        func x(_ d: CalendarDate) -> Double { left + Double(start.days(until: d)) / span * (right - left) }
        func n(_ v: Double) -> String { String(Int((v * 10).rounded())) .inserting(decimalAt: 1) }
        let e = HTMLEscaping.escape
        var s: [String] = []
        let lanes: [(String, Double)] = [("Stage", 40), ("Decisions", 100), ("Challenges, complaints", 140), ("Reviews", 180)]
        let height = 270.0
        let stages = data.bands.map { "\($0.stage) from \(Words.date($0.from))" }.joined(separator: "; ")
        let count = { (k: TimelineData.MarkKind) in data.marks.filter { $0.kind == k }.count }
        let due = data.marks.first { $0.kind == .reviewDue }
        let desc = "Stages: \(stages). \(Words.count(count(.decision), "decision")), \(Words.count(count(.correction), "correction")), "
            + "\(Words.count(count(.challenge), "challenge or complaint event")), \(Words.count(count(.reviewDone), "review")) done"
            + (due.map { "; \($0.label)" } ?? "") + ". The list of decisions gives the same information in words."
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" role=\"img\" aria-labelledby=\"timeline-title timeline-desc\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"100%\">")
        s.append("<title id=\"timeline-title\">Timeline of case \(e(caseId))</title>")
        s.append("<desc id=\"timeline-desc\">\(e(desc))</desc>")
        for (label, y) in lanes {
            s.append("<text x=\"10\" y=\"\(n(y + 4))\" class=\"lane\">\(e(label))</text>")
            s.append("<line x1=\"\(n(left))\" y1=\"\(n(y))\" x2=\"\(n(right))\" y2=\"\(n(y))\" class=\"rule\"/>")
        }
        let palette = ["#dbeafe", "#fef3c7", "#dcfce7", "#ede9fe", "#fee2e2", "#e5e7eb"]
        for (i, band) in data.bands.enumerated() {
            let x0 = x(band.from), x1 = x(band.until ?? end)
            let w = max(x1 - x0, 2)
            let tip = "Stage: \(band.stage), from \(Words.date(band.from))" + (band.until.map { " until \(Words.date($0))" } ?? "")
            s.append("<rect x=\"\(n(x0))\" y=\"25\" width=\"\(n(w))\" height=\"30\" fill=\"\(palette[i % palette.count])\" stroke=\"#0b0c0c\" stroke-width=\"0.5\"><title>\(e(tip))</title></rect>")
            if w > Double(band.stage.count) * 7 + 8 { s.append("<text x=\"\(n(x0 + 4))\" y=\"44\" class=\"band\">\(e(band.stage))</text>") }
        }
        var used: [String: Int] = [:]
        for mark in data.marks {
            let y: Double
            switch mark.kind {
            case .decision, .correction: y = 100
            case .challenge: y = 140
            case .reviewDone, .reviewDue: y = 180
            }
            let slot = "\(mark.date.iso)-\(Int(y))"
            let stack = Double(used[slot, default: 0] % 3) * 7 - 7
            used[slot, default: 0] += 1
            let cx = x(mark.date), cy = y + (used[slot]! > 1 ? stack : 0)
            let tip = "<title>\(e(mark.label))</title>"
            switch mark.kind {
            case .decision:
                s.append("<circle cx=\"\(n(cx))\" cy=\"\(n(cy))\" r=\"5\" class=\"decision\">\(tip)</circle>")
            case .correction:
                s.append("<rect x=\"\(n(cx - 5))\" y=\"\(n(cy - 5))\" width=\"10\" height=\"10\" class=\"correction\">\(tip)</rect>")
            case .challenge:
                s.append("<polygon points=\"\(n(cx)),\(n(cy - 6)) \(n(cx + 6)),\(n(cy + 5)) \(n(cx - 6)),\(n(cy + 5))\" class=\"challenge\">\(tip)</polygon>")
            case .reviewDone, .reviewDue:
                let cls = mark.kind == .reviewDone ? "review-done" : "review-due"
                s.append("<polygon points=\"\(n(cx)),\(n(cy - 7)) \(n(cx + 7)),\(n(cy)) \(n(cx)),\(n(cy + 7)) \(n(cx - 7)),\(n(cy))\" class=\"\(cls)\">\(tip)</polygon>")
                if mark.kind == .reviewDue {
                    s.append("<text x=\"\(n(min(cx, right - 150)))\" y=\"\(n(cy + 22))\" class=\"due\">review due \(e(Words.date(mark.date)))</text>")
                }
            }
        }
        s.append("<line x1=\"\(n(left))\" y1=\"215\" x2=\"\(n(right))\" y2=\"215\" class=\"axis\"/>")
        for tick in ticks(start, end) {
            s.append("<line x1=\"\(n(x(tick)))\" y1=\"211\" x2=\"\(n(x(tick)))\" y2=\"219\" class=\"axis\"/>")
            s.append("<text x=\"\(n(x(tick)))\" y=\"233\" text-anchor=\"middle\" class=\"tick\">\(e(Words.shortMonth(tick)))</text>")
        }
        let legend: [(String, String)] = [
            ("<circle cx=\"196\" cy=\"256\" r=\"5\" class=\"decision\"/>", "decision"),
            ("<rect x=\"301\" y=\"251\" width=\"10\" height=\"10\" class=\"correction\"/>", "correction"),
            ("<polygon points=\"426,250 432,261 420,261\" class=\"challenge\"/>", "challenge or complaint"),
            ("<polygon points=\"606,249 613,256 606,263 599,256\" class=\"review-done\"/>", "review done"),
            ("<polygon points=\"736,249 743,256 736,263 729,256\" class=\"review-due\"/>", "review due"),
        ]
        let lx = [206, 316, 440, 618, 748]
        for (i, (shape, label)) in legend.enumerated() {
            s.append(shape)
            s.append("<text x=\"\(lx[i])\" y=\"260\" class=\"legend\">\(label)</text>")
        }
        s.append("</svg>")
        return s.joined(separator: "\n")
    }

    /// The first day of each month between `start` and `end`, thinned to at most 12 ticks.
    static func ticks(_ start: CalendarDate, _ end: CalendarDate) -> [CalendarDate] {
        var months: [CalendarDate] = []
        var d = CalendarDate(year: start.year, month: start.month, day: 1)!
        if d < start { d = d.adding(months: 1) }
        while d <= end {
            months.append(d)
            d = d.adding(months: 1)
        }
        let step = max(1, (months.count + 11) / 12)
        return months.enumerated().filter { $0.offset % step == 0 }.map(\.element)
    }
}

extension String {
    /// "1234" with a decimal point before the last `decimalAt` digits, trailing ".0" dropped:
    /// "1234" → "123.4", "1230" → "123".
    func inserting(decimalAt places: Int) -> String {
        var digits = self
        let negative = digits.hasPrefix("-")
        if negative { digits.removeFirst() }
        while digits.count <= places { digits = "0" + digits }
        let whole = digits.dropLast(places), fraction = digits.suffix(places)
        let text = fraction.allSatisfy { $0 == "0" } ? String(whole) : "\(whole).\(fraction)"
        return (negative ? "-" : "") + text
    }
}
