import CaseLedger

/// Draws a case's timeline as accessible SVG: the stages as lettered bands, and in lanes below
/// them the decisions, challenges and complaints, and reviews done and due, each mark numbered.
/// The key (what each letter and number is, in words) goes below the drawing as HTML lists, so
/// every mark's meaning can be read on paper and on a touch screen, scales with the page and
/// with large print, and is the drawing's text alternative. Two drawings are made: a wide one,
/// time running across, and a narrow one for phones, time running down, so the drawing's text is
/// never shrunk to a few pixels; the style sheet shows one of them. Shapes differ as well as
/// colours.
public enum SVGTimeline {
    /// One line of the key.
    public struct KeyItem: Hashable, Sendable {
        /// The mark's number (stages: 1 for A, 2 for B, …).
        public var number: Int
        /// What kind of mark, in words.
        public var kind: String
        /// What it is.
        public var text: String
    }

    /// The drawings and their key.
    public struct Drawing: Hashable, Sendable {
        /// The wide and the narrow SVG elements.
        public var svg: String
        /// The stages, lettered A, B, C… in the drawing.
        public var stages: [KeyItem]
        /// The marks, numbered 1, 2, 3… in the drawing.
        public var marks: [KeyItem]
    }

    /// The drawings and their key, or nil when there is nothing to draw.
    public static func render(_ data: TimelineData, caseId: String, largePrint: Bool = false) -> Drawing? {
        guard let start = data.start, var end = data.end else { return nil }
        if end.days(until: start) > -14 { end = start.adding(days: 14) }
        let plan = Plan(data: data, start: start, end: end)
        let stages = data.bands.enumerated().map { i, band in KeyItem(number: i + 1, kind: "Stage \(letter(i))", text: words(band)) }
        let marks = plan.marks.map { KeyItem(number: $0.number, kind: words($0.mark.kind), text: $0.mark.label) }
        let svg = [wide(plan, caseId: caseId, largePrint: largePrint), narrow(plan, caseId: caseId)].joined(separator: "\n")
        return Drawing(svg: svg, stages: stages, marks: marks)
    }

    /// A stage's letter: A…Z, then AA, AB….
    static func letter(_ i: Int) -> String {
        let a = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return i < 26 ? String(a[i]) : String(a[i / 26 - 1]) + String(a[i % 26])
    }

    /// A stage in words: "assessment, from 8 April 2026 until 9 April 2026".
    static func words(_ band: TimelineData.Band) -> String {
        "\(band.stage), from \(Words.date(band.from))" + (band.until.map { " until \(Words.date($0))" } ?? "")
    }

    /// A stage's band, with its letter and words as a tooltip.
    static func stageBand(_ i: Int, _ band: TimelineData.Band, x: Double, y: Double, width: Double, height: Double) -> String {
        "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(width))\" height=\"\(n(height))\" fill=\"\(palette[i % palette.count])\" "
            + "stroke=\"#0b0c0c\" stroke-width=\"0.5\"><title>Stage \(letter(i)): \(HTMLEscaping.escape(words(band)))</title></rect>"
    }

    /// A kind of mark in words.
    static func words(_ kind: TimelineData.MarkKind) -> String {
        switch kind {
        case .decision: "Decision"
        case .correction: "Correction"
        case .challenge: "Challenge or complaint"
        case .reviewDone: "Review done"
        case .reviewDue: "Review due"
        }
    }

    /// What both drawings share: the span, the numbered marks and the lanes.
    struct Plan {
        struct Numbered { var number: Int; var mark: TimelineData.Mark; var lane: Int }
        let data: TimelineData
        let start: CalendarDate
        let end: CalendarDate
        let marks: [Numbered]
        static let lanes = ["Decisions", "Challenges, complaints", "Reviews"]

