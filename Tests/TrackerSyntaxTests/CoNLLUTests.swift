import Foundation
import Testing
import TrackerSyntax

@Suite struct CoNLLUTests {
    /// Written for this test: a contraction (a multiword token), a comment, a passive with its agent.
    static let sample = """
        # sent_id = 1
        # text = The dam wasn't built by the council.
        1\tThe\tthe\tDET\tDT\tDefinite=Def|PronType=Art\t2\tdet\t2:det\t_
        2\tdam\tdam\tNOUN\tNN\tNumber=Sing\t5\tnsubj:pass\t5:nsubj:pass\t_
        3-4\twasn't\t_\t_\t_\t_\t_\t_\t_\t_
        3\twas\tbe\tAUX\tVBD\tMood=Ind|Tense=Past|VerbForm=Fin\t5\taux:pass\t5:aux:pass\t_
        4\tn't\tnot\tPART\tRB\tPolarity=Neg\t5\tadvmod\t5:advmod\t_
        5\tbuilt\tbuild\tVERB\tVBN\tTense=Past|VerbForm=Part|Voice=Pass\t0\troot\t0:root\t_
        6\tby\tby\tADP\tIN\t_\t8\tcase\t8:case\t_
        7\tthe\tthe\tDET\tDT\tDefinite=Def|PronType=Art\t8\tdet\t8:det\t_
        8\tcouncil\tcouncil\tNOUN\tNN\tNumber=Sing\t5\tobl:agent\t5:obl:agent\tSpaceAfter=No
        9\t.\t.\tPUNCT\t.\t_\t5\tpunct\t5:punct\t_


        """

    @Test func roundTripKeepsEveryColumn() throws {
        let sentences = try CoNLLUReader(file: "sample.conllu").sentences(in: Self.sample)
        #expect(sentences.count == 1)
        #expect(sentences[0].words.count == 9)
        #expect(sentences[0].multiwordTokens == [.init(first: 3, last: 4, form: "wasn't")])
        #expect(sentences[0].comments == ["sent_id = 1", "text = The dam wasn't built by the council."])
        let written = CoNLLUWriter().text(sentences)
        #expect(written == Self.sample)
        let tree = sentences[0].tree
        #expect(tree.root == 4)
        #expect(tree.dependents(of: 4, .oblAgent) == [7])
    }

    @Test func malformedLinesNameFileAndLine() {
        let cases: [(String, Int, String)] = [
            ("1\tA\ta\tDET\tDT\t_\t0\troot\t_\n", 1, "expected 10 tab-separated columns"),
            ("# c\n1\tA\ta\tDET\tDT\t_\t0\troot\t_\t_\n3\tB\tb\tNOUN\tNN\t_\t1\tdep\t_\t_\n", 3, "word id '3'"),
            ("1\tA\ta\tDET\tDT\t_\tx\troot\t_\t_\n", 1, "head 'x'"),
            ("1\tA\ta\tDET\tDT\t_\t0\t_\t_\t_\n", 1, "no relation"),
            ("1\tA\ta\tDET\tDT\t_\t0\troot\t_\t_\n2\tB\tb\tNOUN\tNN\t_\t7\tdep\t_\t_\n", 2, "head 7"),
        ]
        for (text, line, problem) in cases {
            do {
                _ = try CoNLLUReader(file: "bad.conllu").sentences(in: text)
                Issue.record("accepted: \(text.debugDescription)")
            } catch {
                #expect(error.file == "bad.conllu")
                #expect(error.line == line, "\(error)")
                #expect(error.problem.contains(problem), "\(error)")
            }
        }
    }

    @Test func writerKeepsTabsAndNewlinesOutOfColumns() throws {
        let sentence = CoNLLUSentence(comments: ["text = a\nb"], words: [.init(id: 1, form: "a\tb", upos: "X", head: 0, deprel: "root")])
        let text = CoNLLUWriter().text([sentence])
        let read = try CoNLLUReader(file: "x").sentences(in: text)
        #expect(read[0].words[0].form == "a b")
        #expect(read[0].comments == ["text = a b"])
    }
}
