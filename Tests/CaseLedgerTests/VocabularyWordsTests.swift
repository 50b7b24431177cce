import CaseLedger
import Testing

@Suite("Vocabulary words")
struct VocabularyWordsTests {
    @Test("every vocabulary word reads back as its case")
    func vocabularyWordsRead() {
        for kind in NoteKind.allCases { #expect(NoteKind.words.value(named: kind.rawValue) == kind) }
        for role in ParticipantRole.allCases { #expect(ParticipantRole.words.value(named: role.rawValue) == role) }
    }

    @Test("given none, one, two or three items, when listed in words, then they read as a sentence lists them")
    func spokenList() {
        #expect([String]().spokenList == "")
        #expect(["a"].spokenList == "a")
        #expect(["a", "b"].spokenList == "a and b")
        #expect(["a", "b", "c"].spokenList == "a, b and c")
    }
}
