/// A Universal Dependencies part-of-speech tag (UPOS).
public enum UniversalTag: String, CaseIterable, Sendable, Codable {
    case adj = "ADJ", adp = "ADP", adv = "ADV", aux = "AUX", cconj = "CCONJ", det = "DET"
    case intj = "INTJ", noun = "NOUN", num = "NUM", part = "PART", pron = "PRON", propn = "PROPN"
    case punct = "PUNCT", sconj = "SCONJ", sym = "SYM", verb = "VERB", x = "X"
}
