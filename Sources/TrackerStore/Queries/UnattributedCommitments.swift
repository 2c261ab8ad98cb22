import GRDB
public import TrackerAnalysis

/// A commitment whose holder the analyzer could not name: listed, never
/// dropped, with the actors its sentence (or the sentences just before) names,
/// so that a person can attribute it with one `tracker correct`.
public struct UnattributedCommitment: Sendable, Hashable, Encodable {
    /// The statement id that `tracker correct` takes.
    public var id: Int64
    /// What is promised, as the analyzer read it (the verb and its object).
    public var action: String?
    /// Whether it is promised or explicitly not promised.
    public var polarity: Polarity
    /// The sentence that holds it, as written.
    public var sentence: String
    /// The document the sentence belongs to.
    public var documentID: Int64
    /// The document's title, if it has one.
    public var title: String?
    /// The document's publication date, if known.
    public var date: CalendarDate?
    /// The deadline the sentence gives, if any (its value is ISO 8601 at the
    /// precision meant: `2025-06-30`, `2025-06`).
    public var deadline: StoredTime?
    /// The topics the sentence is filed under.
    public var topics: [String]
    /// Who it may be, nearest first: the actors of its sentence, else of the
    /// nearest of the three sentences before it that names any.
    public var candidates: [String]

    /// The command that attributes it to its first candidate, or to a name to fill in.
    public var correction: String

    enum CodingKeys: String, CodingKey {
        case id, action, polarity, sentence, documentID, title, date, deadline, topics, candidates, correction
    }

    /// The JSON `commitments --format json` prints: dates as `YYYY-MM-DD`, absent values left out.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encodeIfPresent(action, forKey: .action)
        try container.encode(polarity, forKey: .polarity)
        try container.encode(sentence, forKey: .sentence)
        try container.encode(documentID, forKey: .documentID)
        try container.encodeIfPresent(title, forKey: .title)
        try container.encodeIfPresent(date?.iso, forKey: .date)
        try container.encodeIfPresent(deadline?.value, forKey: .deadline)
        try container.encode(topics, forKey: .topics)
        try container.encode(candidates, forKey: .candidates)
        try container.encode(correction, forKey: .correction)
    }

    /// `tracker correct ID --holder 'NAME'`, the name quoted for a POSIX shell.
    static func correction(id: Int64, holder: String?) -> String {
        var quoted = "'"
        for character in holder ?? "NAME" { quoted += character == "'" ? "'\\''" : String(character) }
        return "tracker correct \(id) --holder \(quoted)'"
    }
}

extension TrackerDatabase {
    /// Commitments without a holder, by date then id; with `party`, only those
    /// whose candidates include it or an actor affiliated to it; with `topic`,
    /// only those on that topic.
    public func unattributedCommitments(
        candidate party: String? = nil, topic: String? = nil,
        until day: CalendarDate? = nil
    ) throws -> [UnattributedCommitment] {
        try read { db in try Self.unattributedCommitments(candidate: party, topic: topic, until: day, storedCandidates: true, db) }
    }

