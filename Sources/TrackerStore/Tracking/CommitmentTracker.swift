import Foundation
import GRDB
public import TrackerAnalysis

/// The status of a commitment as of a date (docs/ANNOTATION.md).
public enum CommitmentStatus: String, Sendable, Codable, CaseIterable {
    case kept
    case inProgress = "in progress"
    case partlyKept = "partly kept"
    case broken
    case overdue
    case pending
    case disputed
}

/// How an outcome bears on a commitment.
public enum OutcomeRelation: String, Sendable, Codable {
    case fulfils, contradicts, progresses
}

/// A piece of evidence: a stored statement with where and when it was said.
public struct Evidence: Sendable, Hashable, Codable {
    /// The statement's id.
    public var statementID: Int64
    /// The document's id.
    public var documentID: Int64
    /// The document's title, if known.
    public var documentTitle: String?
    /// The document's publication date, if known.
    public var date: String?
    /// Who said it, if named.
    public var source: String?
    /// The sentence, quoted as evidence.
    public var sentence: String
    /// `unreviewed`, or what a person did: `confirmed`, `corrected`, `added`.
    public var review: String = "unreviewed"

    /// Evidence from a stored statement.
    public init(statementID: Int64, documentID: Int64, documentTitle: String?, date: String?, source: String?,
                sentence: String, review: String = "unreviewed") {
        self.statementID = statementID
        self.documentID = documentID
        self.documentTitle = documentTitle
        self.date = date
        self.source = source
        self.sentence = sentence
        self.review = review
    }

    /// Whether a person reviewed (confirmed, corrected) or added the statement.
    public var isReviewed: Bool { review != "unreviewed" }
}

/// A commitment as tracked: one pledge, however often it was reported, with
/// its outcomes and its status as of a date.
public struct TrackedCommitment: Sendable, Hashable, Codable {
    /// An achievement linked to the commitment, and how it bears on it.
    public struct Outcome: Sendable, Hashable, Codable {
        /// Fulfils, progresses or contradicts.
        public var relation: OutcomeRelation
        /// What was done, as written.
        public var action: String?
        /// Whether it was done or reported not done.
        public var polarity: Polarity
        /// Where it was reported.
        public var evidence: Evidence
        /// Why they were linked: shared holder, action group, topic.
        public var reasons: [String]
        /// How much the reasons add up to, 0 to 1 (1 for a person's decision).
        public var score: Double
    }

    /// Links scoring below this are not reported (every rule-made link needs a
    /// shared holder and a shared or opposite action, 0.7 together).
    public static let reportingThreshold = 0.5

    /// Who committed.
    public var holder: String
    /// What was promised, as first written.
    public var action: String?
    /// Its normalised form, which linking compares.
    public var normalizedAction: String?
    /// The deadline's value, if one was given.
    public var deadline: String?
    /// Topic keys.
    public var topics: [String]
    /// Negated for an explicit refusal, listed apart.
    public var polarity: Polarity
    /// Uncertain when the pledge was reported hedged.
    public var certainty: Certainty
    /// Its status as of the day asked.
    public var status: CommitmentStatus
    /// Every report of the pledge (the first is where it was made).
    public var reports: [Evidence]
    /// The outcomes linked, scoring at least `reportingThreshold`.
    public var outcomes: [Outcome]
    /// A later statement by the holder withdrawing the pledge.
    public var reversal: Evidence?
    /// Why the reports were merged into one commitment, when there are several.
    public var mergedBecause: [String]

    /// The reports a Markdown report quotes: the first two and the latest (a
    /// pledge repeated in hundreds of articles would otherwise be hundreds of
    /// near-identical lines); the others are counted.
    public var quotedReports: [Evidence] {
        reports.count <= 3 ? reports : Array(reports.prefix(2)) + [reports[reports.count - 1]]
    }

    /// The outcomes a Markdown report quotes: the first five, in date order.
    public var quotedOutcomes: [Outcome] { Array(outcomes.prefix(5)) }
}

