extension StatementTagger {
    /// Verbs that commit with a plain noun object: "promised free rations".
    static let nounObjectCommitments: Set<String> = ["promise", "pledge", "vow", "guarantee", "commit", "undertake", "agree"]
    /// Verbs that take a pledge back: "withdrew from its pledge to ...".
    static let withdrawingVerbs: Set<String> = [
        "withdraw", "abandon", "drop", "renounce", "scrap", "retract", "renege",
        "break", "abandon", "reverse", "ditch", "shelve", "walk", "row",
    ]
    /// Reporting verbs that are acts when a noun phrase follows: "declared martial law".
    static let actsWithNounObject: Set<String> = [
        "declare", "announce", "unveil", "publish", "issue", "release", "find", "show",
        "recall",
    ]
    /// Verbs that report a position taken in words, not a deed: "dismissed the attack".
    static let stanceVerbs: Set<String> = [
        "dismiss", "compare", "complain", "criticise", "criticize", "praise", "hail", "conclude",
    ]
    /// Verbs that report a position with their particle: "hit out at", "pointed to", "referred to".
    static let stanceVerbsWithParticle: [String: String] = ["hit": "out", "point": "to", "refer": "to", "lash": "out"]
    /// Verbs of coming, going and becoming: no deed done to anything ("went on to", "has become").
    static let eventlessVerbs: Set<String> = ["come", "go", "become", "emerge", "appear"]
    /// Marks inside a clause: hyphen, currency, per cent, slash, ampersand.
    static let inClauseMarks: Set<UInt8> = [
        UInt8(ascii: "-"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "/"),
        UInt8(ascii: "&"), UInt8(ascii: "'"),
    ]
}
