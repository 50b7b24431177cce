import CaseLedger
import LedgerStore

// issue 14: one way in for domain events.
/// One event of a case's history taken from an older case management system: an input line of
/// `caseledger import` (`{"case", "type", "schema", "sourceRef", "data"}`, events/IMPORT.md).
public struct ImportLine: Sendable, Hashable {
    /// The input line it was read from (1-based).
    public var line: Int
    /// The case id (the stream) in this ledger.
    public var caseId: String
    /// The event type, e.g. `referralReceived`.
    public var type: String
    /// The schema version of `data`.
    public var schema: Int
    /// The older system's reference for the record the event was made from.
    public var sourceRef: String
    /// The payload, without the imported marker (the import adds it).
    public var data: JSONValue

    /// The members an input line has; no other is accepted.
    public static let members = ["case", "type", "schema", "sourceRef", "data"]

    /// Reads input line `line`, already parsed as JSON, naming the member that is wrong.
    public init(_ value: JSONValue, line: Int) throws(ServiceError) {
        self.line = line
        guard let object = value.objectValue else {
            throw Self.invalid(line, "each line is one JSON object {\"case\", \"type\", \"schema\", \"sourceRef\", \"data\"}, not \(value.kindDescription)")
        }
        if let unknown = object.keys.filter({ key in !Self.members.contains { JSONKey($0) == key } }).sorted().first {
            throw Self.invalid(line, "\"\(unknown)\" is not a member of an import line (members: \(Self.members.joined(separator: ", ")))")
        }
        func text(_ key: String, _ example: String) throws(ServiceError) -> String {
            guard let value = object[key]?.stringValue, !value.allSatisfy(\.isWhitespace) else {
                throw Self.invalid(line, "\"\(key)\" must be a non-empty string, e.g. \(example)")
            }
            return value
        }
        caseId = try text("case", "\"C-2001\"")
        type = try text("type", "\"referralReceived\"")
        sourceRef = try text("sourceRef", "the older system's record id")
        guard let schema = object["schema"]?.integerValue, schema >= 1, schema <= Int64(Int32.max) else {
            throw Self.invalid(line, "\"schema\" must be the payload's schema version, a whole number from 1 (every type is at 1 in this build)")
        }
        self.schema = Int(schema)
        guard let data = object["data"], data.objectValue != nil else {
            throw Self.invalid(line, "\"data\" must be the event's payload, a JSON object")
        }
        self.data = data
    }

    static func invalid(_ line: Int, _ problem: String) -> ServiceError {
        .importRefused(line: line, code: "import-line-invalid", problem: problem)
    }
}