extension TrackerDatabase {
    /// What `actor` (or anyone affiliated to it) has committed to, with
    /// statuses as of `asOf`: affirmed commitments first; commitments it has
    /// explicitly not made (negated) are returned separately.
    ///
    /// With `quotedOnly`, only the quoted evidence (``TrackedCommitment/quotedReports``,
    /// ``TrackedCommitment/quotedOutcomes``; the first report among them) gets
    /// its sentence, title and source: what a table shows.
    public func commitments(of actor: String, asOf: CalendarDate, groups: ActionGroups = .standard,
                            quotedOnly: Bool = false) throws
        -> (commitments: [TrackedCommitment], nonCommitments: [TrackedCommitment]) {
        try read { db in
            guard let actorID = try Self.actorID(named: actor, db) else {
                throw StoreError.notFound("no actor named '\(actor)'; see 'tracker actors list'")
            }
            let tracker = CommitmentTracker(db: db, groups: groups, asOf: asOf)
            let all = try tracker.track(holderIDs: try Self.actorAndAffiliates(actorID, db), quotedOnly: quotedOnly)
            return (all.filter { $0.polarity == .affirmed }, all.filter { $0.polarity == .negated })
        }
    }

    /// What ``commitments(of:asOf:groups:)`` returns for each of `parties`, in
    /// their order, with the statements read in one pass for all of them: for
    /// a report on every party, much less reading than a party at a time.
    ///
    /// With `quotedOnly`, only the evidence a Markdown report quotes
    /// (``TrackedCommitment/quotedReports`` and ``TrackedCommitment/quotedOutcomes``)
    /// gets its sentence, title and source; the rest keeps its ids and date.
    public func commitments(ofEach parties: [String], asOf: CalendarDate, groups: ActionGroups = .standard,
                            quotedOnly: Bool = false) throws
        -> [(commitments: [TrackedCommitment], nonCommitments: [TrackedCommitment])] {
        try read { db in
            let tracker = CommitmentTracker(db: db, groups: groups, asOf: asOf)
            let all = try tracker.loadAll()
            let children = try Self.affiliateMap(db)
            var results: [[TrackedCommitment]] = []
            for party in parties {
                guard let actorID = try Self.actorID(named: party, db) else {
                    throw StoreError.notFound("no actor named '\(party)'; see 'tracker actors list'")
                }
                results.append(try tracker.track(all.rows(of: Self.actorAndAffiliates(actorID, children: children)), heldBy: nil))
            }
            try tracker.fillEvidence(&results, sentences: all.sentences, quotedOnly: quotedOnly)
            return results.map { tracked in
                (tracked.filter { $0.polarity == .affirmed }, tracked.filter { $0.polarity == .negated })
            }
        }
    }

    /// Every commitment with its status as of `asOf`: each holder's commitments
    /// linked to the outcomes of that holder and of the actors affiliated to it
    /// (as `tracker commitments HOLDER` links them), holders in id order.
    /// Without `evidence`, each piece of evidence has its ids, date and review
    /// but no sentence, title or source.
    public func allCommitments(asOf: CalendarDate, evidence: Bool = true, groups: ActionGroups = .standard) throws
        -> [TrackedCommitment] {
        try read { db in try Self.allCommitments(asOf: asOf, evidence: evidence, groups: groups, db) }
    }

    static func allCommitments(asOf: CalendarDate, evidence: Bool, groups: ActionGroups, _ db: Database) throws
        -> [TrackedCommitment] {
        let tracker = CommitmentTracker(db: db, groups: groups, asOf: asOf)
        let all = try tracker.loadAll()
        let children = try affiliateMap(db)
        var results: [[TrackedCommitment]] = []
        for holder in all.holders {
            results.append(try tracker.track(all.rows(of: actorAndAffiliates(holder, children: children)), heldBy: holder))
        }
        if evidence { try tracker.fillEvidence(&results, sentences: all.sentences) }
        return Array(results.joined())
    }

