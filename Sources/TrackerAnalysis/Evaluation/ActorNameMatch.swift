/// Whether a predicted actor names the gold actor, as a reader would judge:
/// by any name the dictionary knows for it, its affiliation, and with titles
/// and honorifics set aside ("Anna Berg QC" is "Anna Berg"; "Mr Berg" is
/// "Anna Berg" when the document names her in full).
struct ActorNameMatch {
    var dictionary: ActorDictionary
    /// The analysed document in lower case, when scoring in context: a surname
    /// alone matches a full name only when the document names that person in full.
    private var documentText: String?

    init(dictionary: ActorDictionary, documentText: String? = nil) {
        self.dictionary = dictionary
        self.documentText = documentText?.lowercased()
    }

    /// Honorifics and titles before a name, and letters after it, that do not
    /// change who is meant.
    static let honorifics: Set<String> = [
        "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "baroness", "baron", "viscount",
        "earl", "prof", "professor", "rev", "reverend", "the",
    ]
    static let postNominals: Set<String> = ["qc", "kc", "mp", "mep", "msp", "jr", "sr", "obe", "mbe", "cbe"]

    /// "Mr. Tony Blair MP" → ["tony", "blair"]: lower case, without titles,
    /// honorifics, a possessive or punctuation.
    static func words(_ name: String) -> [String] {
        var words = name.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "-" && $0 != "'" && $0 != "’" }
            .map { word -> String in
                var word = String(word)
                for suffix in ["'s", "’s"] where word.hasSuffix(suffix) { word.removeLast(2) }
                while let last = word.last, "'’-".contains(last) { word.removeLast() }
                while let first = word.first, "'’-".contains(first) { word.removeFirst() }
                return word
            }
            .filter { !$0.isEmpty }
        while words.count > 1, let first = words.first, honorifics.contains(first) { words.removeFirst() }
        while words.count > 1, let last = words.last, postNominals.contains(last) { words.removeLast() }
        return words
    }

    func matches(_ predicted: ActorMention?, _ gold: String) -> Bool {
        guard let predicted else { return false }
        var names = [predicted.actor, predicted.mention, predicted.affiliation ?? ""]
        for id in [predicted.id, predicted.affiliationID].compactMap({ $0 }) {
            if let entry = dictionary.entry(id: id) { names += [entry.name] + (entry.aliases ?? []) }
        }
        let target = Self.words(gold)
        guard !target.isEmpty else { return false }
        return names.contains { name in
            let candidate = Self.words(name)
            if candidate == target { return true }
            return surname(candidate, of: target) || surname(target, of: candidate)
        }
    }

    /// A one-word name that is the last word of a person's full name which
    /// the document itself uses ("Blair" for "Tony Blair").
    private func surname(_ short: [String], of full: [String]) -> Bool {
        guard short.count == 1, full.count >= 2, full.last == short[0], let documentText else { return false }
        return documentText.contains(full.joined(separator: " "))
    }
}
