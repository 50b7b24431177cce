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

    /// A readme.
    public init(caseId: String, events: Int, origin: String, checkpointSize: Int64, logKey: String, witnesses: [String], trailFile: String) {
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
            This folder holds the \(events) record\(events == 1 ? "" : "s") of case \(caseId) exactly as the ledger stores \
            them, and proof that each one is in the ledger the council has signed.

              \(trailFile.padding(toLength: 16))the decision trail: the records as a person reads them
              events.jsonl    the records themselves, one per line, exactly as stored
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
            reading of the records: compare it with events.jsonl if in doubt.

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

extension String {
    /// The string padded with spaces to `length` characters (unchanged when longer).
    fileprivate func padding(toLength length: Int) -> String {
        count >= length ? self + " " : self + String(repeating: " ", count: length - count)
    }
}
