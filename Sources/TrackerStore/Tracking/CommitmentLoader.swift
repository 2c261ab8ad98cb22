import Foundation
import GRDB
import TrackerAnalysis

/// Reads commitments and outcomes from the store for the tracking policy
/// (``CommitmentLinker``), and the evidence's sentences, titles and sources
/// for what a result shows: the only part of tracking that reads SQL.
///
/// Raw SQL and a positional column reader (``ColumnReader``), not record
/// types, on purpose: it reads every commitment and outcome for a status
/// report, the hot read path that `TrackerBenchmarks status --sizes 1000000`
/// and `TrackerBenchmarks query` measure (status of every commitment at 1M:
/// CPU 2.83 s at e1ecc7f, release). A Codable record would look each column
/// up by name for every row; that variant has not been measured against
/// this reader, so run those benchmarks before changing it.
struct CommitmentLoader {
    let db: Database
    let linker: CommitmentLinker
    /// Whether the linker's groups are the bundled ones, which the stored attribution was made with.
    let standardGroups: Bool

    /// A loader whose linker decides statuses as of `asOf`; `memory` is what earlier linkers of the same
    /// groups worked out (``LinkerMemoryPool``), or a fresh one.
    init(db: Database, groups: ActionGroups, asOf: CalendarDate, memory: LinkerMemory = LinkerMemory()) throws {
        self.db = db
        linker = CommitmentLinker(
            vocabulary: ActionVocabulary(groups: groups, wordNet: InstalledWordNet.shared),
            asOf: asOf, humanLinks: try TrackerDatabase.humanLinks(db), memory: memory)
        standardGroups = Self.isStandard(groups)
    }

    /// Whether `groups` are the bundled ones.
    static func isStandard(_ groups: ActionGroups) -> Bool {
        groups.groupOfVerb == ActionGroups.standard.groupOfVerb && groups.opposites == ActionGroups.standard.opposites
    }

    /// The tracked commitments of these holders (only those held by `heldBy`
    /// when given), linked to the outcomes of any of them. Without `evidence`,
    /// each piece of evidence has its ids, date and review but no sentence,
    /// title or source (enough to store links, and much less to read).
    func track(holderIDs: [Int64], evidence: Bool = true, heldBy: Int64? = nil, quotedOnly: Bool = false) throws -> [TrackedCommitment] {
        let statements = try load(holderIDs: holderIDs)
        var sentences: [Int64: Int64] = [:]
        var tracked = [try track(statements, heldBy: heldBy, sentences: &sentences)]
        if evidence {
            for row in statements { sentences[row.id] = row.sentenceID }
            try fillEvidence(&tracked, sentences: sentences, quotedOnly: quotedOnly)
        }
        return tracked[0]
    }

    /// The linker's tracked commitments of `statements`, with the outcomes a
    /// person linked to them from outside `statements` (``decided(for:)``),
    /// whose sentences are added to `sentences` for the evidence.
    func track(
        _ statements: [TrackingStatement], heldBy: Int64?, sentences: inout [Int64: Int64]
    ) throws
        -> [TrackedCommitment]
    {
        let decided = try decided(for: statements)
        for row in decided { sentences[row.id] = row.sentenceID }
        return linker.track(statements, heldBy: heldBy, decided: decided)
    }

