import TrackerAnalysis

/// The states the example sentences name, as slots that each generated
/// document fills with states of its own ("Peru undertook to free 120
/// Ecuadorian nationals" becomes "Chile undertook to free 120 Kenyan
/// nationals"), so that a large corpus spreads its statements over many
/// actors the way years of news do, instead of piling them on the handful the
/// examples name.
///
/// A state is recognised by its name and its demonyms (singular and plural),
/// as whole words; the longest match wins ("Papua New Guinea" over "Guinea").
/// Capitals and other aliases are left as written.
struct StateCast: Sendable {
    enum Form: Int, Sendable { case name = 0, demonym = 1, plural = 2 }

    enum Piece: Sendable {
        case text(String)
        case state(role: Int, form: Form)
    }

    /// Each sentence as text and state slots.
    let templates: [[Piece]]
    /// How many distinct states the sentences name (the slots a document fills).
    let roles: Int
    /// The states a document may cast: name, demonym and plural demonym (the
    /// name where the dictionary has no demonym).
    let pool: [[String]]

    init(sentences: [String], dictionary: ActorDictionary) {
        let states = dictionary.actors.filter { $0.kind == .state }
        pool = states.map { state in
            let demonyms = state.demonyms ?? []
            return [state.name, demonyms.first ?? state.name, demonyms.dropFirst().first ?? demonyms.first ?? state.name]
        }
        // Every form, found by its first word.
        struct Candidate { var characters: [Character]; var state: Int; var form: Form }
        var byFirstWord: [String: [Candidate]] = [:]
        for (index, forms) in pool.enumerated() {
            for (formIndex, form) in forms.enumerated() where formIndex == 0 || form != forms[0] {
                if formIndex == 2, form == forms[1] { continue }
                let characters = Array(form)
                let first = String(characters.prefix { $0.isLetter })
                guard !first.isEmpty else { continue }
                byFirstWord[first, default: []].append(Candidate(characters: characters, state: index, form: Form(rawValue: formIndex)!))
            }
        }
        for key in byFirstWord.keys { byFirstWord[key]!.sort { $0.characters.count > $1.characters.count } }

        var roleOfState: [Int: Int] = [:]
        var templates: [[Piece]] = []
        for sentence in sentences {
            let characters = Array(sentence)
            var pieces: [Piece] = []
            var literal = ""
            var index = 0
            while index < characters.count {
                let startsWord = characters[index].isLetter && (index == 0 || !Self.isWordCharacter(characters[index - 1]))
                if startsWord {
                    var end = index
                    while end < characters.count, characters[end].isLetter { end += 1 }
                    let word = String(characters[index..<end])
                    let match = byFirstWord[word]?.first { candidate in
                        let stop = index + candidate.characters.count
                        return stop <= characters.count && characters[index..<stop].elementsEqual(candidate.characters)
                            && (stop == characters.count || !Self.isWordCharacter(characters[stop]))
                    }
                    if let match {
                        if !literal.isEmpty { pieces.append(.text(literal)); literal = "" }
                        let role = roleOfState[match.state] ?? roleOfState.count
                        roleOfState[match.state] = role
                        pieces.append(.state(role: role, form: match.form))
                        index += match.characters.count
                        continue
                    }
                    literal += word
                    index = end
                    continue
                }
                literal.append(characters[index])
                index += 1
            }
            if !literal.isEmpty { pieces.append(.text(literal)) }
            templates.append(pieces)
        }
        self.templates = templates
        roles = roleOfState.count
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    /// A cast for one document: a distinct state of the pool for every role.
    func draw(using random: inout SplitMix64) -> [Int] {
        var indices = Array(pool.indices)
        let count = min(roles, indices.count)
        for slot in 0..<count {
            let pick = slot + Int(random.next() % UInt64(indices.count - slot))
            indices.swapAt(slot, pick)
        }
        return Array(indices.prefix(count))
    }

    /// Sentence `index` with the cast's states in its slots.
    func render(_ index: Int, cast: [Int]) -> String {
        var out = ""
        for piece in templates[index] {
            switch piece {
            case let .text(text): out += text
            case let .state(role, form): out += pool[cast[role % cast.count]][form.rawValue]
            }
        }
        return out
    }
}
