import GRDB
import TrackerAnalysis

/// The owner of the `topic` table: the only code that writes its rows.
enum TopicRecord: TableRecord {
    static let databaseTableName = "topic"

    /// Stores topic `key` with its label from the standard topic list (the key itself when the list lacks it);
    /// a topic stored already is left as it is.
    static func ensure(_ key: String, _ db: Database) throws {
        try db.execute(
            sql: "INSERT OR IGNORE INTO topic (key, label) VALUES (?, ?)",
            arguments: [key, TopicList.standard.label(of: key) ?? key])
    }
}