    /// The outcomes a person linked (`tracker link`) to a commitment among
    /// `statements` that `statements` do not hold: another party's outcome,
    /// or one with no holder. Without them a person's link across parties
    /// was stored but never shown.
    func decided(for statements: [TrackingStatement]) throws -> [TrackingStatement] {
        let decisions = linker.humanLinks.filter(\.linked)
        guard !decisions.isEmpty else { return [] }
        // Called once per holder over a whole store: look up the few decided ids among the rows, rather than
        // building a set of every row's id each time.
        let decidedIDs = Set(decisions.flatMap { [$0.commitmentID, $0.outcomeID] })
        let present = Set(statements.lazy.map(\.id).filter(decidedIDs.contains))
        let wanted = Set(decisions.filter { present.contains($0.commitmentID) && !present.contains($0.outcomeID) }.map(\.outcomeID))
            .sorted()
        guard !wanted.isEmpty else { return [] }
        var names: [Int64: String] = [0: ""]
        try Self.fetch(
            wanted,
            sql: """
                SELECT a.id, a.name FROM statement_actor h JOIN actor a ON a.id = h.actor_id
                WHERE h.role = 'holder' AND h.statement_id IN (SELECT value FROM json_each(?))
                """, db
        ) { row in
            names[row.int64(0)] = row.string(1)
        }
        let query = try db.cachedStatement(
            sql: Self.rowColumns + """
                FROM statement s LEFT JOIN statement_actor h ON h.statement_id = s.id AND h.role = 'holder'
                WHERE s.id IN (SELECT value FROM json_each(?)) AND s.review != 'rejected'
                ORDER BY s.id, h.position
                """)
        let rows = try Row.fetchCursor(query, arguments: [Self.jsonArray(wanted)])
        let columns = ColumnReader(query)
        var found: [TrackingStatement] = []
        while try rows.next() != nil {
            guard let made = try Self.row(columns, names: names), found.last?.id != made.id else { continue }
            found.append(made)
        }
        return found
    }

    /// The holders' commitments and outcomes, in date order, with what
    /// linking needs; the evidence's sentence, title and source come later,
    /// for the statements a result shows (``fillEvidence(_:)``).
    func load(holderIDs: [Int64]) throws -> [TrackingStatement] {
        guard !holderIDs.isEmpty else { return [] }
        // Constant SQL, prepared once per connection: the ids are one JSON array.
        let holders = Self.jsonArray(holderIDs)
        var names: [Int64: String] = [:]
        try Self.fetch(holderIDs, sql: "SELECT id, name FROM actor WHERE id IN (SELECT value FROM json_each(?))", db) { row in
            names[row.int64(0)] = row.string(1)
        }
        let query = try db.cachedStatement(
            sql: Self.rowColumns + """
                FROM statement_actor h
                JOIN statement s ON s.id = h.statement_id
                WHERE h.role = 'holder' AND h.actor_id IN (SELECT value FROM json_each(?))
                  AND s.kind IN ('commitment', 'achievement') AND s.review != 'rejected'
                """)
        // Prepared as for the whole store: the busiest party's rows repeat a few hundred wordings, and
        // working out their facts row by row cost more than reading them.
        var loaded = try preparedRows(query, arguments: [holders], names: names)
        // Outcomes with no holder given to these holders' one matching pledge (the
        // match is checked against every party's pledges, as for the whole store).
        loaded += try attributedOutcomes(holderIDs: holderIDs, names: names)
        // By date, then statement (sorted here: SQLite's sorter would carry
        // every column of every row). Undated rows first, as SQL sorts NULL.
        loaded = TrackingStatement.inDateOrder(loaded)
        return loaded
    }

    /// The outcomes with no holder given to one of `holderIDs` (to any party
    /// when nil), as linking reads them: from the store (Schema/013) when it
    /// is up to date, else worked out from the statements as it is stored.
    func attributedOutcomes(holderIDs: [Int64]?, names: [Int64: String]) throws -> [TrackingStatement] {
        guard standardGroups, try OutcomeAttribution.isCurrent(db) else {
            let loose = try loadUnattributed()
            guard !loose.isEmpty else { return [] }
            let given = UnattributedOutcomes(linker: linker).assign(loose, among: try loadCommitments())
            guard let holderIDs else { return given }
            let wanted = Set(holderIDs)
            return given.filter { wanted.contains($0.holderID) }
        }
        let columns = """
            SELECT s.id, s.kind, s.polarity, s.certainty, a.action, a.normalized_action, s.reported_on, s.review,
                   s.tracked_commitment_id, a.actor_id, s.document_id, s.linking_time, s.topic_keys, s.sentence_id,
                   a.still_holds
            FROM outcome_attribution a JOIN statement s ON s.id = a.statement_id
            """
        let query =
            try holderIDs.map { _ in
                try db.cachedStatement(sql: columns + " WHERE a.actor_id IN (SELECT value FROM json_each(?))")
            } ?? db.cachedStatement(sql: columns)
        let rows = try Row.fetchCursor(query, arguments: holderIDs.map { [Self.jsonArray($0)] } ?? [])
        let reader = ColumnReader(query)
        var given: [TrackingStatement] = []
        while try rows.next() != nil {
            guard let made = try Self.row(reader, names: names) else { continue }
            made.unattributed = true
            made.stillHolds = reader.int64(14) != 0
            given.append(made)
        }
        return given
    }

