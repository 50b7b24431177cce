import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Whether `text` parses as well-formed XML with Foundation's XMLParser (FoundationXML on Linux,
/// backed by libxml2), with the parser's error when it does not.
func wellFormedProblem(_ text: String) -> String? {
    let parser = XMLParser(data: Data(text.utf8))
    parser.shouldResolveExternalEntities = false
    if parser.parse() { return nil }
    return "line \(parser.lineNumber), column \(parser.columnNumber): \(parser.parserError.map { "\($0)" } ?? "unknown error")"
}
