// The only two storage-core types the domain uses: payloads are `JSONValue` objects and recorded
// times are `Timestamp`s. Re-exported so callers of the domain need no other import.
/// JSON values: every event payload is one.
@_exported import enum LedgerStore.JSONValue
/// UTC instants with microseconds: recorded times.
@_exported import struct LedgerStore.Timestamp