    /// The listing, with the candidates read from the store when it is up to
    /// date and `storedCandidates`, else worked out from the sentences (as
    /// every listing did before Schema/013; a test compares the two).
    static func unattributedCommitments(
        candidate party: String?, topic: String?, until day: CalendarDate?, storedCandidates: Bool, _ db: Database
    ) throws -> [UnattributedCommitment] {
        do {
            var allowed: Set<String>?
            if let party {
                guard let id = try Self.actorID(named: party, db) else { return [] }
                let ids = try Self.actorAndAffiliates(id, db)
                allowed = Set(
                    try String.fetchAll(
                        db, sql: "SELECT name FROM actor WHERE id IN (SELECT value FROM json_each(?))",
                        arguments: ["[" + ids.map(String.init).joined(separator: ",") + "]"]))
            }
            // With a party, and the stored candidates up to date (Schema/013), only the commitments
            // that may be its own are read: those whose candidates name an actor of one of its names
            // (or one merged into such an actor), found through the candidates' actor index. `+s.kind`
            // keeps SQLite from walking every commitment through the kind index instead and checking
            // each against the list: for the busiest party of a million statements (1,314 candidates
            // among 100 k commitments) 42 ms of CPU against 9 ms (sqlite3).
            let stored = try storedCandidates && CommitmentCandidates.isCurrent(db)
            let rows: [Row]
            if stored, let allowed {
                let named = try Int64.fetchAll(
                    db,
                    sql: """
                        SELECT id FROM actor WHERE name IN (SELECT value FROM json_each(?1))
                           OR merged_into_id IN (SELECT id FROM actor WHERE name IN (SELECT value FROM json_each(?1)))
                        """, arguments: ["[" + allowed.sorted().map(JSONText.quoted).joined(separator: ",") + "]"])
                rows = try Row.fetchAll(
                    db,
                    sql: Self.unattributedColumns + """
                        WHERE s.id IN (SELECT statement_id FROM commitment_candidate WHERE actor_id IN (SELECT value FROM json_each(?)))
                          AND +s.kind = 'commitment' AND s.review != 'rejected'
                          AND NOT EXISTS (SELECT 1 FROM statement_actor r WHERE r.statement_id = s.id AND r.role = 'holder')
                          AND (? IS NULL OR d.published IS NULL OR d.published <= ?)
                        ORDER BY d.published IS NULL, d.published, s.id
                        """, arguments: [CommitmentLoader.jsonArray(named), day?.iso, day?.iso])
            } else {
                rows = try Row.fetchAll(
                    db,
                    sql: Self.unattributedColumns + """
                        WHERE s.kind = 'commitment' AND s.review != 'rejected'
                          AND NOT EXISTS (SELECT 1 FROM statement_actor r WHERE r.statement_id = s.id AND r.role = 'holder')
                          AND (? IS NULL OR d.published IS NULL OR d.published <= ?)
                        ORDER BY d.published IS NULL, d.published, s.id
                        """, arguments: [day?.iso, day?.iso])
            }
            let namesOf = try db.makeStatement(
                sql: """
                    SELECT a.name FROM sentence se
                    JOIN statement s ON s.sentence_id = se.id
                    JOIN statement_actor r ON r.statement_id = s.id
                    JOIN actor a ON a.id = coalesce(
                        (SELECT m.merged_into_id FROM actor m WHERE m.id = r.actor_id), r.actor_id)
                    WHERE se.document_id = ? AND se.position = ?
                    ORDER BY \(CommitmentCandidates.order)
                    """)
            // The stored candidates of every row in one query, not one query a row: the status report
            // lists every holder-less commitment (18 k at a million statements).
            var storedNames: [Int64: [String]] = [:]
            if stored {
                let cursor = try Row.fetchCursor(
                    db,
                    sql: """
                        SELECT c.statement_id, a.name FROM commitment_candidate c
                        JOIN actor a ON a.id = coalesce((SELECT m.merged_into_id FROM actor m WHERE m.id = c.actor_id), c.actor_id)
                        WHERE c.statement_id IN (SELECT value FROM json_each(?)) ORDER BY c.statement_id, c.rank
                        """, arguments: [CommitmentLoader.jsonArray(rows.map { $0["id"] as Int64 })])
                while let row = try cursor.next() {
                    let name: String = row[1]
                    let id: Int64 = row[0]
                    if !(storedNames[id]?.contains(name) ?? false) { storedNames[id, default: []].append(name) }
                }
            }
            var result: [UnattributedCommitment] = []
            for row in rows {
                let documentID: Int64 = row["document_id"]
                let position: Int = row["position"]
                var candidates: [String] = []
                if stored { candidates = storedNames[row["id"] as Int64] ?? [] }
                // Its own sentence first; else the nearest of the three before.
                for back in 0...3 where !stored && candidates.isEmpty && position - back >= 0 {
                    for name in try String.fetchAll(namesOf, arguments: [documentID, position - back])
                    where !candidates.contains(name) {
                        candidates.append(name)
                    }
                }
                if let allowed, !candidates.contains(where: allowed.contains) { continue }
                let topics = (row["topics"] as String?).map { $0.split(separator: ",").map(String.init) } ?? []
                if let topic, !topics.contains(topic) { continue }
                let id: Int64 = row["id"]
                result.append(
                    UnattributedCommitment(
                        id: id, action: row["action"], polarity: try StoredValue.required(row, "polarity"),
                        sentence: row["text"], documentID: documentID, title: row["title"],
                        date: try StoredValue.day(row, "published"), deadline: try StoredTime(row),
                        topics: topics, candidates: candidates,
                        correction: UnattributedCommitment.correction(id: id, holder: candidates.first)))
            }
            return result
        }
    }

    /// What the listing reads of a holder-less commitment `s`, its sentence, document and deadline
    /// (ending in a line break, for the `WHERE` that follows).
    static let unattributedColumns = """
        SELECT s.id, s.action, s.polarity, s.sentence_id, se.text, se.position, s.document_id, d.title, d.published,
               t.text AS time_text, t.value AS time_value, t.role AS time_role,
               s.topic_keys AS topics
        FROM statement s
        JOIN sentence se ON se.id = s.sentence_id
        JOIN document d ON d.id = s.document_id
        LEFT JOIN time_expression t ON t.statement_id = s.id AND t.role = 'deadline'

        """
}