    /// Outcomes with no holder, affirmed or denied ("no prisoners have been released"), with their
    /// sentence's text (``UnattributedOutcomes``).
    func loadUnattributed() throws -> [(row: TrackingStatement, sentence: String)] {
        let query = try db.cachedStatement(
            sql: Self.unattributedColumns + """
                WHERE s.kind = 'achievement' AND s.review != 'rejected' AND s.action IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM statement_actor h WHERE h.statement_id = s.id AND h.role = 'holder')
                """)
        return try Self.unattributed(query, arguments: [])
    }

    /// What the queries of holder-less outcomes read: a statement `s` and
    /// its sentence's text, in the order ``unattributed(_:arguments:)`` reads
    /// them (ending in a line break, for the `WHERE` that follows).
    static let unattributedColumns = """
            SELECT s.id, s.kind, s.polarity, s.certainty, s.action, s.normalized_action, s.reported_on, s.review,
                   s.tracked_commitment_id, 0, s.document_id, s.linking_time, s.topic_keys, s.sentence_id, t.text
            FROM statement s JOIN sentence t ON t.id = s.sentence_id

        """

    /// The rows of a query of holder-less outcomes (``unattributedColumns``), with their sentences.
    static func unattributed(_ query: GRDB.Statement, arguments: StatementArguments) throws -> [(row: TrackingStatement, sentence: String)]
    {
        let rows = try Row.fetchCursor(query, arguments: arguments)
        let columns = ColumnReader(query)
        var loose: [(row: TrackingStatement, sentence: String)] = []
        while try rows.next() != nil {
            guard let made = try row(columns, names: [0: ""]), let sentence = columns.string(14) else { continue }
            loose.append((made, sentence))
        }
        return loose
    }

    /// Every party's affirmed commitments (what an unattributed outcome is matched against).
    func loadCommitments() throws -> [TrackingStatement] {
        var names: [Int64: String] = [:]
        let nameRows = try Row.fetchCursor(db, sql: "SELECT id, name FROM actor")
        while let row = try nameRows.next() { names[row[0]] = row[1] }
        let query = try db.cachedStatement(
            sql: Self.rowColumns + """
                FROM statement s JOIN statement_actor h ON h.statement_id = s.id AND h.role = 'holder'
                WHERE s.kind = 'commitment' AND s.polarity = 'affirmed' AND s.review != 'rejected'
                """)
        let rows = try Row.fetchCursor(query)
        let columns = ColumnReader(query)
        var found: [TrackingStatement] = []
        while try rows.next() != nil {
            if let made = try Self.row(columns, names: names) { found.append(made) }
        }
        return found
    }

    /// What both load queries read of a statement `s` and its holder row `h`,
    /// in the order ``row(_:names:)`` reads them (ending in a line break,
    /// for the `FROM` that follows).
    static let rowColumns = """
            SELECT s.id, s.kind, s.polarity, s.certainty, s.action, s.normalized_action, s.reported_on, s.review,
                   s.tracked_commitment_id, h.actor_id, s.document_id, s.linking_time, s.topic_keys, s.sentence_id

        """