        init(data: TimelineData, start: CalendarDate, end: CalendarDate) {
            self.data = data
            self.start = start
            self.end = end
            marks = data.marks.enumerated().map { i, m in
                let lane = switch m.kind {
                case .decision, .correction: 0
                case .challenge: 1
                case .reviewDone, .reviewDue: 2
                }
                return Numbered(number: i + 1, mark: m, lane: lane)
            }
        }

        /// How far through the span `d` is, 0…1.
        func fraction(_ d: CalendarDate) -> Double { Double(start.days(until: d)) / Double(start.days(until: end)) }

        /// A sentence for the drawing's description.
        var description: String {
            let count = { (k: TimelineData.MarkKind) in data.marks.filter { $0.kind == k }.count }
            let due = data.marks.first { $0.kind == .reviewDue }
            return "Stages: \(data.bands.map { "\($0.stage) from \(Words.date($0.from))" }.joined(separator: "; ")). "
                + "\(Words.count(count(.decision), "decision")), \(Words.count(count(.correction), "correction")), "
                + "\(Words.count(count(.challenge), "challenge or complaint event")), \(Words.count(count(.reviewDone), "review")) done"
                + (due.map { "; \($0.label)" } ?? "") + ". The key below the drawing lists every letter and number in words."
        }
    }

    /// Places items along a line without overlap: each goes in the first row whose last item
    /// ends before it starts; returns the row of each item and the number of rows.
    static func pack(_ positions: [(at: Double, size: Double)]) -> (rows: [Int], count: Int) {
        var ends: [Double] = []
        var rows: [Int] = []
        for p in positions {
            if let r = ends.firstIndex(where: { $0 <= p.at }) {
                ends[r] = p.at + p.size
                rows.append(r)
            } else {
                ends.append(p.at + p.size)
                rows.append(ends.count - 1)
            }
        }
        return (rows, ends.count)
    }

    /// A number with at most one decimal place.
    static func n(_ v: Double) -> String { String(Int((v * 10).rounded())).inserting(decimalAt: 1) }

    /// A mark's shape centred on (cx, cy), `r` its half-size, with its label as a tooltip.
    static func shape(_ kind: TimelineData.MarkKind, _ cx: Double, _ cy: Double, _ r: Double, tip: String?) -> String {
        let t = tip.map { "<title>\(HTMLEscaping.escape($0))</title>" } ?? ""
        switch kind {
        case .decision:
            return "<circle cx=\"\(n(cx))\" cy=\"\(n(cy))\" r=\"\(n(r))\" class=\"decision\">\(t)</circle>"
        case .correction:
            return "<rect x=\"\(n(cx - r))\" y=\"\(n(cy - r))\" width=\"\(n(2 * r))\" height=\"\(n(2 * r))\" class=\"correction\">\(t)</rect>"
        case .challenge:
            return "<polygon points=\"\(n(cx)),\(n(cy - r * 1.15)) \(n(cx + r * 1.15)),\(n(cy + r)) \(n(cx - r * 1.15)),\(n(cy + r))\" class=\"challenge\">\(t)</polygon>"
        case .reviewDone, .reviewDue:
            let cls = kind == .reviewDone ? "review-done" : "review-due"
            let q = r * 1.3
            return "<polygon points=\"\(n(cx)),\(n(cy - q)) \(n(cx + q)),\(n(cy)) \(n(cx)),\(n(cy + q)) \(n(cx - q)),\(n(cy))\" class=\"\(cls)\">\(t)</polygon>"
        }
    }

    static let palette = ["#dbeafe", "#fef3c7", "#dcfce7", "#ede9fe", "#fee2e2", "#e5e7eb"]

    /// The opening of an SVG element.
    static func open(_ id: String, _ cls: String, width: Double, height: Double, caseId: String, plan: Plan, note: String) -> [String] {
        let e = HTMLEscaping.escape
        return [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline \(cls)\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" "
                + "viewBox=\"0 0 \(n(width)) \(n(height))\" width=\"100%\" style=\"max-width: \(n(width / 16))em\">",
            "<title id=\"\(id)-title\">Timeline of case \(e(caseId))\(note)</title>",
            "<desc id=\"\(id)-desc\">\(e(plan.description))</desc>",
        ]
    }

