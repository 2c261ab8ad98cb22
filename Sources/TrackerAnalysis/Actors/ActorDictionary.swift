import Foundation
import Yams

/// What an actor is: a state, an organisation, a group or a person.
public enum ActorKind: String, Sendable, Codable, CaseIterable {
    case state, organisation, group, person
}

/// One actor of the dictionary: a canonical name, aliases, demonyms, an
/// affiliation and, for people, dated roles.
public struct ActorEntry: Sendable, Codable, Hashable {
    /// A title a person held, for whom, and when (ISO dates; open-ended when absent).
    public struct Role: Sendable, Codable, Hashable {
        /// The title as written before a name ("Foreign Minister").
        public var title: String
        /// The id of the state or body the role belongs to.
        public var of: String?
        /// The first day in the role (`YYYY-MM-DD`), if known.
        public var from: String?
        /// The last day in the role, or `nil` while it lasts.
        public var to: String?
    }

    /// A stable id in lower case with hyphens ("north-korea").
    public var id: String
    /// The canonical name reports use.
    public var name: String
    /// What the actor is.
    public var kind: ActorKind
    /// Other names it goes by ("Pyongyang", "DPRK").
    public var aliases: [String]?
    /// Adjectives for a state ("North Korean"), which name the state or its bodies.
    public var demonyms: [String]?
    /// The id of the actor this one belongs to (a minister's state).
    public var parent: String?
    /// A body whose statements are its state's ("the White House", "the Kremlin").
    public var standsForParent: Bool?
    /// The titles a person held, with their dates.
    public var roles: [Role]?

    /// An entry; only the id, name and kind are required.
    public init(
        id: String, name: String, kind: ActorKind, aliases: [String]? = nil, demonyms: [String]? = nil,
        parent: String? = nil, standsForParent: Bool? = nil, roles: [Role]? = nil
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.demonyms = demonyms
        self.parent = parent
        self.standsForParent = standsForParent
        self.roles = roles
    }
}

/// An office held by different people over time ("US president").
public struct OfficeEntry: Sendable, Codable, Hashable {
    /// A person who held the office, and when.
    public struct Holder: Sendable, Codable, Hashable {
        /// The holder's actor id.
        public var actor: String
        /// The first day in office (`YYYY-MM-DD`), if known.
        public var from: String?
        /// The last day in office, or `nil` while it lasts.
        public var to: String?
    }

    /// A stable id ("us-president").
    public var id: String
    /// The id of the state or body the office belongs to.
    public var of: String
    /// The phrases that name the office ("US president", "American president").
    public var titles: [String]
    /// Who held it, in order.
    public var holders: [Holder]
}

/// The actor dictionary: the bundled `Resources/actors.json` plus the user's
/// own files of the same shape, in JSON or YAML (`--actors FILE`).
///
/// ## Topics
/// - ``standard``
/// - ``adding(file:path:)``
/// - ``adding(json:path:)``
/// - ``adding(yaml:path:)``
/// - ``entry(id:)``
public struct ActorDictionary: Sendable {
    struct File: Codable {
        var version: Int?
        var actors: [ActorEntry]
        var offices: [OfficeEntry]?
    }

    /// Every actor, bundled first, then the user's in the order added.
    public private(set) var actors: [ActorEntry] = []
    /// Every office with its holders.
    public private(set) var offices: [OfficeEntry] = []
    private var indexByID: [String: Int] = [:]
    /// People by the key of the last word of their name ("howard": Michael Howard), for "Mr Howard".
    private(set) var peopleByFamilyName: [UInt64: [Int]] = [:]

    /// An empty dictionary.
    public init() {}

    /// The bundled dictionary.
    public static let standard: ActorDictionary = BundledData.load { () throws(RuleFileError) in try bundled() }

    /// The bundled dictionary, reporting a malformed file.
    public static func bundled() throws(RuleFileError) -> ActorDictionary {
        try ActorDictionary().adding(json: PackageResources.actors_json, path: "actors.json")
    }