    /// The current row of a load query (columns in their order), or nil when its holder is unknown; a kind,
    /// polarity, certainty, date or time this tracker cannot read is an error naming it, not a guess. A row
    /// `like` it (of its wording, ``RowWordings``) lends it its action, normalised action and topics.
    static func row(_ columns: ColumnReader, names: [Int64: String], like: TrackingStatement? = nil) throws -> TrackingStatement? {
        let holderID = columns.int64(9)
        guard let holder = names[holderID] else { return nil }
        let id = columns.int64(0)
        let date = try columns.string(6).map { try StoredValue.day($0, column: "reported_on") }
        // The time's role and value: "deadline 2019-02-28" (a role has no space).
        // Split on bytes: String's split compares Characters, thousands of instructions a row.
        let time = columns.bytes(11).map { Self.fields($0, separator: UInt8(ascii: " "), maxSplits: 1, known: Self.timeRoles) }
        let topics = like?.topics ?? columns.bytes(12).map { Self.fields($0, separator: UInt8(ascii: ","), maxSplits: .max) } ?? []
        func known<T>(_ value: T?, _ column: Int32, _ name: String) throws -> T {
            guard let value else { throw StoreError.unknownValue(column: name, value: columns.string(column) ?? "NULL") }
            return value
        }
        return TrackingStatement(
            id: id, kind: try known(columns.value(1, among: Self.kinds), 1, "kind"),
            polarity: try known(columns.value(2, among: Self.polarities), 2, "polarity"),
            certainty: try known(columns.value(3, among: Self.certainties), 3, "certainty"),
            action: like.map(\.action) ?? columns.string(4), normalized: like.map(\.normalized) ?? columns.string(5), holderID: holderID,
            holder: holder, date: date,
            time: try time.flatMap { $0.count > 1 ? $0[1] : nil }.map { try StoredValue.partialDate($0, column: "linking_time") },
            timeRole: try time.map { try StoredValue.decode($0[0], column: "linking_time") },
            evidence: Evidence(
                statementID: id, documentID: columns.int64(10), documentTitle: nil,
                date: date, source: nil, sentence: "",
                review: try known(columns.value(7, among: Self.reviews), 7, "review")),
            topics: topics, group: columns.optionalInt64(8), sentenceID: columns.int64(13))
    }

    // The values of the few-valued columns, which rows share rather than copy.
    static let kinds = StatementKind.allCases
    static let polarities = Polarity.allCases
    private static let certainties = Certainty.allCases
    private static let reviews = ReviewState.allCases
    private static let timeRoles = ["deadline", "occurred", "since", "until"]

    /// `ids` as a JSON array, the one argument of an `IN (SELECT value FROM json_each(?))`.
    static func jsonArray(_ ids: some Collection<Int64>) -> String {
        var json = "["
        json.reserveCapacity(2 + ids.count * 8)
        for (index, id) in ids.enumerated() {
            if index > 0 { json += "," }
            json += String(id)
        }
        return json + "]"
    }

    /// UTF-8 `text` cut at each ASCII `separator` byte, at most `maxSplits`
    /// times, keeping empty fields; the first field is the one of `known`
    /// it equals, when it does.
    static func fields(_ text: UnsafeBufferPointer<UInt8>, separator: UInt8, maxSplits: Int, known: [String] = []) -> [String] {
        var fields: [String] = []
        var start = 0
        func add(_ end: Int) {
            let field = UnsafeBufferPointer(rebasing: text[start..<end])
            fields.append(
                (fields.isEmpty ? known.first { ColumnReader.equal($0, field) } : nil)
                    ?? String(decoding: field, as: UTF8.self))
        }
        for index in text.indices where text[index] == separator && fields.count < maxSplits {
            add(index)
            start = index + 1
        }
        add(text.count)
        return fields
    }

    /// Every holder's commitments and outcomes, by holder.
    struct Loaded {
        /// Each holder's rows, in date order (``TrackingStatement/inDateOrder(_:)``).
        var byHolder: [Int64: [TrackingStatement]] = [:]
        /// Each statement's sentence.
        var sentences: [Int64: Int64] = [:]

        var holders: [Int64] { byHolder.keys.sorted() }

        /// The rows of these holders as ``load(holderIDs:)`` reads them: by
        /// date, then statement (a statement with several of these holders
        /// once for each, by holder).
        func rows(of holderIDs: [Int64]) -> [TrackingStatement] {
            let holders = Set(holderIDs).filter { byHolder[$0] != nil }
            guard holders.count > 1 else { return holders.first.flatMap { byHolder[$0] } ?? [] }
            var rows: [TrackingStatement] = []
            for holder in holders { rows += byHolder[holder] ?? [] }
            rows.sort { $0.rank < $1.rank }
            return rows
        }
    }

