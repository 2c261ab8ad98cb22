import Foundation
import GRDB
public import TrackerAnalysis

extension TrackerDatabase {
    /// What `actor` (or anyone affiliated to it) has committed to, with
    /// statuses as of `asOf`: affirmed commitments first; commitments it has
    /// explicitly not made (negated) are returned separately.
    ///
    /// With `quotedOnly`, only the quoted evidence (``TrackedCommitment/quotedReports``,
    /// ``TrackedCommitment/quotedOutcomes``; the first report among them) gets
    /// its sentence, title and source: what a table shows.
    public func commitments(
        of actor: String, asOf: CalendarDate, groups: ActionGroups = .standard,
        quotedOnly: Bool = false
    ) throws
        -> (commitments: [TrackedCommitment], nonCommitments: [TrackedCommitment])
    {
        try linkerMemories.with(groups) { memory in
            try read { db in
                guard let actorID = try Self.actorID(named: actor, db) else {
                    throw StoreError.notFound("no actor named '\(actor)'; see 'tracker actors list'")
                }
                let tracker = try CommitmentLoader(db: db, groups: groups, asOf: asOf, memory: memory)
                let all = try tracker.track(holderIDs: try Self.actorAndAffiliates(actorID, db), quotedOnly: quotedOnly)
                return TrackedCommitment.affirmedAndNot(all)
            }
        }
    }

    /// What ``commitments(of:asOf:groups:)`` returns for each of `parties`, in
    /// their order, with the statements read in one pass for all of them: for
    /// a report on every party, much less reading than a party at a time.
    ///
    /// With `quotedOnly`, only the evidence a Markdown report quotes
    /// (``TrackedCommitment/quotedReports`` and ``TrackedCommitment/quotedOutcomes``)
    /// gets its sentence, title and source; the rest keeps its ids and date.
    public func commitments(
        ofEach parties: [String], asOf: CalendarDate, groups: ActionGroups = .standard,
        quotedOnly: Bool = false
    ) throws
        -> [(commitments: [TrackedCommitment], nonCommitments: [TrackedCommitment])]
    {
        try linkerMemories.with(groups) { memory in
            try read { db in
                let tracker = try CommitmentLoader(db: db, groups: groups, asOf: asOf, memory: memory)
                let all = try tracker.loadAll()
                var sentences = all.sentences
                let children = try Self.affiliateMap(db)
                var results: [[TrackedCommitment]] = []
                for party in parties {
                    guard let actorID = try Self.actorID(named: party, db) else {
                        throw StoreError.notFound("no actor named '\(party)'; see 'tracker actors list'")
                    }
                    results.append(
                        try tracker.track(
                            all.rows(of: Self.actorAndAffiliates(actorID, children: children)), heldBy: nil,
                            sentences: &sentences))
                }
                try tracker.fillEvidence(&results, sentences: sentences, quotedOnly: quotedOnly)
                return results.map(TrackedCommitment.affirmedAndNot)
            }
        }
    }

    /// Every commitment with its status as of `asOf`: each holder's commitments
    /// linked to the outcomes of that holder and of the actors affiliated to it
    /// (as `tracker commitments HOLDER` links them), holders in id order.
    /// Without `evidence`, each piece of evidence has its ids, date and review
    /// but no sentence, title or source.
    public func allCommitments(
        asOf: CalendarDate, evidence: Bool = true, groups: ActionGroups = .standard
    ) throws
        -> [TrackedCommitment]
    {
        try read { db in try Self.allCommitments(asOf: asOf, evidence: evidence, groups: groups, db) }
    }

    static func allCommitments(
        asOf: CalendarDate, evidence: Bool, groups: ActionGroups, _ db: Database
    ) throws
        -> [TrackedCommitment]
    {
        let tracker = try CommitmentLoader(db: db, groups: groups, asOf: asOf)
        let all = try tracker.loadAll()
        var sentences = all.sentences
        let children = try affiliateMap(db)
        var results: [[TrackedCommitment]] = []
        for holder in all.holders {
            results.append(
                try tracker.track(
                    all.rows(of: actorAndAffiliates(holder, children: children)), heldBy: holder,
                    sentences: &sentences))
        }
        if evidence { try tracker.fillEvidence(&results, sentences: sentences) }
        return Array(results.joined())
    }

    /// Each actor's affiliates and the actors merged into it, read in one
    /// query, for ``actorAndAffiliates(_:children:)`` over many parties.
    static func affiliateMap(_ db: Database) throws -> [Int64: [Int64]] {
        var children: [Int64: [Int64]] = [:]
        let rows = try Row.fetchCursor(
            db, sql: "SELECT id, parent_id, merged_into_id FROM actor WHERE parent_id IS NOT NULL OR merged_into_id IS NOT NULL")
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
            return try Int64.fetchAll(
                db, sql: "SELECT id FROM actor WHERE parent_id IN (\(placeholders)) OR merged_into_id IN (\(placeholders))",
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
