import Foundation
import Testing
import TrackerSchema

@Suite struct SchemaTests {
    /// Every `.sql` file in `Schema/` is registered, in file-name order, and
    /// the registered SQL is the file's.
    @Test func everySchemaFileIsRegisteredInOrder() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Schema")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".sql") }.sorted()
        #expect(SchemaMigrations.all.map { $0.identifier + ".sql" } == files)
        for migration in SchemaMigrations.all {
            let text = try String(contentsOf: folder.appendingPathComponent(migration.identifier + ".sql"), encoding: .utf8)
            #expect(text == migration.sql, "\(migration.identifier) differs from its file: rebuild")
        }
    }
}
