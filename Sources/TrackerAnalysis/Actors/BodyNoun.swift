/// A common noun that names an actor through the words around it: "the
/// Sudanese army", "Chilean officials", "WTO members", "the health ministry"
/// (of the state the sentence names), "the country", "the company".
struct BodyNoun: Sendable, Hashable {
    enum Role: Sendable, Hashable {
        /// Speaks for the state or organisation beside it, and resolves to it:
        /// "Chilean officials", "officials in Kyiv", "a Stellantis spokeswoman".
        case voice
        /// Speaks for an organisation only: "OSCE observers", "analysts at Barclays".
        case member
        /// An actor of its own, affiliated to the state or organisation beside
        /// it: "the Sudanese army", "Kenya's central bank", "Paris city council".
        case body
        /// A group of its own, named by its modifiers: "developed countries", "WTO members".
        case group
        /// A document whose author is the source: "a UN report", "a statement
        /// from the Egyptian foreign ministry", "an Ipsos poll".
        case document
        /// Only a definite description: "the country", "the company".
        case none
    }

    var role: Role
    /// Whether the noun names a body of a state, so that "the health ministry"
    /// alone belongs to the state the sentence (or paragraph) names.
    var ofState: Bool
    /// What "the X" alone stands for: a state ("the country", "the kingdom")
    /// or an organisation ("the company", "the bank").
    var refersTo: ActorKind?
    /// For a role with no name after it ("the prime minister said", "a
    /// Stellantis spokeswoman"): how many tokens the role takes, ending at
    /// the noun, and whom it speaks for (a state or an organisation).
    var roleLength = 0
    var speaksFor: ActorKind = .state

    static let words: [(String, BodyNoun)] = {
        var words: [(String, BodyNoun)] = []
        for word in [
            "officials", "official", "authorities", "government", "governments", "administration", "cabinet",
            "regime", "diplomats", "diplomat", "negotiators", "spokesman", "spokeswoman", "spokesperson",
            "ministers", "leadership", "prosecutors", "envoys", "delegation",
        ] {
            words.append((word, BodyNoun(role: .voice, ofState: true)))
        }
        for word in [
            "analysts", "economists", "scientists", "researchers", "experts", "observers", "monitors",
            "inspectors", "staff",
        ] {
            words.append((word, BodyNoun(role: .member, ofState: false)))
        }
        for word in [
            "ministry", "army", "military", "forces", "force", "troops", "police", "navy", "guard", "parliament",
            "congress", "senate", "court", "agency", "institute", "office", "department", "bureau", "commission",
            "council", "regulator", "watchdog", "junta", "authority",
        ] {
            words.append((word, BodyNoun(role: .body, ofState: true)))
        }
        words.append(("bank", BodyNoun(role: .body, ofState: true, refersTo: .organisation)))
        for word in ["campaign", "party", "coalition", "committee", "teams", "team"] {
            words.append((word, BodyNoun(role: .body, ofState: false)))
        }
        for word in [
            "countries", "nations", "states", "members", "allies", "rebels", "militants", "protesters",
            "insurgents", "fighters", "partners",
        ] {
            words.append((word, BodyNoun(role: .group, ofState: false)))
        }
        for word in ["statement", "report", "study", "survey", "poll", "filing", "communique", "assessment", "analysis"] {
            words.append((word, BodyNoun(role: .document, ofState: false)))
        }
        for word in ["country", "nation", "kingdom", "republic"] {
            words.append((word, BodyNoun(role: .none, ofState: false, refersTo: .state)))
        }
        for word in [
            "company", "firm", "group", "carmaker", "automaker", "airline", "retailer", "lender", "miner",
            "insurer", "manufacturer", "chipmaker", "bloc", "alliance", "organisation", "organization",
        ] {
            words.append((word, BodyNoun(role: .none, ofState: false, refersTo: .organisation)))
        }
        return words
    }()

    /// Roles that speak for a state or an organisation when no name follows
    /// them, by the key of the whole phrase ("prime minister").
    static let roles: KeyTable<ActorKind> = {
        var roles = KeyTable<ActorKind>(minimumCapacity: 64)
        for phrase in [
            "president", "prime minister", "minister", "foreign minister", "defence minister", "defense minister",
            "secretary", "press secretary", "foreign secretary", "spokesman", "spokeswoman", "spokesperson",
            "ambassador", "envoy", "negotiator", "chief negotiator", "chancellor", "premier", "governor", "king",
            "queen", "emir", "official", "diplomat", "representative", "trade representative", "commissioner",
            "leader", "supreme leader",
        ] {
            roles[Lexicon.key(Array(phrase.utf8))] = .state
        }
        for phrase in [
            "chief executive", "chairman", "chairwoman", "chair", "director", "managing director",
            "secretary-general", "director-general",
        ] {
            roles[Lexicon.key(Array(phrase.utf8))] = .organisation
        }
        return roles
    }()

    /// The same nouns by token key, for the nouns that are also role nouns
    /// ("official", "spokesman"): looked up only when no name follows them.
    static let byKey: KeyTable<BodyNoun> = {
        var table = KeyTable<BodyNoun>(minimumCapacity: words.count)
        for (word, noun) in words where table[Lexicon.key(Array(word.utf8))] == nil { table[Lexicon.key(Array(word.utf8))] = noun }
        return table
    }()
}
