import CaseAudit
import Testing

/// Codes in words.
@Suite("Words: codes as words")
struct WordsTests {
    @Test("A camelCase code becomes lower-case words, ASCII or not")
    func uncamel() {
        #expect(Words.uncamel("socialWorker") == "social worker")
        #expect(Words.uncamel("aXB") == "a x b")
        #expect(Words.uncamel("") == "")
        #expect(Words.uncamel("étatCivilÉlu") == "état civil élu")
        #expect(Words.uncamel("ΣύνολοΑ") == " σύνολο α")
    }
}