    /// Every holder's commitments and outcomes, read in one pass over the
    /// statements (for most parties at once, far less reading than a party at
    /// a time through the actor index), with what linking compares worked out
    /// once for each.
    func loadAll() throws -> Loaded {
        var names: [Int64: String] = [:]
        let nameQuery = try db.cachedStatement(sql: "SELECT id, name FROM actor")
        let nameRows = try Row.fetchCursor(nameQuery)
        let nameColumns = ColumnReader(nameQuery)
        while try nameRows.next() != nil { names[nameColumns.int64(0)] = nameColumns.string(1) }
        // The statements are read in table order (NOT INDEXED, the outer loop
        // of the CROSS JOIN), so that the holders, times and topics are looked
        // up in statement order too, not through an index in date order, which
        // would jump about the table; then sorted by date.
        let query = try db.cachedStatement(
            sql: Self.rowColumns + """
                FROM statement s NOT INDEXED CROSS JOIN statement_actor h
                WHERE h.statement_id = s.id AND h.role = 'holder' AND s.kind IN ('commitment', 'achievement')
                  AND s.review != 'rejected'
                """)
        var all = try preparedRows(query, names: names)
        // Outcomes with no holder, each given to the one party whose pledge it matches.
        for made in try attributedOutcomes(holderIDs: nil, names: names) {
            linker.prepare(made)
            all.append(made)
        }
        // Date order (then statement, then holder), sorted here rather than by
        // SQLite, whose sorter would carry every column of hundreds of
        // thousands of rows, spilling to disk. Undated rows first, as SQL sorts NULL.
        all = TrackingStatement.inDateOrder(all)
        var loaded = Loaded()
        loaded.sentences.reserveCapacity(all.count)
        for (rank, made) in all.enumerated() {
            made.rank = rank
            loaded.byHolder[made.holderID, default: []].append(made)
            loaded.sentences[made.id] = made.sentenceID
        }
        return loaded
    }

    /// Every row of a load query (``rowColumns``) with a known holder, each with what linking compares worked
    /// out: once per wording (``RowWordings``), a later row of it sharing the first one's.
    private func preparedRows(
        _ query: GRDB.Statement, arguments: StatementArguments = [], names: [Int64: String]
    ) throws -> [TrackingStatement] {
        let rows = try Row.fetchCursor(query, arguments: arguments)
        let columns = ColumnReader(query)
        let wordings = RowWordings()
        var found: [TrackingStatement] = []
        while try rows.next() != nil {
            let hash = RowWordings.hash(columns)
            let like = wordings.row(like: columns, hash: hash)
            guard let made = try Self.row(columns, names: names, like: like) else { continue }
            if let like {
                linker.prepare(made, like: like)
            } else {
                linker.prepare(made)
                wordings.add(made, columns, hash: hash)
            }
            found.append(made)
        }
        return found
    }

    /// Runs `sql`, whose one argument is a JSON array of ids (`IN (SELECT value FROM json_each(?))`),
    /// for `ids`, handing each row to `body`. The statement is prepared once per connection.
    private static func fetch(_ ids: [Int64], sql: String, _ db: Database, _ body: (ColumnReader) -> Void) throws {
        guard !ids.isEmpty else { return }
        let query = try db.cachedStatement(sql: sql)
        let rows = try Row.fetchCursor(query, arguments: [jsonArray(ids)])
        let columns = ColumnReader(query)
        while try rows.next() != nil { body(columns) }
    }