    /// Each actor's affiliates and the actors merged into it, read in one
    /// query, for ``actorAndAffiliates(_:children:)`` over many parties.
    static func affiliateMap(_ db: Database) throws -> [Int64: [Int64]] {
        var children: [Int64: [Int64]] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT id, parent_id, merged_into_id FROM actor WHERE parent_id IS NOT NULL OR merged_into_id IS NOT NULL")
        while let row = try rows.next() {
            let id: Int64 = row[0]
            if let parent: Int64 = row[1] { children[parent, default: []].append(id) }
            if let merged: Int64 = row[2] { children[merged, default: []].append(id) }
        }
        return children
    }

    /// What ``actorAndAffiliates(_:_:)`` finds, from an ``affiliateMap(_:)``.
    static func actorAndAffiliates(_ id: Int64, children: [Int64: [Int64]]) -> [Int64] {
        affiliates(of: id) { frontier in frontier.flatMap { children[$0] ?? [] } }
    }

    /// The actor and every actor affiliated to it (a state's ministers, its White House).
    static func actorAndAffiliates(_ id: Int64, _ db: Database) throws -> [Int64] {
        try affiliates(of: id) { frontier in
            let placeholders = frontier.map { _ in "?" }.joined(separator: ",")
            return try Int64.fetchAll(db, sql: "SELECT id FROM actor WHERE parent_id IN (\(placeholders)) OR merged_into_id IN (\(placeholders))",
                                      arguments: StatementArguments(frontier + frontier))
        }
    }

    /// `id` and the actors `children` finds under it, level by level (at most 500).
    private static func affiliates(of id: Int64, children: ([Int64]) throws -> [Int64]) rethrows -> [Int64] {
        var ids = [id]
        var seen: Set<Int64> = [id]
        var frontier = [id]
        while !frontier.isEmpty, ids.count < 500 {
            frontier = try children(frontier).filter { seen.insert($0).inserted }
            ids += frontier
        }
        return ids
    }
}

/// Links commitments to outcomes and decides statuses, from the store.
struct CommitmentTracker {
    let db: Database
    let groups: ActionGroups
    let asOf: CalendarDate
    /// The human link decisions, read once per tracker (one read transaction).
    let humanLinks: Result<[HumanLink], any Error>
    /// Outcomes' partialness, worked out once per tracker.
    let partialActions = PartialActions()

    init(db: Database, groups: ActionGroups, asOf: CalendarDate) {
        self.db = db
        self.groups = groups
        self.asOf = asOf
        humanLinks = Result { try TrackerDatabase.humanLinks(db) }
    }

    /// A commitment or outcome as linking reads it. A class: rows are passed
    /// from list to list (by holder, by kind, by pledge) thousands of times on
    /// a large store, and a reference is one count to copy where the fields
    /// are a dozen.
    final class Row_ {
        let id: Int64
        let kind: StatementKind
        let polarity: Polarity
        let certainty: Certainty
        let action: String?
        let normalized: String?
        let holderID: Int64
        let holder: String
        let date: String?
        let time: String?
        let timeRole: String?
        let evidence: Evidence
        let topics: [String]
        /// The tracked commitment a person assigned this report to.
        let group: Int64?
        let sentenceID: Int64
        /// The date's digits as a number (20190119; 0 when undated): sorting
        /// hundreds of thousands of rows compares integers, not strings.
        let dateKey: Int
        /// Its place in date order among all rows, when read by ``loadAll()``.
        var rank = 0
        /// What linking compares, when worked out already (``loadAll()``).
        var facts: Facts?

