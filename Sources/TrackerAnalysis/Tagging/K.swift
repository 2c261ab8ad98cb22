/// Keys of the words the rules name: FNV-1a literals (what `Lexicon.key`
/// gives for each word), so that reading one costs nothing at run time;
/// ``words`` lists them for the check that the tagger makes in debug builds.
enum K {
    /// Words that start a time after a verb ("agreed last March", "pledged yesterday").
    static let timeWords: Set<UInt64> = Set(
        (["last", "next", "yesterday", "today", "tonight", "earlier", "later", "this", "recently"]
            + MonthNames.full).map { Lexicon.key(Array($0.utf8)) })
    static let to: UInt64 = 0x08C8_3907_B56A_C0A4  // "to"
    static let not: UInt64 = 0x215A_D619_258E_9F4A  // "not"
    static let no: UInt64 = 0x08B3_5907_B558_9AFA  // "no"
    static let neither: UInt64 = 0x5FAA_8D73_96C9_67C8  // "neither"
    static let nor: UInt64 = 0x215A_D019_258E_9518  // "nor"
    static let that: UInt64 = 0x256C_ADEF_3232_570C  // "that"
    static let there: UInt64 = 0xEAEE_9E72_5DB2_5B5D  // "there"
    static let what: UInt64 = 0x9BE8_C5F6_4F26_C30F  // "what"
    static let who: UInt64 = 0x5EC5_FC19_4891_690F  // "who"
    static let been: UInt64 = 0x75F4_589B_951A_B7C3  // "been"
    static let was: UInt64 = 0x5EAD_E819_487C_B532  // "was"
    static let were: UInt64 = 0x3DB3_F1F6_1A19_018C  // "were"
    static let had: UInt64 = 0x3358_0819_2FEF_8292  // "had"
    static let did: UInt64 = 0xCAA8_2C18_F46E_40BE  // "did"
    static let by: UInt64 = 0x08A6_4B07_B54D_F8D4  // "by"
    static let and: UInt64 = 0xE6F7_9719_051F_F286  // "and"
    static let or: UInt64 = 0x08B0_5407_B556_5CA4  // "or"
    static let but: UInt64 = 0x0061_1E19_135A_72CC  // "but"
    static let out: UInt64 = 0x19F7_9B19_21BB_CFFF  // "out"
    static let rule: UInt64 = 0xBFE6_BE1F_6F51_FD33  // "rule"
    static let ruled: UInt64 = 0x6712_666A_2851_7AD5  // "ruled"
    static let rules: UInt64 = 0x6712_4F6A_2851_53C0  // "rules"
    static let only: UInt64 = 0x072D_DAB4_6AF0_4AB7  // "only"
    static let clear: UInt64 = 0xF531_F895_44A9_10A2  // "clear"
    static let known: UInt64 = 0x9E7C_3193_8395_894C  // "known"
    static let certain: UInt64 = 0x43C6_90F1_0347_02E9  // "certain"
    static let sure: UInt64 = 0xB69A_6219_2199_D4E0  // "sure"
    static let fail: UInt64 = 0xEF01_6679_1679_F92D  // "fail"
    static let failed: UInt64 = 0xD733_8946_B423_94F4  // "failed"
    static let fails: UInt64 = 0x995A_7DC1_3142_BABA  // "fails"
    static let its: UInt64 = 0x2BB3_EA19_2BE5_4D99  // "its"
    static let it: UInt64 = 0x08B7_3E07_B55C_55F0  // "it"
    static let they: UInt64 = 0x2579_BAEF_323C_F77F  // "they"
    static let he: UInt64 = 0x08BA_5307_B55E_AF76  // "he"
    static let she: UInt64 = 0x8245_AA19_5CEA_9E21  // "she"
    static let which: UInt64 = 0xCE98_9E88_581F_9422  // "which"
    static let end: UInt64 = 0xC2F0_0318_F053_500A  // "end"
    static let letWord: UInt64 = 0x1272_8419_1DCC_577A  // "let"
    static let forWord: UInt64 = 0xDCB2_7818_FED9_DA90  // "for"
    static let of: UInt64 = 0x08B0_6007_B556_7108  // "of"
    static let up: UInt64 = 0x08C4_3A07_B566_D980  // "up"
    static let short: UInt64 = 0xF691_5548_F781_CD55  // "short"
    static let willing: UInt64 = 0xEF85_161D_C38B_AAB3  // "willing"
    static let nothing: UInt64 = 0x1C4B_98DE_EF5E_330A  // "nothing"
    static let place: UInt64 = 0xFD6F_0E4E_166F_85BC  // "place"
    static let effect: UInt64 = 0x36C1_C83B_51F2_4394  // "effect"
    static let into: UInt64 = 0xF5A6_C8C5_7A90_61A3  // "into"
    static let free: UInt64 = 0x7F62_5478_D788_E11B  // "free"
    static let at: UInt64 = 0x089C_4E07_B545_A968  // "at"
    static let inWord: UInt64 = 0x08B7_3807_B55C_4BBE  // "in"
    static let little: UInt64 = 0x12A7_1418_CF8E_1921  // "little"
    static let his: UInt64 = 0x3373_2319_3006_782B  // "his"
    static let her: UInt64 = 0x334A_1A19_2FE3_63CC  // "her"
    static let their: UInt64 = 0xEB06_B172_5DC7_0D87  // "their"
    static let him: UInt64 = 0x3373_3119_3006_8FF5  // "him"
    static let them: UInt64 = 0x2579_C6EF_323D_0BE3  // "them"
    static let much: UInt64 = 0xB6A2_78A2_9310_8B7C  // "much"
    static let very: UInt64 = 0x673E_D601_0277_6801  // "very"

    static let words: [(key: UInt64, word: String)] = [
        (to, "to"), (not, "not"), (no, "no"), (neither, "neither"), (nor, "nor"), (that, "that"), (there, "there"),
        (what, "what"), (who, "who"), (been, "been"), (was, "was"), (were, "were"), (had, "had"), (did, "did"),
        (by, "by"), (and, "and"), (or, "or"), (but, "but"), (out, "out"), (rule, "rule"), (ruled, "ruled"),
        (rules, "rules"), (only, "only"), (clear, "clear"), (known, "known"), (certain, "certain"), (sure, "sure"),
        (fail, "fail"), (failed, "failed"), (fails, "fails"), (its, "its"), (it, "it"), (they, "they"), (he, "he"), (she, "she"),
        (which, "which"), (end, "end"),
        (letWord, "let"), (forWord, "for"), (little, "little"), (his, "his"), (her, "her"), (their, "their"), (him, "him"),
        (them, "them"), (much, "much"), (very, "very"),
        (of, "of"), (up, "up"), (short, "short"), (willing, "willing"), (nothing, "nothing"), (place, "place"), (effect, "effect"),
        (into, "into"), (free, "free"), (at, "at"), (inWord, "in"),
    ]
}
