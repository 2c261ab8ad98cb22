import Testing
import TrackerAnalysis

/// A user's actor file is checked as it is loaded (issue 12, point 7): one
/// clear message naming the file and the entry, never a database error later.
@Suite struct ActorDictionaryTests {
    /// A bad file, and the message it must get (after "mine.yaml:0: ").
    static let refused: [(file: String, message: String)] = [
        (
            """
            actors:
              - {id: port, name: Port of Valdora, kind: organisation, parent: board}
              - {id: board, name: Valdora Harbour Board, kind: organisation, parent: port}
            """, "actor 'port' is its own parent through port → board → port; an affiliation cannot go round"
        ),
        (
            "actors:\n  - {id: solo, name: Solo Party, kind: group, parent: solo}\n",
            "actor 'solo' is its own parent through solo → solo; an affiliation cannot go round"
        ),
        (
            """
            actors:
              - {id: valdora, name: Valdora, kind: state}
              - {id: a, name: A Office, kind: organisation, parent: c}
              - {id: b, name: B Office, kind: organisation, parent: a}
              - {id: c, name: C Office, kind: organisation, parent: b}
            """, "actor 'a' is its own parent through a → c → b → a; an affiliation cannot go round"
        ),
        ("actors:\n  - {id: blank, name: '  ', kind: person}\n", "actor 'blank' (actors[0]): empty name"),
        ("actors:\n  - {id: '', name: Nobody, kind: person}\n", "actors[0] ('Nobody'): empty id"),
        ("actors:\n  - {id: p, name: Pia Holm, kind: person, aliases: [Holm, '']}\n", "actor 'p' (actors[0]): empty alias or demonym"),
        (
            """
            actors:
              - {id: twin, name: First Twin, kind: person}
              - {id: other, name: Other, kind: person}
              - {id: twin, name: Second Twin, kind: person}
            """, "actor 'twin' is given twice (actors[0] and actors[2]); give each id once"
        ),
        (
            """
            actors:
              - {id: board, name: Valdora Harbour Board, kind: organisation}
            offices:
              - {id: chair, of: board, titles: [board chair], holders: []}
              - {id: chair, of: board, titles: [chair of the board], holders: []}
            """, "office 'chair' is given twice (offices[0] and offices[1]); give each id once"
        ),
    ]

    @Test func badActorFilesAreRefusedNamingTheEntry() {
        var failures: [String] = []
        for (file, message) in Self.refused {
            do {
                _ = try ActorDictionary.standard.adding(file: Array(file.utf8), path: "mine.yaml")
                failures.append("accepted:\n\(file)")
            } catch {
                if error.description != "mine.yaml:0: \(message)" { failures.append("\(error.description)\n  expected: \(message)") }
            }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    /// A file replacing a bundled entry, with a parent chain: still accepted.
    @Test func aGoodFileStillLoads() throws {
        let file = """
            actors:
              - {id: board, name: Valdora Harbour Board, kind: organisation}
              - {id: port, name: Port of Valdora, kind: organisation, parent: board}
              - {id: ines, name: Ines Marlow, kind: person, parent: port, aliases: [Marlow]}
            offices:
              - {id: chair, of: board, titles: [board chair], holders: [{actor: ines}]}
            """
        let dictionary = try ActorDictionary.standard.adding(file: Array(file.utf8), path: "mine.yaml")
        #expect(dictionary.entry(id: "ines")?.parent == "port")
        #expect(dictionary.offices.last?.id == "chair")
        let again = try dictionary.adding(file: Array(file.utf8), path: "mine.yaml")
        #expect(again.actors.count == dictionary.actors.count)
        #expect(again.offices.count == dictionary.offices.count)
    }
}