        init(id: Int64, kind: StatementKind, polarity: Polarity, certainty: Certainty, action: String?, normalized: String?,
             holderID: Int64, holder: String, date: String?, time: String?, timeRole: String?, evidence: Evidence,
             topics: [String], group: Int64?, sentenceID: Int64) {
            self.id = id
            self.kind = kind
            self.polarity = polarity
            self.certainty = certainty
            self.action = action
            self.normalized = normalized
            self.holderID = holderID
            self.holder = holder
            self.date = date
            self.time = time
            self.timeRole = timeRole
            self.evidence = evidence
            self.topics = topics
            self.group = group
            self.sentenceID = sentenceID
            var key = 0
            for byte in (date ?? "").utf8.prefix(10) where byte >= 48 && byte <= 57 { key = key &* 10 &+ Int(byte - 48) }
            // A month or a year alone sorts before its first day, as the text does.
            while key > 0, key < 10_000_000 { key *= 100 }
            dateKey = key
        }

        /// `rows` in date order, then statement, then holder (undated first,
        /// as SQL sorts NULL). The keys are copied out and sorted with each
        /// row's place: comparing rows through their references costs
        /// several times more.
        static func inDateOrder(_ rows: [Row_]) -> [Row_] {
            var keys = rows.indices.map { (date: rows[$0].dateKey, id: rows[$0].id, holder: rows[$0].holderID, index: $0) }
            keys.sort { ($0.date, $0.id, $0.holder) < ($1.date, $1.id, $1.holder) }
            return keys.map { rows[$0.index] }
        }
    }

    /// The tracked commitments of these holders (only those held by `heldBy`
    /// when given), linked to the outcomes of any of them. Without `evidence`,
    /// each piece of evidence has its ids, date and review but no sentence,
    /// title or source (enough to store links, and much less to read).
    func track(holderIDs: [Int64], evidence: Bool = true, heldBy: Int64? = nil, quotedOnly: Bool = false) throws -> [TrackedCommitment] {
        let statements = try load(holderIDs: holderIDs)
        var tracked = [try track(statements, heldBy: heldBy)]
        if evidence {
            var sentences: [Int64: Int64] = [:]
            for row in statements { sentences[row.id] = row.sentenceID }
            try fillEvidence(&tracked, sentences: sentences, quotedOnly: quotedOnly)
        }
        return tracked[0]
    }

