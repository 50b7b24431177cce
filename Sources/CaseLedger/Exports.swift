// The only storage-core types the domain uses: payloads are `JSONValue` objects (or read from a
// `JSONTape`) and recorded times are `Timestamp`s. Re-exported so callers of the domain need no
// other import.
/// JSON values: every event payload is one.
@_exported import enum LedgerJSON.JSONValue
/// A payload read once into nodes, for reading its fields without a dictionary.
@_exported import class LedgerJSON.JSONTape
/// UTC instants with microseconds: recorded times.
@_exported import struct LedgerStore.Timestamp
