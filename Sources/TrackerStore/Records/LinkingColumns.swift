import TrackerAnalysis

/// The statement's `linking_time` and `topic_keys` columns (Schema/003): its
/// time and topics as linking reads them, on the statement row. Whoever
/// inserts a statement with its time and topics sets them from here; the
/// schema's triggers keep them right when a time or topic row is later
/// changed or deleted. (A time or topic row inserted for a statement stored
/// earlier needs its column set too: there is no insert trigger.)
enum LinkingColumns {
    /// "deadline 2019-02-28": the role, then a space and the value when there is one.
    static func time(role: TimeExpression.Role, value: String?) -> String {
        value.map { role.rawValue + " " + $0 } ?? role.rawValue
    }

    /// The distinct keys in SQLite's (byte) order, joined by commas; nil for none.
    static func topicKeys(_ keys: [String]) -> String? {
        switch keys.count {
        case 0: return nil
        case 1: return keys[0]
        default:
            let sorted = keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            var joined = sorted[0]
            for (previous, key) in zip(sorted, sorted.dropFirst()) where key != previous {
                joined += "," + key
            }
            return joined
        }
    }
}
