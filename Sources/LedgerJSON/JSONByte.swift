// Computed and @inlinable, in a @usableFromInline type, so that LedgerStore's line scanner gets
// them as constants: without @usableFromInline on the type, Swift 6.3 calls a package type's
// @inlinable members from other modules instead of inlining them.
/// The ASCII bytes that structure JSON text, shared by the parser and the encoder.
@usableFromInline package enum JSONByte {
    @inlinable package static var quote: UInt8 { 0x22 }  // "
    @inlinable package static var backslash: UInt8 { 0x5C }  // \
    @inlinable package static var slash: UInt8 { 0x2F }  // /
    @inlinable package static var comma: UInt8 { 0x2C }  // ,
    @inlinable package static var colon: UInt8 { 0x3A }  // :
    @inlinable package static var minus: UInt8 { 0x2D }  // -
    @inlinable package static var zero: UInt8 { 0x30 }  // 0
    @inlinable package static var nine: UInt8 { 0x39 }  // 9
    @inlinable package static var openBrace: UInt8 { 0x7B }  // {
    @inlinable package static var closeBrace: UInt8 { 0x7D }  // }
    @inlinable package static var openBracket: UInt8 { 0x5B }  // [
    @inlinable package static var closeBracket: UInt8 { 0x5D }  // ]
}
