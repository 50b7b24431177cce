/// The accessible format a written notice was sent in.
public enum NoticeFormat: String, PayloadEnum {
    case standardPrint
    case largePrint
    case easyRead
    case braille
    case audio
    case email
}
