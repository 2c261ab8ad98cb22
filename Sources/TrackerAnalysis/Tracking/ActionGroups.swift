/// Verbs that mean the same for tracking ("halt", "stop", "suspend") and the
/// groups that undo each other ("resume" against "halt"), from
/// `Resources/actions.tsv`.
public struct ActionGroups: Sendable {
    /// The group of each verb lemma ("stop": "halt").
    public private(set) var groupOfVerb: [String: String] = [:]
    /// The groups each group undoes ("halt": ["resume", ...]).
    public private(set) var opposites: [String: Set<String>] = [:]

    /// No groups.
    public init() {}

    /// The bundled groups; a malformed bundled file stops the program with its line.
    public static let standard: ActionGroups = BundledData.load { () throws(RuleFileError) in try bundled() }

    /// The bundled groups (`Resources/actions.tsv`), reporting a malformed line.
    public static func bundled() throws(RuleFileError) -> ActionGroups {
        var groups = ActionGroups()
        try groups.add(String(decoding: PackageResources.actions_tsv, as: UTF8.self), path: "actions.tsv")
        return groups
    }

    /// Adds the groups of `text` (lines `group<TAB>verbs<TAB>opposite groups`), read from `path`.
    public mutating func add(_ text: String, path: String) throws(RuleFileError) {
        for row in DataFile.rows(text) {
            let fields = row.fields
            guard fields.count >= 2, !fields[0].isEmpty else {
                throw RuleFileError(path: path, line: row.line, message: "expected 'group<TAB>verbs<TAB>opposite groups'")
            }
            for verb in fields[1].split(separator: " ") where groupOfVerb[String(verb)] == nil {
                groupOfVerb[String(verb)] = fields[0]
            }
            if fields.count > 2 {
                opposites[fields[0], default: []].formUnion(fields[2].split(separator: " ").map(String.init))
            }
        }
    }

    /// The group of a normalised action ("shut down bases" → "dismantle"), or its verb.
    public func group(ofAction action: String) -> String {
        let verb = action.split(separator: " ").first.map(String.init) ?? action
        return groupOfVerb[verb] ?? verb
    }

    /// The groups that undo `group` or that it undoes.
    public func opposites(of group: String) -> Set<String> {
        var found = opposites[group] ?? []
        for (other, undone) in opposites where undone.contains(group) { found.insert(other) }
        return found
    }

    /// Whether one group undoes the other, in either direction.
    public func areOpposite(_ first: String, _ second: String) -> Bool {
        opposites[first]?.contains(second) == true || opposites[second]?.contains(first) == true
    }
}

/// Topics statements are filed under, from `Resources/topics.tsv` (user-extendable).
public struct TopicList: Sendable {
    /// A topic: its key, the label reports show, and the terms that file under it.
    public struct Topic: Sendable, Hashable {
        /// A stable key ("troop-withdrawal").
        public var key: String
        /// The label reports show ("Troop withdrawal").
        public var label: String
        /// The terms (one to four words, lower case) that file a statement under it.
        public var terms: [String]
    }

    /// Every topic, in file order.
    public private(set) var topics: [Topic] = []
    /// Every term (one to four words, lower case) and the topics it files under.
    private var topicsOfTerm: [String: [String]] = [:]
    private var longestTerm = 1

    /// No topics.
    public init() {}

    /// The bundled topics; a malformed bundled file stops the program with its line.
    public static let standard: TopicList = BundledData.load { () throws(RuleFileError) in try bundled() }

    /// The bundled topics (`Resources/topics.tsv`), reporting a malformed line.
    public static func bundled() throws(RuleFileError) -> TopicList {
        var list = TopicList()
        try list.add(String(decoding: PackageResources.topics_tsv, as: UTF8.self), path: "topics.tsv")
        return list
    }

    /// Adds the topics of `text` (lines `key<TAB>label<TAB>terms`), read from `path`; a key given again replaces it.
    public mutating func add(_ text: String, path: String) throws(RuleFileError) {
        for row in DataFile.rows(text) {
            let fields = row.fields
            guard fields.count == 3, !fields[0].isEmpty else {
                throw RuleFileError(path: path, line: row.line, message: "expected 'key<TAB>label<TAB>terms'")
            }
            let terms = fields[2].split(separator: ",").map { $0.trimmingWhitespace().lowercased() }.filter { !$0.isEmpty }
            topics.removeAll { $0.key == fields[0] }
            topics.append(Topic(key: fields[0], label: fields[1], terms: terms))
        }
        topicsOfTerm = [:]
        longestTerm = 1
        for topic in topics {
            for term in topic.terms {
                let words = Self.words(term)
                longestTerm = max(longestTerm, words.count)
                topicsOfTerm[words.joined(separator: " "), default: []].append(topic.key)
            }
        }
    }

    /// The keys of the topics whose terms occur in `text` as whole words, in
    /// the list's order. Looks up every run of up to four words: no substring search.
    public func topics(in text: String) -> [String] {
        let words = Self.words(text)
        var found = Set<String>()
        for start in words.indices {
            var phrase = ""
            for length in 1...longestTerm where start + length <= words.count {
                phrase += (length == 1 ? "" : " ") + words[start + length - 1]
                if let keys = topicsOfTerm[phrase] { found.formUnion(keys) }
            }
        }
        return topics.map(\.key).filter { found.contains($0) }
    }

    /// Lower-case words (letters, digits and inner hyphens).
    static func words(_ text: String) -> [String] {
        if let words = asciiWords(text) { return words }
        return text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "-") }).map(String.init)
    }

    /// The same words for ASCII text, from its bytes (most sentences; the
    /// general path splits by Characters, which costs as much as the rest of
    /// topic finding). Nil when the text has a non-ASCII byte.
    private static func asciiWords(_ text: String) -> [String]? {
        var words: [String] = []
        var word: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case 0x80...: return nil
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte + 0x20)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"): word.append(byte)
            default:
                if !word.isEmpty {
                    words.append(String(decoding: word, as: UTF8.self))
                    word.removeAll(keepingCapacity: true)
                }
            }
        }
        if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
        return words
    }

    /// The label of the topic `key`, if there is one.
    public func label(of key: String) -> String? { topics.first { $0.key == key }?.label }
}
