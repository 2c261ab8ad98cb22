import ArgumentParser

/// Formats for commands that list things.
enum ListFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv, markdown
}

/// Formats for `segment`.
enum SegmentFormat: String, ExpressibleByArgument, CaseIterable {
    case text, jsonl
}
