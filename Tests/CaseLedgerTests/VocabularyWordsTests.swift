import CaseLedger
import Testing

@Suite("Vocabulary words")
struct VocabularyWordsTests {
    @Test("every vocabulary word reads back as its case")
    func vocabularyWordsRead() {
        for kind in NoteKind.allCases { #expect(NoteKind.words.value(named: kind.rawValue) == kind) }
        for role in ParticipantRole.allCases { #expect(ParticipantRole.words.value(named: role.rawValue) == role) }
    }
}