    func track(_ statements: [Row_], heldBy: Int64?) throws -> [TrackedCommitment] {
        let human = try humanLinks.get()
        let day = asOf.iso
        var commitments: [Row_] = []
        var outcomes: [Row_] = []
        for row in statements where (row.date ?? "") <= day {
            if row.kind == .commitment { commitments.append(row) } else if row.kind == .achievement { outcomes.append(row) }
        }
        // Every row's action group, head noun and topics, worked out once.
        let commitmentFacts = facts(commitments)
        let outcomeFacts = facts(outcomes)
        // Outcomes and negated commitments by action group, each in its order:
        // a commitment looks only at the groups that can bear on it.
        var outcomesByGroup: [String: [Int]] = [:]
        for (index, facts) in outcomeFacts.enumerated() { outcomesByGroup[facts.group, default: []].append(index) }
        var negatedByGroup: [String: [Int]] = [:]
        for (index, commitment) in commitments.enumerated() where commitment.polarity == .negated {
            negatedByGroup[commitmentFacts[index].group, default: []].append(index)
        }
        var humanByCommitment: [Int64: [Int]] = [:]
        for (index, decision) in human.enumerated() { humanByCommitment[decision.commitmentID, default: []].append(index) }
        // The outcomes that can bear on a commitment of each group (its own
        // and the opposite groups'), in their order, found once per group.
        var candidatesByGroup: [String: [Int]] = [:]
        func candidates(_ group: String) -> [Int] {
            if let known = candidatesByGroup[group] { return known }
            var found = outcomesByGroup[group] ?? []
            for (other, indices) in outcomesByGroup where other != group && groups.areOpposite(other, group) {
                found += indices
            }
            found.sort()
            candidatesByGroup[group] = found
            return found
        }
        // One tracked commitment per holder, action group and head: repeats merge.
        var merged: [MergeKey: [Int]] = [:]
        var order: [MergeKey] = []
        for (index, commitment) in commitments.enumerated() where heldBy.map({ $0 == commitment.holderID }) ?? true {
            let key = mergeKey(commitment, commitmentFacts[index])
            if merged[key] == nil { order.append(key) }
            merged[key, default: []].append(index)
        }
        return order.compactMap { key -> TrackedCommitment? in
            guard let members = merged[key], let firstIndex = members.first else { return nil }
            let reports = members.map { commitments[$0] }
            let first = commitments[firstIndex]
            let firstFacts = commitmentFacts[firstIndex]
            let group = firstFacts.group
            let deadline = reports.compactMap { $0.timeRole == "deadline" ? $0.time : nil }.first
            var linked: [TrackedCommitment.Outcome] = []
            var reversal: Evidence?
            // "No commitment to halt testing": a later test breaks nothing.
            if first.polarity == .affirmed {
                // Only outcomes in this action group or an opposite one can link, in their order.
                for index in candidates(group) {
                    let outcome = outcomes[index]
                    let facts = outcomeFacts[index]
                    // (An outcome dated before the pledge, "cut its tariff ... in 2023", is history, not an outcome.)
                    guard (outcome.date ?? "") >= (first.date ?? ""),
                          !(outcome.timeRole == "occurred"
                            && (outcome.time ?? "9999") < String((first.date ?? "").prefix((outcome.time ?? "").count))) else { continue }
                    guard outcome.polarity == .affirmed else { continue }
                    let sameAction = facts.group == group
                    guard sameAction || groups.areOpposite(facts.group, group) else { continue }
                    let sameTopic = Self.shareAny(facts.topics, firstFacts.topics)
                    let sameHead = firstFacts.head != nil && facts.head == firstFacts.head
                    let score = 0.4 + 0.3 + (sameTopic ? 0.2 : 0) + (sameHead ? 0.1 : 0)
                    // The same verb on an unrelated matter is no outcome: a head noun or topic must match.
                    guard sameTopic || sameHead || firstFacts.head == nil, score >= TrackedCommitment.reportingThreshold else { continue }
                    let relation: OutcomeRelation = sameAction ? (partialActions.isPartial(outcome.action) ? .progresses : .fulfils)
                        : .contradicts
                    // Why, in words (only for the outcomes linked).
                    var reasons = ["same holder", sameAction ? "same action (\(group))" : "opposite action (\(facts.group) against \(group))"]
                    if sameTopic { reasons.append("same topic") }
                    if sameHead { reasons.append("same object (\(firstFacts.head ?? ""))") }
                    linked.append(.init(relation: relation, action: outcome.action, polarity: outcome.polarity,
                                        evidence: outcome.evidence, reasons: reasons, score: min(score, 1)))
                }
            }
            // Human decisions win: an unlinked pair goes, a linked pair comes with its relation.
            let decisions = humanByCommitment.isEmpty ? []
                : Set(reports.flatMap { humanByCommitment[$0.id] ?? [] }).sorted().map { human[$0] }
            for decision in decisions {
                linked.removeAll { $0.evidence.statementID == decision.outcomeID }
                if decision.linked, let outcome = outcomes.first(where: { $0.id == decision.outcomeID }) ?? statements.first(where: { $0.id == decision.outcomeID }) {
                    linked.append(.init(relation: decision.relation ?? .fulfils, action: outcome.action, polarity: outcome.polarity,
                                        evidence: outcome.evidence, reasons: ["human decision"] + (decision.note.map { [$0] } ?? []),
                                        score: 1))
                }
            }
            // A later negated commitment by the same holder on the same action: a reversal.
            if first.polarity == .affirmed {
                reversal = (negatedByGroup[group] ?? []).first { index in
                    (commitments[index].date ?? "") > (first.date ?? "")
                        && (commitmentFacts[index].head == firstFacts.head || Self.shareAny(commitmentFacts[index].topics, firstFacts.topics))
                }.map { commitments[$0].evidence }
            }
            let status = self.status(deadline: deadline, outcomes: linked, reversed: reversal != nil)
            var because: [String] = []
            if reports.count > 1 {
                because = first.group.map { ["split or grouped by a person (\($0))"] }
                    ?? ["same holder (\(first.holder))", "same action (\(group))", "same object (\(firstFacts.head ?? "none"))"]
            }
            return TrackedCommitment(holder: first.holder, action: first.action, normalizedAction: first.normalized,
                                     deadline: deadline, topics: first.topics, polarity: first.polarity,
                                     certainty: first.certainty, status: status, reports: reports.map(\.evidence),
                                     outcomes: linked, reversal: reversal, mergedBecause: because)
        }
    }

