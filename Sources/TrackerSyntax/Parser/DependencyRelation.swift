/// A Universal Dependencies relation, with the English subtypes the treebanks use.
///
/// Labels outside this list (none in EWT or PUD) are read as `dep`.
public enum DependencyRelation: String, CaseIterable, Sendable, Codable {
    case acl, aclRelcl = "acl:relcl", advcl, advclRelcl = "advcl:relcl", advmod, amod, appos
    case aux, auxPass = "aux:pass", `case`, cc, ccPreconj = "cc:preconj", ccomp, clf, compound
    case compoundPrt = "compound:prt", conj, cop, csubj, csubjOuter = "csubj:outer", csubjPass = "csubj:pass"
    case dep, det, detPredet = "det:predet", discourse, dislocated, expl, fixed, flat, goeswith
    case iobj, list, mark, nmod, nmodDesc = "nmod:desc", nmodPoss = "nmod:poss", nmodUnmarked = "nmod:unmarked"
    case nsubj, nsubjOuter = "nsubj:outer", nsubjPass = "nsubj:pass", nummod, obj, obl
    case oblAgent = "obl:agent", oblUnmarked = "obl:unmarked", orphan, parataxis, punct
    case reparandum, root, vocative, xcomp

    /// The relation named by a CoNLL-U DEPREL column, or `dep` for one not listed.
    public init(label: some StringProtocol) {
        self = DependencyRelation(rawValue: String(label)) ?? .dep
    }
}