    /// Time running across; for screens wider than 40em and for print. Large print draws in a
    /// smaller space, so the same page width shows its text larger.
    static func wide(_ plan: Plan, caseId: String, largePrint: Bool) -> String {
        let e = HTMLEscaping.escape
        let w = largePrint ? 600.0 : 960.0, t = 18.0
        let left = t * 8.5, right = w - t * 1.5
        func x(_ d: CalendarDate) -> Double { left + plan.fraction(d) * (right - left) }
        var body: [String] = []
        var y = t * 0.5
        // The stages: bands, each lettered above it (letters pushed along where bands are short).
        let letterRow = y + t
        body.append("<text x=\"4\" y=\"\(n(letterRow + t * 1.6))\" class=\"lane\" font-size=\"\(n(t))\">Stage</text>")
        var lastLetterEnd = -Double.infinity
        for (i, band) in plan.data.bands.enumerated() {
            let x0 = x(band.from)
            body.append(stageBand(i, band, x: x0, y: letterRow + t * 0.4, width: max(x(band.until ?? plan.end) - x0, 2), height: t * 1.8))
        }
        for (i, band) in plan.data.bands.enumerated() {
            let x0 = x(band.from), bw = max(x(band.until ?? plan.end) - x0, 2)
            let lx = min(max(x0 + bw / 2, lastLetterEnd + t * 0.5), w - t)
            lastLetterEnd = lx + t * 0.7 * Double(letter(i).count)
            body.append("<text x=\"\(n(lx))\" y=\"\(n(letterRow + t * 1.75))\" text-anchor=\"middle\" class=\"number\" font-size=\"\(n(t))\">\(letter(i))</text>")
        }
        y = letterRow + t * 3
        // The lanes: numbered marks, packed into rows so no two overlap.
        let row = t * 1.5, r = t * 0.35
        for (li, lane) in Plan.lanes.enumerated() {
            let items = plan.marks.filter { $0.lane == li }
            let widths = items.map { r * 2.6 + t * 0.62 * Double(String($0.number).count) + t * 0.4 }
            // A mark near the right edge has its number on its left, so it takes room there.
            let packed = pack(zip(items, widths).map { (min(x($0.0.mark.date) - r * 1.3, w - $0.1), $0.1) })
            let rows = max(1, packed.count)
            body.append("<line x1=\"0\" y1=\"\(n(y))\" x2=\"\(n(w))\" y2=\"\(n(y))\" class=\"rule\"/>")
            let words = lane == "Challenges, complaints" ? ["Challenges,", "complaints"] : [lane]
            for (k, word) in words.enumerated() {
                body.append("<text x=\"4\" y=\"\(n(y + row * 0.75 + Double(k) * t * 1.1))\" class=\"lane\" font-size=\"\(n(t))\">\(word)</text>")
            }
            for (item, rowIndex) in zip(items, packed.rows) {
                let cx = x(item.mark.date), cy = y + row * (Double(rowIndex) + 0.5) + t * 0.2
                body.append(shape(item.mark.kind, cx, cy, r, tip: item.mark.label))
                body.append(number(item.number, cx: cx, cy: cy, r: r, t: t, limit: w))
            }
            y += max(Double(rows) * row, Double(words.count) * t * 1.1 + t * 0.3) + t * 0.4
        }
        // The axis with a month label wherever there is room for one.
        body.append("<line x1=\"\(n(left))\" y1=\"\(n(y))\" x2=\"\(n(right))\" y2=\"\(n(y))\" class=\"axis\"/>")
        for tick in ticks(plan.start, plan.end, most: max(2, Int((right - left) / (t * 4.5)))) {
            body.append("<line x1=\"\(n(x(tick)))\" y1=\"\(n(y - t * 0.3))\" x2=\"\(n(x(tick)))\" y2=\"\(n(y + t * 0.3))\" class=\"axis\"/>")
            body.append("<text x=\"\(n(x(tick)))\" y=\"\(n(y + t * 1.4))\" text-anchor=\"middle\" class=\"tick\" font-size=\"\(n(t * 0.9))\">\(e(Words.shortMonth(tick)))</text>")
        }
        y += t * 2.6
        y = legend(&body, y: y, width: w, t: t)
        return (open("timeline", "wide", width: w, height: y, caseId: caseId, plan: plan, note: "") + body + ["</svg>"]).joined(separator: "\n")
    }

