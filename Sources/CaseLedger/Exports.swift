// The only storage-core types the domain uses: payloads are `JSONValue` objects (or read from a
// `JSONTape`), vocabulary words are found on a tape through a `JSONWords` table, and recorded
// times are `Timestamp`s. Re-exported so callers of the domain need no
// other import.
/// JSON values: every event payload is one.
@_exported import enum LedgerJSON.JSONValue
/// A JSON object's members, keyed by their names' exact code units (events/INVARIANTS.md rule 65).
@_exported import struct LedgerJSON.JSONObject
/// A JSON member name, compared by its exact code units (never by Unicode normalisation).
@_exported import struct LedgerJSON.JSONKey
/// A payload read once into nodes, for reading its fields without a dictionary.
@_exported import class LedgerJSON.JSONTape
/// Values by their names, looked up from a string on a tape in place: each vocabulary's words.
@_exported import struct LedgerJSON.JSONWords
/// UTC instants with microseconds: recorded times.
@_exported import struct LedgerStore.Timestamp
