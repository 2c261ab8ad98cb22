import TrackerAnalysis

/// The statement's `linking_time` and `topic_keys` columns (Schema/003): its
/// time and topics as linking reads them, on the statement row. Writers that
/// insert a statement with its time and topics set them here too, so that the
/// schema's triggers (which keep the columns equal to `time_expression` and
/// `statement_topic` whoever writes) find them right and rewrite nothing.
enum LinkingColumns {
    /// "deadline 2019-02-28": the role, then a space and the value when there is one.
    static func time(role: TimeExpression.Role, value: String?) -> String {
        value.map { role.rawValue + " " + $0 } ?? role.rawValue
    }

    /// The distinct keys in SQLite's (byte) order, joined by commas; nil for none.
    static func topicKeys(_ keys: [String]) -> String? {
        guard !keys.isEmpty else { return nil }
        return Set(keys).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.joined(separator: ",")
    }
}
