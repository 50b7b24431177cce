/// Why `JSONSchema.init` refused a schema document, and where.
///
/// Guarantees: `schemaPath` is a JSON Pointer (RFC 6901) into the schema document naming the
/// offending keyword (or the schema itself, "" for the root); `message` is one line that starts
/// with that pointer and says what is wrong and, where there is one, what to write instead.
public struct SchemaError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What kind of problem the schema has.
    public enum Kind: Hashable, Sendable {
        /// A keyword this validator does not implement or does not know at all, a `format` it
        /// does not check, or `$id` below the root. Refused rather than ignored, so a schema
        /// never appears to check something it does not.
        case unsupportedKeyword
        /// A keyword whose value has the wrong shape, such as `"minLength": -1` or a
        /// `"type"` that names no JSON type, or a schema that is neither an object nor a Boolean.
        case invalidValue
        /// A `$ref` that is not a local JSON Pointer, or that points at nothing in the document.
        case unresolvedReference
        /// `$ref`s (possibly through `allOf`, `anyOf`, `oneOf`, `not`, `if`, `then`, `else`)
        /// that lead back to themselves without looking inside the data: validation would never end.
        case referenceCycle
    }

    /// What kind of problem it is.
    public let kind: Kind
    /// JSON Pointer into the schema document: the keyword at fault ("" is the whole document).
    public let schemaPath: String
    /// The problem on its own, without the pointer.
    public let problem: String

    /// Creates an error of `kind` at `schemaPath`.
    init(_ kind: Kind, at schemaPath: String, _ problem: String) {
        self.kind = kind
        self.schemaPath = schemaPath
        self.problem = problem
    }

    /// One line: "schema at /pointer: problem" ("schema root" for the whole document).
    public var message: String {
        (schemaPath.isEmpty ? "schema root" : "schema at \(schemaPath)") + ": " + problem
    }

    /// The same as `message`.
    public var description: String { message }
}
