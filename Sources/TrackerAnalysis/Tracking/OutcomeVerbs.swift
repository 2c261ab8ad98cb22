/// How outcomes are said in other words than their pledge, from
/// `Resources/outcome-verbs.tsv` (user-extendable): the verbs that realise
/// an action for its object ("open" a bridge realises "build"), and the
/// verbs that say how far an action named as a noun went ("completed the
/// withdrawal").
public struct OutcomeVerbs: Sendable {
    /// For each verb, the groups it realises and for which objects (nil: any).
    public private(set) var realisations: [String: [(group: String, objects: Set<String>?)]] = [:]
    /// Verbs that complete or begin the action that follows them as a noun.
    public private(set) var aspects: [String: OutcomeRelation] = [:]

    /// An empty table, to fill with ``add(_:path:)``.
    public init() {}

    /// The bundled table (a broken bundled file stops with its line, as every bundled file does).
    public static let standard: OutcomeVerbs = BundledData.load { () throws(RuleFileError) in try bundled() }

    /// The bundled table, parsed; a malformed line is an error naming it.
    public static func bundled() throws(RuleFileError) -> OutcomeVerbs {
        var verbs = OutcomeVerbs()
        try verbs.add(String(decoding: PackageResources.outcome_verbs_tsv, as: UTF8.self), path: "outcome-verbs.tsv")
        return verbs
    }

    /// Adds the rows of a table in the bundled file's shape.
    public mutating func add(_ text: String, path: String) throws(RuleFileError) {
        for row in DataFile.rows(text) {
            let fields = row.fields
            guard fields.count == 4, !fields[1].isEmpty, !fields[3].isEmpty else {
                throw RuleFileError(path: path, line: row.line, message: "expected 'realises|aspect<TAB>group<TAB>objects<TAB>verbs'")
            }
            let verbs = fields[3].split(separator: " ").map(String.init)
            switch fields[0] {
            case "realises":
                let objects = fields[2] == "*" ? nil : Set(fields[2].split(separator: " ").map(String.init))
                for verb in verbs { realisations[verb, default: []].append((fields[1], objects)) }
            case "aspect":
                guard let relation = OutcomeRelation(rawValue: fields[1]), relation != .contradicts else {
                    throw RuleFileError(path: path, line: row.line, message: "an aspect is 'fulfils' or 'progresses'")
                }
                for verb in verbs { aspects[verb] = relation }
            default:
                throw RuleFileError(path: path, line: row.line, message: "a row is 'realises' or 'aspect', not '\(fields[0])'")
            }
        }
    }

    /// The one group the table realises for `object` by any verb ("home": build), or nil when it names none
    /// or several: what a pledge of that object was to do, when a report names the pledge by its object
    /// alone ("fell short of its target of 10,000 homes").
    public func group(ofObject object: String) -> String? {
        var found: Set<String> = []
        for entries in realisations.values {
            for entry in entries where entry.objects?.contains(object) == true { found.insert(entry.group) }
        }
        return found.count == 1 ? found.first : nil
    }

    /// The group `verb` realises for an object whose head is `object`, if any.
    public func group(realisedBy verb: String, object: String?) -> String? {
        realisations[verb]?.first { entry in entry.objects.map { set in object.map(set.contains) ?? false } ?? true }?.group
    }
}
