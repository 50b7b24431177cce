import CaseLedger

// issue 15: notices
extension Phraser {
    /// A written notice of a decision: what it told of, to whom, in what format, what it said
    /// was decided and why, and the rights it stated.
    func phraseNotice(_ e: NoticeSent, _ g: inout Disclosure) -> EventPhrase {
        let to = "\(g.field("sentTo", e.sentTo)) (\(e.recipient.words))"
        let format = Words.noticeFormat(e.format, language: e.language)
        return EventPhrase(title: "Written notice sent to \(to) as \(format): \(e.subject.words)", what: [
            "Sent to \(to) as \(format) on \(Words.date(e.metadata.effectiveDate)); it tells of \(reference(e.decisionEventId)).",
            "What it said was decided: \(g.field("decisionStated", e.decisionStated)).",
            "Why, as it said: \(g.field("reasonsStated", e.reasonsStated)).",
            Words.rightsStated(e.rightsStated),
        ])
    }
}

extension Words {
    /// A notice's format in words, naming the language of one in another language: "large
    /// print", "a letter in Polish".
    static func noticeFormat(_ f: NoticeFormat, language: String?) -> String {
        if f == .otherLanguage, let language, !language.allSatisfy(\.isWhitespace) { return "a letter in \(language)" }
        return format(f)
    }

    /// The rights a notice stated, in a sentence; nil rights (on a notice recorded before they
    /// were) say so.
    static func rightsStated(_ rights: [NoticeRight]?) -> String {
        guard let rights else { return "Whether it stated the person's rights to challenge and to complain was not recorded." }
        let missing = NoticeRequirement.rightsMissing(rights)
        let stated = NoticeRight.allCases.filter { rights.contains($0) }
        var s = stated.isEmpty ? "It stated none of the person's rights." : "It stated \(list(stated.map(\.words)))."
        if !missing.isEmpty { s += " It did not state \(list(missing.map(\.words)))." }
        return s
    }

}
