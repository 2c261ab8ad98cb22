extension StatementTagger {
    /// Verbs that commit with a plain noun object: "promised free rations".
    static let nounObjectCommitments: Set<String> = ["promise", "pledge", "vow", "guarantee", "commit", "undertake", "agree"]
    /// Verbs that take a pledge back: "withdrew from its pledge to ...".
    static let withdrawingVerbs: Set<String> = ["withdraw", "abandon", "drop", "renounce", "scrap", "retract", "renege",
                                                "break", "abandon", "reverse", "ditch"]
    /// Reporting verbs that are acts when a noun phrase follows: "declared martial law".
    static let actsWithNounObject: Set<String> = ["declare", "announce", "unveil", "publish", "issue", "release", "find", "show",
                                                   "recall"]
    /// Marks inside a clause: hyphen, currency, per cent, slash, ampersand.
    static let inClauseMarks: Set<UInt8> = [UInt8(ascii: "-"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "/"),
                                            UInt8(ascii: "&"), UInt8(ascii: "'")]
}
