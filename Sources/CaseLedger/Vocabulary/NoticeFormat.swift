/// The accessible format a written notice was sent in.
public enum NoticeFormat: String, PayloadEnum {
    /// The words, prepared once for reading from a tape.
    public static let words = JSONWords<NoticeFormat>()

    /// A standard printed letter.
    case standardPrint
    /// Large print.
    case largePrint
    /// Easy read.
    case easyRead
    /// Braille.
    case braille
    /// Audio.
    case audio
    /// Email.
    case email
    // issue 15: notices
    /// In a language other than English (the notice names the language).
    case otherLanguage
    /// Given through the person's advocate, who went through it with them.
    case viaAdvocate

}