    /// Time running down, for phones: narrow enough that its text is not shrunk (about 13 px on
    /// a 320 px screen). Large print is the same here: a phone has no width to spare for larger
    /// text in four columns; the key below it is in large print.
    static func narrow(_ plan: Plan, caseId: String) -> String {
        let e = HTMLEscaping.escape
        let w = 330.0, t = 14.0
        let tickW = t * 4.4, stageW = t * 2.6
        let laneLeft = tickW + stageW
        // Each lane is wide enough for its heading; the width left over goes to the lanes by
        // how many marks they hold.
        let counts = Plan.lanes.indices.map { li in Double(plan.marks.filter { $0.lane == li }.count) }
        let least = t * 0.85 * 0.6 * 10 + 6, spare = max(0, w - laneLeft - least * Double(counts.count))
        let laneW = counts.map { least + (counts.reduce(0, +) > 0 ? spare * $0 / counts.reduce(0, +) : spare / Double(counts.count)) }
        let laneX = laneW.indices.map { i in laneLeft + laneW[..<i].reduce(0, +) }
        let top = t * 3.2, r = t * 0.35, itemH = t * 1.35
        let itemW = r * 2.6 + t * 0.62 * Double(String(plan.marks.count).count) + t * 0.3
        let columns = laneW.map { max(1, Int($0 / itemW)) }
        // About two lines of text a month; marks that do not fit side by side at their date
        // move down to the first free place in their lane, keeping their order.
        let months = Double(plan.start.days(until: plan.end)) / 30.4
        let height = max(t * 20, months * t * 2.2)
        func y(_ d: CalendarDate) -> Double { top + plan.fraction(d) * height }
        var placed: [(item: Plan.Numbered, column: Int, y: Double)] = []
        var bottom = top + height
        for li in Plan.lanes.indices {
            var ends = Array(repeating: -Double.infinity, count: columns[li])
            for item in plan.marks where item.lane == li {
                let want = y(item.mark.date)
                let column = ends.indices.first { ends[$0] <= want } ?? ends.indices.min { ends[$0] < ends[$1] }!
                let at = max(want, ends[column])
                ends[column] = at + itemH
                placed.append((item, column, at))
                bottom = max(bottom, at + itemH)
            }
        }
        var body: [String] = []
        let heads = ["Stage"] + ["Decisions", "Challenges", "Reviews"]
        let headX = [tickW] + laneX
        for (i, head) in heads.enumerated() {
            body.append("<text x=\"\(n(headX[i] + 2))\" y=\"\(n(t * 1.4))\" class=\"lane\" font-size=\"\(n(t * 0.85))\">\(head)</text>")
            if i > 0 {
                body.append("<line x1=\"\(n(headX[i]))\" y1=\"\(n(t * 2))\" x2=\"\(n(headX[i]))\" y2=\"\(n(bottom + t))\" class=\"rule\"/>")
            }
        }
        if let complaints = heads.firstIndex(of: "Challenges") {
            body.append("<text x=\"\(n(headX[complaints] + 2))\" y=\"\(n(t * 2.5))\" class=\"lane\" font-size=\"\(n(t * 0.85))\">complaints</text>")
        }
        var lastLetterEnd = -Double.infinity
        for (i, band) in plan.data.bands.enumerated() {
            let y0 = y(band.from)
            body.append(stageBand(i, band, x: tickW, y: y0, width: t * 1.1, height: max(y(band.until ?? plan.end) - y0, 2)))
        }
        for (i, band) in plan.data.bands.enumerated() {
            let y0 = y(band.from), bh = max(y(band.until ?? plan.end) - y0, 2)
            let ly = max(y0 + bh / 2 + t * 0.35, lastLetterEnd + t)
            lastLetterEnd = ly
            body.append("<text x=\"\(n(tickW + t * 1.4))\" y=\"\(n(ly))\" class=\"number\" font-size=\"\(n(t))\">\(letter(i))</text>")
        }
        for (item, column, cy) in placed {
            let cx = laneX[item.lane] + r * 1.6 + Double(column) * itemW
            body.append(shape(item.mark.kind, cx, cy, r, tip: item.mark.label))
            body.append(number(item.number, cx: cx, cy: cy, r: r, t: t, limit: w))
        }
        body.append("<line x1=\"\(n(tickW - 2))\" y1=\"\(n(top))\" x2=\"\(n(tickW - 2))\" y2=\"\(n(top + height))\" class=\"axis\"/>")
        for tick in ticks(plan.start, plan.end, most: max(2, Int(height / (t * 2.5)))) {
            body.append("<line x1=\"\(n(tickW - 6))\" y1=\"\(n(y(tick)))\" x2=\"\(n(tickW - 2))\" y2=\"\(n(y(tick)))\" class=\"axis\"/>")
            body.append("<text x=\"2\" y=\"\(n(y(tick) + t * 0.3))\" class=\"tick\" font-size=\"\(n(t * 0.8))\">\(e(Words.shortMonth(tick)))</text>")
        }
        var end = bottom + t * 2
        end = legend(&body, y: end, width: w, t: t)
        return (open("timeline-narrow", "narrow", width: w, height: end, caseId: caseId, plan: plan, note: " (time running down)") + body + ["</svg>"])
            .joined(separator: "\n")
    }