extension CaseService {
    // Keeps events/INVARIANTS.md rule 7: the one way in besides decide, which decides nothing.
    /// Imports a case history taken from the older system `system` (`caseledger import`), by
    /// staff member `actor` at `now`, as ONE batch: every line is appended or none is.
    ///
    /// Each line must be a case event the domain reads: a known case event type (not a
    /// correction or a dispute marker, which name ledger event ids the older system cannot know)
    /// at a schema this build reads, whose payload — with the marker
    /// `imported: {from: system, sourceRef}` added to its decision metadata — decodes through
    /// `caseEvent(type:schema:payload:upcaster:)`, the one decode path every reader uses; the
    /// line must not carry the marker itself. A case new to the ledger starts with its referral.
    /// The importer must hold a register administration role (`ImportRules.checkImporter`), and
    /// no case may already hold decisions recorded live (`ImportRules.checkBeforeLiveUse`); a
    /// record of the older system is imported once per case (`import-duplicate`). The decisions
    /// are not held to the rules: `compliance` reports their breaches, saying they were imported.
    /// Who imported and when are the envelope's actor and recorded time. With `dryRun`, every
    /// check is made and nothing is appended (a service open read-only can check an import before
    /// anything is opened for writing).
    ///
    /// - Throws: `.importRefused` naming the line for input that cannot be imported;
    ///   `.rejected` for the import's rules; `.store` (e.g. a version conflict: run it again).
    @discardableResult
    public func importHistory(
        _ lines: [ImportLine], from system: String, actor: String, dryRun: Bool = false, now: Timestamp = .now()
    ) throws(ServiceError) -> [AppendedEvent] {
        guard !system.allSatisfy(\.isWhitespace) else {
            throw .importRefused(line: 0, code: "import-line-invalid", problem: "--from must name the system the history comes from, e.g. CareFirst")
        }
        guard !lines.isEmpty else {
            throw .importRefused(line: 0, code: "import-line-invalid", problem: "there is no event to import: give one JSON object per line")
        }
        let today = CalendarDate(now)
        let configuration = try configuration(inForceAt: now)?.configuration ?? CaseService.configurationBeforePublication
        let register = try staffRegister(asKnownAt: now)
        do throws(Rejection) {
            try ImportRules.checkImporter(actor, register: register, configuration: configuration, on: today)
        } catch {
            throw .rejected(error)
        }
        var batch: [NewEvent] = []
        var histories: [String: [RecordedCaseEvent]] = [:]
        var versions: [String: Int64] = [:]
        var refs: [String: Set<String>] = [:]
        for line in lines {
            let payload = try Self.importedPayload(line, from: system)
            if versions[line.caseId] == nil {
                let existing = try existingHistory(of: line.caseId, line: line.line)
                versions[line.caseId] = Int64(existing.count)
                refs[line.caseId] = Set(existing.compactMap { $0.event.metadata.imported }.filter { $0.from == system }.map(\.sourceRef))
                histories[line.caseId] = existing
            }
            let event: CaseEvent
            do {
                event = try CaseService.caseEvent(type: line.type, schema: line.schema, payload: payload, upcaster: upcaster)
            } catch {
                throw .importRefused(line: line.line, code: "import-event-unreadable",
                    problem: "\(line.type) (schema \(line.schema)) for \(line.caseId) cannot be read: \(error.description)")
            }
            if histories[line.caseId, default: []].isEmpty, event.typeName != ReferralReceived.typeName {
                throw .importRefused(line: line.line, code: Rule.caseNotOpened.code,
                    problem: "\(line.caseId) is not in the ledger and its history starts with \(event.typeName): a case's history starts with its referral (referralReceived)")
            }
            guard refs[line.caseId, default: []].insert(line.sourceRef).inserted else {
                throw .importRefused(line: line.line, code: "import-duplicate",
                    problem: "record \(line.sourceRef) of \(system) is already imported into \(line.caseId); each record is imported once")
            }
            let version = versions[line.caseId]!
            let new = NewEvent(
                id: eventIDs?(), stream: line.caseId, type: line.type, schema: Int64(line.schema), actor: actor, payload: payload,
                expectedVersion: .exactly(version))
            if let problem = EnvelopeRules.problem(with: new) {
                throw .importRefused(line: line.line, code: "import-line-invalid", problem: problem)
            }
            batch.append(new)
            versions[line.caseId] = version + 1
            histories[line.caseId, default: []].append(RecordedCaseEvent(
                seq: 0, id: "", stream: line.caseId, recordedAt: now, actor: actor, event: event))
        }
        if dryRun { return [] }
        do {
            let results = try ledger.append(batch, clock: { now }, clockGuard: clockGuard)
            var out: [AppendedEvent] = []
            for (result, event) in zip(results, batch) {
                let stored = try ledger.event(seq: result.seq)
                out.append(AppendedEvent(seq: result.seq, id: result.id.description, stream: event.stream, type: event.type, recordedAt: stored.recordedAt))
            }
            return out
        } catch {
            throw .store(error)
        }
    }

    /// The payload of `line` with the imported marker added to its decision metadata; refused
    /// when the line sets the marker itself or names a type that cannot be imported.
    static func importedPayload(_ line: ImportLine, from system: String) throws(ServiceError) -> JSONValue {
        if let kind = Streams.domainKind(ofType: line.type, schema: line.schema), kind != .caseStream {
            throw .importRefused(line: line.line, code: "import-event-not-case",
                problem: "a \(line.type) event belongs to \(kind.phrase), which is not imported: \(kind.commands)")
        }
        if line.type == EventCorrected.typeName || line.type == OpinionDisputed.typeName {
            throw .importRefused(line: line.line, code: "import-event-not-case",
                problem: "a \(line.type) names a ledger event id, which history from another system cannot know: import the record as it "
                    + "finally stood, or record the correction after the import with 'caseledger record correctEvent'")
        }
        if Streams.isReserved(line.caseId) {
            throw .importRefused(line: line.line, code: "case-id-reserved", problem: "\"\(line.caseId)\" is reserved for the ledger's own stream and cannot be a case id")
        }
        guard var members = line.data.objectValue else { throw ImportLine.invalid(line.line, "\"data\" must be a JSON object") }
        guard members["imported"] == nil else {
            throw .importRefused(line: line.line, code: Rule.importedMarkerReserved.code,
                problem: "\"data\" sets \"imported\" itself: the import adds it (from --from and the line's sourceRef); leave it out")
        }
        members["imported"] = ImportedFrom(from: system, sourceRef: line.sourceRef).json
        return .object(members)
    }

    /// The events case `caseId` holds before the import, all imported ones: refused when it
    /// holds a decision recorded live, or its stream is not a case.
    private func existingHistory(of caseId: String, line: Int) throws(ServiceError) -> [RecordedCaseEvent] {
        let kind = try CaseService.streamKind(caseId, in: ledger, upcaster: upcaster)
        if let kind, kind != .caseStream {
            throw .importRefused(line: line, code: "import-event-not-case", problem: "\(caseId) is the stream of \(kind.phrase), not a case")
        }
        if kind == nil, try !stored(caseId).isEmpty {
            throw .importRefused(line: line, code: "import-event-not-case",
                problem: "the stream \(caseId) holds events that are not a case's (written with 'caseledger append'): choose another case id")
        }
        let existing = try caseEvents(caseId)
        do throws(Rejection) {
            try ImportRules.checkBeforeLiveUse(caseId: caseId, existing: existing)
        } catch {
            throw .rejected(error)
        }
        return existing
    }
}
