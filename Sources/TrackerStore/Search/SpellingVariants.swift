/// The British and American spellings of a word ("denuclearisation" and
/// "denuclearization", "labour" and "labor", "programme" and "program"), so
/// that a search for either finds both. Applied to the user's query words:
/// the index keeps the text as written (see `Schema/005_search_stemming.sql`).
///
/// Suffix rules cover the regular families; a short table the words whose
/// spellings differ otherwise. A rule may make a form no text uses ("advize"),
/// which costs one more term in the query and matches nothing.
enum SpellingVariants {
    /// Suffix pairs, British first, tried on words of at least `minimumLength`
    /// letters so that short words ("four", "for", "size") are left alone.
    static let suffixes: [(british: String, american: String)] = [
        ("isation", "ization"), ("isations", "izations"),
        ("ise", "ize"), ("ised", "ized"), ("ises", "izes"), ("ising", "izing"), ("iser", "izer"), ("isers", "izers"),
        ("yse", "yze"), ("ysed", "yzed"), ("yses", "yzes"), ("ysing", "yzing"),
        ("our", "or"), ("ours", "ors"), ("oured", "ored"), ("ouring", "oring"), ("ourable", "orable"), ("ourite", "orite"),
        ("elled", "eled"), ("elling", "eling"), ("eller", "eler"), ("ellers", "elers"),
        ("ogue", "og"), ("ogues", "ogs"),
    ]

    static let minimumLength = 6

    /// Words whose two spellings no suffix rule relates.
    static let pairs: [(british: String, american: String)] = [
        ("programme", "program"), ("programmes", "programs"),
        ("defence", "defense"), ("defences", "defenses"), ("offence", "offense"), ("offences", "offenses"),
        ("licence", "license"), ("licences", "licenses"), ("pretence", "pretense"),
        ("centre", "center"), ("centres", "centers"), ("centred", "centered"),
        ("theatre", "theater"), ("theatres", "theaters"), ("metre", "meter"), ("metres", "meters"),
        ("litre", "liter"), ("litres", "liters"), ("fibre", "fiber"), ("calibre", "caliber"),
        ("manoeuvre", "maneuver"), ("manoeuvres", "maneuvers"), ("judgement", "judgment"),
        ("ageing", "aging"), ("grey", "gray"), ("aluminium", "aluminum"), ("sceptical", "skeptical"),
        ("enrol", "enroll"), ("fulfil", "fulfill"), ("fulfilment", "fulfillment"),
    ]

    static let pairOf: [String: String] = {
        var map: [String: String] = [:]
        for (british, american) in pairs {
            map[british] = american
            map[american] = british
        }
        return map
    }()

    /// `word` (lower-cased) and its other spelling, if it has one.
    static func variants(of word: String) -> [String] {
        let word = word.lowercased()
        if let other = pairOf[word] { return [word, other] }
        guard word.count >= minimumLength else { return [word] }
        var found = [word]
        for (british, american) in suffixes {
            for (from, to) in [(british, american), (american, british)] where word.hasSuffix(from) {
                let other = String(word.dropLast(from.count)) + to
                if !found.contains(other) { found.append(other) }
            }
        }
        return found
    }
}
