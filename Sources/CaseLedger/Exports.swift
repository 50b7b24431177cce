// The only two storage-core types the domain uses: payloads are `JSONValue` objects and recorded
// times are `Timestamp`s. Re-exported so callers of the domain need no other import.
@_exported import enum LedgerStore.JSONValue
@_exported import struct LedgerStore.Timestamp