    /// What linking compares of a statement, worked out once: its action
    /// group, the head noun of its normalised action (nil for a bare verb),
    /// and its topics.
    struct Facts {
        var group: String
        var head: String?
        /// A handful at most: comparing arrays beats building sets.
        var topics: [String]
    }

    /// Whether an outcome's action reports part of something ("withdrew
    /// troops from two of the five posts"), worked out once per action, and
    /// only for the outcomes that get as far as linking.
    final class PartialActions {
        private var known: [String: Bool] = [:]

        func isPartial(_ action: String?) -> Bool {
            guard let action else { return false }
            if let partial = known[action] { return partial }
            let partial = CommitmentTracker.isPartial(action)
            known[action] = partial
            return partial
        }
    }

    /// Whether two short lists share an element.
    static func shareAny(_ a: [String], _ b: [String]) -> Bool {
        a.contains { b.contains($0) }
    }

    /// The facts of every row; rows with the same normalised action share
    /// its group and head.
    private func facts(_ rows: [Row_]) -> [Facts] {
        var actions: [String: (group: String, head: String?)] = [:]
        return rows.map { row in row.facts ?? facts(of: row, actions: &actions) }
    }

    /// A row's facts; `actions` holds the group and head of each normalised
    /// action seen so far (reports of one pledge repeat their action).
    private func facts(of row: Row_, actions: inout [String: (group: String, head: String?)]) -> Facts {
        let normalized = row.normalized ?? ""
        let action = actions[normalized] ?? {
            let made = (groups.group(ofAction: normalized), Self.head(row))
            actions[normalized] = made
            return made
        }()
        return Facts(group: action.group, head: action.head, topics: row.topics)
    }

    func status(deadline: String?, outcomes: [TrackedCommitment.Outcome], reversed: Bool) -> CommitmentStatus {
        let fulfils = outcomes.contains { $0.relation == .fulfils }
        let contradicts = outcomes.contains { $0.relation == .contradicts }
        let progresses = outcomes.contains { $0.relation == .progresses }
        let passed = deadline.map { CalendarDate.lastDay(of: $0) < asOf.iso } ?? false
        if fulfils && contradicts { return .disputed }
        if contradicts || reversed { return .broken }
        if fulfils { return .kept }
        if progresses { return passed ? .partlyKept : .inProgress }
        return passed ? .overdue : .pending
    }

    /// Reports of one pledge by one holder, affirmed or negated, share a
    /// key: its action group and object, unless a person put the report in a
    /// group of its own (`tracker split`).
    struct MergeKey: Hashable {
        var holderID: Int64
        var polarity: Polarity
        var personGroup: Int64?
        var group: String
        var head: String?
    }

    private func mergeKey(_ row: Row_, _ facts: Facts) -> MergeKey {
        if let group = row.group {
            return MergeKey(holderID: row.holderID, polarity: row.polarity, personGroup: group, group: "", head: nil)
        }
        return MergeKey(holderID: row.holderID, polarity: row.polarity, personGroup: nil, group: facts.group, head: facts.head)
    }

    static func head(_ row: Row_) -> String? {
        guard let normalized = row.normalized else { return nil }
        let words = normalized.split(separator: " ")
        return words.count > 1 ? String(words.last!) : nil
    }

    /// "withdrew troops from two of the five posts": part of what was promised.
    static func isPartial(_ action: String) -> Bool {
        let action = action.lowercased()
        let bytes = Array(action.utf8)
        return Self.contains(action, bytes, " of the ") || Self.contains(action, bytes, "first ")
            || Self.contains(action, bytes, " some ")
    }

