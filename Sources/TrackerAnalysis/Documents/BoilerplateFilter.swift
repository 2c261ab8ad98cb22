/// Drops lines that are page furniture rather than article text: "Logo",
/// "Advertisement", share and subscribe prompts, photo captions such as
/// "... (Photo: AFP)", and a line repeated word for word (a headline printed
/// twice). Rules are data (`Resources/boilerplate.tsv`), extendable by users.
public struct BoilerplateFilter: Sendable {
    /// How a rule's pattern is matched against a trimmed line, ignoring case.
    public enum Match: String, Sendable, Codable {
        case line, prefix, contains
    }

    /// One rule: how to match, what, and the id reported for a dropped line.
    public struct Rule: Sendable, Hashable {
        /// How the pattern is matched.
        public var match: Match
        /// The text matched, compared without case.
        public var pattern: String
        /// A stable id, e.g. `boilerplate.photo-caption`.
        public var id: String

        /// A rule with the given match, pattern and id.
        public init(match: Match, pattern: String, id: String) {
            self.match = match
            self.pattern = pattern.lowercased()
            self.id = id
        }
    }

    /// A line the filter removed, and the rule that removed it.
    public struct RemovedLine: Sendable, Hashable {
        /// The line as it was.
        public var text: String
        /// The id of the rule that dropped it.
        public var rule: String
    }

    /// The rule id of a line repeated from earlier in the document.
    public static let duplicateLineRule = "boilerplate.repeated-line"
    /// The rule id of a standfirst the body repeats.
    public static let repeatedStandfirstRule = "boilerplate.repeated-standfirst"
    /// How many lines at the top may be a standfirst that the body repeats.
    static let standfirstWindow = 6

    /// The rules, tried in order.
    public private(set) var rules: [Rule]
    private var lineRules: [String: String]

    /// A filter with these rules.
    public init(rules: [Rule]) {
        self.rules = rules
        self.lineRules = [:]
        for rule in rules where rule.match == .line { lineRules[rule.pattern] = rule.id }
    }

    /// The rules bundled with the library.
    public static let standard: BoilerplateFilter = BundledData.load { () throws(RuleFileError) in try bundled() }

    /// The bundled rules (`Resources/boilerplate.tsv`), reporting a malformed line.
    public static func bundled() throws(RuleFileError) -> BoilerplateFilter {
        BoilerplateFilter(rules: try parse(String(decoding: PackageResources.boilerplate_tsv, as: UTF8.self), path: "boilerplate.tsv"))
    }

    /// Reads rules in the bundled file's shape: `match<TAB>pattern<TAB>rule id`.
    public static func parse(_ text: String, path: String) throws(RuleFileError) -> [Rule] {
        var rules: [Rule] = []
        for row in DataFile.rows(text) {
            let fields = row.fields
            guard fields.count == 3, let match = Match(rawValue: fields[0]), !fields[1].isEmpty else {
                throw RuleFileError(path: path, line: row.line, message: "expected 'line|prefix|contains<TAB>pattern<TAB>rule id'")
            }
            rules.append(Rule(match: match, pattern: fields[1], id: fields[2]))
        }
        return rules
    }

    /// This filter with `extra` rules added after the existing ones.
    public func adding(_ extra: [Rule]) -> BoilerplateFilter {
        BoilerplateFilter(rules: rules + extra)
    }

    /// Lines longer than this (in bytes) are article text, never furniture:
    /// the rules are not even tried on them.
    public static let longestBoilerplateLine = 320

    /// The rule that makes `line` boilerplate, if any.
    public func rule(for line: Substring) -> String? {
        guard line.utf8.count <= Self.longestBoilerplateLine else { return nil }
        let lowered = line.lowercased()
        if let id = lineRules[lowered] { return id }
        let bytes = Array(lowered.utf8)
        for rule in rules {
            switch rule.match {
            case .line: continue
            case .prefix: if bytes.starts(with: rule.pattern.utf8) { return rule.id }
            case .contains: if Self.contains(bytes, Array(rule.pattern.utf8)) { return rule.id }
            }
        }
        return nil
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
        for start in 0...(haystack.count - needle.count) where haystack[start] == first {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }

    /// The lines with boilerplate and repeated lines removed. Removed lines
    /// leave a paragraph break so that neighbours never merge.
    public func filter(_ lines: [String]) -> (kept: [String], removed: [RemovedLine]) {
        var kept: [String] = []
        var removed: [RemovedLine] = []
        // Lines compared byte for byte: hashing a String normalises it
        // (NFC), which on non-ASCII text costs more than the rest of reading.
        var seen: Set<[UInt8]> = []
        kept.reserveCapacity(lines.count)
        for line in lines {
            if line.isEmpty {
                kept.append(line)
                continue
            }
            if let id = rule(for: line[...]) {
                removed.append(RemovedLine(text: line, rule: id))
                kept.append("")
            } else if !seen.insert(Array(line.utf8)).inserted {
                removed.append(RemovedLine(text: line, rule: Self.duplicateLineRule))
                kept.append("")
            } else {
                kept.append(line)
            }
        }
        removeRepeatedStandfirst(&kept, removed: &removed)
        return (kept, removed)
    }

    /// A line near the top that a later paragraph starts with word for word
    /// (a standfirst printed again as the lead: "X met Y on Friday." then
    /// "X met Y on Friday, the agency reported.") is dropped, so the same
    /// sentence is not analysed twice.
    private func removeRepeatedStandfirst(_ lines: inout [String], removed: inout [RemovedLine]) {
        var checked = 0
        for index in lines.indices where !lines[index].isEmpty {
            checked += 1
            if checked > Self.standfirstWindow { break }
            var stem = lines[index][...]
            while let last = stem.last, ".!?".contains(last) { stem = stem.dropLast() }
            guard stem.utf8.count >= 30 else { continue }
            let repeated = lines[(index + 1)...].contains { later in
                later.utf8.count > stem.utf8.count && later.utf8.starts(with: stem.utf8)
            }
            if repeated {
                removed.append(RemovedLine(text: lines[index], rule: Self.repeatedStandfirstRule))
                lines[index] = ""
            }
        }
    }
}

/// A malformed line in a user's data file (rules, cues, actors).
public struct RuleFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file, as the user named it.
    public var path: String
    /// The line, counted from 1.
    public var line: Int
    /// What is wrong with it.
    public var message: String

    /// An error at `line` of `path`.
    public init(path: String, line: Int, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    /// `path:line: message`, as compilers print it.
    public var description: String { "\(path):\(line): \(message)" }
}