    /// The sentence, document title and source of every piece of evidence in
    /// `tracked` (`sentences`: each statement's sentence). With `quotedOnly`,
    /// of what a table or Markdown report shows: the quoted reports and
    /// outcomes, the possible outcomes and the reversal (not the delays, and
    /// not the status history, which is shown by day and document only).
    func fillEvidence(_ lists: inout [[TrackedCommitment]], sentences: [Int64: Int64], quotedOnly: Bool = false) throws {
        var ids: [Int64] = []
        var documents: [Int64] = []
        var seen: Set<Int64> = []
        var seenDocuments: Set<Int64> = []
        for item in lists.joined() {
            let reports = quotedOnly ? item.quotedReports : item.reports
            let outcomes = quotedOnly ? item.quotedOutcomes : item.outcomes
            let unquoted = quotedOnly ? [] : item.delays.map(\.evidence) + item.history.compactMap(\.evidence)
            for evidence in reports + outcomes.map(\.evidence) + item.possibleOutcomes.map(\.evidence)
                + (item.reversal.map { [$0] } ?? []) + item.reversals + item.undone + unquoted
            where seen.insert(evidence.statementID).inserted {
                ids.append(evidence.statementID)
                if seenDocuments.insert(evidence.documentID).inserted { documents.append(evidence.documentID) }
            }
        }
        var texts: [Int64: String] = [:]
        var titles: [Int64: String] = [:]
        var sources: [Int64: String] = [:]
        // Past some tens of thousands of statements (a report on every party),
        // reading the sentences and sources in table order beats looking each up.
        if ids.count > 20_000 {
            let wanted = Set(ids.compactMap { sentences[$0] })
            let rows = try Row.fetchCursor(db, sql: "SELECT id, text FROM sentence")
            while let row = try rows.next() {
                let id: Int64 = row[0]
                if wanted.contains(id) { texts[id] = row[1] }
            }
            var positions: [Int64: Int64] = [:]
            let roles = try Row.fetchCursor(
                db,
                sql: """
                    SELECT so.statement_id, so.position, sa.name FROM statement_actor so NOT INDEXED
                    JOIN actor sa ON sa.id = so.actor_id WHERE so.role = 'source'
                    """)
            while let row = try roles.next() {
                let id: Int64 = row[0]
                let position: Int64 = row[1]
                guard seen.contains(id), positions[id].map({ position < $0 }) ?? true else { continue }
                positions[id] = position
                sources[id] = row[2]
            }
        } else {
            try Self.fetch(
                ids.compactMap { sentences[$0] }, sql: "SELECT id, text FROM sentence WHERE id IN (SELECT value FROM json_each(?))",
                db
            ) { row in
                texts[row.int64(0)] = row.string(1)
            }
            try Self.fetch(
                ids,
                sql: """
                    SELECT so.statement_id, sa.name FROM statement_actor so JOIN actor sa ON sa.id = so.actor_id
                    WHERE so.role = 'source' AND so.statement_id IN (SELECT value FROM json_each(?))
                    ORDER BY so.statement_id, so.position
                    """, db
            ) { row in
                let id = row.int64(0)
                if sources[id] == nil { sources[id] = row.string(1) }
            }
        }
        try Self.fetch(documents, sql: "SELECT id, title FROM document WHERE id IN (SELECT value FROM json_each(?))", db) { row in
            if let title = row.string(1) { titles[row.int64(0)] = title }
        }
        func filled(_ evidence: Evidence) -> Evidence {
            guard let sentence = sentences[evidence.statementID], let text = texts[sentence] else { return evidence }
            var evidence = evidence
            evidence.documentTitle = titles[evidence.documentID]
            evidence.source = sources[evidence.statementID]
            evidence.sentence = text
            return evidence
        }
        for list in lists.indices {
            for index in lists[list].indices {
                lists[list][index].reports = lists[list][index].reports.map(filled)
                for outcome in lists[list][index].outcomes.indices {
                    lists[list][index].outcomes[outcome].evidence = filled(lists[list][index].outcomes[outcome].evidence)
                }
                lists[list][index].reversal = lists[list][index].reversal.map(filled)
                lists[list][index].reversals = lists[list][index].reversals.map(filled)
                lists[list][index].undone = lists[list][index].undone.map(filled)
                for outcome in lists[list][index].possibleOutcomes.indices {
                    lists[list][index].possibleOutcomes[outcome].evidence = filled(lists[list][index].possibleOutcomes[outcome].evidence)
                }
                for delay in lists[list][index].delays.indices {
                    lists[list][index].delays[delay].evidence = filled(lists[list][index].delays[delay].evidence)
                }
                for change in lists[list][index].history.indices {
                    lists[list][index].history[change].evidence = lists[list][index].history[change].evidence.map(filled)
                }
            }
        }
    }
}