    /// Whether `text` contains the ASCII `needle`, as Foundation's `contains`
    /// answers. Text whose bytes lack the needle cannot contain it (no other
    /// character is canonically equivalent to a lower-case ASCII letter or a
    /// space), and ASCII text that has them does: only other text needs
    /// Foundation's (slow) search.
    static func contains(_ text: String, _ bytes: [UInt8], _ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard bytes.count >= pattern.count else { return false }
        var found = false
        search: for start in 0...(bytes.count - pattern.count) {
            for offset in pattern.indices where bytes[start + offset] != pattern[offset] { continue search }
            found = true
            break
        }
        guard found else { return false }
        return bytes.allSatisfy { $0 < 0x80 } || text.contains(needle)
    }

    /// The holders' commitments and outcomes, in date order, with what
    /// linking needs; the evidence's sentence, title and source come later,
    /// for the statements a result shows (``fillEvidence(_:)``).
    private func load(holderIDs: [Int64]) throws -> [Row_] {
        guard !holderIDs.isEmpty else { return [] }
        // Constant SQL, prepared once per connection: the ids are one JSON array.
        let holders = Self.jsonArray(holderIDs)
        var names: [Int64: String] = [:]
        try Self.fetch(holderIDs, sql: "SELECT id, name FROM actor WHERE id IN (SELECT value FROM json_each(?))", db) { row in
            names[row.int64(0)] = row.string(1)
        }
        let query = try db.cachedStatement(sql: Self.rowColumns + """
            FROM statement_actor h
            JOIN statement s ON s.id = h.statement_id
            WHERE h.role = 'holder' AND h.actor_id IN (SELECT value FROM json_each(?))
              AND s.kind IN ('commitment', 'achievement') AND s.review != 'rejected'
            """)
        let rows = try Row.fetchCursor(query, arguments: [holders])
        let columns = ColumnReader(query)
        var loaded: [Row_] = []
        while try rows.next() != nil {
            if let made = Self.row(columns, names: names) { loaded.append(made) }
        }
        // By date, then statement (sorted here: SQLite's sorter would carry
        // every column of every row). Undated rows first, as SQL sorts NULL.
        loaded = Row_.inDateOrder(loaded)
        return loaded
    }

    /// What both load queries read of a statement `s` and its holder row `h`,
    /// in the order ``row(_:names:)`` reads them (ending in a line break,
    /// for the `FROM` that follows).
    static let rowColumns = """
            SELECT s.id, s.kind, s.polarity, s.certainty, s.action, s.normalized_action, s.reported_on, s.review,
                   s.tracked_commitment_id, h.actor_id, s.document_id, s.linking_time, s.topic_keys, s.sentence_id

        """

    /// The current row of a load query (columns in their order), or nil when its holder is unknown.
    static func row(_ columns: ColumnReader, names: [Int64: String]) -> Row_? {
        let holderID = columns.int64(9)
        guard let holder = names[holderID] else { return nil }
        let id = columns.int64(0)
        let date = columns.string(6)
        // The time's role and value: "deadline 2019-02-28" (a role has no space).
        // Split on bytes: String's split compares Characters, thousands of instructions a row.
        let time = columns.bytes(11).map { Self.fields($0, separator: UInt8(ascii: " "), maxSplits: 1, known: Self.timeRoles) }
        let topics = columns.bytes(12).map { Self.fields($0, separator: UInt8(ascii: ","), maxSplits: .max) } ?? []
        return Row_(id: id, kind: columns.value(1, among: Self.kinds) ?? .claim,
                    polarity: columns.value(2, among: Self.polarities) ?? .affirmed,
                    certainty: columns.value(3, among: Self.certainties) ?? .certain,
                    action: columns.string(4), normalized: columns.string(5), holderID: holderID,
                    holder: holder, date: date, time: time.flatMap { $0.count > 1 ? $0[1] : nil },
                    timeRole: time.map { $0[0] },
                    evidence: Evidence(statementID: id, documentID: columns.int64(10), documentTitle: nil,
                                       date: date, source: nil, sentence: "", review: columns.string(7, among: Self.reviews) ?? ""),
                    topics: topics, group: columns.optionalInt64(8), sentenceID: columns.int64(13))
    }

