import LedgerStore
/// The `README.txt` of an evidence folder: what the folder is, how to check it, and where the keys
/// must come from, for a recipient who has never heard of a Merkle tree.
public struct EvidenceReadme: Hashable, Sendable {
    /// The case reference.
    public var caseId: String
    /// How many of the case's events the folder holds.
    public var events: Int
    /// The log's origin (its name), as the checkpoint states it.
    public var origin: String
    /// The checkpoint's size (how many events of the whole ledger it covers).
    public var checkpointSize: Int64
    /// The log's verifier key as the ledger stores it.
    public var logKey: String
    /// The witnesses that cosigned the checkpoint, as "name (key ID …)".
    public var witnesses: [String]
    /// The trail file's name in the folder.
    public var trailFile: String
    // issue 17: copy17 — the provable customer copy
    /// For the customer's copy: what each event withholds and what was erased; nil for the staff
    /// copy (whole lines).
    public var disclosures: [DisclosedLine.Summary]?

    /// A readme.
    public init(
        caseId: String, events: Int, origin: String, checkpointSize: Int64, logKey: String, witnesses: [String], trailFile: String,
        disclosures: [DisclosedLine.Summary]? = nil
    ) {
        self.disclosures = disclosures
        self.caseId = caseId
        self.events = events
        self.origin = origin
        self.checkpointSize = checkpointSize
        self.logKey = logKey
        self.witnesses = witnesses
        self.trailFile = trailFile
    }

    /// The text, wrapped for a terminal and a printer.
    public var text: String {
        let witnessWords = witnesses.isEmpty
            ? "No witness has cosigned this checkpoint yet. Without a witness, the check shows only that the council signed it: ask the council for evidence made after an independent witness (for example the council's internal audit or the Ombudsman) has cosigned."
            : "It was also cosigned by \(witnesses.count == 1 ? "a witness" : "\(witnesses.count) witnesses"), \(witnesses.joined(separator: ", ")): someone outside the council's case-recording staff who keeps their own record of the ledger's history and cosigns only a history that extends the one they saw before."
        let out = """
            Evidence for case \(caseId)
            \(String(repeating: "=", count: 18 + caseId.count))

            What this folder is
            -------------------
            The council records every decision on a case in its case ledger, a log that can only be added to. \
            This folder holds the \(events) record\(events == 1 ? "" : "s") of case \(caseId) \(disclosures == nil ? "exactly as the ledger stores them" : "as the ledger stores them, except what is withheld from your copy (see below)"), \
            and proof that each one is in the ledger the council has signed.

              \(trailFile.padding(toLength: 16))the decision trail: the records as a person reads them
              \(disclosures == nil ? "events.jsonl    the records themselves, one per line, exactly as stored" : "disclosed.jsonl the records themselves, one per line, withheld parts by digest")
              proofs/         one proof per record (seq-N.tlog-proof): where it sits in the ledger
              keys.txt        the keys the ledger says signed it (for comparison only, see below)
              README.txt      this note

            Each proof leads from one record to a "checkpoint": a short statement of the whole ledger \
            (\(origin), its first \(checkpointSize) records) that the council signed with its key. \
            \(witnessWords)

            If any record were changed, or the ledger rewritten after the checkpoint, the check below fails.

            What a successful check does not show
            -------------------------------------
            It shows that these records are, unchanged, in the ledger the council signed. It cannot show that \
            no record of the case was left out of this folder, and the decision trail is the council's own \
            reading of the records: compare it with \(disclosures == nil ? EvidenceFolder.events : EvidenceFolder.disclosed) if in doubt.
            \(withheldWords)

            How to check it
            ---------------
            You need Python 3 and the openssl command (OpenSSL 3), and the checker check-evidence.py \
            from the caseledger source (tools/check-evidence.py). Get the checker from there, not from \
            the council: a checker supplied by the party whose records are checked proves nothing.

                python3 check-evidence.py THIS-FOLDER \\
                    --log-key COUNCIL-LOG-KEY\(witnesses.isEmpty ? "" : " --witness-key WITNESS-KEY")

            COUNCIL-LOG-KEY is the council's published log key, and WITNESS-KEY each witness's published key \
            (give --witness-key once for each witness). It prints "Evidence verified" and what it proved, or one line saying what does not hold and \
            "NOT VERIFIED". With caseledger installed, "caseledger-audit check-evidence THIS-FOLDER" with the \
            same keys checks exactly the same things.

            Where to get the keys
            ---------------------
            Never trust keys that came in this folder: whoever could change the records could change them \
            too. Get the council's log key from the council's own publication (its website or a letter \
            signed on paper), and each witness's key from that witness directly. Then compare them with \
            keys.txt: if they differ, the evidence was not signed by the keys you trust, and the check will say so.

            The log key as the ledger states it (compare, do not copy):

                \(logKey)

            """
        var lines = TextLines()
        for line in out.dropLast().split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix(" ") || line.isEmpty { lines.line(String(line)) } else { TextWrapping.wrap(String(line), width: 78, into: &lines) }
        }
        return lines.text
    }
}

extension EvidenceReadme {
    /// The customer's copy's section on what was withheld and erased (empty for the staff copy).
    var withheldWords: String {
        guard let disclosures else { return "" }
        let withheld = disclosures.filter { !$0.withheld.isEmpty }
        let erased = disclosures.filter { !$0.erased.isEmpty }
        var out = """

            What was withheld from your copy, and why
            -----------------------------------------
            This is your copy of your records. Some details in them are about, or came from, other people, \
            and the law lets the council withhold those to protect them. A withheld detail is not in this \
            folder at all: only its digest is, a fingerprint from which the detail cannot be worked out, but \
            which proves that the rest of the record is exactly what the council's ledger holds. The same \
            details are marked withheld in the decision trail.

            """
        if withheld.isEmpty {
            out += "Nothing was withheld: every detail of every record is in this folder and proven.\n"
        } else {
            for d in withheld {
                for w in d.withheld { out += "- Record seq \(d.seq) (\(Words.uncamel(d.type))): \(Self.describe(w.pointer)) withheld: \(w.text).\n" }
            }
        }
        if !erased.isEmpty {
            out += "\nWhat was erased\n---------------\n"
            out += "Some details were erased from the ledger after their retention period (or by a court's order), before this copy was made. "
                + "The ledger keeps only their digests, which are in this folder, so the rest of each record is still proven.\n"
            for d in erased { out += "- Record seq \(d.seq) (\(Words.uncamel(d.type))): \(d.erased.map(Self.describe).joined(separator: ", ")) erased.\n" }
        }
        return out
    }

    /// A part's pointer in words: "/notes/1" is "note 2", "/referrerName" is "the referrer name", "" is "all its details".
    static func describe(_ pointer: String) -> String {
        if pointer.isEmpty { return "all its details" }
        guard let (member, element) = PayloadParts.parse(pointer: pointer) else { return pointer }
        guard let element else { return "the \(Words.uncamel(member)) (\(pointer))" }
        if member == "notes" { return "note \(element + 1) (\(pointer))" }
        return "item \(element + 1) of the \(Words.uncamel(member)) (\(pointer))"
    }
}

extension String {
    /// The string padded with spaces to `length` characters (unchanged when longer).
    fileprivate func padding(toLength length: Int) -> String {
        count >= length ? self + " " : self + String(repeating: " ", count: length - count)
    }
}