    /// A mark's number: to its right, or to its left where the drawing ends.
    static func number(_ number: Int, cx: Double, cy: Double, r: Double, t: Double, limit: Double) -> String {
        let width = t * 0.62 * Double(String(number).count)
        let right = cx + r * 1.5 + width <= limit - 1
        let x = right ? cx + r * 1.5 : cx - r * 1.5
        return "<text x=\"\(n(x))\" y=\"\(n(cy + t * 0.35))\"\(right ? "" : " text-anchor=\"end\"") class=\"number\" font-size=\"\(n(t * 0.9))\">\(number)</text>"
    }

    /// The shapes' meanings, flowing onto as many lines as the width needs; returns the height used.
    static func legend(_ body: inout [String], y: Double, width: Double, t: Double) -> Double {
        let r = t * 0.35
        var x = 4.0, line = y + t * 0.2
        for kind in TimelineData.MarkKind.allCases {
            let label = words(kind).lowercased()
            let itemW = r * 3 + t * 0.55 * Double(label.count) + t
            if x + itemW > width && x > 4 {
                x = 4
                line += t * 1.5
            }
            body.append(shape(kind, x + r * 1.3, line, r, tip: nil))
            body.append("<text x=\"\(n(x + r * 3))\" y=\"\(n(line + t * 0.35))\" class=\"legend\" font-size=\"\(n(t * 0.9))\">\(label)</text>")
            x += itemW
        }
        return line + t * 1.2
    }

    /// The first day of each month between `start` and `end`, thinned to at most `most` ticks.
    static func ticks(_ start: CalendarDate, _ end: CalendarDate, most: Int = 12) -> [CalendarDate] {
        var months: [CalendarDate] = []
        var d = CalendarDate(year: start.year, month: start.month, day: 1)!
        if d < start { d = d.adding(months: 1) }
        while d <= end {
            months.append(d)
            d = d.adding(months: 1)
        }
        let step = max(1, (months.count + most - 1) / most)
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