    /// This dictionary with the actors and offices of a file added, read as
    /// YAML when its name ends in `.yaml` or `.yml` and as JSON otherwise.
    public func adding(file bytes: [UInt8], path: String) throws(RuleFileError) -> ActorDictionary {
        let lowered = path.lowercased()
        if lowered.hasSuffix(".yaml") || lowered.hasSuffix(".yml") { return try adding(yaml: bytes, path: path) }
        return try adding(json: bytes, path: path)
    }

    /// This dictionary with the actors and offices of a JSON file added; an
    /// entry with an id already present replaces it.
    public func adding(json bytes: [UInt8], path: String) throws(RuleFileError) -> ActorDictionary {
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: Data(bytes))
        } catch {
            throw RuleFileError(path: path, line: 0, message: "not an actor dictionary: \(Self.describe(error))")
        }
        return try merging(file, path: path)
    }

    /// This dictionary with the actors and offices of a YAML file added: the
    /// same shape as the JSON file (`actors:` a list of entries with `id`,
    /// `name`, `kind`, `aliases`, `demonyms`, `parent`, `roles`; `offices:`
    /// with `id`, `of`, `titles`, `holders`).
    public func adding(yaml bytes: [UInt8], path: String) throws(RuleFileError) -> ActorDictionary {
        let file: File
        do {
            file = try YAMLDecoder().decode(File.self, from: String(decoding: bytes, as: UTF8.self))
        } catch let error as YamlError {
            throw RuleFileError(path: path, line: Self.line(of: error), message: "not YAML: \(Self.problem(error))")
        } catch let DecodingError.dataCorrupted(context) where context.underlyingError is YamlError {
            // The decoder wraps the parser's error; its line is what the user needs.
            let error = context.underlyingError as? YamlError ?? .no
            throw RuleFileError(path: path, line: Self.line(of: error), message: "not YAML: \(Self.problem(error))")
        } catch {
            throw RuleFileError(path: path, line: 0, message: "not an actor dictionary: \(Self.describe(error))")
        }
        return try merging(file, path: path)
    }

    /// The dictionary with a file's entries added, in time linear in the
    /// entries: actors by id (an id already present is replaced in place),
    /// offices by id (a replaced one moves to the end, after the file's order).
    private func merging(_ file: File, path: String) throws(RuleFileError) -> ActorDictionary {
        try Self.validate(file, path: path)
        var copy = self
        for actor in file.actors {
            if let existing = copy.indexByID[actor.id] {
                copy.actors[existing] = actor
            } else {
                copy.indexByID[actor.id] = copy.actors.count
                copy.actors.append(actor)
            }
        }
        if let offices = file.offices, !offices.isEmpty {
            let replaced = Set(offices.map(\.id))
            copy.offices = copy.offices.filter { !replaced.contains($0.id) } + offices
        }
        copy.peopleByFamilyName = [:]
        for (position, actor) in copy.actors.enumerated() where actor.kind == .person {
            guard let last = actor.name.split(separator: " ").last, actor.name.contains(" ") else { continue }
            copy.peopleByFamilyName[Lexicon.key(Array(last.lowercased().utf8)), default: []].append(position)
        }
        for actor in copy.actors {
            if let parent = actor.parent, copy.indexByID[parent] == nil {
                throw RuleFileError(path: path, line: 0, message: "actor '\(actor.id)' names unknown parent '\(parent)'")
            }
        }
        try copy.refuseParentCycles(path: path)
        return copy
    }

    /// One file's entries: each id once, no empty id, name or alias.
    private static func validate(_ file: File, path: String) throws(RuleFileError) {
        func blank(_ text: String) -> Bool { text.allSatisfy(\.isWhitespace) }
        var seen: [String: Int] = [:]
        for (position, actor) in file.actors.enumerated() {
            let entry = "actors[\(position)]"
            if blank(actor.id) { throw RuleFileError(path: path, line: 0, message: "\(entry) ('\(actor.name)'): empty id") }
            if let first = seen[actor.id] {
                throw RuleFileError(
                    path: path, line: 0,
                    message: "actor '\(actor.id)' is given twice (actors[\(first)] and \(entry)); give each id once")
            }
            seen[actor.id] = position
            if blank(actor.name) { throw RuleFileError(path: path, line: 0, message: "actor '\(actor.id)' (\(entry)): empty name") }
            for alias in (actor.aliases ?? []) + (actor.demonyms ?? []) where blank(alias) {
                throw RuleFileError(path: path, line: 0, message: "actor '\(actor.id)' (\(entry)): empty alias or demonym")
            }
        }
        var offices: [String: Int] = [:]
        for (position, office) in (file.offices ?? []).enumerated() {
            if let first = offices[office.id] {
                throw RuleFileError(
                    path: path, line: 0,
                    message: "office '\(office.id)' is given twice (offices[\(first)] and offices[\(position)]); give each id once")
            }
            offices[office.id] = position
            for title in office.titles where blank(title) {
                throw RuleFileError(path: path, line: 0, message: "office '\(office.id)' (offices[\(position)]): empty title")
            }
        }
    }

    /// Refuses an actor that is its own affiliation, directly or through
    /// others (each actor is walked once: linear).
    private func refuseParentCycles(path: String) throws(RuleFileError) {
        var done = [Bool](repeating: false, count: actors.count)
        for start in actors.indices where !done[start] {
            var chain: [Int] = []
            var onChain: Set<Int> = []
            var current: Int? = start
            while let index = current, !done[index] {
                if !onChain.insert(index).inserted {
                    let cycle = chain[(chain.firstIndex(of: index) ?? 0)...].map { actors[$0].id } + [actors[index].id]
                    throw RuleFileError(
                        path: path, line: 0,
                        message: "actor '\(actors[index].id)' is its own parent through "
                            + cycle.joined(separator: " → ") + "; an affiliation cannot go round")
                }
                chain.append(index)
                current = actors[index].parent.flatMap { indexByID[$0] }
            }
            for index in chain { done[index] = true }
        }
    }

    /// The actor with this id, if any.
    public func entry(id: String) -> ActorEntry? {
        indexByID[id].map { actors[$0] }
    }

    /// The id of the actor with `name` as its name or an alias, in any case
    /// ("UK" → "united-kingdom"); a scan, for a name given once per document.
    public func id(named name: String) -> String? {
        let wanted = name.lowercased()
        return actors.first { $0.name.lowercased() == wanted || ($0.aliases ?? []).contains { $0.lowercased() == wanted } }?.id
    }

    /// Who held `office` on `date` (the latest holder when no date is known).
    public func holder(of office: OfficeEntry, on date: CalendarDate?) -> ActorEntry? {
        guard let date else { return office.holders.last.flatMap { entry(id: $0.actor) } }
        let day = date.iso
        let holder = office.holders.last { holder in
            (holder.from.map { $0 <= day } ?? true) && (holder.to.map { day < $0 } ?? true)
        }
        return holder.flatMap { entry(id: $0.actor) }
    }

    /// The stable id made from a name for an actor the dictionary lacks
    /// ("Kim Yong-chol" → "kim-yong-chol"); the store keys actors the same way.
    public static func slug(_ name: String) -> String {
        var out = ""
        var dash = false
        for scalar in name.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
                dash = false
            } else if !dash, !out.isEmpty {
                out.append("-")
                dash = true
            }
        }
        return dash ? String(out.dropLast()) : out
    }

    /// The line a YAML syntax error points at (1-based), or 0.
    private static func line(of error: YamlError) -> Int {
        switch error {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _):
            return mark.line
        default:
            return 0
        }
    }

    /// A YAML syntax error in one line: what is wrong and where in the line.
    private static func problem(_ error: YamlError) -> String {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            return (context.map { $0.text + ": " } ?? "") + problem + " (column \(mark.column))"
        default:
            return String(String(describing: error).prefix { $0 != "\n" })
        }
    }

    private static func describe(_ error: any Error) -> String {
        if case let DecodingError.keyNotFound(key, context) = error {
            return "missing '\(key.stringValue)' at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        }
        if case let DecodingError.typeMismatch(_, context) = error {
            return "wrong type at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        }
        if case let DecodingError.dataCorrupted(context) = error {
            return context.debugDescription
        }
        return String(describing: error)
    }
}