    // The values of the few-valued columns, which rows share rather than copy.
    private static let kinds = StatementKind.allCases
    private static let polarities = Polarity.allCases
    private static let certainties = Certainty.allCases
    private static let reviews = ["unreviewed", "confirmed", "corrected", "rejected", "added"]
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
            fields.append((fields.isEmpty ? known.first { ColumnReader.equal($0, field) } : nil)
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
        /// Each holder's rows, in date order (``Row_/inDateOrder(_:)``).
        var byHolder: [Int64: [Row_]] = [:]
        /// Each statement's sentence.
        var sentences: [Int64: Int64] = [:]

        var holders: [Int64] { byHolder.keys.sorted() }

        /// The rows of these holders as ``load(holderIDs:)`` reads them: by
        /// date, then statement (a statement with several of these holders
        /// once for each, by holder).
        func rows(of holderIDs: [Int64]) -> [Row_] {
            let holders = Set(holderIDs).filter { byHolder[$0] != nil }
            guard holders.count > 1 else { return holders.first.flatMap { byHolder[$0] } ?? [] }
            var rows: [Row_] = []
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
        let query = try db.cachedStatement(sql: Self.rowColumns + """
            FROM statement s NOT INDEXED CROSS JOIN statement_actor h
            WHERE h.statement_id = s.id AND h.role = 'holder' AND s.kind IN ('commitment', 'achievement')
              AND s.review != 'rejected'
            """)
        let rows = try Row.fetchCursor(query)
        let columns = ColumnReader(query)
        var all: [Row_] = []
        var actions: [String: (group: String, head: String?)] = [:]
        while try rows.next() != nil {
            guard let made = Self.row(columns, names: names) else { continue }
            made.facts = facts(of: made, actions: &actions)
            all.append(made)
        }
        // Date order (then statement, then holder), sorted here rather than by
        // SQLite, whose sorter would carry every column of hundreds of
        // thousands of rows, spilling to disk. Undated rows first, as SQL sorts NULL.
        all = Row_.inDateOrder(all)
        var loaded = Loaded()
        loaded.sentences.reserveCapacity(all.count)
        for (rank, made) in all.enumerated() {
            made.rank = rank
            loaded.byHolder[made.holderID, default: []].append(made)
            loaded.sentences[made.id] = made.sentenceID
        }
        return loaded
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
    /// `tracked` (`sentences`: each statement's sentence).
    func fillEvidence(_ lists: inout [[TrackedCommitment]], sentences: [Int64: Int64], quotedOnly: Bool = false) throws {
        var ids: [Int64] = []
        var documents: [Int64] = []
        var seen: Set<Int64> = []
        var seenDocuments: Set<Int64> = []
        for item in lists.joined() {
            let reports = quotedOnly ? item.quotedReports : item.reports
            let outcomes = quotedOnly ? item.quotedOutcomes : item.outcomes
            for evidence in reports + outcomes.map(\.evidence) + (item.reversal.map { [$0] } ?? [])
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
            let roles = try Row.fetchCursor(db, sql: """
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
            try Self.fetch(ids.compactMap { sentences[$0] }, sql: "SELECT id, text FROM sentence WHERE id IN (SELECT value FROM json_each(?))",
                           db) { row in
                texts[row.int64(0)] = row.string(1)
            }
            try Self.fetch(ids, sql: """
                SELECT so.statement_id, sa.name FROM statement_actor so JOIN actor sa ON sa.id = so.actor_id
                WHERE so.role = 'source' AND so.statement_id IN (SELECT value FROM json_each(?))
                ORDER BY so.statement_id, so.position
                """, db) { row in
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
            }
        }
    }
}

